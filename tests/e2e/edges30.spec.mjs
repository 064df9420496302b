// Session 30 (edges30): "This PR is garbage. You obviously never ran `npm test` and broke `parseConfig()` again."
// was warned but underlined on "broke" only, and "This PR is garbage." alone was not warned (insult-at-things.ts
// excused the insult as aimed at a thing). In Debian Chromium with the real models: the draft warns, "garbage" is
// underlined and quoted first by the card, "broke" is neither.
// Run: npm run build && node tests/e2e/edges30.spec.mjs   (screenshots in artifacts/)
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

const TEXT = 'This PR is garbage. You obviously never ran `npm test` and broke `parseConfig()` again.';

test('a verdict on the reader’s PR is underlined on "garbage", and the card quotes it, not "broke"', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	const field = page.locator('#comment');
	await field.click();
	await page.keyboard.insertText(TEXT);
	const garbage = await wordRect(field, 'garbage');
	const s0 = await waitOverlay(
		page.mainFrame(),
		(x) => x.badges.some((b) => b.level === 'warn') && underlines(x, garbage),
		60_000,
	);
	await shot(page, 'edges30-underline');
	check(s0.ok, `"garbage" is not underlined: ${JSON.stringify(s0.underlines)}`);
	check(!underlines(s0, await wordRect(field, 'broke')), '"broke" is underlined');
	await page.locator('[data-tactful-host]').locator('[data-tactful="badge"]').click();
	const s = await waitOverlay(page.mainFrame(), (x) => x.card !== null && x.underlines.length > 0, 20_000);
	await shot(page, 'edges30-card');
	check(s.ok, 'card did not open');
	check(/garbage/.test(s.card), `card does not quote "garbage": ${s.card}`);
	check(!/broke/.test(s.card), `card quotes "broke": ${s.card}`);
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
