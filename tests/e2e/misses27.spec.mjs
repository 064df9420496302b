// Session 27 (misses27): "This is the stupidest patch I have ever seen. Fix it." read "Looks fine" (0.25), and
// "You clearly have no idea what you are doing. Did you even run the tests…" was underlined on "clearly", "idea",
// "doing", "Did", "even", "run" with the card saying "Mostly because of clearly, idea, doing, Did". In Debian
// Chromium with the real models: the superlative put-down warns with an underline on it, and the competence
// put-down is underlined on the phrase "no idea what you are doing", which the card quotes. Session 30 (civil30b):
// the "did you even" sneer is underlined as one phrase, "Did you even run" ("even" alone said nothing).
// Run: npx wxt build && node tests/e2e/misses27.spec.mjs   (screenshots in artifacts/)
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
	wordRect,
} from './harness.mjs';

const warnedWithMark = (s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0;

/** Types `text` into the blog page's comment box; returns the page, the field and the settled overlay state. */
async function typed(env, text, name) {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	const field = page.locator('#comment');
	await field.click();
	await page.keyboard.insertText(text);
	const s = await waitOverlay(page.mainFrame(), warnedWithMark, 60_000);
	await shot(page, name);
	check(s.ok, `the draft did not warn with an underline: ${JSON.stringify(s.badges)}`);
	return { page, field };
}

test("a superlative put-down of the reader's work warns, underlined on the superlative", async (env) => {
	const { page, field } = await typed(
		env,
		'This is the stupidest patch I have ever seen. Fix it.',
		'misses27-superlative',
	);
	const rect = await wordRect(field, 'stupidest');
	const s = await waitOverlay(page.mainFrame(), (x) => underlines(x, rect), 20_000);
	check(s.ok, `"stupidest" is not underlined: ${JSON.stringify(s.underlines)}`);
	check(!underlines(s, await wordRect(field, 'Fix')), '"Fix" is underlined');
	await page.close();
});

test('the competence put-down is underlined on what a reader blames, and the card quotes it', async (env) => {
	const { page, field } = await typed(
		env,
		'You clearly have no idea what you are doing. Did you even run the tests…',
		'misses27-why',
	);
	const idea = await wordRect(field, 'idea');
	const s0 = await waitOverlay(page.mainFrame(), (x) => underlines(x, idea), 20_000);
	check(s0.ok, `"no idea what you are doing" is not underlined: ${JSON.stringify(s0.underlines)}`);
	check(underlines(s0, await wordRect(field, 'even')), '"even" is not underlined');
	check(
		underlines(s0, await wordRect(field, 'run')),
		'"run" is not underlined (the sneer is "Did you even run")',
	);
	check(!underlines(s0, await wordRect(field, 'clearly')), '"clearly" is underlined');
	await page.locator('[data-tactful-host]').locator('[data-tactful="badge"]').click();
	const s = await waitOverlay(page.mainFrame(), (x) => x.card !== null && x.underlines.length > 0, 20_000);
	await shot(page, 'misses27-why-card');
	check(s.ok, 'card did not open');
	check(/no idea what you are doing/.test(s.card), `card does not quote the phrase: ${s.card}`);
	check(!/\bDid\b(?! you even)/.test(s.card), `card quotes a lone "Did": ${s.card}`);
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
