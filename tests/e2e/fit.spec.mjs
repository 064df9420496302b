// The card and the badge fit the page. A tall card (reasons, a thread warning, a rewrite suggestion) stays inside
// the viewport with Apply and its own actions visible, at 1280x800, 1280x600 and 400 px wide, with the field at
// the top, middle and bottom of the window, and it is placed again when the window is resized or the page
// scrolls. The badge never sits on the text the user is typing when that text runs into the field's bottom-right
// corner: a textarea, a one-line textarea, a right-to-left textarea, Lexical and ProseMirror editors.
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, run, shot, test, waitOverlay } from './harness.mjs';

const THREAD = 'threads/github-heated-thread.html';
const FIELD = 'textarea.js-comment-field';
const warned = (s) => s.badges.some((b) => b.level === 'warn');
const inCard = (page, selector) => page.locator(`[data-tactful-host] ${selector}`);
const SHOTS = process.env.FIT_SHOTS; // a folder for the screenshots a report shows (else artifacts/)

async function snap(page, name) {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
	else await shot(page, name);
}

/** Scrolls the page so the field sits at the top, middle or bottom of the window (the page is made tall enough). */
async function placeField(page, sel, where) {
	await page.evaluate(() => {
		document.body.style.paddingBottom = '2000px';
	});
	await page.locator(sel).evaluate((el, at) => {
		const r = el.getBoundingClientRect();
		const vh = document.documentElement.clientHeight;
		const target = at === 'top' ? 10 : at === 'middle' ? vh / 2 - r.height / 2 : vh - r.height - 10;
		window.scrollBy(0, r.top - target);
	}, where);
}

/**
 * The open card against the viewport: its rect, whether each action (Apply, "This is fine", Close) is visible
 * (the topmost element at its centre is the button itself, so not scrolled away inside the card nor off
 * screen), and the rect of the caret's line (the draft is one line, typed to its end).
 */
const cardFit = (page) =>
	page.evaluate((sel) => {
		const root = document.querySelector('[data-tactful-host]').shadowRoot;
		const card = root.querySelector('[data-tactful="card"]');
		const vw = document.documentElement.clientWidth;
		const vh = document.documentElement.clientHeight;
		const r = card.getBoundingClientRect();
		const seen = (el) => {
			if (!el) return false;
			const b = el.getBoundingClientRect();
			const [x, y] = [b.left + b.width / 2, b.top + b.height / 2];
			if (x < 0 || y < 0 || x > vw || y > vh) return false;
			return root.elementFromPoint(x, y) === el;
		};
		const buttons = [...card.querySelectorAll('button')];
		const named = (text) => buttons.find((b) => b.textContent.trim() === text);
		const field = document.querySelector(sel);
		const box = field.getBoundingClientRect();
		const cs = getComputedStyle(field);
		// The draft is one line at the top of the field: the caret's line.
		const lineTop = box.top + field.clientTop + Number.parseFloat(cs.paddingTop);
		const caret = { top: lineTop, bottom: lineTop + Number.parseFloat(cs.lineHeight) };
		return {
			card: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
			viewport: { width: vw, height: vh },
			inside: r.top >= 0 && r.left >= 0 && r.bottom <= vh && r.right <= vw,
			apply: seen(root.querySelector('.tactful-rw-primary')),
			fine: seen(named('This is fine')),
			close: seen(card.querySelector('.tf-close')),
			coversCaret: r.top < caret.bottom && r.bottom > caret.top && r.left < box.right && r.right > box.left,
		};
	}, FIELD);

async function openTallCard(page, server, where) {
	await page.goto(`${server.url}/${THREAD}`);
	await placeField(page, FIELD, where);
	await page.click(FIELD);
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned, 10_000)).ok, 'no warning for the toxic draft');
	await page.keyboard.press('Alt+Shift+T');
	await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 10_000 });
	await inCard(page, '[data-tactful="thread"]').waitFor({ timeout: 10_000 });
}

/** Polls until the card fits (a repaint can lag a resize or scroll under load); returns the last measurement. */
async function waitFit(page, timeout = 3000) {
	const end = Date.now() + timeout;
	let at = await cardFit(page);
	while (Date.now() < end && !(at.inside && at.apply && at.fine && at.close && !at.coversCaret)) {
		await page.waitForTimeout(100);
		at = await cardFit(page);
	}
	return at;
}

