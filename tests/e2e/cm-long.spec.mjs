// A long draft in a fixed-height CodeMirror 6 (tests/pages/cm-long.html): CodeMirror renders only the lines near
// its viewport, and the insult on line 90 is a `.cm-gap` placeholder until it is scrolled to. The whole draft is
// still checked (through the MAIN-world bridge, editors/cm-bridge.ts): the badge warns, the underline appears once
// the line is scrolled into view, and Apply with the culprit off-screen writes through CodeMirror, one Ctrl+Z
// restoring the draft exactly.

import { askRead, placeOutside } from './cm-probes.mjs';
import {
	check,
	chromiumEnv,
	message,
	overlay,
	poll,
	run,
	shot,
	test,
	waitOverlay,
	waitUnderlined,
} from './harness.mjs';

const SEL = '#cml .cm-content';
const warns = (s) => s.badges.some((b) => b.level === 'warn');

/** The editor's state, what its DOM shows, and whether the insult is rendered, in one evaluate. */
const read = (page) =>
	page.evaluate(() => ({
		state: window.__cmLong.state.doc.toString(),
		rendered: document.querySelector('#cml .cm-content').textContent.includes('idiot'),
		gaps: document.querySelectorAll('#cml .cm-gap').length,
	}));

/** Scrolls the editor's own scroller so that the line holding `word` is (or is not, with `word` null) in view. */
const scrollTo = (page, word) =>
	page.evaluate((word) => {
		const view = window.__cmLong;
		const at = word ? view.state.doc.toString().indexOf(word) : 0;
		view.scrollDOM.scrollTop = Math.max(0, view.lineBlockAt(at).top - 80);
	}, word);

/**
 * The badge and the visible editor box (`.cm-editor`), in one evaluate: the badge belongs on that box (in its
 * corner, or just outside its edge), not below the window's fold where `.cm-content`'s full height ends.
 */
const badgeOnEditor = (page) =>
	page.evaluate(() => {
		const b = document
			.querySelector('[data-tactful-host]')
			?.shadowRoot?.querySelector('[data-tactful="badge"]')
			?.getBoundingClientRect();
		const e = document.querySelector('#cml .cm-editor').getBoundingClientRect();
		const badge = b && { x: b.x, y: b.y, w: b.width, h: b.height };
		const editor = { x: e.x, y: e.y, w: e.width, h: e.height };
		const near = 30; // the badge's width and gap, for a badge just outside the editor's edge
		const on =
			!!badge &&
			badge.y >= editor.y - near &&
			badge.y + badge.h <= editor.y + editor.h + near &&
			badge.x >= editor.x - near &&
			badge.x + badge.w <= editor.x + editor.w + near;
		return { on, badge, editor };
	});

/** Opens the page, types at the top of the long draft and waits for the badge to settle on `pred`. */
async function typedLongDraft(page, server, { query = '', pred = warns, what = 'warning' } = {}) {
	await page.goto(`${server.url}/cm-long.html${query}`);
	const before = await read(page);
	check(
		before.gaps > 0 && !before.rendered,
		`the insult is rendered from the start: ${JSON.stringify(before)}`,
	);
	await page.click(SEL);
	await page.keyboard.press('Control+Home');
	await page.keyboard.type('Hi all. ');
	const s = await waitOverlay(page, pred, 30_000);
	check(s.ok, `no ${what} for an insult in an unrendered line: ${JSON.stringify(s.badges)}`);
	const now = await read(page);
	check(!now.rendered, 'the insult got rendered while typing at the top: the test proves nothing');
	return now.state;
}

/** Opens the card from the badge and waits until it reads `re`. */
async function openCard(page, re) {
	await page.locator('[data-tactful-host] [data-tactful="badge"]').first().click();
	const card = await waitOverlay(page, (s) => re.test(s.card ?? ''), 15_000);
	check(card.ok, `the card does not read ${re}: ${JSON.stringify(card.card)}`);
	return card;
}

