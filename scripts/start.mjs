// `npm start`: builds the extension and opens Debian Chromium with it on the local demo forum (a GitHub-like
// issue page, a Discourse topic, a Reddit thread and a GitHub issue thread that is heating up, from tests/pages/).
// With a display the browser stays open for you to type in; without one it runs headless: on each page it types
// a sample draft, opens the card, waits for the suggestion, saves a screenshot to artifacts/, applies the
// suggestion and undoes it with Ctrl+Z, and prints what the extension showed at each step. `--no-build` skips the
// build, `--headless` forces headless. docs/screenshot.png is artifacts/start-threads-github-heated-thread.png.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
	{
		name: 'GitHub issue thread that is heating up',
		path: 'threads/github-heated-thread.html',
		field: 'textarea.js-comment-field',
		thread: true,
	},
];
/** What the headless demo expected and did not see, so `npm start` fails loudly instead of looking fine. */
const missed = [];
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

if (!fs.existsSync(CHROMIUM)) {
	console.error(
		`no Chromium at ${CHROMIUM}: install Debian's (sudo apt-get install -y chromium) or set CHROMIUM`,
	);
	process.exit(1);
}
if (!process.argv.includes('--no-build')) {
	console.log('building the extension (wxt build)…');
	const res = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
	if (res.status !== 0) process.exit(res.status ?? 1);
}
let headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const server = await startServer();
let browser;
try {
	browser = await launch({ headless: !headed, welcome: true });
} catch (err) {
	if (!headed) throw err;
	// A DISPLAY with no X server behind it (an ssh session without forwarding, a stale variable).
	console.log(
		`could not open a window on DISPLAY=${process.env.DISPLAY} (${String(err.message).split('\n')[0]})`,
	);
	headed = false;
	browser = await launch({ headless: true, welcome: true });
}
if (!headed)
	console.log(
		'no display, so this runs headless and types a sample draft itself. To type your own, run `npm start` in a\n' +
			'desktop session, or load .output/chrome-mv3 in Chrome (chrome://extensions, Developer mode, Load unpacked)\n' +
			'and write a comment on any site.',
	);
console.log(`demo forum at ${server.url}/  (extension ${browser.extensionId})`);
const ready = await waitForHost(browser);
if (ready !== 'ok') console.log(`warning: ${ready}`);
// A fresh profile is an install, so the welcome page opened first, as it does for a user. A window keeps it as a
// tab beside the demo; headless, it is photographed and closed.
if (!browser.welcome) missed.push('welcome page: did not open on install');
else if (!headed) {
	await browser.welcome.waitForSelector('[data-testid="welcome"]');
	console.log(`welcome page (opened on install): ${await shot(browser.welcome, 'start-welcome')}`);
	await browser.welcome.close();
}

/** The field's text, whatever editor it is. */
const fieldText = (page, d) =>
	page.locator(d.field).evaluate((el) => ('value' in el ? el.value : el.innerText).trim());

/** Whether a badge carries the heated-thread ring (data-thread="risk"). */
const threadRing = (page) =>
	page.evaluate(() =>
		[
			...(document
				.querySelector('[data-tactful-host]')
				?.shadowRoot?.querySelectorAll('[data-tactful="badge"]') ?? []),
		].some((b) => b.dataset.thread === 'risk'),
	);

/** The card's text up to the suggestion, on one line (the suggestion is printed from its screen-reader line). */
const cardReasons = (card) =>
	card
		.split('Suggested rewrite:')[0]
		.replace('×', '')
		.trim()
		.replace(/\s*\n+\s*/g, ' | ');

async function demo(page, d) {
	const inCard = (sel) => page.locator(`[data-tactful-host] ${sel}`);
	const started = Date.now();
	await page.goto(`${server.url}/${d.path}`);
	if (d.before) await page.click(d.before);
	await page.click(d.field);
	await page.keyboard.type(SAMPLE);
	const s = await waitOverlay(page, (x) => x.badges.some((b) => b.level !== 'ok'), 10_000);
	const badge = s.badges.find((b) => b.level !== 'ok') ?? s.badges[0];
	console.log(`\n${d.name}: typed "${SAMPLE}"`);
	console.log(`  badge: ${badge ? `${badge.level} — ${badge.label}` : 'none'}`);
	const ring = await threadRing(page);
	console.log(`  thread warning (ring on the badge): ${ring ? 'yes' : 'no'}`);
	console.log(`  underlines: ${s.underlines.length}`);
	if (d.thread && !ring) missed.push(`${d.name}: no thread warning`);
	if (badge?.level !== 'warn') return missed.push(`${d.name}: no draft warning`);
	await inCard('[data-tactful="badge"]').first().click();
	const suggestion = await inCard('[data-testid="rewrite-diff"]')
		.waitFor({ timeout: 10_000 })
		.then(() => true)
		.catch(() => false);
	// On a thread page the card's thread part updates once the thread has been weighed with the draft (a typing
	// pause later): wait for the draft's own line, so the screenshot shows what a user sees a moment later.
	if (d.thread)
		await inCard('[data-tactful="thread"] p')
			.filter({ hasText: 'Your reply' })
			.first()
			.waitFor({ timeout: 5000 })
			.catch(() => missed.push(`${d.name}: the thread part never said what the reply adds`));
	const card = (await waitOverlay(page, (x) => x.card !== null, 1000)).card;
	console.log(`  card: ${card ? cardReasons(card) : 'none'}`);
	console.log(`  screenshot: ${await shot(page, `start-${d.path.replace('.html', '').replace('/', '-')}`)}`);
	if (!suggestion) return missed.push(`${d.name}: no suggestion within 10 s`);
	const said = await inCard('.tf-sr').filter({ hasText: 'Suggested rewrite:' }).first().textContent();
	console.log(
		`  suggestion, ${((Date.now() - started) / 1000).toFixed(1)} s after the page opened: ${said?.replace('Suggested rewrite:', '').trim()}`,
	);
	await inCard('button.tactful-rw-primary').click();
	let after = await fieldText(page, d);
	// Rich editors take the rewrite once the field has been quiet for half a second (their undo grouping).
	for (let i = 0; i < 30 && after === SAMPLE; i++) {
		await page.waitForTimeout(50);
		after = await fieldText(page, d);
	}
	console.log(`  Apply: ${after === SAMPLE ? 'the draft did not change' : `"${after}"`}`);
	if (after === SAMPLE) missed.push(`${d.name}: Apply did not change the draft`);
	await page.focus(d.field);
	await page.keyboard.press('Control+Z');
	await page.waitForTimeout(150);
	const undone = (await fieldText(page, d)) === SAMPLE;
	console.log(`  Ctrl+Z: ${undone ? 'the draft is back' : 'the draft did not come back'}`);
	if (!undone) missed.push(`${d.name}: Ctrl+Z did not bring the draft back`);
}

if (headed) {
	for (const d of DEMO) await (await browser.context.newPage()).goto(`${server.url}/${d.path}`);
	const index = await browser.context.newPage();
	await index.goto(`${server.url}/index.html`);
	console.log('Chromium is open: type a comment in any page. Close the browser (or Ctrl+C) to stop.');
	await new Promise((resolve) => browser.context.on('close', resolve));
	await server.close();
} else {
	const page = await browser.context.newPage();
	for (const d of DEMO) await demo(page, d);
	await browser.close();
	await server.close();
	console.log(
		missed.length ? `\nnot as expected:\n  ${missed.join('\n  ')}` : '\nall demo pages behaved as expected',
	);
	if (missed.length) process.exitCode = 1;
}
