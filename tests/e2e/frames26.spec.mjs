// Session 27 (frames26): session 26's put-down frames warned on civil advice that shares their words ("think for a
// second before you run the migration", "for this sprint, stick to writing docs, and I'll take the code"). In
// Debian Chromium with the real models: those drafts settle without a warning, and the put-down they were told
// apart from still warns with an underline.
// Run: npx wxt build && node tests/e2e/frames26.spec.mjs   (screenshots in artifacts/)
import {
	check,
	launch,
	run,
	shot,
	startServer,
	test,
	waitForHost,
	waitOverlay,
	waitSettled,
} from './harness.mjs';

/** Types `text` into the blog page's comment box; returns the page. */
async function typed(env, text) {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.locator('#comment').click();
	await page.keyboard.insertText(text);
	return page;
}

test("civil advice with the frames' words settles without a warning", async (env) => {
	const page = await typed(
		env,
		"Think for a second before you run the migration on prod. For this sprint, stick to writing docs, and I'll take the code changes myself.",
	);
	const s = await waitSettled(page.mainFrame(), { timeout: 60_000 });
	await shot(page, 'frames26-civil');
	check(s.ok, `the draft never settled: ${JSON.stringify(s.badges)}`);
	check(!s.badges.some((b) => b.level === 'warn'), `civil advice warned: ${JSON.stringify(s.badges)}`);
	check(s.underlines.length === 0, `civil advice underlined: ${JSON.stringify(s.underlines)}`);
	await page.close();
});

test('the put-down still warns with an underline', async (env) => {
	const page = await typed(env, 'Think for a second before you blame my code. Maybe stick to writing docs.');
	const s = await waitOverlay(
		page.mainFrame(),
		(x) => x.badges.some((b) => b.level === 'warn') && x.underlines.length > 0,
		60_000,
	);
	await shot(page, 'frames26-attack');
	check(s.ok, `the put-down did not warn: ${JSON.stringify(s.badges)}`);
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