test('CodeMirror 6 long draft: an insult in an unrendered line warns; its underline appears when scrolled to', async ({
	page,
	server,
}) => {
	await typedLongDraft(page, server);
	const placed = await poll(
		() => badgeOnEditor(page),
		(x) => x.on,
		10_000,
	);
	await shot(page, 'cm-long-warn-top');
	check(placed.ok, `the badge is not on the editor's box: ${JSON.stringify(placed.value)}`);
	await scrollTo(page, 'idiot');
	const u = await waitUnderlined(page, page.locator(SEL), 'idiot');
	await shot(page, 'cm-long-underline-scrolled');
	check(
		u.ok,
		`no underline under "idiot" after scrolling: ${JSON.stringify({ rect: u.rect, u: u.state.underlines })}`,
	);
	// Every underline drawn sits inside the editor's box (none for lines scrolled out).
	const box = await page.locator('#cml .cm-scroller').boundingBox();
	const outside = u.state.underlines.filter((r) => r.y < box.y - 2 || r.y > box.y + box.height + 2);
	check(outside.length === 0, `underlines outside the editor: ${JSON.stringify(outside)}`);
});

test('CodeMirror 6 long draft: the card says where the off-screen culprit is; Apply writes through CodeMirror, Ctrl+Z restores', async (env) => {
	const { page, server } = env;
	const draft = await typedLongDraft(page, server);
	// The history counts Apply, its Ctrl+Z and its Ctrl+Shift+Z: CodeMirror's own keys fire no input event, and the
	// undo went uncounted (session 17).
	const counts = async () => (await message(env, 'getStats', { days: 7 }))?.value?.actions ?? {};
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
				`${what}: the history counted ${JSON.stringify(got.value)}, wanted +${JSON.stringify(want)}`,
			),
		);
	await openCard(page, /line 90, below/);
	await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
	await shot(page, 'cm-long-card');
	// The preview shows what Apply will change (line 90, in context), never the untouched first lines struck out.
	const preview = await page.evaluate(() => {
		const diff = document
			.querySelector('[data-tactful-host]')
			.shadowRoot.querySelector('[data-testid="rewrite-diff"]');
		const kept = diff.getRootNode().querySelector('[data-testid="rewrite-kept"]');
		return {
			struck: [...diff.querySelectorAll('del')].map((d) => d.textContent),
			text: diff.textContent,
			kept: kept?.textContent,
			scope: kept?.dataset.scope,
			spoken: diff.getRootNode().querySelector('[data-testid="rewrite-spoken"]')?.textContent ?? '',
		};
	});
	const firstLine = draft.split('\n')[0];
	check(
		preview.struck.some((t) => t.includes('idiot')) &&
			!preview.struck.some((t) => t.includes('Hi all')) &&
			!preview.text.includes(firstLine),
		`the preview does not show the change Apply makes: ${JSON.stringify(preview).slice(0, 400)}`,
	);
	// "Kept N%" describes the sentence Apply rewrites on line 90, not the 9,900-character draft (which read 100%).
	const share = Number(/^Kept (\d+)% of that sentence$/.exec(preview.kept ?? '')?.[1] ?? Number.NaN);
	check(
		preview.scope === 'sentence' && share < 90,
		`"Kept" does not describe the rewritten sentence: ${JSON.stringify(preview.kept)} (${preview.scope})`,
	);
	// What a screen reader hears: line 90's new sentence, not the 9,900-character draft (session 18).
	check(
		/ Line 90: /.test(preview.spoken) && !preview.spoken.includes('idiot') && preview.spoken.length < 400,
		`the screen-reader line is not about line 90: ${preview.spoken.slice(0, 300)} (${preview.spoken.length} characters)`,
	);
	check(!(await read(page)).rendered, 'the insult is rendered before Apply: the test proves nothing');
	await page.locator('[data-tactful-host] button.tactful-rw-primary').click();
	const applied = await poll(
		() => read(page),
		(x) => x.state !== draft,
		15_000,
	);
	check(applied.ok, 'Apply did not change the draft');
	const after = applied.value.state;
	check(!after.includes('idiot'), `the rewrite kept the insult: ${after.split('\n')[89]}`);
	const kept = draft.split('\n').filter((l) => !l.includes('idiot'));
	const lines = after.split('\n');
	check(
		kept.every((l) => lines.includes(l)),
		'Apply lost a line of the draft',
	);
	await shot(page, 'cm-long-applied');
	await page.focus(SEL);
	await counted({ rewriteAccepted: 1, rewriteRejected: 0 }, 'Apply');
	await page.keyboard.press('Control+Z');
	const undone = await poll(
		() => read(page),
		(x) => x.state === draft,
	);
	check(undone.ok, 'Ctrl+Z did not restore the draft exactly');
	await counted({ rewriteAccepted: 1, rewriteRejected: 1 }, 'Ctrl+Z after Apply');
	await page.keyboard.press('Control+Shift+Z');
	const redone = await poll(
		() => read(page),
		(x) => x.state === after,
	);
	check(redone.ok, 'Ctrl+Shift+Z did not redo the rewrite');
	await counted({ rewriteAccepted: 1, rewriteRejected: 1, rewriteRedone: 1 }, 'Ctrl+Shift+Z after the undo');
	check((await overlay(page)).host, 'overlay gone');
});

