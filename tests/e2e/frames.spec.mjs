// Editors in frames without a host of their own (a TinyMCE-style about:blank iframe, a srcdoc editor) belong to
// the tab's page: the popup's site switch quiets them, and "Snooze here for 1 hour" in their card snoozes the site
// the popup shows, not an unnamed one.
import { CIVIL, TOXIC } from './drafts.mjs';
import {
	check,
	chromiumEnv,
	overlay,
	poll,
	run,
	setSettings,
	shot,
	test,
	waitOverlay,
	waitSettled,
} from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0;
const quiet = (s) => !s.badges.some((b) => b.level !== 'ok') && s.underlines.length === 0;
const SITE = '127.0.0.1';
const EDITORS = [
	// `keys`: the card shortcut opens the card from the draft (in the about:blank editor the page writes with
	// document.write only since session 20: races6 found Alt+Shift+T reaching the page unhandled there).
	{ name: 'TinyMCE-style about:blank iframe', frame: '#comment_ifr', keys: true },
	{ name: 'srcdoc editor', frame: '#reply', keys: true },
];

/** Opens the page and types the toxic draft into the editor in `sel`'s frame; returns that frame. */
async function typeInto(page, server, sel) {
	await page.goto(`${server.url}/classic-editor.html`);
	const frame = await (await page.$(sel)).contentFrame();
	await frame.locator('body').click();
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(frame, warned)).ok, `no warning in ${sel}`);
	return frame;
}

for (const e of EDITORS) {
	test(`${e.name}: turning the site off in the popup quiets it`, async ({ page, server, sw }) => {
		await setSettings(sw, { sites: {} });
		const frame = await typeInto(page, server, e.frame);
		await setSettings(sw, { sites: { [SITE]: { enabled: false } } }); // what the popup's site switch stores
		const off = await waitOverlay(frame, quiet, 15_000);
		await shot(page, `frames-off-${e.frame.slice(1)}`);
		check(off.ok, `still warning with ${SITE} off: ${JSON.stringify(off.badges)}`);
		await setSettings(sw, { sites: {} });
	});
}

test('srcdoc editor: "Snooze here for 1 hour" snoozes the tab\'s site', async ({ page, server, sw }) => {
	await setSettings(sw, { sites: {} });
	const frame = await typeInto(page, server, '#reply');
	await frame.locator('[data-tactful-host] [data-tactful="badge"]').first().click();
	// The frame is small: its card opens over the page beside it (overlay/frame-card.ts).
	await page.locator('[data-tactful-frame-card] button:has-text("Snooze here for 1 hour")').click();
	// The click's settings write is asynchronous (content script → storage): wait for it, not for a fixed time.
	let sites = {};
	for (let end = Date.now() + 15_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
		sites = await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.sites);
		if ((sites[SITE]?.snoozeUntil ?? 0) > Date.now()) break;
	}
	check((sites[SITE]?.snoozeUntil ?? 0) > Date.now(), `${SITE} not snoozed: ${JSON.stringify(sites)}`);
	check(
		(await waitOverlay(frame, (s) => s.underlines.length === 0, 15_000)).ok,
		'still underlined after snoozing',
	);
	await setSettings(sw, { sites: {} });
});

/** The frame's draft and where the focus is, in the frame and in the page (the card over the page is drawn there). */
const focusState = async (page, frame) => {
	const inFrame = await frame.evaluate(() => ({
		text: document.body.innerText.replace(/\u00a0/g, ' ').trim(),
		editing: document.activeElement === document.body,
		hasFocus: document.hasFocus(),
	}));
	const inPage = await page.evaluate(() => {
		const host = document.querySelector('[data-tactful-frame-card]');
		const card = host?.shadowRoot?.querySelector('[data-tactful="card"]');
		const active = host?.shadowRoot?.activeElement;
		return {
			card: card ? (card.querySelector('h2')?.textContent ?? '?') : null,
			active: document.activeElement?.tagName ?? null,
			inCard: Boolean(card && active && (card === active || card.contains(active))),
			button: active?.tagName === 'BUTTON' ? active.textContent.trim() : null,
		};
	});
	return { ...inFrame, ...inPage };
};

