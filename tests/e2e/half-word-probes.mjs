// The half-word hold (entrypoints/content/half-word.ts, field-controller.ts LONG_PAUSE_MS) typed key by key into the
// rich editors of tests/pages/editors.html (Lexical, ProseMirror, CodeMirror 6, a plain contenteditable), shared by
// half-word-editors.spec.mjs (Chromium, playwright-core) and firefox-half-word-editors.spec.mjs (firefox-esr,
// puppeteer-core): both drivers have page.goto/click/evaluate and page.keyboard.type/press.
import { check, poll, shot, waitOverlay } from './harness.mjs';

/** The product's long pause (field-controller.ts LONG_PAUSE_MS). */
export const LONG_PAUSE_MS = 1500;

export const EDITORS = [
	{ name: 'Lexical', sel: '[data-lexical-editor]' },
	{ name: 'ProseMirror', sel: '.ProseMirror' },
	{ name: 'CodeMirror 6', sel: '#cm .cm-content' },
	{ name: 'contenteditable', sel: '#ce' },
];

/**
 * Watches the page from inside: every 10 ms whether any badge warns (a warning that stood one frame between two of
 * the test's polls is still seen), and the time of each keydown (page clock: how long the typist really paused; a
 * key, not an input event, because an editor that handles typing itself may fire no input event at all).
 */
const watch = (page) =>
	page.evaluate(() => {
		const w = { sawWarn: false, keys: [] };
		window.__halfWord = w;
		document.addEventListener('keydown', () => w.keys.push(performance.now()), true);
		setInterval(() => {
			const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
			if (root?.querySelector('[data-tactful="badge"][data-level="warn"]')) w.sawWarn = true;
		}, 10);
	});

/** The page-side record and the overlay's badges, read in one evaluate. */
const state = (page) =>
	page.evaluate(() => {
		const w = window.__halfWord;
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const badges = [...(root?.querySelectorAll('[data-tactful="badge"]') ?? [])].map((b) => ({
			level: b.dataset.level,
			settled: b.dataset.settled === 'true',
		}));
		return {
			sawWarn: w.sawWarn,
			sinceKey: performance.now() - (w.keys.at(-1) ?? 0),
			keys: [...w.keys],
			badges,
		};
	});

const reset = (page) =>
	page.evaluate(() => {
		window.__halfWord.sawWarn = false;
		window.__halfWord.keys = [];
	});

const settled = (s) => s.badges.length > 0 && s.badges.every((b) => b.settled);

/**
 * Types "You are a " (scored, calm), then "com" key by key and pauses (polled on the page clock to 1 s after the
 * last key): "You are a com" alone scores 0.77 (warn), so a warning in that pause means the hold did not apply in
 * this editor. Then "plete idiot." ends the word: it must warn. Retries (fresh page) when the machine stretched
 * the pause past the long pause, which would rightly show the held verdict. `shotName`: screenshot prefix.
 */
export async function heldThenWarns(page, url, editor, shotName, { lead = '' } = {}) {
	for (let attempt = 1; attempt <= 3; attempt++) {
		await page.goto(url);
		await watch(page);
		await page.click(editor.sel);
		if (lead) {
			await page.keyboard.type(lead);
			await page.keyboard.press('Enter');
		}
		await page.keyboard.type('You are a ');
		const before = await waitOverlay(page, settled, 30_000);
		check(before.ok, `${editor.name}: "You are a " was never scored: ${JSON.stringify(before.badges)}`);
		check(
			!before.sawWarn && before.badges.every((b) => b.level !== 'warn'),
			`${editor.name}: "You are a " warns`,
		);
		await reset(page);
		await page.keyboard.type('com');
		const typed = (await state(page)).keys.length;
		const paused = await poll(
			() => state(page),
			(s) => s.sawWarn || s.sinceKey >= 1000,
			20_000,
			50,
		);
		const held = paused.value;
		await page.keyboard.type('plete idiot.');
		const done = await waitOverlay(
			page,
			(s) => settled(s) && s.badges.some((b) => b.level === 'warn'),
			30_000,
		);
		const s = await state(page);
		const gap = (s.keys[typed] ?? 0) - (s.keys[typed - 1] ?? 0);
		if (gap >= LONG_PAUSE_MS - 50) {
			console.log(
				`      ${editor.name} attempt ${attempt}: the pause after "com" lasted ${Math.round(gap)} ms; again`,
			);
			continue;
		}
		console.log(
			`      ${editor.name}: paused ${Math.round(gap)} ms on "com"; badge then ${JSON.stringify(held.badges)}`,
		);
		await shot(page, `${shotName}-warns`);
		check(
			!held.sawWarn,
			`${editor.name}: a warning showed during the pause on "You are a com": ${JSON.stringify(held)}`,
		);
		// Held: the badge says its verdict is pending (a calm fragment would be settled, a shown one would warn).
		check(
			held.badges.length > 0 && held.badges.every((b) => !b.settled && b.level !== 'warn'),
			`${editor.name}: the badge was not held on "You are a com": ${JSON.stringify(held.badges)}`,
		);
		check(done.ok, `${editor.name}: no warning once the word ended: ${JSON.stringify(done.badges)}`);
		return;
	}
	check(false, `${editor.name}: the machine never let the test pause under the long pause (3 attempts)`);
}
