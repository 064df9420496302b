// The history store in Debian Chromium with the built extension (the Node twin, scripts/bench-history.bench.ts,
// runs on fake-indexeddb). Per size N: fills the extension's IndexedDB with N events straight through IndexedDB
// (about 200 warnings a day, newest today: events the daily roll-up has not counted yet, as after an update from
// before it existed), then times, through the background like any extension page:
//  - the first stats read, and one event recorded 50 ms into it,
//  - until the roll-up has caught up: events recorded meanwhile (slowest, median) and the slowest of a tiny read
//    of the events and roll-up stores looped from the page (how long anything holds the database at once),
//  - getStats for 7/30/90/365 days (median of 5), one recordEvent (median of 5),
//  - opening the history page until its totals are painted (median of 3 reloads).
// `--shots DIR`: after the last size, full-page screenshots of its history page at 90 days and at 1 year.
// Usage: npm run build && node scripts/bench-history-chromium.mjs [--sizes 1000,10000,70000] [--shots DIR]
import path from 'node:path';
import { launch, message } from '../tests/e2e/harness.mjs';

const arg = (name) =>
	process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const SIZES = (arg('--sizes') ?? '1000,10000,70000').split(',').map(Number);
const SHOTS = arg('--shots');
const DIMENSIONS = [
	'Inappropriateness',
	'Toxic Emotions',
	'Excessive Intensity',
	'Emotional Deception',
	'Missing Commitment',
	'Missing Seriousness',
	'Missing Openness',
	'Missing Intelligibility',
	'Unclear Meaning',
	'Missing Relevance',
	'Confusing Reasoning',
	'Other Reasons',
	'Detrimental Orthography',
	'Reason Unclassified',
];

/** Runs in the page: the same made-up history as the Node bench, written in one IndexedDB transaction. */
async function seed({ n, now, dimensions }) {
	let s = 7;
	const rnd = () => {
		s = (s * 1103515245 + 12345) % 2147483648;
		return s / 2147483648;
	};
	const pick = (xs, r = rnd()) => xs[Math.floor(r * xs.length)];
	const sites = Array.from({ length: 25 }, (_, i) => `site-${i}.example.com`);
	const outcomes = ['rewriteAccepted', 'dismissed', 'fine', 'postedAnyway', 'reviewed'];
	const rows = [];
	for (let i = 0; rows.length < n; i++) {
		const at = now - Math.floor(i / 100) * 86_400_000 - Math.floor(rnd() * 86_400_000 * 0.9);
		const dims = [pick(dimensions)];
		if (rnd() < 0.3) dims.push(pick(dimensions));
		const base = { site: pick(sites, rnd() ** 2), level: 'warn', dimensions: dims };
		rows.push({ ...base, at, action: 'shown' });
		if (rows.length < n) rows.push({ ...base, at: at + 20_000, action: pick(outcomes) });
	}
	rows.sort((a, b) => a.at - b.at);
	const db = await new Promise((res, rej) => {
		const req = indexedDB.open('tactful');
		req.onsuccess = () => res(req.result);
		req.onerror = () => rej(req.error);
	});
	const tx = db.transaction('events', 'readwrite');
	for (const row of rows) tx.objectStore('events').add(row);
	await new Promise((res, rej) => {
		tx.oncomplete = res;
		tx.onerror = () => rej(tx.error);
	});
	db.close();
}

/** Runs in the page: loops a one-row read over the roll-up's stores until `window.stopProbe`; the slowest, ms. */
async function probe() {
	const db = await new Promise((res, rej) => {
		const req = indexedDB.open('tactful');
		req.onsuccess = () => res(req.result);
		req.onerror = () => rej(req.error);
	});
	let slowest = 0;
	window.stopProbe = false;
	while (!window.stopProbe) {
		const t = performance.now();
		const tx = db.transaction(['events', 'meta', 'daily'], 'readonly');
		tx.objectStore('meta').get('rolledUpThrough');
		await new Promise((res) => {
			tx.oncomplete = res;
		});
		slowest = Math.max(slowest, performance.now() - t);
		await new Promise((res) => setTimeout(res, 5));
	}
	db.close();
	return slowest;
}

