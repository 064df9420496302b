// The first warning when the models are not loaded, in Chromium and firefox-esr with the built extension (not a
// timed test; prints numbers). Two cases per browser:
//  - fresh start: a new browser, the first draft ever (no inference host yet; Chrome creates its offscreen
//    document, Firefox loads the models in its background page);
//  - after idle: the field is emptied and left, the browser idles, then the user comes back. Firefox unloads an
//    idle background (models included) after `extensions.background.idle.timeout`, 30 s by default, lowered
//    here so a run takes seconds. Chrome stops an idle service worker after ~30 s; its offscreen document,
//    which holds the models, is a separate page (see the report in the README for what survives).
// Each measurement: click into the field, type a fresh draft (35 ms a key), pause. Printed: medians of
//  - "pause → warning": the content script's own timing from the typing pause being detected to the warning
//    painted (perf.ts `warn`), the part a cold model load adds to;
//  - "last key → badge": seen from outside, adding the debounce (150/400 ms) and 100 ms polling.
// Usage: npm run build && npm run build:firefox && node scripts/bench-idle.mjs [--runs 5] [--launches 3]
//        [--chrome-idle 35] [--chrome | --firefox]
import { launchFirefox } from '../tests/e2e/firefox-harness.mjs';
import { launch, startServer, waitOverlay } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const RUNS = arg('--runs', 5);
/** Fresh browsers measured (the first warning ever: no host, no models). */
const LAUNCHES = arg('--launches', 3);
/** Seconds Chromium sits idle before its service worker is stopped (Chrome stops it after ~30 s). */
const CHROME_IDLE_S = arg('--chrome-idle', 35);
const FIREFOX_IDLE_MS = 4000;
const KEY_DELAY_MS = 35;
const TOPICS = [
	'parser',
	'login',
	'cache',
	'router',
	'build',
	'layout',
	'export',
	'search',
	'upload',
	'theme',
];
/** A draft that warns, different each run so no cache answers it. */
const draftFor = (i) =>
	`You are a complete idiot and your ${TOPICS[i % TOPICS.length]} patch number ${i} is garbage`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Collects (and resets) the durations the content script recorded since the last dump. */
const dump = (page) =>
	page.evaluate(() => {
		document.dispatchEvent(new Event('tactful-bench-dump'));
		return JSON.parse(document.documentElement.getAttribute('data-tactful-bench-result') ?? '{}');
	});

/** Empties the field and moves focus away (no message reaches the extension). */
const leave = (page) =>
	page.evaluate(() => {
		const el = document.querySelector('#comment');
		el.value = '';
		el.dispatchEvent(new Event('input', { bubbles: true }));
		el.blur();
	});

async function firstWarning(page, draft) {
	await dump(page);
	await page.click('#comment');
	await page.keyboard.type(draft, { delay: KEY_DELAY_MS });
	const typed = Date.now();
	const state = await waitOverlay(page, (s) => s.badges.some((b) => b.level !== 'ok'), 30_000);
	const badge = Date.now() - typed;
	if (!state.ok) throw new Error(`no warning for ${JSON.stringify(draft)}`);
	const warn = (await dump(page)).warn ?? [];
	return { pause: warn.at(-1) ?? Number.NaN, badge };
}

/** Runs `launches` fresh browsers (first warning ever), then idle runs in the last one. */
async function measure(label, open, launches) {
	const fresh = [];
	let session;
	for (let i = 0; i < launches; i++) {
		await session?.close();
		session = await open();
		fresh.push(await firstWarning(session.page, draftFor(0)));
	}
	const runs = [];
	for (let i = 1; i <= RUNS; i++) {
		await leave(session.page);
		await session.idle();
		runs.push(await firstWarning(session.page, draftFor(i)));
	}
	await session.close();
	const f = (xs, key) => `${Math.round(median(xs.map((r) => r[key])))} ms`;
	const all = (xs) => xs.map((r) => Math.round(r.pause)).join(', ');
	console.log(`\n${label}`);
	console.log(
		`  fresh start (median of ${launches}): pause → warning ${f(fresh, 'pause')}, last key → badge ${f(fresh, 'badge')}  [${all(fresh)}]`,
	);
	console.log(
		`  after idle (median of ${RUNS}):  pause → warning ${f(runs, 'pause')}, last key → badge ${f(runs, 'badge')}  [${all(runs)}]`,
	);
}

const server = await startServer();
const only = process.argv.includes('--firefox')
	? 'firefox'
	: process.argv.includes('--chrome')
		? 'chrome'
		: '';
if (only !== 'firefox')
	await measure(
		`Chromium: ${CHROME_IDLE_S} s idle, then the service worker stopped`,
		async () => {
			const chrome = await launch();
			const page = await chrome.context.newPage();
			await page.goto(`${server.url}/bench.html`);
			// Playwright's attachment keeps the worker from its idle stop: stop it as Chrome would (the offscreen
			// document is left to Chrome, as it is then).
			const cdp = await chrome.context.newCDPSession(page);
			await cdp.send('ServiceWorker.enable');
			const idle = async () => {
				await sleep(CHROME_IDLE_S * 1000);
				await cdp.send('ServiceWorker.stopAllWorkers');
			};
			return { page, idle, close: () => chrome.close() };
		},
		LAUNCHES,
	);
if (only !== 'chrome')
	await measure(
		`firefox-esr: background idle timeout ${FIREFOX_IDLE_MS / 1000} s, ${(FIREFOX_IDLE_MS * 2.5) / 1000} s idle`,
		async () => {
			const firefox = await launchFirefox({
				prefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS },
			});
			const page = await firefox.browser.newPage();
			await page.goto(`${server.url}/bench.html`);
			return { page, idle: () => sleep(FIREFOX_IDLE_MS * 2.5), close: () => firefox.close() };
		},
		LAUNCHES,
	);
await server.close();
