// firefox-esr (the Firefox build), session 14 (nudge2): the card command's route in Firefox (the background's own
// handler, reached through runtime.getBackgroundPage: a browser command cannot be pressed over WebDriver BiDi), a
// rebinding in Firefox (commands.update, which fires commands.onChanged as about:addons does) followed by an open
// page at once, a key set and removed before any box was focused leaving no Alt+Shift+T fallback; a generic page's
// light-DOM "Post" <div> stopped by the opt-in nudge; a box in a closed root on a <div> warning.
// Run: npm run build:firefox && node tests/e2e/run-all.mjs firefox-posts   (screenshots in artifacts/)
import { TOXIC } from './drafts.mjs';
import { launchFirefox, patchSettings, resetSettings } from './firefox-harness.mjs';
import { check, nextFrames, poll, run, shot, startServer, test, waitOverlay } from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn' && b.settled);

/** The card's state, its key line, the focus and the badge's key attributes, in ONE read. */
const cardState = (page) =>
	page.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const card = root?.querySelector('[data-tactful="card"]');
		const badge = root?.querySelector('[data-tactful="badge"]');
		return {
			open: Boolean(card),
			focused: root?.activeElement?.closest('[data-tactful="card"]') != null,
			keys: card?.querySelector('[data-testid="card-keys"]')?.textContent ?? null,
			aria: badge?.getAttribute('aria-keyshortcuts') ?? null,
			title: badge?.getAttribute('title') ?? null,
			active: document.activeElement?.id ?? '',
		};
	});

let pageNo = 0;
/** A new tab with a warned draft in #comment (generic-blog.html, a unique URL). */
async function warnedPage(env) {
	const page = await env.browser.newPage();
	const url = `${env.server.url}/generic-blog.html?ff=${++pageNo}`;
	await page.goto(url);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned, 30_000)).ok, 'no warning');
	return { page, url };
}

/** An extension page to drive the background and the browser's commands API from. */
// The history page: it names no shortcut (the popup's and options' hints read, and so remember, the binding).
const extPage = (env) => env.openExtensionPage('history-page.html', { ready: 'main' });
const setBinding = (ext, shortcut) =>
	ext.evaluate(async (s) => {
		if (s === null) await browser.commands.reset('open-card');
		else await browser.commands.update({ name: 'open-card', shortcut: s });
		return (await browser.commands.getAll()).find((c) => c.name === 'open-card')?.shortcut ?? '';
	}, shortcut);
const pressAltShiftT = async (page) => {
	await page.keyboard.down('Alt');
	await page.keyboard.down('Shift');
	await page.keyboard.press('KeyT');
	await page.keyboard.up('Shift');
	await page.keyboard.up('Alt');
};

test('Firefox: the card command (background handler) opens the card of the focused box, focus in it', async (env) => {
	const ext = await extPage(env);
	const { page, url } = await warnedPage(env);
	await page.bringToFront();
	await page.focus('#comment');
	const outcome = await ext.evaluate(async (u) => {
		const [tab] = await browser.tabs.query({ url: u });
		const bg = await browser.runtime.getBackgroundPage();
		return bg.tactfulCommand('open-card', tab);
	}, url);
	check(outcome === 'opened', `the command: ${outcome}`);
	const s = await poll(
		() => cardState(page),
		(x) => x.open && x.focused,
	);
	await shot(page, 'firefox-keys-card-command');
	check(s.ok, `card not open with focus: ${JSON.stringify(s.value)}`);
	await ext.close();
	await page.close();
});

test('Firefox: a rebinding (commands.onChanged) reaches the open page without a new focus; removed, no key opens the card', async (env) => {
	const ext = await extPage(env);
	const { page } = await warnedPage(env);
	await page.bringToFront();
	try {
		check((await cardState(page)).aria === 'Alt+Shift+T', 'not Alt+Shift+T to start with');
		check((await setBinding(ext, 'Ctrl+Shift+Y')) === 'Ctrl+Shift+Y', 'could not rebind');
		const rebound = await poll(
			() => cardState(page),
			(x) => x.aria === 'Control+Shift+Y' && / \(Ctrl\+Shift\+Y\)$/.test(x.title ?? ''),
		);
		check(rebound.ok, `the page still names the old key: ${JSON.stringify(rebound.value)}`);
		check(rebound.value.active === 'comment', 'focus left the box');
		check((await setBinding(ext, '')) === '', 'could not unbind');
		const unbound = await poll(
			() => cardState(page),
			(x) => x.aria === null,
		);
		check(unbound.ok, `the page still names a key: ${JSON.stringify(unbound.value)}`);
		await page.focus('#comment');
		await pressAltShiftT(page);
		await nextFrames(page);
		check(!(await cardState(page)).open, 'Alt+Shift+T opened the card with the key removed');
		await shot(page, 'firefox-keys-unbound-live');
	} finally {
		await setBinding(ext, null);
		await ext.close();
		await page.close();
	}
});

