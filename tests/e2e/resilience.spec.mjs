// When the extension itself hiccups, the user's draft is safe and the page says so (Chromium):
//  - the extension is reloaded/updated while a tab is open: the old content script is orphaned (every message
//    throws "Extension context invalidated"); it stops once, quietly, taking its badge and underlines with it,
//    the draft and caret stay as they were, and the new version's content script (injected by the background on
//    update) checks the same field: exactly one overlay;
//  - the service worker is stopped while a score is in flight: the score is sent again once and the warning
//    still appears (no badge left "checking" for ever);
//  - the offscreen document (the model host) is closed: the next score recreates it; a rewrite in flight ends
//    with a retryable error in the card, not a spinner.
// Run: npm run build && node tests/e2e/resilience.spec.mjs   (screenshots in artifacts/resilience-*.png)
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, overlay, poll, run, shot, test, waitOverlay } from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const warns = (s) => s.badges.some((b) => b.level === 'warn');

/** Console lines and uncaught errors of `page`, from now on. */
function recordConsole(page) {
	const lines = [];
	page.on('console', (m) => lines.push({ type: m.type(), text: m.text() }));
	page.on('pageerror', (e) => lines.push({ type: 'pageerror', text: e.message }));
	return lines;
}

/** The field's text, caret and the number of Tactful overlay hosts, read in one evaluate. */
const fieldState = (page, selector) =>
	page.evaluate((sel) => {
		const el = document.querySelector(sel);
		return {
			value: el.value,
			caret: [el.selectionStart, el.selectionEnd],
			focused: document.activeElement === el,
			hosts: document.querySelectorAll('[data-tactful-host]').length,
		};
	}, selector);

/**
 * Reloads the unpacked extension the way chrome://extensions' reload button does (an update, as far as the
 * extension can tell); returns the new service worker. Chromium disables a reloaded unpacked extension unless
 * developer mode is on, as it is for anyone who loads one.
 */
async function reloadExtension(env) {
	const old = env.sw;
	const page = await env.context.newPage();
	await page.goto(`chrome://extensions/?id=${env.extensionId}`);
	await page.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
	await page.evaluate((id) => chrome.developerPrivate.reload(id, { failQuietly: true }), env.extensionId);
	await page.close();
	const found = await poll(
		async () => env.context.serviceWorkers().find((w) => w !== old && w.url().includes(env.extensionId)),
		(w) => w !== undefined,
		30_000,
	);
	check(found.ok, 'no service worker after the reload');
	env.sw = found.value;
	env.sw.tactfulBrowser = env.browser;
	env.browser.sw = found.value;
	return found.value;
}

test('extension reloaded under an open page: the old script stops quietly, the draft stays, the new one checks it', async (env) => {
	const page = await env.context.newPage();
	const lines = recordConsole(page);
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	// The caret somewhere in the middle, as a user who went back to fix a word.
	for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
	check((await waitOverlay(page, warns, 20_000)).ok, 'not flagged before the reload');
	const before = await fieldState(page, '#comment');
	await shot(page, 'resilience-before-reload');
	const since = lines.length;
	await reloadExtension(env);
	// The new version's content script is in the page and has badged the draft already there; the old one's
	// overlay is gone: one host, the new one's.
	const after = await waitOverlay(page, (s) => warns(s) && s.badges.length === 1, 30_000);
	await shot(page, 'resilience-after-reload');
	check(after.ok, `the draft is not checked after the reload: ${JSON.stringify(after.badges)}`);
	const state = await fieldState(page, '#comment');
	check(state.value === before.value, `draft changed: ${state.value}`);
	check(
		state.caret[0] === before.caret[0] && state.caret[1] === before.caret[1],
		`caret moved: ${state.caret}`,
	);
	check(state.hosts === 1, `${state.hosts} overlays on the page`);
	// The user types on: the new script scores the new text (the old one would have stayed silent).
	await page.keyboard.press('End');
	await page.keyboard.type(' Honestly, you moron.');
	const typed = await waitOverlay(
		page,
		(s) => s.badges.length === 1 && s.badges[0].settled && warns(s),
		30_000,
	);
	if (!typed.ok)
		console.log(JSON.stringify(lines.slice(since)), JSON.stringify(await fieldState(page, '#comment')));
	check(typed.ok, `not rescored after typing: ${JSON.stringify(typed.badges)}`);
	const final = await fieldState(page, '#comment');
	check(final.value === `${TOXIC} Honestly, you moron.`, `draft: ${final.value}`);
	check(final.hosts === 1, `${final.hosts} overlays after typing`);
	await shot(page, 'resilience-typed-after-reload');
	const noise = lines
		.slice(since)
		.filter((l) => l.type === 'pageerror' || /Extension context invalidated|tactful/i.test(l.text));
	console.log(`    console after the reload: ${JSON.stringify(noise)}`);
	check(!noise.some((l) => l.type === 'pageerror'), 'an uncaught error in the page');
	check(
		noise.filter((l) => /reloaded or updated/.test(l.text)).length <= 1,
		'the orphaned script logged more than once',
	);
	check(
		!noise.some((l) => l.type === 'error' || /Extension context invalidated/.test(l.text)),
		'console errors after the reload',
	);
	await page.close();
});

await run(() => chromiumEnv({ requireHost: true }));
