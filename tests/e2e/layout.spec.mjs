// Underlines and the badge follow only what the user can see of a field: a reply box scrolled out of its own
// pane, or under a sticky header, keeps no decoration floating over the page; a page zoomed with CSS still gets
// its underlines under the words, and so does a right-to-left paragraph in a dir="auto" field; a theme switch
// recolours the overlay.
import { TOXIC, TOXIC_WORD } from './drafts.mjs';
import {
	check,
	chromiumEnv,
	nextFrames,
	overlay,
	run,
	shot,
	test,
	underlines,
	waitOverlay,
	wordRect,
} from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0;
/** Every badge and underline lies inside `box` (viewport rect). */
const inside = (s, box) =>
	[...s.badges, ...s.underlines].every(
		(r) =>
			r.x >= box.x - 1 &&
			r.y >= box.y - 1 &&
			r.x + r.w <= box.x + box.width + 1 &&
			r.y <= box.y + box.height + 1,
	);

async function warnOn(page, server, sel) {
	await page.goto(`${server.url}/layout.html`);
	await page.click(sel);
	await page.keyboard.type(TOXIC);
	const s = await waitOverlay(page, warned);
	check(s.ok, `no warning in ${sel}`);
	return s;
}

test('a reply box scrolled out of its pane leaves no underline or badge outside the pane', async ({
	page,
	server,
}) => {
	await warnOn(page, server, '#pane-reply');
	await page.evaluate(() => {
		document.getElementById('pane').scrollTop = 150; // the box is now above the pane's visible part
	});
	await nextFrames(page); // the repaint the scroll scheduled has run: the old decorations cannot pass
	await page.waitForTimeout(300);
	const pane = await page.locator('#pane').boundingBox();
	const s = await overlay(page);
	await shot(page, 'layout-pane-scrolled');
	check(inside(s, pane), `decoration outside the pane ${JSON.stringify(pane)}: ${JSON.stringify(s)}`);
	await page.evaluate(() => {
		document.getElementById('pane').scrollTop = 0;
	});
	const back = await waitOverlay(page, warned);
	check(back.ok, 'the warning did not come back when the box scrolled into view');
	check(
		underlines(back, await wordRect(page.locator('#pane-reply'), TOXIC_WORD)),
		'underline not under the word',
	);
});

test('a field under a sticky header is not decorated through the header', async ({ page, server }) => {
	await warnOn(page, server, '#reply');
	// Scroll so the header covers the draft's first line (and the top of the box) but not its bottom.
	const top = await page.locator('#reply').evaluate((el) => el.getBoundingClientRect().top + scrollY);
	await page.evaluate((y) => window.scrollTo(0, y - 10), top);
	await nextFrames(page);
	await page.waitForTimeout(300);
	const s = await overlay(page);
	await shot(page, 'layout-sticky-header');
	const header = await page.locator('header').boundingBox();
	const over = [...s.underlines, ...s.badges].filter((r) => r.y < header.y + header.height);
	check(over.length === 0, `drawn over the sticky header: ${JSON.stringify(over)}`);
	check(
		s.badges.length === 1,
		`the badge should stay on the visible part of the field: ${JSON.stringify(s.badges)}`,
	);
});

