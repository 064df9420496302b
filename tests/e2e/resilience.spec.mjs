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
import { startOpenAIServer } from '../fixtures/openai-server.mjs';
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, poll, run, setSettings, shot, test, waitOverlay } from './harness.mjs';

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
			oldHosts: document.querySelectorAll('[data-tactful-host][data-test-old]').length,
			// Every overlay's badges (an orphaned script's overlay would be a second host).
			badges: [...document.querySelectorAll('[data-tactful-host]')].flatMap((h) =>
				[...(h.shadowRoot?.querySelectorAll('[data-tactful="badge"]') ?? [])].map((b) => ({
					level: b.dataset.level,
					settled: b.dataset.settled === 'true',
				})),
			),
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
	// Marks the old script's overlay, so the new one's can be told from it.
	await page.evaluate(() => {
		for (const h of document.querySelectorAll('[data-tactful-host]')) h.dataset.testOld = '1';
	});
	await reloadExtension(env);
	// The new version's script is injected (nobody touches the page), the old overlay goes, and the new one
	// badges the draft already there: one overlay, warning, settled.
	const after = await poll(
		() => fieldState(page, '#comment'),
		(f) =>
			f.hosts === 1 &&
			f.oldHosts === 0 &&
			f.badges.length === 1 &&
			f.badges[0].level === 'warn' &&
			f.badges[0].settled,
		30_000,
	);
	await shot(page, 'resilience-after-reload');
	check(after.ok, `the draft is not checked once after the reload: ${JSON.stringify(after.value)}`);
	// And it stays one (an orphaned overlay that came back, or a second injection, would show here).
	const doubled = await poll(
		() => fieldState(page, '#comment'),
		(f) => f.hosts !== 1,
		3000,
	);
	check(!doubled.ok, `${doubled.value.hosts} overlays on the page`);
	const state = await fieldState(page, '#comment');
	check(state.value === before.value, `draft changed: ${state.value}`);
	check(
		state.caret[0] === before.caret[0] && state.caret[1] === before.caret[1],
		`caret moved: ${state.caret}`,
	);
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
	// At most one line (none when WXT's own "script started" event stopped it first).
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

/**
 * Stops the extension's service worker the way chrome://serviceworker-internals' "Stop" does (CDP
 * ServiceWorker.stopAllWorkers, from an extension page, whose storage partition holds the worker).
 */
async function stopServiceWorker(env) {
	const page = await env.context.newPage();
	await page.goto(`chrome-extension://${env.extensionId}/popup.html`);
	const cdp = await env.context.newCDPSession(page);
	await cdp.send('ServiceWorker.enable');
	await cdp.send('ServiceWorker.stopAllWorkers');
	await cdp.detach();
	await page.close();
}

/** Waits for the service worker that answers after a stop (Chrome starts it again on the next event). */
async function nextServiceWorker(env, old) {
	const alive = async (w) => (await w.evaluate(() => chrome.runtime.id).catch(() => null)) !== null;
	const found = await poll(
		async () => {
			for (const w of env.context.serviceWorkers())
				if (w.url().includes(env.extensionId) && (await alive(w))) return w;
			return undefined;
		},
		(w) => w !== undefined,
		30_000,
	);
	check(
		found.ok,
		`no service worker came back (${env.context.serviceWorkers().length} known, old one ${(await alive(old)) ? 'alive' : 'gone'})`,
	);
	env.sw = found.value;
	env.sw.tactfulBrowser = env.browser;
	env.browser.sw = found.value;
}

test('service worker stopped while a score is in flight: sent again once, the warning still appears', async (env) => {
	const page = await env.context.newPage();
	const lines = recordConsole(page);
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	// Holds the next score inside the service worker (its check for the offscreen host never answers), so the
	// stop lands while the request is in flight, whatever the machine's load.
	await env.sw.evaluate(() => {
		globalThis.held = 0;
		chrome.runtime.getContexts = () => {
			globalThis.held++;
			return new Promise(() => undefined);
		};
	});
	await page.keyboard.type(TOXIC);
	const held = await poll(
		() => env.sw.evaluate(() => globalThis.held),
		(n) => n > 0,
		20_000,
	);
	check(held.ok, 'the score never reached the service worker');
	const old = env.sw;
	await stopServiceWorker(env);
	const warned = await waitOverlay(page, (s) => warns(s) && s.badges[0].settled, 30_000);
	await shot(page, 'resilience-sw-stopped');
	const retries = lines.filter((l) => /dropped the request/.test(l.text));
	console.log(`    ${retries.length} retry, badge ${JSON.stringify(warned.badges.map((b) => b.level))}`);
	check(warned.ok, `no warning after the service worker stopped: ${JSON.stringify(warned.badges)}`);
	check(retries.length === 1, `${retries.length} retries logged`);
	check((await page.inputValue('#comment')) === TOXIC, 'the draft changed');
	await nextServiceWorker(env, old);
	await page.close();
});

