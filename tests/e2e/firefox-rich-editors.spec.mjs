// firefox-esr (the Firefox build), session 18 (editorshw): Apply of a rewrite in the real Lexical, ProseMirror and
// CodeMirror 6 editors (tests/pages/editors.html), then the editor's own Ctrl+Z and Ctrl+Shift+Z. Their key handlers
// run the history and fire no input event, so the history's counts (rewriteAccepted / rewriteRejected, what the
// history page and the bandit hear) come from rewrite-apply.ts `watchRewriteUndo` judging the DOM change after the
// key. Chromium's twin is rich-editors.spec.mjs.
// Run: npm run build:firefox && node tests/e2e/run-all.mjs firefox-rich-editors
import { CIVIL, TOXIC } from './drafts.mjs';
import { launchFirefox } from './firefox-harness.mjs';
import { check, poll, run, shot, startServer, test, waitOverlay } from './harness.mjs';

const DRAFT = 'Thanks for looking at this. Honestly you are an idiot and this patch is garbage.';
const EDITORS = [
	{ name: 'Lexical', sel: '[data-lexical-editor]' },
	{ name: 'ProseMirror', sel: '.ProseMirror' },
	{ name: 'CodeMirror 6', sel: '#cm .cm-content' },
];

/** The editor's own text (its state, not the DOM), one evaluate. */
const stateOf = (page, name) =>
	page.evaluate((name) => {
		if (name === 'Lexical') return window.__lexicalText();
		if (name === 'ProseMirror') return window.__pmText();
		return window.__cm.state.doc.toString();
	}, name);
const norm = (t) => t.replace(/\u00a0/g, ' ').trim();
/** Clicks an element of Tactful's overlay (its shadow root) from inside the page. */
const clickInOverlay = (page, selector) =>
	page.evaluate((selector) => {
		const el = document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector(selector);
		el?.click();
		return Boolean(el);
	}, selector);
const chord = async (page, keys) => {
	for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
	await page.keyboard.press(keys.at(-1));
	for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
};

for (const e of EDITORS)
	test(`Firefox, ${e.name}: Apply, then the editor's Ctrl+Z and Ctrl+Shift+Z are counted in the history`, async ({
		page,
		server,
		stats,
	}) => {
		const counts = async () => (await stats())?.value?.actions ?? {};
		const start = await counts();
		const counted = (want, what) =>
			poll(
				counts,
				(now) => Object.entries(want).every(([k, v]) => (now[k] ?? 0) - (start[k] ?? 0) === v),
				10_000,
				200,
			).then((got) =>
				check(
					got.ok,
					`${e.name}, ${what}: the history counted ${JSON.stringify(got.value)} (from ${JSON.stringify(start)}), wanted +${JSON.stringify(want)}`,
				),
			);
		await page.goto(`${server.url}/editors.html`);
		await page.click(e.sel);
		await page.keyboard.type(DRAFT);
		const warned = await waitOverlay(
			page,
			(s) => s.badges.some((b) => b.level === 'warn' && b.settled),
			30_000,
		);
		check(warned.ok, `no warning: ${JSON.stringify(warned.badges)}`);
		const draft = await stateOf(page, e.name);
		check(norm(draft) === DRAFT, `typed draft reads ${JSON.stringify(draft)}`);
		check(await clickInOverlay(page, '[data-tactful="badge"]'), 'no badge to open the card');
		const primary = await poll(() => clickInOverlay(page, '.tactful-rw-primary'), Boolean, 30_000, 150);
		check(primary.ok, 'no Apply button');
		const applied = await poll(
			() => stateOf(page, e.name),
			(x) => x !== draft,
			20_000,
		);
		check(applied.ok, 'Apply did not change the draft');
		const rewritten = applied.value;
		check(!rewritten.includes('idiot'), `the rewrite kept the insult: ${rewritten}`);
		await shot(page, `firefox-rich-${e.name.replace(/\W+/g, '-').toLowerCase()}-applied`);
		await counted({ rewriteAccepted: 1, rewriteRejected: 0 }, 'Apply');
		await page.focus(e.sel);
		await chord(page, ['Control', 'z']);
		const undone = await poll(
			() => stateOf(page, e.name),
			(x) => x === draft,
		);
		check(undone.ok, `Ctrl+Z did not restore the draft exactly: ${JSON.stringify(undone.value)}`);
		await counted({ rewriteAccepted: 1, rewriteRejected: 1 }, 'Ctrl+Z after Apply');
		await chord(page, ['Control', 'Shift', 'Z']);
		const redone = await poll(
			() => stateOf(page, e.name),
			(x) => x === rewritten,
		);
		check(redone.ok, `Ctrl+Shift+Z did not redo the rewrite: ${JSON.stringify(redone.value)}`);
		await counted(
			{ rewriteAccepted: 1, rewriteRejected: 1, rewriteRedone: 1 },
			'Ctrl+Shift+Z after the undo',
		);
	});