/** Runs in the page: whether the roll-up has counted every stored event. */
async function caughtUp() {
	const db = await new Promise((res, rej) => {
		const req = indexedDB.open('tactful');
		req.onsuccess = () => res(req.result);
		req.onerror = () => rej(req.error);
	});
	const tx = db.transaction(['events', 'meta'], 'readonly');
	const through = tx.objectStore('meta').get('rolledUpThrough');
	const last = tx.objectStore('events').openCursor(null, 'prev');
	await new Promise((res) => {
		tx.oncomplete = res;
	});
	db.close();
	return (through.result?.value ?? 0) >= (last.result?.key ?? 0);
}

async function timed(run) {
	const t = performance.now();
	const reply = await run();
	if (reply && reply.ok === false) throw new Error(reply.error);
	return performance.now() - t;
}
async function median(run, repeats = 5) {
	const times = [];
	for (let i = 0; i < repeats; i++) times.push(await timed(run));
	return times.sort((a, b) => a - b)[Math.floor(repeats / 2)];
}
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`.padStart(9);

const browser = await launch();
try {
	const page = await browser.context.newPage();
	const url = `chrome-extension://${browser.extensionId}/history-page.html`;
	await page.goto(url);
	await page.waitForSelector('[data-testid="history"]');
	for (const n of SIZES) {
		await message(browser, 'clearHistory', {});
		const now = Date.now();
		await page.evaluate(seed, { n, now, dimensions: DIMENSIONS });
		const event = { site: 'github.com', level: 'warn', dimensions: ['Toxic Emotions'], action: 'shown' };
		const probing = page.evaluate(probe);
		const seeded = performance.now();
		const [first, recordedDuring] = await Promise.all([
			timed(() => message(browser, 'getStats', { days: 30 })),
			new Promise((res) => setTimeout(res, 50)).then(() =>
				timed(() => message(browser, 'recordEvent', event)),
			),
		]);
		const results = [
			['first stats', first],
			['record in it', recordedDuring],
		];
		const writes = [];
		while (!(await page.evaluate(caughtUp)) && performance.now() - seeded < 120_000) {
			writes.push(await timed(() => message(browser, 'recordEvent', event)));
			await new Promise((res) => setTimeout(res, 20));
		}
		results.push(['caught up', performance.now() - seeded]);
		await page.evaluate(() => {
			window.stopProbe = true;
		});
		results.push(['slowest probe', await probing]);
		writes.sort((a, b) => a - b);
		results.push([`record during (${writes.length}) max`, writes.at(-1) ?? 0]);
		results.push(['median', writes[Math.floor(writes.length / 2)] ?? 0]);
		for (const days of [7, 30, 90, 365])
			results.push([`stats ${days}d`, await median(() => message(browser, 'getStats', { days }))]);
		results.push(['record 1', await median(() => message(browser, 'recordEvent', event))]);
		results.push([
			'page open',
			await median(async () => {
				await page.reload();
				await page.waitForSelector('[data-testid="total-warnings"]', { timeout: 60_000 });
			}, 3),
		]);
		const count = await message(browser, 'exportHistory', {});
		const kb = JSON.stringify(count.value).length / 1024;
		console.log(
			`N=${String(n).padEnd(6)} ${results.map(([k, v]) => `${k}${ms(v)}`).join(' | ')} | events kept ${count.value.events.length} (export ${kb.toFixed(0)} KB)`,
		);
	}
	if (SHOTS) {
		await page.setViewportSize({ width: 900, height: 900 });
		for (const [range, file] of [
			['90 days', 'history-90-days.png'],
			['1 year', 'history-1-year.png'],
		]) {
			await page.getByRole('button', { name: range }).click();
			const days = range === '1 year' ? 365 : 90;
			await page.waitForFunction(
				(d) =>
					document
						.querySelector('[data-testid="day-chart"]')
						?.getAttribute('aria-label')
						?.startsWith(`Over ${d} `),
				days,
			);
			await page.screenshot({ path: path.join(SHOTS, file), fullPage: true });
		}
	}
} finally {
	await browser.close();
}