const offscreenDocuments = (sw) =>
	sw.evaluate(
		async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
	);

test('offscreen host closed between drafts: the next score starts it again and warns', async (env) => {
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	check(
		(
			await poll(
				() => offscreenDocuments(env.sw),
				(n) => n === 1,
				20_000,
			)
		).ok,
		'no host to close',
	);
	await env.sw.evaluate(() => chrome.offscreen.closeDocument());
	check((await offscreenDocuments(env.sw)) === 0, 'the host is still open');
	await page.keyboard.type(TOXIC);
	const warned = await waitOverlay(page, (s) => warns(s) && s.badges[0].settled, 30_000);
	check(warned.ok, `no warning once the host was closed: ${JSON.stringify(warned.badges)}`);
	check((await offscreenDocuments(env.sw)) === 1, 'the host was not started again');
	await page.close();
});

const GITHUB = 'textarea[aria-label="Markdown value"]';
const RUDE = 'This fucking patch broke the parser AGAIN, test your code before you push!!!';
const inCard = (page, selector) => page.locator(`[data-tactful-host] ${selector}`);

test('offscreen host closed while a rewrite is being written: the card ends on a retryable error', async (env) => {
	await env.sw.evaluate(() => chrome.storage.local.set({ openaiApiKey: 'sk-e2e' }));
	// A word every 300 ms: the rewrite is still being written when the host goes.
	await setSettings(env.sw, {
		rewrite: {
			backend: 'openai',
			weight: 0.5,
			openai: { baseUrl: env.openai.url, model: 'slow-stream-300' },
		},
	});
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click(GITHUB);
	await page.keyboard.type(RUDE);
	check((await waitOverlay(page, warns, 20_000)).ok, 'not flagged');
	await inCard(page, '[data-tactful="badge"]').first().click();
	await inCard(page, 'button.tactful-rw-stop').waitFor({ timeout: 20_000 });
	// Close the host only once its first words are on the card: the request is then being written INSIDE the host.
	// With Stop alone the request could still be on its way, and closing the host then makes the background's send
	// fail as "receiving end does not exist", which is retried once (a restarted host, the whole rewrite written):
	// right for the user, but not this test's state (the fresh-clone CI failed it twice in session 17 that way).
	await inCard(page, '[data-testid="rewrite-stream"]').waitFor({ timeout: 20_000 });
	await env.sw.evaluate(() => chrome.offscreen.closeDocument());
	const error = inCard(page, '.tactful-rw-error');
	const ended = await error
		.waitFor({ timeout: 20_000 })
		.then(() => true)
		.catch(() => false);
	await shot(page, 'resilience-rewrite-host-closed');
	check(ended, 'the card is still writing after the host closed');
	const text = await error.innerText();
	console.log(`    card: ${JSON.stringify(text)}`);
	check(/stopped answering before the rewrite was done.*Try again/.test(text), `card said: ${text}`);
	const tryAgain = inCard(page, 'button:has-text("Try again")');
	check(await tryAgain.isVisible(), 'no "Try again"');
	check((await inCard(page, 'button.tactful-rw-stop').count()) === 0, 'a Stop button (spinner) remains');
	check((await page.inputValue(GITHUB)) === RUDE, 'the draft changed');
	// "Try again" starts the host again and writes the suggestion (word by word, as before).
	await tryAgain.click();
	await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 60_000 });
	await shot(page, 'resilience-rewrite-tried-again');
	check((await page.inputValue(GITHUB)) === RUDE, 'the draft changed');
	await page.close();
	// The key no longer lives in storage.local: the background moves it into the extension's database (session 26,
	// utils/storage/api-key.ts). Once it has moved, delete it there, the way other specs reach that database.
	const moved = await poll(
		() => env.sw.evaluate(() => chrome.storage.local.get('openaiApiKey')),
		(stored) => !('openaiApiKey' in stored),
	);
	check(moved.ok, 'the API key was never moved out of storage.local');
	const left = await env.sw.evaluate(async () => {
		const db = await new Promise((res, rej) => {
			const req = indexedDB.open('tactful');
			req.onsuccess = () => res(req.result);
			req.onerror = () => rej(req.error);
		});
		const tx = db.transaction('secrets', 'readwrite');
		const secrets = tx.objectStore('secrets');
		secrets.delete('openaiApiKey');
		const count = secrets.count();
		await new Promise((res, rej) => {
			tx.oncomplete = res;
			tx.onerror = () => rej(tx.error);
		});
		db.close();
		return count.result;
	});
	check(left === 0, `the API key is still in the database (${left} secrets)`);
	await env.sw.evaluate(() => chrome.storage.local.remove('settings'));
});

await run(async () => {
	const env = await chromiumEnv({ requireHost: true });
	const openai = await startOpenAIServer();
	return {
		...env,
		openai,
		teardown: async () => {
			await env.teardown();
			await openai.close();
		},
	};
});
