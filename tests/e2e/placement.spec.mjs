// Session 15 (ui6): the badge and the cards on the thread snapshots people use.
// 1. The badge never hides the text being typed, on every adapter's reply box, from the first word until the draft
//    has run past the badge's corner (GitHub, Discourse, Reddit new/old, Hacker News' two-line box, Stack Exchange,
//    Lemmy): read in ONE evaluate, the badge's rect against the draft's visible line rects.

import { visibleText, WORDS } from './fit-probes.mjs';
import { check, chromiumEnv, run, shot, test } from './harness.mjs';

/** In the page: the focused field's visible text, the badge nearest its bottom-right corner and the lines under it. */
function badgeOverText([sel, src]) {
	const field = document.querySelector(sel);
	const text = new Function(`return (${src})`)()(field);
	const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
	const box = field.getBoundingClientRect();
	const cx = box.right;
	const cy = box.bottom;
	let badge = null;
	let best = Number.POSITIVE_INFINITY;
	for (const b of root?.querySelectorAll('[data-tactful="badge"]') ?? []) {
		const r = b.getBoundingClientRect();
		const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
		if (d < best) {
			best = d;
			badge = {
				left: r.left,
				right: r.right,
				top: r.top,
				bottom: r.bottom,
				opacity: Number(getComputedStyle(b).opacity),
			};
		}
	}
	// Faded or not: a badge at 30 % over the words still sits on them (session 14 notes, Hacker News).
	const under = badge
		? text.rects.filter(
				(r) =>
					r.left < badge.right - 1 &&
					r.right > badge.left + 1 &&
					r.top < badge.bottom - 1 &&
					r.bottom > badge.top + 1,
			)
		: [];
	return { badge, under, lines: text.rects.length, box: text.box, vw: document.documentElement.clientWidth };
}

const SITES = [
	{ name: 'GitHub', page: 'threads/github-issue.html', field: 'textarea.js-comment-field' },
	{ name: 'Discourse', page: 'threads/discourse-topic.html', field: 'textarea.d-editor-input' },
	{ name: 'Reddit', page: 'threads/reddit-shreddit.html', field: '#reply-box' },
	{ name: 'old Reddit', page: 'threads/reddit-old.html', field: '#old-reply' },
	{ name: 'Hacker News', page: 'threads/hackernews-item.html', field: '#top-box' },
	{ name: 'Hacker News comment page', page: 'threads/hackernews-comment-item.html', field: '#top-box' },
	{ name: 'Lemmy', page: 'threads/lemmy-post.html', field: '#markdown-textarea-reply' },
	{ name: 'Stack Exchange', page: 'threads/stackexchange-question.html', field: '#a-comment' },
];

for (const s of SITES) {
	test(`${s.name}: the badge hides none of the draft's text while it is typed`, async ({ page, server }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(`${server.url}/${s.page}`);
		const field = page.locator(s.field);
		await field.scrollIntoViewIfNeeded();
		await field.click();
		const read = () => page.evaluate(badgeOverText, [s.field, visibleText.toString()]);
		let worst = null;
		let words = 0;
		// Word by word until the draft has filled a few lines past the corner; each step is given time to repaint
		// (polled: an opaque badge over a line for 3 s is a fault, a frame between typing and the repaint is not).
		for (; words < 60; words++) {
			await page.keyboard.insertText(`${WORDS[words % WORDS.length]} `);
			let at = await read();
			const end = Date.now() + 3_000;
			while ((!at.badge || at.under.length > 0) && Date.now() < end) {
				await page.waitForTimeout(150);
				at = await read();
			}
			if (at.under.length > 0 || !at.badge) {
				worst = { words, ...at };
				break;
			}
		}
		const slug = s.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
		await shot(page, `placement-badge-${slug}`);
		if (worst) console.log(`      ${JSON.stringify(worst)}`);
		check(!worst?.badge === false || worst === null, `no badge on the focused field after ${words} words`);
		check(
			worst === null,
			`after ${words} words the badge ${JSON.stringify(worst?.badge)} sits on ${JSON.stringify(worst?.under)}`,
		);
	});
}

await run(() => chromiumEnv());