test('a page zoomed with CSS (html { zoom: 1.25 }) gets its underlines under the words', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/layout.html`);
	await page.evaluate(() => {
		document.documentElement.style.zoom = '1.25';
	});
	await page.click('#reply');
	await page.keyboard.type(TOXIC);
	const s = await waitOverlay(page, warned);
	check(s.ok, 'no warning');
	await shot(page, 'layout-css-zoom');
	// The harness measures the word with a mirror inside the zoomed page, so it sees the zoomed position.
	const word = await wordRect(page.locator('#reply'), TOXIC_WORD);
	check(
		underlines(s, word),
		`underline not under the word ${JSON.stringify(word)}: ${JSON.stringify(s.underlines)}`,
	);
	const box = await page.locator('#reply').boundingBox();
	const b = { x: box.x, y: box.y, w: box.width, h: box.height };
	const badge = s.badges[0];
	check(
		badge.x >= b.x &&
			badge.x + badge.w <= b.x + b.w + 1 &&
			badge.y >= b.y &&
			badge.y + badge.h <= b.y + b.h + 1,
		`badge not inside the zoomed field ${JSON.stringify(b)}: ${JSON.stringify(badge)}`,
	);
	check(
		s.underlines.every((u) => u.x >= b.x && u.x + u.w <= b.x + b.w && u.y >= b.y && u.y <= b.y + b.h),
		`underlines outside the zoomed field ${JSON.stringify(b)}: ${JSON.stringify(s.underlines)}`,
	);
});

test('switching the page to a dark theme recolours the badge and card, rewrite suggestion included', async ({
	page,
	server,
}) => {
	await warnOn(page, server, '#reply');
	const dark = () =>
		page.evaluate(() => {
			const root = document.querySelector('[data-tactful-host]').shadowRoot;
			return root.querySelector('[data-tactful="badge"]').closest('.tf-app').classList.contains('tf-dark');
		});
	check(!(await dark()), 'dark overlay on a light page');
	await page.click('#theme');
	await page.focus('#reply');
	let now = await dark();
	for (const end = Date.now() + 10_000; !now && Date.now() < end; ) {
		await page.waitForTimeout(100);
		now = await dark();
	}
	check(now, 'the overlay stayed light after the page switched to dark');
	// The whole card follows, the rewrite suggestion inside it included.
	await page.keyboard.press('Alt+Shift+T');
	const suggestion = page.locator('[data-tactful-host] .tactful-rw-card');
	await suggestion.waitFor({ timeout: 10_000 });
	await shot(page, 'layout-dark-switch');
	const lightness = await suggestion.evaluate((el) => {
		const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g).map(Number);
		return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
	});
	check(
		lightness < 0.4,
		`the rewrite suggestion is a light box in the dark card (luminance ${lightness.toFixed(2)})`,
	);
	await page.keyboard.press('Escape');
});

test('underlines and badge follow the field when the page moves it (a banner above, a sidebar opening)', async ({
	page,
	server,
}) => {
	await warnOn(page, server, '#reply');
	const aligned = async () => {
		const s = await overlay(page);
		const box = await page.locator('#reply').boundingBox();
		const badge = s.badges[0];
		return (
			underlines(s, await wordRect(page.locator('#reply'), TOXIC_WORD)) &&
			badge &&
			badge.x >= box.x &&
			badge.x + badge.w <= box.x + box.width &&
			badge.y >= box.y &&
			badge.y + badge.h <= box.y + box.height
		);
	};
	const settle = async () => {
		for (const end = Date.now() + 10_000; !(await aligned()) && Date.now() < end; )
			await page.waitForTimeout(100);
		return aligned();
	};
	// No scroll, no resize, and the field keeps its size: only its position changes.
	await page.evaluate(() => {
		const banner = document.createElement('div');
		banner.style.height = '120px';
		banner.textContent = '3 new replies';
		document.querySelector('main').prepend(banner);
	});
	check(await settle(), 'decorations left behind when a banner pushed the field down');
	await page.evaluate(() => {
		document.querySelector('main').style.marginLeft = '220px';
	});
	check(await settle(), 'decorations left behind when a sidebar pushed the field right');
	await shot(page, 'layout-moved');
});

test('a textarea that does not wrap (wrap="off") and scrolls sideways gets its underline under the word', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/layout.html`);
	await page.click('#log');
	await page.keyboard.type(`We checked the runner logs from Tuesday night and honestly ${TOXIC}`);
	// Read once the badge is settled (scored on the whole line, drawn after the field scrolled sideways), not at the
	// first warning: once (loaded machine, this session) that first read held underlines at x 50-230 for a word at 370.
	await nextFrames(page);
	const s = await waitOverlay(page, (x) => warned(x) && x.badges.some((b) => b.settled));
	check(s.ok, `no underline: ${JSON.stringify(s)}`);
	// One line that scrolled sideways: where the word sits is its prefix's width, less the scroll.
	const word = await page.locator('#log').evaluate((el, w) => {
		const cs = getComputedStyle(el);
		const ctx = document.createElement('canvas').getContext('2d');
		ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
		const i = el.value.indexOf(w);
		const box = el.getBoundingClientRect();
		return {
			x:
				box.x +
				el.clientLeft +
				parseFloat(cs.paddingLeft) +
				ctx.measureText(el.value.slice(0, i)).width -
				el.scrollLeft,
			y: box.y + el.clientTop + parseFloat(cs.paddingTop),
			w: ctx.measureText(w).width,
			h: parseFloat(cs.lineHeight),
		};
	}, TOXIC_WORD);
	await shot(page, 'layout-wrap-off');
	check(
		underlines(s, word),
		`underline not under the word ${JSON.stringify(word)}: ${JSON.stringify(s.underlines)}`,
	);
});

