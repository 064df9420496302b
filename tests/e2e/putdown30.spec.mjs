// Session 30 (putdown30): calm put-downs of the reader through a comparison read "Looks fine" at Balanced
// (qa28: "With all due respect, this is a beginner mistake that any junior would catch." 0.28, underlined on "all"
// at Strict under "Insults, threats and slurs"). In Debian Chromium with the real models: the draft warns, the
// underline is on "any junior would catch" (not "all"), and the card says it talks down to the reader; a civil twin
// ("Any junior could pick this up with the guide in the wiki.") stays quiet.
// Run: npx wxt build && node tests/e2e/putdown30.spec.mjs   (screenshots in artifacts/)
import {
	check,
	launch,
	run,
	shot,
	startServer,
	test,
	underlines,
	waitForHost,
	waitOverlay,
	waitSettled,
	wordRect,
} from './harness.mjs';

const warnedWithMark = (s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0;

/** Opens the blog page's comment box and types `text` into it; returns the page and the field. */
async function typedInto(env, text) {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	const field = page.locator('#comment');
	await field.click();
	await page.keyboard.insertText(text);
	return { page, field };
}

test('a calm put-down through a comparison warns, underlined on the comparison, and the card says why', async (env) => {
	const { page, field } = await typedInto(
		env,
		'With all due respect, this is a beginner mistake that any junior would catch.',
	);
	const s0 = await waitOverlay(page.mainFrame(), warnedWithMark, 60_000);
	await shot(page, 'putdown30-junior');
	check(s0.ok, `the draft did not warn with an underline: ${JSON.stringify(s0.badges)}`);
	const junior = await wordRect(field, 'junior');
	const s1 = await waitOverlay(page.mainFrame(), (x) => underlines(x, junior), 20_000);
	check(s1.ok, `"junior" is not underlined: ${JSON.stringify(s1.underlines)}`);
	check(!underlines(s1, await wordRect(field, 'all')), '"all" is underlined');
	check(!underlines(s1, await wordRect(field, 'respect')), '"respect" is underlined');
	await page.locator('[data-tactful-host]').locator('[data-tactful="badge"]').click();
	const s = await waitOverlay(page.mainFrame(), (x) => x.card !== null && x.underlines.length > 0, 20_000);
	await shot(page, 'putdown30-junior-card');
	check(s.ok, 'card did not open');
	check(/Talks down to the reader/.test(s.card), `card does not say it talks down: ${s.card}`);
	check(/any junior would catch/.test(s.card), `card does not quote the comparison: ${s.card}`);
	await page.close();
});

test('its civil twin does not warn', async (env) => {
	const { page } = await typedInto(env, 'Any junior could pick this up with the guide in the wiki.');
	const s = await waitSettled(page.mainFrame(), { timeout: 60_000 });
	await shot(page, 'putdown30-civil');
	check(s.ok, `the draft never settled: ${JSON.stringify(s.badges)}`);
	check(!s.badges.some((b) => b.level === 'warn'), `the civil twin warns: ${JSON.stringify(s.badges)}`);
	check(s.underlines.length === 0, `the civil twin is underlined: ${JSON.stringify(s.underlines)}`);
	await page.close();
});

await run(async () => {
	const server = await startServer();
	const env = await launch();
	const host = await waitForHost(env.sw, 60_000);
	if (host !== 'ok') console.log(`    (inference host: ${host})`);
	return {
		...env,
		server,
		teardown: async () => {
			await env.close();
			await server.close();
		},
	};
});