const SIZES = [
	{ width: 1280, height: 800 },
	{ width: 1280, height: 600 },
	{ width: 400, height: 800 },
];

for (const size of SIZES) {
	test(`${size.width}x${size.height}: a tall card fits the window with Apply visible, the field at the top, middle and bottom`, async ({
		page,
		server,
	}) => {
		await page.setViewportSize(size);
		try {
			for (const where of ['top', 'middle', 'bottom']) {
				await openTallCard(page, server, where);
				const at = await waitFit(page);
				await snap(page, `fit-card-${size.width}x${size.height}-${where}`);
				const say = `${where}: ${JSON.stringify(at)}`;
				check(at.inside, `the card leaves the window (${say})`);
				check(at.apply, `Apply is not visible without scrolling (${say})`);
				check(at.fine && at.close, `the card's own actions are not visible (${say})`);
				check(!at.coversCaret, `the card covers the line being typed (${say})`);
				await page.keyboard.press('Escape');
			}
		} finally {
			await page.setViewportSize({ width: 1100, height: 800 });
		}
	});
}

test('an open card is placed again when the window shrinks and when the page scrolls', async ({
	page,
	server,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	try {
		await openTallCard(page, server, 'middle');
		check((await waitFit(page)).inside, 'the card does not fit to begin with');
		await page.setViewportSize({ width: 1280, height: 600 });
		const resized = await waitFit(page);
		await snap(page, 'fit-card-resized');
		check(
			resized.inside && resized.apply && !resized.coversCaret,
			`after the resize: ${JSON.stringify(resized)}`,
		);
		await page.mouse.move(100, 100);
		await page.mouse.wheel(0, 150);
		const scrolled = await waitFit(page);
		await snap(page, 'fit-card-scrolled');
		check(
			scrolled.inside && scrolled.apply && !scrolled.coversCaret,
			`after scrolling: ${JSON.stringify(scrolled)}`,
		);
		await page.keyboard.press('Escape');
	} finally {
		await page.setViewportSize({ width: 1100, height: 800 });
	}
});

// ---- The badge and the text under it ----

/**
 * The rects of the text the user can see in a field (viewport pixels), measured in the page independently of
 * the extension: a throw-away mirror for a textarea or input (with the field's scroll), a Range for rich editors.
 */
function visibleTextRects(el) {
	const box = el.getBoundingClientRect();
	const seen = (r) =>
		r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
	if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
		const cs = getComputedStyle(el);
		const m = document.createElement('div');
		for (const k of [
			'fontFamily',
			'fontSize',
			'fontWeight',
			'lineHeight',
			'letterSpacing',
			'paddingTop',
			'paddingLeft',
			'paddingRight',
			'wordSpacing',
			'direction',
			'textAlign',
		])
			m.style[k] = cs[k];
		const line = el.tagName === 'INPUT';
		Object.assign(m.style, {
			position: 'fixed',
			visibility: 'hidden',
			whiteSpace: line ? 'pre' : 'pre-wrap',
			overflowWrap: 'break-word',
			left: '0',
			top: '0',
			width: `${el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)}px`,
		});
		const t = document.createTextNode(el.value);
		m.append(t);
		document.body.append(m);
		const r = document.createRange();
		r.selectNodeContents(t);
		const mr = m.getBoundingClientRect();
		const rects = [...r.getClientRects()].map((rr) => {
			const x = box.x + el.clientLeft + rr.x - mr.x - el.scrollLeft;
			// A single-line input centres its line: take its whole content height.
			const y = line ? box.y + el.clientTop : box.y + el.clientTop + rr.y - mr.y - el.scrollTop;
			return new DOMRect(x, y, rr.width, line ? el.clientHeight : rr.height);
		});
		m.remove();
		return rects.filter(seen).map((q) => ({ left: q.left, right: q.right, top: q.top, bottom: q.bottom }));
	}
	// Each text node's own line boxes: a Range over the whole editor would add its paragraphs' full-width boxes.
	const out = [];
	const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const r = document.createRange();
		r.selectNodeContents(n);
		for (const q of r.getClientRects())
			if (seen(q)) out.push({ left: q.left, right: q.right, top: q.top, bottom: q.bottom });
	}
	return out;
}

/** The badge's rect and opacity (a badge faded to let the text show through counts as not hiding it). */
const badgeNow = (page) =>
	page.evaluate(() => {
		const b = document
			.querySelector('[data-tactful-host]')
			?.shadowRoot.querySelector('[data-tactful="badge"]');
		if (!b) return null;
		const r = b.getBoundingClientRect();
		return {
			left: r.left,
			right: r.right,
			top: r.top,
			bottom: r.bottom,
			opacity: Number(getComputedStyle(b).opacity),
		};
	});

