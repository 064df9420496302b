// `npm start`: builds the extension and opens Debian Chromium with it on the local demo forum (a GitHub-like
// issue page, a Discourse topic and a Reddit thread, from tests/pages/). With a display the browser stays open
// for you to type in; without one it runs headless, types a sample draft on each page, saves screenshots to
// artifacts/ and prints what the extension showed. `--no-build` skips the build.
import { spawnSync } from 'node:child_process';
import { launch, ROOT, shot, startServer, waitForHost, waitOverlay } from '../tests/e2e/harness.mjs';

const SAMPLE =
	'Honestly, whoever wrote this is an idiot. This code is garbage and you should be embarrassed.';
const DEMO = [
	{ name: 'GitHub-like issue', path: 'github-issue.html', field: '#new_comment_field' },
	{
		name: 'Discourse topic',
		path: 'discourse-topic.html',
		before: '#reply',
		field: 'textarea.d-editor-input',
	},
	{ name: 'Reddit thread', path: 'reddit-thread.html', field: '[data-lexical-editor]' },
];

if (!process.argv.includes('--no-build')) {
	console.log('building the extension (wxt build)…');
	const res = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
	if (res.status !== 0) process.exit(res.status ?? 1);
}
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const server = await startServer();
const browser = await launch({ headless: !headed });
console.log(`demo forum at ${server.url}/  (extension ${browser.extensionId})`);
const ready = await waitForHost(browser);
if (ready !== 'ok') console.log(`warning: ${ready}`);

if (headed) {
	for (const d of DEMO) await (await browser.context.newPage()).goto(`${server.url}/${d.path}`);
	const index = await browser.context.newPage();
	await index.goto(`${server.url}/index.html`);
	console.log('Chromium is open: type a comment in any page. Close the browser (or Ctrl+C) to stop.');
	await new Promise((resolve) => browser.context.on('close', resolve));
	await server.close();
} else {
	const page = await browser.context.newPage();
	for (const d of DEMO) {
		await page.goto(`${server.url}/${d.path}`);
		if (d.before) await page.click(d.before);
		await page.click(d.field);
		await page.keyboard.type(SAMPLE);
		const s = await waitOverlay(page, (x) => x.badges.some((b) => b.level !== 'ok'), 10_000);
		const badge = s.badges.find((b) => b.level !== 'ok') ?? s.badges[0];
		if (badge) await page.locator('[data-tactful-host]').locator('[data-tactful="badge"]').first().click();
		const withCard = await waitOverlay(page, (x) => x.card !== null, 3000);
		const file = await shot(page, `start-${d.path.replace('.html', '')}`);
		console.log(`\n${d.name}: typed "${SAMPLE}"`);
		console.log(`  badge: ${badge ? `${badge.level} — ${badge.label}` : 'none'}`);
		console.log(`  underlines: ${s.underlines.length}`);
		console.log(`  card: ${withCard.card ? withCard.card.replace(/\s*\n+\s*/g, ' | ') : 'none'}`);
		console.log(`  screenshot: ${file}`);
	}
	await browser.close();
	await server.close();
}
