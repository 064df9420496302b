// Session 28 (spans28): "Is reading the error message too much to ask? It says the port is already in use." warned,
// but was underlined on "already" and the card said "Mostly because of 'already'": the sneer's underline had moved
// to the calm sentence after it (question-verdict.ts). In Debian Chromium with the real models: the draft warns,
// "too much to ask" is underlined and quoted by the card, "already" is neither.
// Run: npm run build && node tests/e2e/spans28.spec.mjs   (screenshots in artifacts/)
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

const TEXT = 'Is reading the error message too much to ask? It says the port is already in use.';

test('a sneering question beside a calm fact is underlined on the sneer, and the card quotes it', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	const field = page.locator('#comment');
	await field.click();
	await page.keyboard.insertText(TEXT);
	const much = await wordRect(field, 'much');
	const s0 = await waitOverlay(
		page.mainFrame(),
		(x) => x.badges.some((b) => b.level === 'warn') && underlines(x, much),
		60_000,
	);
	await shot(page, 'spans28-underline');
	check(s0.ok, `"too much" is not underlined: ${JSON.stringify(s0.underlines)}`);
	check(!underlines(s0, await wordRect(field, 'already')), '"already" is underlined');
	await page.locator('[data-tactful-host]').locator('[data-tactful="badge"]').click();
	const s = await waitOverlay(page.mainFrame(), (x) => x.card !== null && x.underlines.length > 0, 20_000);
	await shot(page, 'spans28-card');
	check(s.ok, 'card did not open');
	check(/too much to ask/.test(s.card), `card does not quote "too much to ask": ${s.card}`);
	check(!/already/.test(s.card), `card quotes "already": ${s.card}`);
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
