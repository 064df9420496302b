// Session 15 (ui6): the badge and the cards on the thread snapshots people use.
// 1. The badge never hides the text being typed, on every adapter's reply box, from the first word until the draft
//    has run past the badge's corner (GitHub, Discourse, Reddit new/old, Hacker News' two-line box, Stack Exchange,
//    Lemmy): read in ONE evaluate, the badge's rect against the draft's visible line rects.
// 2. The pre-submit nudge card on a generic site never covers the page's own click-handler Post control (a <div>,
//    a <span>) the user was about to press, nor the field (tests/pages/generic-posts.html).
// 3. The "cannot check" card at 640x450 (200 % zoom) shows its reason, "what still works", Details and Try again
//    without scrolling inside it.

import { TOXIC } from './drafts.mjs';
import { visibleText, WORDS } from './fit-probes.mjs';
import { check, chromiumEnv, poll, run, setSettings, shot, test, waitOverlay } from './harness.mjs';

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

/** In the page: the open card's rect, and whether it meets the field's box or any of the Post controls `sels`. */
function cardOver([field, sels]) {
	const card = document
		.querySelector('[data-tactful-host]')
		?.shadowRoot?.querySelector('[data-tactful="card"]');
	const r = card?.getBoundingClientRect();
	const meets = (b) =>
		Boolean(r) &&
		r.left < b.right - 1 &&
		r.right > b.left + 1 &&
		r.top < b.bottom - 1 &&
		r.bottom > b.top + 1;
	const plain = (b) => ({ left: b.left, right: b.right, top: b.top, bottom: b.bottom });
	const box = document.querySelector(field).getBoundingClientRect();
	const controls = sels.map((s) => document.querySelector(s).getBoundingClientRect());
	return {
		card: r ? plain(r) : null,
		text: card?.innerText ?? '',
		field: meets(box),
		covered: sels.filter((_, i) => meets(controls[i])),
		controls: controls.map(plain),
	};
}

const NUDGE_CASES = [
	{ name: 'the "Post" <div> under the box', open: null, field: '#top', post: '#post', others: ['#preview'] },
	{ name: 'a reply box\'s "Send" <span>', open: '#reply-c1', field: '#box-c1', post: '#send-c1', others: [] },
];

for (const n of NUDGE_CASES) {
	for (const size of [
		{ width: 1100, height: 800 },
		{ width: 640, height: 800 },
	])
		test(`${size.width}x${size.height}, the nudge card on ${n.name}: the control and the box stay uncovered`, async (env) => {
			await setSettings(env.sw, { preSubmitNudge: true });
			const page = await env.context.newPage();
			try {
				await page.setViewportSize(size);
				await page.goto(`${env.server.url}/generic-posts.html`);
				if (n.open) {
					await page.click(n.open);
					await page.waitForSelector(n.field);
				}
				await page.click(n.field);
				await page.keyboard.type(TOXIC);
				const warned = (s) => s.badges.some((b) => b.level === 'warn' && b.settled);
				check((await waitOverlay(page, warned, 30_000)).ok, 'no warning');
				await page.click(n.post);
				const sels = [n.post, ...n.others];
				const read = () => page.evaluate(cardOver, [n.field, sels]);
				// The card is placed again as its height settles: polled until clear (or 5 s), then read once.
				await poll(read, (x) => /Post anyway/.test(x.text) && !x.field && x.covered.length === 0, 5_000, 200);
				const at = await read();
				await shot(page, `placement-nudge-${n.post.slice(1)}-${size.width}`);
				console.log(`      ${JSON.stringify({ ...at, text: undefined })}`);
				check(/Post anyway/.test(at.text), `no nudge card: ${at.text}`);
				check(at.covered.length === 0, `the nudge card covers ${at.covered}: ${JSON.stringify(at)}`);
				check(!at.field, `the nudge card covers the box: ${JSON.stringify(at.card)}`);
			} finally {
				await page.close();
				await setSettings(env.sw, { preSubmitNudge: false });
			}
		});
}

