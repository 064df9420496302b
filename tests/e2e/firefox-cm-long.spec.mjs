// firefox-esr (the Firefox build): a long draft in a fixed-height CodeMirror 6 (tests/pages/cm-long.html), whose
// insult on line 90 is an unrendered `.cm-gap` until scrolled to. Firefox runs the MAIN-world bridge
// (editors/cm-bridge.ts) too: the badge warns, the card names the line, the underline appears once the line is
// scrolled into view, and Apply with the culprit off-screen writes through CodeMirror, Ctrl+Z restoring the draft.

import { askRead, placeOutside } from './cm-probes.mjs';
import { launchFirefox } from './firefox-harness.mjs';
import { check, poll, run, shot, startServer, test, waitOverlay, waitUnderlined } from './harness.mjs';

const SEL = '#cml .cm-content';
const warns = (s) => s.badges.some((b) => b.level === 'warn');
const read = (page) =>
	page.evaluate(() => ({
		state: window.__cmLong.state.doc.toString(),
		rendered: document.querySelector('#cml .cm-content').textContent.includes('idiot'),
		gaps: document.querySelectorAll('#cml .cm-gap').length,
	}));
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

async function typedLongDraft(page, server) {
	await page.goto(`${server.url}/cm-long.html`);
	const before = await read(page);
	check(
		before.gaps > 0 && !before.rendered,
		`the insult is rendered from the start: ${JSON.stringify(before)}`,
	);
	await page.click(SEL);
	await chord(page, ['Control', 'Home']);
	await page.keyboard.type('Hi all. ');
	const s = await waitOverlay(page, warns, 30_000);
	check(s.ok, `no warning for an insult in an unrendered line: ${JSON.stringify(s.badges)}`);
	const now = await read(page);
	check(!now.rendered, 'the insult got rendered while typing at the top: the test proves nothing');
	return now.state;
}

test('Firefox, CodeMirror 6 long draft: warns, names the line; Apply off-screen writes through CodeMirror, Ctrl+Z restores', async ({
	page,
	server,
}) => {
	const draft = await typedLongDraft(page, server);
	check(await clickInOverlay(page, '[data-tactful="badge"]'), 'no badge to open the card');
	const card = await waitOverlay(page, (s) => /line 90, below/.test(s.card ?? ''), 15_000);
	check(card.ok, `the card does not say where the culprit is: ${JSON.stringify(card.card)}`);
	// "Kept N%" describes the sentence Apply rewrites on line 90, not the whole draft (which read "Kept 100%").
	const kept = await poll(
		() =>
			page.evaluate(() => {
				const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
				const el = root?.querySelector('[data-testid="rewrite-kept"]');
				const spoken = root?.querySelector('[data-testid="rewrite-spoken"]')?.textContent;
				return el ? { text: el.textContent, scope: el.dataset.scope, spoken } : null;
			}),
		Boolean,
		30_000,
		150,
	);
	const share = Number(/^Kept (\d+)% of that sentence$/.exec(kept.value?.text ?? '')?.[1] ?? Number.NaN);
	check(
		kept.value?.scope === 'sentence' && share < 90,
		`"Kept" does not describe the rewritten sentence: ${JSON.stringify(kept.value)}`,
	);
	// A screen reader hears line 90's new sentence, not the 9,900-character draft (session 18).
	const spoken = kept.value?.spoken ?? '';
	check(
		/ Line 90: /.test(spoken) && !spoken.includes('idiot') && spoken.length < 400,
		`the screen-reader line is not about line 90: ${spoken.slice(0, 300)} (${spoken.length} characters)`,
	);
	const primary = await poll(() => clickInOverlay(page, '.tactful-rw-primary'), Boolean, 30_000, 150);
	check(primary.ok, 'no Apply button');
	const applied = await poll(
		() => read(page),
		(x) => x.state !== draft,
		20_000,
	);
	await shot(page, 'firefox-cm-long-applied');
	check(applied.ok, 'Apply did not change the draft');
	const after = applied.value.state;
	check(!after.includes('idiot'), `the rewrite kept the insult: ${after.split('\n')[89]}`);
	const lines = after.split('\n');
	check(
		draft
			.split('\n')
			.filter((l) => !l.includes('idiot'))
			.every((l) => lines.includes(l)),
		'Apply lost a line of the draft',
	);
	await page.focus(SEL);
	await chord(page, ['Control', 'z']);
	check(
		(
			await poll(
				() => read(page),
				(x) => x.state === draft,
			)
		).ok,
		'Ctrl+Z did not restore the draft exactly',
	);
	await chord(page, ['Control', 'Shift', 'Z']);
	check(
		(
			await poll(
				() => read(page),
				(x) => x.state === after,
			)
		).ok,
		'Ctrl+Shift+Z did not redo the rewrite',
	);
});

test('Firefox, CodeMirror 6 long draft: "Show me" scrolls to the culprit, which is then underlined', async ({
	page,
	server,
}) => {
	await typedLongDraft(page, server);
	check(await clickInOverlay(page, '[data-tactful="badge"]'), 'no badge to open the card');
	const shown = await poll(() => clickInOverlay(page, '[data-testid="card-show-me"]'), Boolean, 15_000, 150);
	check(shown.ok, 'no "Show me" in the card');
	// waitUnderlined measures the word through `locator.evaluate`: the Firefox driver's page.$eval does the same.
	const field = { evaluate: (fn, arg) => page.$eval(SEL, fn, arg) };
	const u = await waitUnderlined(page, field, 'idiot');
	await shot(page, 'firefox-cm-long-show-me');
	check(
		u.ok,
		`no underline under "idiot" after Show me: ${JSON.stringify({ rect: u.rect, u: u.state.underlines })}`,
	);
});

test('Firefox, CodeMirror 6 long draft: a culprit 1-3 rows past the editor\'s edge (drawn in its margin) is "below"/"above"', async ({
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
	check(
		found.every((f) => f.rendered),
		`the culprit was not drawn in CodeMirror's margin: the test proves nothing ${JSON.stringify(found)}`,
	);
	check(
		found.every((f) => f.outside),
		`the bridge counts a line outside the editor's box as shown: ${JSON.stringify(found.filter((f) => !f.outside))}`,
	);
	await placeOutside(page, 'idiot', 2, 'below');
	check(await clickInOverlay(page, '[data-tactful="badge"]'), 'no badge to open the card');
	const card = await waitOverlay(page, (s) => /line 90, below/.test(s.card ?? ''), 15_000);
	await shot(page, 'firefox-cm-long-just-below');
	check(card.ok, `the card does not say the culprit is below: ${JSON.stringify(card.card)}`);
});

await run(async () => {
	const server = await startServer();
	const firefox = await launchFirefox();
	const page = await firefox.browser.newPage();
	return {
		server,
		page,
		teardown: async () => {
			await firefox.close();
			await server.close();
		},
	};
});
