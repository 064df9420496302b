// CPU per thread-card placement (card-place.ts `cardStyle`) with the band search on and off (session 24, card11):
// the card is placed again on every scroll and resize while it is open, and when no place clears the thread's lines
// the band search tries every line's top and bottom as a row, so its cost grows with the lines in view (thread-text.ts
// caps them at 300). Geometry: Hacker News 1024x640 and 600x400 as measured on hackernews-item.html (the comment
// lines and their name / reply rows), and a dense thread at 1280x800 with the 300 line boxes thread-text.ts allows,
// lines everywhere the card could go. Pure computation (no layout reads; scripts/bench-card-place.mjs times those).
// Each sample: process CPU time of a batch of placements / its size; prints median and p95 over samples.
// Run: npx tsx scripts/bench-card-band.ts [samples=200]

/** Node has no DOMRect: the little of it card-place.ts uses. */
class Rect {
	constructor(
		public x = 0,
		public y = 0,
		public width = 0,
		public height = 0,
	) {}
	get left() {
		return Math.min(this.x, this.x + this.width);
	}
	get top() {
		return Math.min(this.y, this.y + this.height);
	}
	get right() {
		return Math.max(this.x, this.x + this.width);
	}
	get bottom() {
		return Math.max(this.y, this.y + this.height);
	}
}
(globalThis as { DOMRect?: unknown }).DOMRect ??= Rect;
const { cardStyle } = await import('../entrypoints/content/overlay/card-place.ts');

const samples = Number(process.argv[2] ?? 200);
const rect = (l: number, t: number, r: number, b: number) => new DOMRect(l, t, r - l, b - t);

interface Case {
	name: string;
	vp: { width: number; height: number };
	anchor: DOMRect;
	field: DOMRect;
	actions: DOMRect;
	thread: DOMRect[];
	height: number;
}

const hn1024: Case = {
	name: 'HN 1024x640, 12 boxes',
	vp: { width: 1024, height: 640 },
	anchor: new DOMRect(389, 141, 22, 22),
	field: new DOMRect(237, 103, 182, 36),
	actions: new DOMRect(418, 124, 97, 19),
	thread: [
		...[187, 299, 377, 455, 533, 611].map((y, i) => new DOMRect(259, y, [526, 515, 435][i % 3] ?? 0, 17)),
		...[153, 265, 343, 421, 499, 577].map((y) => new DOMRect(259, y, 46, 17)),
	],
	height: 624,
};
const hn600: Case = {
	name: 'HN 600x400, 10 boxes',
	vp: { width: 600, height: 400 },
	anchor: new DOMRect(176, 141, 22, 22),
	field: rect(24, 102, 206, 138),
	actions: rect(206, 123, 303, 144),
	thread: [
		rect(47, 187, 573, 204),
		rect(47, 299, 562, 316),
		rect(47, 377, 482, 394),
		...[153, 265, 343].map((y) => rect(47, y, 158, y + 17)),
		...[221, 333, 411].map((y) => rect(47, y, 80, y + 17)),
		rect(47, 120, 90, 137),
	],
	height: 590,
};
// 30 rows of 10 boxes (text split by links and emphasis), 26 px apart, the window's width: no place is clear.
const dense: Case = {
	name: 'dense 1280x800, 300 boxes',
	vp: { width: 1280, height: 800 },
	anchor: new DOMRect(1100, 760, 22, 22),
	field: rect(8, 700, 1130, 790),
	actions: rect(1140, 760, 1270, 790),
	thread: Array.from({ length: 300 }, (_, i) => {
		const row = Math.floor(i / 10);
		const col = i % 10;
		return rect(8 + col * 126, 8 + row * 23, 8 + col * 126 + 120, 8 + row * 23 + 17);
	}),
	height: 590,
};

/** CPU µs per placement: median and p95 over `samples` batches, each batch long enough to read (~5 ms). */
function bench(c: Case, band: boolean) {
	const avoid = { field: c.field, actions: c.actions, thread: c.thread, threadBand: band };
	const place = () => cardStyle(c.anchor, c.vp, avoid, c.height);
	const first = place();
	let batch = 1;
	for (;;) {
		const t = process.cpuUsage();
		for (let i = 0; i < batch; i++) place();
		const used = process.cpuUsage(t);
		if (used.user + used.system >= 5000) break;
		batch *= 2;
	}
	const per: number[] = [];
	for (let s = 0; s < samples; s++) {
		const t = process.cpuUsage();
		for (let i = 0; i < batch; i++) place();
		const used = process.cpuUsage(t);
		per.push((used.user + used.system) / batch);
	}
	per.sort((a, b) => a - b);
	const at = (q: number) => per[Math.min(per.length - 1, Math.floor(q * per.length))] ?? 0;
	return { p50: at(0.5), p95: at(0.95), batch, style: first };
}

const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim();
console.log(`load average at start: ${load}`);
for (const c of [hn1024, hn600, dense])
	for (const band of [false, true]) {
		const r = bench(c, band);
		console.log(
			`${c.name}, band ${band ? 'on ' : 'off'}: CPU per placement p50 ${r.p50.toFixed(1)} µs, p95 ${r.p95.toFixed(1)} µs (${samples} samples of ${r.batch}); card ${JSON.stringify(r.style)}`,
		);
	}
console.log(`load average at end: ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()}`);