/** Every score fails: the model host cannot be reached (as health.spec.mjs breaks it). */
const breakHost = (sw) =>
	sw.evaluate(() => {
		globalThis.realGetContexts ??= chrome.runtime.getContexts;
		chrome.runtime.getContexts = async () => {
			throw new Error('Could not establish connection. Receiving end does not exist.');
		};
	});
const restoreHost = (sw) =>
	sw.evaluate(() => {
		if (globalThis.realGetContexts) chrome.runtime.getContexts = globalThis.realGetContexts;
	});

/**
 * In the page: the open card's parts and whether each is shown where it is drawn (the topmost thing at its centre
 * inside Tactful's shadow root, so not scrolled out of the card's middle nor out of the window).
 */
function downParts() {
	const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
	const card = root?.querySelector('[data-tactful="card"]');
	if (!card) return null;
	const shown = (el) => {
		if (!el) return false;
		const r = el.getBoundingClientRect();
		// Its centre, and its first and last lines (a paragraph cut at the card's scrolling edge shows its middle).
		const points = [
			[r.left + r.width / 2, r.top + r.height / 2],
			[r.left + 4, r.top + 3],
			[r.left + 4, r.bottom - 3],
		];
		return points.every(([x, y]) => {
			if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
			const top = root.elementFromPoint(x, y);
			return Boolean(top && (top === el || el.contains(top)));
		});
	};
	const r = card.getBoundingClientRect();
	const tryAgain = [...card.querySelectorAll('button')].find((b) => /Try again/.test(b.textContent));
	const parts = {
		heading: card.querySelector('h2'),
		reason: card.querySelector('[data-testid="card-unavailable-reason"]'),
		works: card.querySelector('[data-testid="card-still-works"]'),
		details: card.querySelector('details summary'),
		tryAgain,
	};
	return {
		unavailable: card.dataset.unavailable ?? null,
		card: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
		viewport: { width: innerWidth, height: innerHeight },
		shown: Object.fromEntries(Object.entries(parts).map(([k, el]) => [k, shown(el)])),
		focusable: [...card.querySelectorAll('button, summary, a[href], [tabindex]')]
			.filter((e) => e.tabIndex >= 0)
			.map((e) => e.textContent.trim().slice(0, 20)),
	};
}

for (const size of [
	{ width: 640, height: 450 },
	{ width: 1280, height: 720 },
])
	test(`${size.width}x${size.height}: the "cannot check" card shows what still works, Details and Try again without scrolling`, async (env) => {
		const page = await env.context.newPage();
		try {
			await page.setViewportSize(size);
			await page.goto(`${env.server.url}/generic-blog.html`);
			await breakHost(env.sw);
			await page.click('#comment');
			await page.keyboard.type(TOXIC);
			const down = await waitOverlay(
				page,
				(s) => s.badges.some((b) => /cannot check/i.test(b.label ?? '') && b.settled),
				30_000,
			);
			check(down.ok, `the badge never said "cannot check": ${JSON.stringify(down.badges)}`);
			await page.locator('[data-tactful-host] [data-tactful="badge"]').click();
			const all = (x) => x?.unavailable === 'true' && Object.values(x.shown).every(Boolean);
			await poll(() => page.evaluate(downParts), all, 5_000, 200);
			const at = await page.evaluate(downParts);
			await shot(page, `placement-cannot-check-${size.width}`);
			console.log(`      ${JSON.stringify(at)}`);
			check(at?.unavailable === 'true', 'no "cannot check" card');
			const inside =
				at.card.top >= 0 &&
				at.card.left >= 0 &&
				at.card.bottom <= at.viewport.height &&
				at.card.right <= at.viewport.width;
			check(inside, `the card leaves the window: ${JSON.stringify(at.card)}`);
			const hidden = Object.entries(at.shown)
				.filter(([, v]) => !v)
				.map(([k]) => k);
			check(hidden.length === 0, `not shown without scrolling: ${hidden.join(', ')}`);
		} finally {
			await restoreHost(env.sw);
			await page.close();
		}
	});

await run(() => chromiumEnv());
