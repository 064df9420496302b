// The first warning when the models are not loaded, in Chromium and firefox-esr with the built extension (not a
// timed test; prints numbers). Two cases per browser:
//  - fresh start: a new browser, the first draft ever (no inference host yet; Chrome creates its offscreen
//    document, Firefox loads the models in its background page);
//  - after idle: the field is emptied and left, the browser idles, then the user comes back. Firefox unloads an
//    idle background (models included) after `extensions.background.idle.timeout`, 30 s by default, lowered
//    here so a run takes seconds. Chrome stops an idle service worker after ~30 s; its offscreen document,
//    which holds the models, is a separate page (see the report in the README for what survives).
// Each measurement: click into the field, type a fresh draft (35 ms a key), pause. Printed: the median time from
// the final typing pause being detected to its warning painted (the content script's own timing, perf.ts `warn`),
// which is what a cold model load adds to; the user sees it 150/400 ms after the last key (the debounce).
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
/** Longer than it takes to type a draft here (a shorter one unloads the background again while the user types). */
const FIREFOX_IDLE_MS = 8000;
/** Idle between Firefox runs: past the timeout, and past the warm-up's period (warm-up.ts), as any real unload
 * (30 s without an event, a warm-up being one) is. */
const FIREFOX_IDLE_BETWEEN_MS = 20_000;
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
	// The final pause's warning, not one a pause mid-typing painted for a shorter draft: the final pause is only
	// detected 150/400 ms after the last key.
	await dump(page);
	const end = Date.now() + 30_000;
	let warn = [];
	while (Date.now() < end) {
		await sleep(50);
		warn = (await dump(page)).warn ?? [];
		if (warn.length) break;
	}
	if (!warn.length) throw new Error(`no warning for ${JSON.stringify(draft)}`);
	const state = await waitOverlay(page, (s) => s.badges.some((b) => b.level !== 'ok'));
	if (!state.ok) throw new Error(`no warning badge for ${JSON.stringify(draft)}`);
	return warn.at(-1);
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
	const f = (xs) => `${Math.round(median(xs))} ms  [${xs.map(Math.round).join(', ')}]`;
	console.log(`\n${label}: typing pause → warning painted`);
	console.log(`  fresh start (median of ${launches}): ${f(fresh)}`);
	console.log(`  after idle (median of ${RUNS}):  ${f(runs)}`);
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
		`firefox-esr: background idle timeout ${FIREFOX_IDLE_MS / 1000} s, ${FIREFOX_IDLE_BETWEEN_MS / 1000} s idle`,
		async () => {
			const firefox = await launchFirefox({
				prefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS },
			});
			const page = await firefox.browser.newPage();
			await page.goto(`${server.url}/bench.html`);
			return { page, idle: () => sleep(FIREFOX_IDLE_BETWEEN_MS), close: () => firefox.close() };
		},
		LAUNCHES,
	);
await server.close();
