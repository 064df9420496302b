// What the user waits for, in Chromium with the built extension (not a timed test; prints numbers): from the
// last keystroke of a draft to its verdict and underline drawn, split into stages by the content script's bench
// recorder (entrypoints/content/perf.ts, on only where <html> carries data-tactful-bench) and the host's stamps
// (score-trace.ts):
//   debounce   last key → the field's pause timer fires (150 ms after a word boundary, 400 ms mid-word)
//   prepare    timer → request sent (read the text, options)
//   hopOut     content → background → offscreen host handler (two runtime messages, structured clones)
//   hostQueue  handler → scoring starts (the models' load gate)
//   scoring    the scorer (its one-at-a-time ORT queue included)
//   hopBack    scoring done → the reply in the content script (host → background → content)
//   toFrame    reply → the animation frame that paints it (verdict applied, waiting for the frame)
//   draw       that paint (overlay, underline)
// Each sample: the draft minus its last 6 characters is inserted at once and allowed to settle, then the last 6
// are typed key by key (the last is '.', a word boundary). Drafts vary per sample, so no cache answers.
// Stamps from different processes share performance.timeOrigin + now(); hops are only as exact as that clock.
// Usage: npm run build && node scripts/bench/keystroke-to-underline.mjs [--samples 20]
import os from 'node:os';
import { launch, startServer, waitForHost } from '../../tests/e2e/harness.mjs';

const arg = (name, dflt) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const samples = arg('--samples', 20);

// Written for the benches (scripts/bench/drafts.ts): everyday review talk, and one insult for the abusive drafts.
const CIVIL = [
	'Thanks for the patch, I tried it locally and the build passes on Linux.',
	'The cache invalidation still looks wrong when two workers write the same key.',
	'Could you add a test that covers the empty input case before we merge?',
	'I killed the child process and the hang went away, so the leak is in the parent.',
	'Let us move this discussion to the forum thread so the issue stays focused.',
	'The benchmark numbers are within noise, so I would not block on them.',
	'I rebased on main and the flaky integration test passed three times in a row.',
	'Maybe rename the helper to parseHeaders, since it no longer touches the body.',
];
const ABUSIVE = 'You are a useless idiot and your code is garbage, stop wasting our time. ';
/** A draft of exactly `length` characters ending in '.', different for every `variant`. */
const draft = (length, variant, abusive) => {
	let out = `#${variant} `;
	for (let k = 0, i = variant; out.length < length; k++, i += 3)
		out += `${abusive && i % 2 === 0 ? ABUSIVE : ''}${CIVIL[i % CIVIL.length]} [${variant}-${k}] `;
	return `${out.slice(0, length - 1).replace(/\s$/, 'x')}.`;
};
const DRAFTS = [
	['civil 100', 100, false],
	['civil 1,000', 1000, false],
	['abusive 1,000', 1000, true],
];
const STAGES = [
	'debounce',
	'prepare',
	'hopOut',
	'hostQueue',
	'scoring',
	'hopBack',
	'toFrame',
	'draw',
	'total',
];

const pct = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const load = () => os.loadavg()[0].toFixed(2);

const server = await startServer();
const browser = await launch();
const ready = await waitForHost(browser);
if (ready !== 'ok') throw new Error(ready);
const page = await browser.context.newPage();
const dump = () =>
	page.evaluate(() => {
		document.dispatchEvent(new Event('tactful-bench-dump'));
		return JSON.parse(document.documentElement.getAttribute('data-tactful-bench-result') ?? '{}');
	});
/** Dumps until a pause has been answered on screen (or 8 s), merging what each dump held. */
const untilAnswered = async () => {
	const got = {};
	const end = Date.now() + 8000;
	while (!got.warn && Date.now() < end) {
		await page.waitForTimeout(15);
		for (const [k, v] of Object.entries(await dump())) got[k] = [...(got[k] ?? []), ...v];
	}
	return got;
};

console.log(
	`Chromium ${browser.context.browser()?.version() ?? ''}, ${os.cpus().length} CPUs, ${samples} samples per draft and field; load = 1-min load average`,
);
let variant = 1;
for (const [label, url, sel] of [
	['textarea', 'bench.html', '#comment'],
	['ProseMirror', 'editors.html', '#pm .ProseMirror'],
]) {
	await page.goto(`${server.url}/${url}`);
	await page.waitForSelector(sel);
	for (const [name, length, abusive] of DRAFTS) {
		const stages = Object.fromEntries(STAGES.map((s) => [s, []]));
		let missed = 0;
		const loadBefore = load();
		for (let i = 0; i < samples; i++) {
			const text = draft(length, variant++, abusive);
			await page.click(sel);
			await page.keyboard.press('ControlOrMeta+A');
			await page.keyboard.insertText(text.slice(0, -6));
			await untilAnswered(); // that insert's own pause, scored and drawn
			await page.waitForTimeout(100);
			await dump();
			await page.keyboard.type(text.slice(-6));
			const got = await untilAnswered();
			if (!got['stage:total']?.length) missed++;
			for (const s of STAGES) stages[s].push(...(got[`stage:${s}`] ?? []));
		}
		console.log(
			`\n${label}, ${name} chars (load ${loadBefore} → ${load()}), n=${stages.total.length}${missed ? `, ${missed} pauses without a traced trip` : ''}`,
		);
		for (const s of STAGES)
			console.log(
				`  ${s.padEnd(10)} p50 ${pct(stages[s], 50).toFixed(2).padStart(7)} ms   p95 ${pct(stages[s], 95).toFixed(2).padStart(7)} ms`,
			);
	}
}
// What the background's forwarder asked the browser before every host request until session 23 (offscreen-lifecycle.ts).
const [sw] = browser.context.serviceWorkers();
if (sw) {
	const loadBefore = load();
	const ms = await sw.evaluate(async () => {
		const out = [];
		for (let i = 0; i < 50; i++) {
			const t = performance.now();
			await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
			out.push(performance.now() - t);
		}
		return out;
	});
	console.log(
		`\nbackground: runtime.getContexts round trip (load ${loadBefore} → ${load()}), n=50: p50 ${pct(ms, 50).toFixed(2)} ms, p95 ${pct(ms, 95).toFixed(2)} ms`,
	);
}
await browser.close();
await server.close();