for (const e of EDITORS) {
	test(`${e.name}: the card over the page takes the keys (Tab, Escape), gives them back to the frame, and Apply writes there`, async ({
		page,
		server,
		sw,
	}) => {
		// Session 18 left this unchecked (races6): the card of a small frame's field is drawn over the parent page,
		// while the card's focus rules read the frame's document, whose activeElement stays the field.
		await setSettings(sw, { sites: {}, rewrite: { backend: 'offline', weight: 0.5 } });
		const frame = await typeInto(page, server, e.frame);
		if (e.keys) await page.keyboard.press('Alt+Shift+T');
		else await frame.locator('[data-tactful-host] [data-tactful="badge"]').first().click();
		const opened = await poll(
			() => focusState(page, frame),
			(x) => x.card !== null && x.inCard,
			15_000,
		);
		check(
			opened.ok,
			`the card over the page did not open with the focus in it: ${JSON.stringify(opened.value)}`,
		);
		await page.keyboard.press('Tab');
		const tabbed = await focusState(page, frame);
		check(
			tabbed.inCard && tabbed.button,
			`Tab from the card did not reach its buttons: ${JSON.stringify(tabbed)}`,
		);
		await page.keyboard.press('Escape');
		const closed = await poll(
			() => focusState(page, frame),
			(x) => x.card === null && x.editing && x.hasFocus,
			15_000,
		);
		check(
			closed.ok,
			`Escape did not close the card and give the frame its focus: ${JSON.stringify(closed.value)}`,
		);
		await page.keyboard.type(' Please.');
		const typed = await focusState(page, frame);
		check(
			typed.text === `${TOXIC} Please.`,
			`typing after Escape did not go on in the frame: ${JSON.stringify(typed)}`,
		);
		check((await waitSettled(frame)).ok, 'the draft typed on was not checked');
		// The card again from the badge; Apply writes the rewrite into the frame, and the focus is back in the draft.
		await frame.locator('[data-tactful-host] [data-tactful="badge"]').first().click();
		const apply = page.locator('[data-tactful-frame-card] button.tactful-rw-primary');
		await apply.click({ timeout: 15_000 });
		const applied = await poll(
			() => focusState(page, frame),
			(x) => !x.text.startsWith(TOXIC) && x.text.length > 0,
			15_000,
		);
		check(applied.ok, `Apply did not write into the frame: ${JSON.stringify(applied.value)}`);
		const after = applied.value.text;
		await shot(page, `frames-apply-${e.frame.slice(1)}`);
		// The rewrite is checked calm and its card closes. The keys typed then go on in the frame's draft, not in a
		// card drawn again.
		const calm = await poll(
			() => focusState(page, frame),
			(x) => x.card === null,
			15_000,
		);
		check(calm.ok, `the card stayed after the calm rewrite: ${JSON.stringify(calm.value)}`);
		const badge = await waitOverlay(frame, (s) => s.badges.some((b) => b.level === 'ok'), 15_000);
		check(badge.ok, `no calm badge on the rewrite: ${JSON.stringify(badge.badges)}`);
		await page.keyboard.type(' Thanks');
		const on = await focusState(page, frame);
		check(
			on.text === `${after} Thanks` && !on.inCard,
			`typing after Apply did not go on in the frame: ${JSON.stringify({ after, on })}`,
		);
		await setSettings(sw, { sites: {} });
	});
}