const WORDS =
	'thanks for the patch the retry logic reads well to me and the tests pass here so I think we can merge it after one more look at the timeout handling'.split(
		' ',
	);

/**
 * Types words into the focused field until its visible text reaches the bottom-right corner: the last visible
 * line ends within `reach` pixels of the field's right edge (2 px into the badge's corner), at the bottom of the field (a multi-line field
 * scrolled or grown to its end). In a right-to-left field the lines end on the left, so its text reaches the
 * corner from the start of each line: one full line is enough there.
 */
async function fillToCorner(page, locator, { reach = 26, maxWords = 240 } = {}) {
	for (let i = 0; i < maxWords; i++) {
		const rects = await locator.evaluate(visibleTextRects);
		const { box, rtl } = await locator.evaluate((el) => ({
			box: el.getBoundingClientRect().toJSON(),
			rtl: getComputedStyle(el).direction === 'rtl',
		}));
		const bottom = Math.max(...rects.map((r) => r.bottom));
		const last = rects.filter((r) => r.bottom > bottom - 4);
		// The badge's row: its 22 px above the field's 6 px inset (a line reaching 2 px into it counts).
		const atBottom = rects.length > 0 && bottom > box.bottom - 26;
		const done = rtl
			? atBottom && rects.length > 1
			: atBottom && Math.max(...last.map((r) => r.right)) > box.right - reach;
		if (done) return true;
		await page.keyboard.insertText(`${WORDS[i % WORDS.length]} `);
	}
	return false;
}

const BADGE_CASES = [
	{ name: 'a fixed-size textarea', page: 'fit.html', sel: '#fixed' },
	{ name: 'a one-line textarea (a chat-style quick reply)', page: 'fit.html', sel: '#line' },
	{ name: 'a right-to-left textarea', page: 'fit.html', sel: '#rtl', text: 'שלום לכולם ' },
	{ name: 'a full-width textarea with the page button under its corner', page: 'fit.html', sel: '#wide' },
	{ name: 'a Lexical editor', page: 'editors.html', sel: '[data-lexical-editor]' },
	{ name: 'a ProseMirror editor', page: 'editors.html', sel: '#pm .ProseMirror' },
];

for (const c of BADGE_CASES) {
	test(`${c.name}: the badge does not hide the text that runs into its corner`, async ({ page, server }) => {
		await page.goto(`${server.url}/${c.page}`);
		const field = page.locator(c.sel);
		await field.scrollIntoViewIfNeeded();
		await field.click();
		if (c.text) await page.keyboard.insertText(c.text);
		check(await fillToCorner(page, field), 'the text never reached the corner');
		// The badge shows on a focused field; give the typing pause and its repaint time to land.
		let badge = null;
		let text = [];
		let hidden = [];
		const end = Date.now() + 4000;
		do {
			await page.waitForTimeout(200);
			badge = await badgeNow(page);
			text = await field.evaluate(visibleTextRects);
			hidden =
				badge && badge.opacity > 0.5
					? text.filter(
							(r) =>
								r.left < badge.right - 1 &&
								r.right > badge.left + 1 &&
								r.top < badge.bottom - 1 &&
								r.bottom > badge.top + 1,
						)
					: [];
		} while (Date.now() < end && (!badge || hidden.length > 0));
		await snap(page, `fit-badge-${c.sel.replace(/[^a-z]+/gi, '-')}`);
		check(badge, 'no badge on the focused field');
		const vw = await page.evaluate(() => document.documentElement.clientWidth);
		check(badge.left >= 0 && badge.right <= vw, `the badge left the window: ${JSON.stringify(badge)}`);
		check(
			hidden.length === 0,
			`the badge ${JSON.stringify(badge)} sits on the text ${JSON.stringify(hidden)}`,
		);
		if (c.sel === '#wide') {
			const button = await page.locator('#comment').boundingBox();
			const over =
				badge.left < button.x + button.width &&
				badge.right > button.x &&
				badge.top < button.y + button.height &&
				badge.bottom > button.y;
			check(!over, `the badge covers the page's Comment button: ${JSON.stringify({ badge, button })}`);
		}
	});
}

await run(() => chromiumEnv());
