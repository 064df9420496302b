// The card and the badge fit the page. A tall card (reasons, a thread warning, a rewrite suggestion) stays inside
// the viewport with Apply and its own actions visible, at 1280x800, 1280x600 and 400 px wide, with the field at
// the top, middle and bottom of the window, and it is placed again when the window is resized or the page
// scrolls. The badge never sits on the text the user is typing when that text runs into the field's bottom-right
// corner: a textarea, a one-line textarea, a right-to-left textarea, Lexical and ProseMirror editors.
import { TOXIC } from './drafts.mjs';
import {
	cardFits,
	measureBadge,
	measureCardFit,
	placeFieldAt,
	reachesCorner,
	textUnder,
	visibleText,
	WORDS,
} from './fit-probes.mjs';
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

async function openTallCard(page, server, where) {
	await page.goto(`${server.url}/${THREAD}`);
	await page.evaluate(placeFieldAt, [FIELD, where]);
	await page.click(FIELD);
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned, 10_000)).ok, 'no warning for the toxic draft');
	await page.keyboard.press('Alt+Shift+T');
	await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 10_000 });
	await inCard(page, '[data-tactful="thread"]').waitFor({ timeout: 10_000 });
}

/** Polls until the card fits (a repaint can lag a resize or scroll under load); returns the last measurement. */
async function waitFit(page, timeout = 15_000) {
	const end = Date.now() + timeout;
	let at = await page.evaluate(measureCardFit, FIELD);
	while (Date.now() < end && !cardFits(at)) {
		await page.waitForTimeout(100);
		at = await page.evaluate(measureCardFit, FIELD);
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

/** Types words into the focused field until its visible text runs into the badge's corner (fit-probes.mjs). */
async function fillToCorner(page, locator, maxWords = 240) {
	for (let i = 0; i < maxWords; i++) {
		if (reachesCorner(await locator.evaluate(visibleText))) return true;
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
		let hidden = [];
		const end = Date.now() + 15_000;
		do {
			await page.waitForTimeout(200);
			badge = await page.evaluate(measureBadge);
			hidden = textUnder(badge, (await field.evaluate(visibleText)).rects);
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

test('a badge faded over the text comes back once the words under it are deleted, though the last line still reaches its row', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/fit.html`);
	const field = page.locator('#wide');
	await field.scrollIntoViewIfNeeded();
	await field.click();
	check(await fillToCorner(page, field), 'the text never reached the corner');
	// Full width, the Comment button under the corner: no room outside, so the badge fades in place.
	let badge = null;
	const end = Date.now() + 15_000;
	do {
		await page.waitForTimeout(200);
		badge = await page.evaluate(measureBadge);
	} while (Date.now() < end && !(badge && badge.opacity < 0.5));
	check(badge && badge.opacity < 0.5, `the badge did not fade over the text: ${JSON.stringify(badge)}`);
	// Delete words until the last line no longer runs under the badge, but still sits in the badge's row.
	let text = await field.evaluate(visibleText);
	for (let i = 0; i < 20 && textUnder({ ...badge, opacity: 1 }, text.rects).length > 0; i++) {
		await page.keyboard.press('Control+Backspace');
		text = await field.evaluate(visibleText);
	}
	const bottom = Math.max(...text.rects.map((r) => r.bottom));
	check(bottom > badge.top + 1, `the last line left the badge's row: ${bottom} vs ${JSON.stringify(badge)}`);
	check(textUnder({ ...badge, opacity: 1 }, text.rects).length === 0, 'text still under the badge');
	const back = Date.now() + 15_000;
	do {
		await page.waitForTimeout(200);
		badge = await page.evaluate(measureBadge);
	} while (Date.now() < back && !(badge && badge.opacity > 0.5));
	await snap(page, 'fit-badge-unfaded');
	check(
		badge && badge.opacity > 0.5, // 0.75 for a civil draft's badge, 1 for a warning; 0.3 faded
		`the badge stayed faded over blank space after the words under it were deleted: ${JSON.stringify(badge)}`,
	);
});

await run(() => chromiumEnv());
