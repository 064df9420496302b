// Session 31 (contempt31): calm contempt at the reader with no insult word read "Looks fine" at Balanced ("Even my
// cat knows you shouldn't commit secrets to the repo." 0.07). In Debian Chromium with the real models: the draft
// warns, the underline is on "even my cat knows" (not "secrets" or "repo"), and the card says it talks down to the
// reader; a civil twin sharing the words ("Even my kid can use the new onboarding — great work.") stays quiet.
// Run: npx wxt build && node tests/e2e/contempt31.spec.mjs   (screenshots in artifacts/)
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

test('"even my cat knows" warns, underlined on the comparison, and the card says why', async (env) => {
	const { page, field } = await typedInto(env, "Even my cat knows you shouldn't commit secrets to the repo.");
	const s0 = await waitOverlay(page.mainFrame(), warnedWithMark, 60_000);
	await shot(page, 'contempt31-cat');
	check(s0.ok, `the draft did not warn with an underline: ${JSON.stringify(s0.badges)}`);
	const cat = await wordRect(field, 'cat');
	const s1 = await waitOverlay(page.mainFrame(), (x) => underlines(x, cat), 20_000);
	check(s1.ok, `"cat" is not underlined: ${JSON.stringify(s1.underlines)}`);
	check(!underlines(s1, await wordRect(field, 'secrets')), '"secrets" is underlined');
	check(!underlines(s1, await wordRect(field, 'repo')), '"repo" is underlined');
	await page.locator('[data-tactful-host]').locator('[data-tactful="badge"]').click();
	const s = await waitOverlay(page.mainFrame(), (x) => x.card !== null && x.underlines.length > 0, 20_000);
	await shot(page, 'contempt31-cat-card');
	check(s.ok, 'card did not open');
	check(/Talks down to the reader/.test(s.card), `card does not say it talks down: ${s.card}`);
	check(/Even my cat knows/i.test(s.card), `card does not quote the comparison: ${s.card}`);
	await page.close();
});

test('its civil twin does not warn', async (env) => {
	const { page } = await typedInto(env, 'Even my kid can use the new onboarding — great work.');
	const s = await waitSettled(page.mainFrame(), { timeout: 60_000 });
	await shot(page, 'contempt31-civil');
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
