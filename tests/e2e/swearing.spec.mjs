// The opt-in "Don't warn about swearing at code and tools" in Debian Chromium: with the switch off (the
// default) casual swearing about a tool warns; switched on in the popup, the same draft no longer does, while
// swearing at the reader still warns.
// Run: npx wxt build && node tests/e2e/swearing.spec.mjs   (screenshots in artifacts/)
import {
	check,
	launch,
	run,
	setSettings,
	shot,
	startServer,
	test,
	underlines,
	waitForHost,
	waitOverlay,
	waitSettled,
	wordRect,
} from './harness.mjs';

const AT_TOOL = 'damn, this build system is crap';
const AT_READER = 'you are crap';
const MIXED = "Damn this flaky CI. Also you clearly didn't test it, genius.";

const storedSettings = (sw) =>
	sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
const warned = (s) => s.badges.some((b) => b.level === 'warn');

test('popup: "Don\'t warn about swearing at code and tools" quiets swearing at a tool, not at the reader', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	const field = page.locator('#comment');
	const typeDraft = async (text) => {
		await page.bringToFront();
		await field.fill('');
		await field.click();
		await page.keyboard.type(text);
	};
	await typeDraft(AT_TOOL);
	const before = await waitOverlay(page.mainFrame(), warned);
	check(before.ok, `swearing at a tool did not warn with the switch off: ${JSON.stringify(before.badges)}`);
	await shot(page, 'swearing-off-warns');

	const popup = await env.context.newPage();
	await popup.setViewportSize({ width: 340, height: 760 });
	await popup.goto(`chrome-extension://${env.extensionId}/popup.html?host=127.0.0.1`);
	const toggle = popup.getByRole('switch', { name: /swearing at code and tools/ });
	check((await toggle.getAttribute('aria-checked')) === 'false', 'the switch is not off by default');
	await toggle.click();
	await popup.waitForFunction(
		() => document.querySelector('[data-testid="allow-swearing"]')?.getAttribute('aria-checked') === 'true',
	);
	await shot(popup, 'swearing-popup-on');
	check((await storedSettings(env.sw)).allowSwearingAtThings === true, 'switch not stored');

	// Applies to the open page at once (no keystroke needed).
	await page.bringToFront();
	const after = await waitOverlay(page.mainFrame(), (s) => !warned(s));
	check(after.ok, `swearing at a tool still warns with the switch on: ${JSON.stringify(after.badges)}`);
	await shot(page, 'swearing-on-quiet');

	await typeDraft(AT_READER);
	const atReader = await waitOverlay(page.mainFrame(), warned);
	check(
		atReader.ok,
		`swearing at the reader did not warn with the switch on: ${JSON.stringify(atReader.badges)}`,
	);
	await shot(page, 'swearing-on-at-reader-warns');

	await popup.close();
	await page.close();
	await env.sw.evaluate(() => chrome.storage.local.remove('settings'));
});

// Session 12: with the switch on, a draft that swears at the CI and then mocks the reader warns on the second
// sentence only: the card names sarcasm (not insults or swearing) and the underline lands on the jab.
test('switch on: a mixed draft warns on the mocking sentence, not on the swearing at the CI', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	const popup = await env.context.newPage();
	await popup.goto(`chrome-extension://${env.extensionId}/popup.html?host=127.0.0.1`);
	await popup.getByRole('switch', { name: /swearing at code and tools/ }).click();
	await popup.waitForFunction(
		() => document.querySelector('[data-testid="allow-swearing"]')?.getAttribute('aria-checked') === 'true',
	);
	check((await storedSettings(env.sw)).allowSwearingAtThings === true, 'switch not stored');
	await popup.close();

	await page.bringToFront();
	const field = page.locator('#comment');
	await field.click();
	await page.keyboard.insertText(MIXED);
	const warnedWithMark = (s) => warned(s) && s.underlines.length > 0;
	check((await waitOverlay(page.mainFrame(), warnedWithMark)).ok, 'the mixed draft did not warn');
	await page.locator('[data-tactful-host]').locator('[data-tactful="badge"]').click();
	// Card text and underlines from one read (overlay() is one evaluate).
	const s = await waitOverlay(page.mainFrame(), (x) => x.card !== null && x.underlines.length > 0);
	await shot(page, 'swearing-on-mixed-draft-card');
	check(s.ok, `card did not open: ${JSON.stringify(s.badges)}`);
	check(/Sarcasm aimed at someone/.test(s.card), `card does not name sarcasm: ${s.card}`);
	check(!/Insults, threats and slurs/.test(s.card), `card calls the draft an insult: ${s.card}`);
	check(underlines(s, await wordRect(field, 'genius')), '"genius" not underlined');
	for (const word of ['Damn', 'flaky', 'CI'])
		check(!underlines(s, await wordRect(field, word)), `"${word}" in the first sentence is underlined`);

	await page.close();
	await env.sw.evaluate(() => chrome.storage.local.remove('settings'));
});

// Session 14 (civil3): with the switch on, swearing at the formatter Black is swearing at a tool, and a program's
// rude message reported without quotes is a mention; "Black" before a word for people still warns.
test('switch on: swearing at Black the formatter and a rude installer message do not warn; a race word does', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	// Stored before the page loads, so its first score is under it: written after the load, the page hears the change
	// at some later moment, and a draft scored and settled under the old setting first (warned) failed the check.
	await setSettings(env.sw, { allowSwearingAtThings: true });
	await page.goto(`${env.server.url}/generic-blog.html`);
	const field = page.locator('#comment');
	const typeDraft = async (text) => {
		await page.bringToFront();
		await field.fill('');
		await field.click();
		await page.keyboard.insertText(text);
	};
	for (const [name, text] of [
		['formatter', 'Black reformatted every file and mangled my damn dict literals.'],
		['installer', 'The installer says stupid user, try again when the path has spaces.'],
	]) {
		await typeDraft(text);
		const s = await waitSettled(page.mainFrame());
		await shot(page, `civil3-${name}-quiet`);
		check(s.ok, `the ${name} draft never settled: ${JSON.stringify(s.badges)}`);
		check(!warned(s), `the ${name} draft warns: ${JSON.stringify(s.badges)}`);
	}
	await typeDraft("Black people don't belong on this team, damn it.");
	const race = await waitOverlay(page.mainFrame(), warned);
	await shot(page, 'civil3-race-warns');
	check(race.ok, `a race word before people did not warn: ${JSON.stringify(race.badges)}`);

	await page.close();
	await env.sw.evaluate(() => chrome.storage.local.remove('settings'));
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