test('CodeMirror 6 long draft: "Show me" scrolls the editor to the culprit, which is then underlined', async ({
	page,
	server,
}) => {
	await typedLongDraft(page, server);
	await openCard(page, /line 90, below/);
	await page.locator('[data-tactful-host] [data-testid="card-show-me"]').click();
	const u = await waitUnderlined(page, page.locator(SEL), 'idiot');
	await shot(page, 'cm-long-show-me');
	check(
		u.ok,
		`no underline under "idiot" after Show me: ${JSON.stringify({ rect: u.rect, u: u.state.underlines })}`,
	);
	const scroller = await page.locator('#cml .cm-scroller').boundingBox();
	check(
		u.rect.y >= scroller.y && u.rect.y + u.rect.h <= scroller.y + scroller.height,
		`"idiot" is not inside the editor's box: ${JSON.stringify({ rect: u.rect, scroller })}`,
	);
	const gone = await waitOverlay(page, (s) => s.card !== null && !/line 90/.test(s.card), 10_000);
	check(gone.ok, `the card still says the culprit is off-screen: ${JSON.stringify(gone.card)}`);
});

test('CodeMirror 6 long draft: a culprit 1-3 rows past the editor\'s edge (drawn in CodeMirror\'s margin) is "below"/"above"', async ({
	page,
	server,
}) => {
	await typedLongDraft(page, server);
	const found = [];
	for (const where of ['below', 'above'])
		for (const rows of [1, 2, 3]) {
			const placed = await placeOutside(page, 'idiot', rows, where);
			const read = await askRead(page);
			const outside = where === 'below' ? placed.at >= read.bottom : placed.at < read.top;
			found.push({ where, rows, rendered: placed.rendered, outside, read, at: placed.at });
		}
	// CodeMirror draws lines past the visible box: the culprit is in the DOM, yet not on screen.
	check(
		found.every((f) => f.rendered),
		`the culprit was not drawn in CodeMirror's margin: the test proves nothing ${JSON.stringify(found)}`,
	);
	check(
		found.every((f) => f.outside),
		`the bridge counts a line outside the editor's box as shown: ${JSON.stringify(found.filter((f) => !f.outside))}`,
	);
	// And the card says so, with Show me, while the culprit sits 2 rows below the edge.
	await placeOutside(page, 'idiot', 2, 'below');
	await openCard(page, /line 90, below/);
	await shot(page, 'cm-long-just-below');
	await page.locator('[data-tactful-host] [data-testid="card-show-me"]').click();
	const u = await waitUnderlined(page, page.locator(SEL), 'idiot');
	check(u.ok, `no underline under "idiot" after Show me: ${JSON.stringify(u.rect)}`);
	const gone = await waitOverlay(page, (s) => s.card !== null && !/line 90/.test(s.card), 10_000);
	check(gone.ok, `the card still says the culprit is off-screen: ${JSON.stringify(gone.card)}`);
});

test('CodeMirror 6 long draft without the bridge: badge and card say only the visible part was checked', async ({
	page,
	server,
}) => {
	const calm = (s) => s.badges.some((b) => b.settled && /visible part/.test(b.label ?? ''));
	await typedLongDraft(page, server, { query: '?nobridge', pred: calm, what: '"visible part" badge' });
	await openCard(page, /Only the visible part of this long draft was checked/);
	await shot(page, 'cm-long-nobridge-card');
});

await run(() => chromiumEnv());