test('Firefox: a key set and removed before any box was focused: no Alt+Shift+T in the page', async (env) => {
	const ext = await extPage(env);
	try {
		// As on a profile where no page has asked for the binding yet.
		await ext.evaluate(() => browser.storage.local.remove(['cardShortcutBound', 'cardShortcutNow']));
		check((await setBinding(ext, 'Ctrl+Shift+Y')) === 'Ctrl+Shift+Y', 'could not rebind');
		check((await setBinding(ext, '')) === '', 'could not unbind');
		// The background hears each rebinding (commands.onChanged) and writes what is in effect a moment later: polled
		// until it says "removed" (ever bound, no key), not a bare 300 ms a loaded machine outlasts (the page would then
		// load before the write, hear the old key, and its fallback could open the card).
		const removed = await poll(
			() =>
				ext.evaluate(async () => {
					const got = await browser.storage.local.get(['cardShortcutBound', 'cardShortcutNow']);
					return { bound: got.cardShortcutBound ?? null, now: got.cardShortcutNow ?? null };
				}),
			(x) => x.bound === true && x.now?.shortcut === '' && x.now.inPage === false,
			10_000,
		);
		check(removed.ok, `the background never wrote the removed key: ${JSON.stringify(removed.value)}`);
		const { page } = await warnedPage(env);
		await page.bringToFront();
		await page.focus('#comment');
		const named = await poll(
			() => cardState(page),
			(x) => x.aria === null,
		);
		check(named.ok, `the badge names a key: ${JSON.stringify(named.value)}`);
		await pressAltShiftT(page);
		await nextFrames(page);
		const s = await cardState(page);
		await shot(page, 'firefox-keys-set-removed-unfocused');
		check(!s.open, 'Alt+Shift+T (the in-page fallback) opened the card after the user removed the key');
		// The control: bound to Alt+Shift+T again, the same key press does reach the page and opens the card.
		// (commands.update: Firefox's commands.reset did not reach the page here, so it fires no onChanged.)
		await setBinding(ext, 'Alt+Shift+T');
		const back = await poll(
			() => cardState(page),
			(x) => x.aria === 'Alt+Shift+T',
		);
		check(back.ok, `the reset binding did not reach the page: ${JSON.stringify(back.value)}`);
		await page.focus('#comment');
		await pressAltShiftT(page);
		const opened = await poll(
			() => cardState(page),
			(x) => x.open,
		);
		check(opened.ok, 'the key press never reached the page (the check above proves nothing)');
		await page.close();
	} finally {
		await setBinding(ext, null);
		await ext.close();
	}
});

test("Firefox: a generic page's light-DOM Post <div> (click handler, no form) is stopped by the opt-in nudge", async (env) => {
	const ext = await extPage(env);
	await patchSettings(ext, { preSubmitNudge: true });
	const page = await env.browser.newPage();
	try {
		await page.goto(`${env.server.url}/generic-posts.html`);
		await page.click('#top');
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(page, warned, 30_000)).ok, 'no warning');
		await page.click('#post');
		const nudged = await waitOverlay(page, (s) => /Post anyway/.test(s.card ?? ''), 10_000);
		await shot(page, 'firefox-click-posts-div-nudge');
		check(nudged.ok, `no nudge on the Post <div>: ${nudged.card}`);
		check((await page.evaluate(() => document.getElementById('posted').textContent)) === '', 'posted');
		// The next comment's "Reply" link only opens a box: never stopped.
		await page.keyboard.press('Escape');
		await page.click('#reply-c1');
		const opened = await poll(
			() => page.evaluate(() => document.getElementById('opened').textContent),
			(t) => t.includes('c1'),
		);
		check(opened.ok, 'the Reply link was stopped');
	} finally {
		await resetSettings(ext);
		await ext.close();
		await page.close();
	}
});

test('Firefox: a box in a closed shadow root on a <div> warns as the user types', async (env) => {
	const page = await env.browser.newPage();
	await page.goto(`${env.server.url}/closed-builtin.html`);
	const r = await page.evaluate(() => {
		const box = window.boxOf('div-comment');
		box.scrollIntoView({ block: 'center' });
		return box.getBoundingClientRect().toJSON();
	});
	await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
	await page.keyboard.type(TOXIC);
	const s = await waitOverlay(page, warned, 30_000);
	await shot(page, 'firefox-closed-builtin-div');
	check(s.ok, `no warn badge: ${JSON.stringify(s.badges)}`);
	await page.close();
});

await run(async () => {
	const server = await startServer();
	const firefox = await launchFirefox();
	return {
		...firefox,
		server,
		teardown: async () => {
			await firefox.close();
			await server.close();
		},
	};
});