// Session 18: Apply's write landing while the tab is hidden (the user switched tabs during the write's quiet wait)
// appended the rewrite after the draft in CodeMirror ("...garbage.I have concerns about this patch"): CodeMirror
// never took the write's selection in a tab without focus. Now refused: the draft stays as it was.
test('Firefox, CodeMirror 6: an Apply whose write lands while the tab is hidden leaves the draft as it was', async ({
	page,
	server,
	browser,
}) => {
	const e = EDITORS[2];
	await page.bringToFront();
	await page.goto(`${server.url}/editors.html`);
	await page.click(e.sel);
	await page.keyboard.type(DRAFT);
	const warned = await waitOverlay(
		page,
		(s) => s.badges.some((b) => b.level === 'warn' && b.settled),
		30_000,
	);
	check(warned.ok, `no warning: ${JSON.stringify(warned.badges)}`);
	const draft = await stateOf(page, e.name);
	check(await clickInOverlay(page, '[data-tactful="badge"]'), 'no badge to open the card');
	const ready = await poll(
		() =>
			page.evaluate(() =>
				Boolean(
					document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector('.tactful-rw-primary'),
				),
			),
		Boolean,
		30_000,
		150,
	);
	check(ready.ok, 'no Apply button');
	const other = await browser.newPage();
	try {
		check((await page.evaluate(() => document.visibilityState)) === 'hidden', 'the tab is not hidden');
		check(await clickInOverlay(page, '.tactful-rw-primary'), 'no Apply button to click');
		// Apply answered (the card says the editor did not accept it): polled, then the draft must be untouched.
		const said = await waitOverlay(page, (s) => /did not accept/.test(s.card ?? ''), 15_000);
		const after = await stateOf(page, e.name);
		check(after === draft, `the draft changed in a hidden tab: ${JSON.stringify(after)}`);
		check(said.ok, `the card does not say the change was not made: ${JSON.stringify(said.card)}`);
	} finally {
		await other.close();
		await page.bringToFront();
	}
});

// Session 21 (draft8): frames7's fix in Firefox. A frame whose document the page writes (document.open erases the
// listeners the session put on the empty about:blank document; reopen.ts starts the session again) shows the badge
// of a focused calm draft, and the in-page Alt+Shift+T opens the card of a warned one (Chromium: frames.spec).
for (const w of [
	{ name: 'frame written once', frame: '#written' },
	{ name: 'frame opened and written again later', frame: '#rewritten' },
])
	test(`Firefox, ${w.name}: a calm draft shows its badge, and Alt+Shift+T opens the card of a warned one`, async ({
		page,
		server,
	}) => {
		await page.goto(`${server.url}/written-frames.html`);
		await page.waitForSelector('html[data-rewritten]');
		const frame = await (await page.$(w.frame)).contentFrame();
		await frame.click('body');
		await page.keyboard.type(CIVIL);
		const calm = await waitOverlay(frame, (s) => s.badges.some((b) => b.level === 'ok' && b.settled), 30_000);
		check(calm.ok, `no badge on the focused calm draft: ${JSON.stringify(calm.badges)}`);
		await chord(page, ['Control', 'a']);
		await page.keyboard.press('Backspace');
		await page.keyboard.type(TOXIC);
		const warned = await waitOverlay(frame, (s) => s.badges.some((b) => b.level === 'warn'), 30_000);
		check(warned.ok, `no warning in ${w.frame}: ${JSON.stringify(warned.badges)}`);
		await chord(page, ['Alt', 'Shift', 'T']);
		// The card: over the parent page (a small frame) or in the frame.
		const heading = async () =>
			(await page.evaluate(
				() =>
					document
						.querySelector('[data-tactful-frame-card]')
						?.shadowRoot?.querySelector('[data-tactful="card"] h2')?.textContent ?? null,
			)) ??
			(await frame.evaluate(
				() =>
					document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector('[data-tactful="card"] h2')
						?.textContent ?? null,
			));
		const opened = await poll(heading, (h) => h !== null, 10_000);
		await shot(page, `firefox-written-frame-${w.frame.slice(1)}`);
		check(opened.ok, `Alt+Shift+T in ${w.frame} opened no card`);
		await page.keyboard.press('Escape');
	});

await run(async () => {
	const server = await startServer();
	const firefox = await launchFirefox();
	// The history page first: the tab opened last is the one in front, and a background tab draws no frames (the
	// overlay never painted, and a write's wait for the editor's selection sync timed out).
	const ext = await firefox.openExtensionPage('history-page.html', { ready: '[data-testid="history"]' });
	const page = await firefox.browser.newPage();
	/** getStats asked from the extension's history page, the way the page itself asks. */
	const stats = () =>
		ext.evaluate(() =>
			browser.runtime.sendMessage({ tactful: 1, target: 'background', name: 'getStats', data: { days: 7 } }),
		);
	return {
		server,
		page,
		stats,
		browser: firefox.browser,
		teardown: async () => {
			await firefox.close();
			await server.close();
		},
	};
});