test('srcdoc editor: "Rewrite applied · Undo" is drawn over the parent page like the card; a keyboard Apply focuses its Undo and Escape gives the frame its focus (session 23)', async ({
	page,
	server,
	sw,
}) => {
	await setSettings(sw, { sites: {}, rewrite: { backend: 'offline', weight: 0.5 } });
	const frame = await typeInto(page, server, '#reply');
	await page.keyboard.press('Alt+Shift+T');
	const apply = page.locator('[data-tactful-frame-card] button.tactful-rw-primary');
	await apply.waitFor({ timeout: 15_000 });
	await apply.focus();
	await page.keyboard.press('Enter');
	const note = await poll(
		() =>
			page.evaluate(() => {
				const root = document.querySelector('[data-tactful-frame-card]')?.shadowRoot;
				const el = root?.querySelector('[data-tactful="applied"]');
				if (!el) return null;
				const r = el.getBoundingClientRect();
				const f = document.querySelector('#reply').getBoundingClientRect();
				return {
					inside: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
					nearFrame: r.top >= f.top - 60 && r.top <= f.bottom + 60,
					focused: root.activeElement?.getAttribute('data-tactful') === 'applied-undo',
				};
			}),
		(x) => x?.focused,
		15_000,
	);
	await shot(page, 'frames-applied-note-srcdoc');
	check(note.ok, `no note over the page with its Undo focused: ${JSON.stringify(note.value)}`);
	check(
		note.value.inside && note.value.nearFrame,
		`the note is not beside the frame: ${JSON.stringify(note.value)}`,
	);
	const inFrame = await frame.evaluate(() =>
		Boolean(
			document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector('[data-tactful="applied"]'),
		),
	);
	check(!inFrame, 'a second note inside the frame');
	const after = (await focusState(page, frame)).text;
	await page.keyboard.press('Escape');
	const back = await poll(
		() => focusState(page, frame),
		(x) => x.editing && x.hasFocus,
		5000,
	);
	check(back.ok, `Escape did not give the frame its focus: ${JSON.stringify(back.value)}`);
	await page.keyboard.type(' Thanks');
	const on = await focusState(page, frame);
	check(
		on.text === `${after} Thanks`,
		`typing after Escape did not go on in the frame: ${JSON.stringify({ after, on })}`,
	);
	await setSettings(sw, { sites: {} });
});

/**
 * Frames whose documents the page writes (written-frames.html): document.open() erases the listeners a session
 * put on the frame's document and window while it was still the empty about:blank one (session 20, frames7).
 * The focused calm draft shows its badge, and Alt+Shift+T (the in-page fallback, heard by the document's keydown
 * listener) opens the card from the draft.
 */
const WRITTEN = [
	{ name: 'frame written once', frame: '#written' },
	{ name: 'frame opened and written again later', frame: '#rewritten' },
];

/** The card's heading wherever it is drawn: over the parent page (a small frame) or in the frame. */
const cardHeading = async (page, frame) => {
	const over = await page.evaluate(
		() =>
			document
				.querySelector('[data-tactful-frame-card]')
				?.shadowRoot?.querySelector('[data-tactful="card"] h2')?.textContent ?? null,
	);
	return over ?? (await overlay(frame)).card;
};

for (const e of WRITTEN) {
	test(`${e.name}: a calm draft shows its badge, and Alt+Shift+T opens the card of a warned one`, async ({
		page,
		server,
		sw,
	}) => {
		await setSettings(sw, { sites: {} });
		await page.goto(`${server.url}/written-frames.html`);
		await page.waitForSelector('html[data-rewritten]');
		const frame = await (await page.$(e.frame)).contentFrame();
		await frame.locator('body').click();
		await page.keyboard.type(CIVIL);
		const calm = await waitOverlay(frame, (s) => s.badges.some((b) => b.level === 'ok' && b.settled));
		await shot(page, `frames-written-calm-${e.frame.slice(1)}`);
		check(calm.ok, `no badge on the focused calm draft: ${JSON.stringify(calm.badges)}`);
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Backspace');
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(frame, warned)).ok, `no warning in ${e.frame}`);
		await page.keyboard.press('Alt+Shift+T');
		const opened = await poll(
			() => cardHeading(page, frame),
			(h) => h !== null,
			10_000,
		);
		check(opened.ok, `Alt+Shift+T in ${e.frame} opened no card`);
		await page.keyboard.press('Escape');
		await setSettings(sw, { sites: {} });
	});
}

await run(() => chromiumEnv());
