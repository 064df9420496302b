// Placement cost of the open card with the thread avoid list (session 21, card8): per placement, what card-view.ts
// measures (the thread comments' text lines, thread-text.ts `textLineBoxes`; the answered text and its last lines,
// reading.ts) plus card-place.ts `cardStyle`, timed in Chromium on the github heated-thread and Hacker News
// snapshots at 1100x800 and 600x400. The modules are bundled with esbuild and run in the page (no extension). Prints
// the line boxes measured and ms p50/p95 per placement (layout clean, as on a card re-placement without reflow).
// Run: node scripts/bench-card-place.mjs [rounds=400] (each round: 10 placements, their mean)

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 400);
const bundle = await build({
	stdin: {
		contents: `
			import { textLineBoxes } from './entrypoints/content/thread-text.ts';
			import { readingAbove } from './entrypoints/content/reading.ts';
			import { cardStyle } from './entrypoints/content/overlay/card-place.ts';
			window.__place = { textLineBoxes, readingAbove, cardStyle };`,
		resolveDir: root,
		loader: 'ts',
	},
	bundle: true,
	write: false,
	format: 'iife',
	treeShaking: true,
	logLevel: 'silent',
});
const code = bundle.outputFiles[0].text;
const PAGES = [
	{
		name: 'github heated',
		page: 'threads/github-heated-thread.html',
		field: 'textarea.js-comment-field',
		bodies: '.comment-body',
	},
	{ name: 'hacker news', page: 'threads/hackernews-item.html', field: '#top-box', bodies: '.commtext' },
	// The snapshots' comments are a line or two: the same github thread with each comment 12 paragraphs longer, so
	// the line boxes reach thread-text.ts's cap of 300.
	{
		name: 'github heated, long comments',
		page: 'threads/github-heated-thread.html',
		field: 'textarea.js-comment-field',
		bodies: '.comment-body',
		long: true,
	},
];
const SIZES = [
	{ width: 1100, height: 800 },
	{ width: 600, height: 400 },
];
const server = await startServer();
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
	args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const size of SIZES)
	for (const p of PAGES) {
		await page.setViewportSize(size);
		await page.goto(`${server.url}/${p.page}`);
		await page.addScriptTag({ content: code });
		if (p.long)
			await page.evaluate((sel) => {
				for (const b of document.querySelectorAll(sel))
					for (let i = 0; i < 12; i++)
						b.insertAdjacentHTML(
							'beforeend',
							`<p>Paragraph ${i}: the retry loop runs three times before it gives up and logs the failure.</p>`,
						);
			}, p.bodies);
		// The box at the window's bottom, the thread above it in view (as when the user has just read it).
		await page
			.locator(p.field)
			.first()
			.evaluate((el) => el.scrollIntoView({ block: 'end' }));
		const out = await page.evaluate(
			({ p, rounds }) => {
				const { textLineBoxes, readingAbove, cardStyle } = window.__place;
				const el = document.querySelector(p.field);
				const bodies = [...document.querySelectorAll(p.bodies)].filter((b) => !b.contains(el));
				const vw = document.documentElement.clientWidth;
				const vh = document.documentElement.clientHeight;
				const times = [];
				let boxes = 0;
				// Chromium's clock steps by 0.1 ms here: each sample is the mean of BATCH placements.
				const BATCH = 10;
				for (let i = 0; i < rounds; i++) {
					const t = performance.now();
					for (let j = 0; j < BATCH; j++) {
						const field = el.getBoundingClientRect();
						const thread = textLineBoxes(bodies, vh);
						const reading = readingAbove(el, field, vh);
						const anchor = new DOMRect(field.right - 30, field.bottom - 30, 22, 22);
						cardStyle(
							anchor,
							{ width: vw, height: vh },
							{ field, reading: reading?.box, readingEnd: reading?.end, thread },
							590,
						);
						boxes = thread.length;
					}
					times.push((performance.now() - t) / BATCH);
				}
				times.sort((a, b) => a - b);
				const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
				return { boxes, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] };
			},
			{ p, rounds },
		);
		console.log(
			`${size.width}x${size.height} ${p.name}: ${out.boxes} line boxes, placement p50 ${out.p50.toFixed(3)} ms, p95 ${out.p95.toFixed(3)} ms, max ${out.max.toFixed(3)} ms (${rounds} rounds)`,
		);
	}
await browser.close();
await server.close();