test('a dir="auto" textarea with a right-to-left paragraph gets its underline under the word', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/layout.html`);
	const field = page.locator('#mixed');
	await field.scrollIntoViewIfNeeded();
	await field.click();
	// English first, so the field itself is left to right; the second paragraph starts in Hebrew, so the browser
	// lays that paragraph out right to left (unicode-bidi: plaintext) and the insult moves with it.
	await page.keyboard.type('Thanks for looking at this.');
	await page.keyboard.press('Enter');
	await page.keyboard.insertText('שלום לכולם, ');
	await page.keyboard.type(TOXIC);
	const s = await waitOverlay(page, warned);
	check(s.ok, `no warning: ${JSON.stringify(s)}`);
	const word = await wordRect(field, TOXIC_WORD);
	await shot(page, 'layout-dir-auto');
	check(
		underlines(s, word),
		`underline not under the word ${JSON.stringify(word)}: ${JSON.stringify(s.underlines)}`,
	);
});

/** The card's rect and what of the field's text it covers, in viewport pixels. */
const cardOver = (page, fieldSel, word) =>
	page.evaluate(
		([sel, w]) => {
			const card = document
				.querySelector('[data-tactful-host]')
				.shadowRoot.querySelector('[data-tactful="card"]')
				.getBoundingClientRect();
			const field = document.querySelector(sel).getBoundingClientRect();
			const vh = document.documentElement.clientHeight;
			const text = { top: Math.max(0, field.top), bottom: Math.min(vh, field.bottom) };
			const hits = (r) =>
				card.left < r.right && card.right > r.left && card.top < r.bottom && card.bottom > r.top;
			return {
				card: { top: card.top, bottom: card.bottom, left: card.left, right: card.right },
				field: text,
				word: w,
				coversWord: hits(w),
				coversText: hits({ left: field.left, right: field.right, top: field.top, bottom: w.bottom }),
				inside: card.top >= 0 && card.bottom <= vh && card.left >= 0 && card.right <= innerWidth,
			};
		},
		[fieldSel, word],
	);

for (const [name, size] of [
	['at 200 % zoom (a 550 x 400 CSS viewport)', { width: 550, height: 400 }],
	['in a narrow window (420 x 700)', { width: 420, height: 700 }],
]) {
	test(`${name} the card opened from the badge does not cover the draft being typed`, async ({
		page,
		server,
	}) => {
		await page.setViewportSize(size);
		try {
			await page.goto(`${server.url}/github-issue.html`);
			const field = page.locator('#new_comment_field');
			await field.scrollIntoViewIfNeeded();
			await field.click();
			await page.keyboard.type(TOXIC);
			check((await waitOverlay(page, warned)).ok, 'no warning');
			await page.locator('[data-tactful-host] [data-tactful="badge"]').click();
			check((await waitOverlay(page, (x) => x.card !== null)).ok, 'the card did not open');
			const word = await wordRect(field, TOXIC_WORD);
			const at = await cardOver(page, '#new_comment_field', {
				left: word.x,
				right: word.x + word.w,
				top: word.y,
				bottom: word.y + word.h,
			});
			await shot(page, `card-${size.width}x${size.height}`);
			check(at.inside, `the card leaves the viewport: ${JSON.stringify(at)}`);
			check(!at.coversWord, `the card covers the line being typed: ${JSON.stringify(at)}`);
			// The text typed is one line at the top of the field: the card may cover the field's empty part.
			check(
				!at.coversText,
				`the card covers the draft although there is room elsewhere: ${JSON.stringify(at)}`,
			);
			await page.keyboard.press('Escape');
		} finally {
			await page.setViewportSize({ width: 1100, height: 800 });
		}
	});
}

test('a reply box in a modal <dialog> (top layer) shows its badge and underlines above the dialog, and the card opens', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/layout.html`);
	await page.click('#open-dialog');
	await page.click('#dialog-reply');
	await page.keyboard.type(TOXIC);
	const s = await waitOverlay(page, warned);
	check(s.ok, 'no warning in the dialog');
	const badge = s.badges[0];
	// What the user sees at the badge's centre: Tactful's badge, not the dialog painted over it.
	const top = await page.evaluate(
		([x, y]) => document.elementFromPoint(x, y)?.hasAttribute('data-tactful-host') ?? false,
		[badge.x + badge.w / 2, badge.y + badge.h / 2],
	);
	await shot(page, 'layout-dialog');
	check(top, 'the badge is hidden under the modal dialog');
	check(
		underlines(s, await wordRect(page.locator('#dialog-reply'), TOXIC_WORD)),
		'underline not under the word',
	);
	await page.locator('[data-tactful-host] [data-tactful="badge"]').click({ timeout: 15_000 });
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'the card did not open from the badge');
	await page.keyboard.press('Escape');
	await page.evaluate(() => document.getElementById('dialog').close());
});

await run(() => chromiumEnv());
