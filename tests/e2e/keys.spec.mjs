// The card's keyboard shortcut as a manifest command (utils/shortcut.ts, background/card-command.ts): the browser's
// command routed by the background to the frame whose watched box has focus, the in-page fallback heard for the
// CURRENT binding, one press acting once, and every place that names the key following a rebinding or an unbinding.
// A browser command cannot be pressed from Playwright (CDP key events go to the page, not to Chrome's
// accelerators), so the route is driven through the background's own handler (`tactfulCommand`, the e2e hook in
// entrypoints/background.ts), and the binding is changed the way chrome://extensions/shortcuts changes it
// (chrome.developerPrivate on that page).
// Run: npx wxt build && node tests/e2e/run-all.mjs keys   (screenshots in artifacts/keys-*.png)
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, message, nextFrames, poll, run, shot, test, waitOverlay } from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn' && b.settled);

/** Runs the background's command handler for the tab showing `url`; resolves to its outcome. */
const command = (env, url) =>
	env.sw.evaluate(async (u) => {
		const [tab] = await chrome.tabs.query({ url: u });
		return globalThis.tactfulCommand('open-card', tab);
	}, url);

/** Sets the card command's binding as the browser's shortcut page does ('' removes it). */
async function bind(env, keybinding) {
	const page = await env.context.newPage();
	await page.goto('chrome://extensions/shortcuts');
	await page.evaluate(
		([extensionId, k]) =>
			chrome.developerPrivate.updateExtensionCommand({
				extensionId,
				commandName: 'open-card',
				keybinding: k,
			}),
		[env.extensionId, keybinding],
	);
	await page.close();
	return env.sw.evaluate(
		async () => (await chrome.commands.getAll()).find((c) => c.name === 'open-card')?.shortcut,
	);
}

/** The card's state, its key line, the focus and the badge's key attributes, in ONE read. */
const cardState = (frame) =>
	frame.evaluate(() => {
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
/** A new tab with a warned draft in #comment; its URL is unique, so `command` finds this tab and no other. */
async function warnedPage(env, sel = '#comment') {
	const page = await env.context.newPage();
	const url = `${env.server.url}/generic-blog.html?keys=${++pageNo}`;
	await page.goto(url);
	await page.click(sel);
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned, 30_000)).ok, 'no warning');
	return { page, url };
}

test('fresh install: Chrome (Linux) leaves the command unbound, Alt+Shift+T being its own; Tactful hears that key in the page', async (env) => {
	const reported = await env.sw.evaluate(
		async () => (await chrome.commands.getAll()).find((c) => c.name === 'open-card')?.shortcut,
	);
	console.log(`      commands.getAll() on a fresh profile: ${JSON.stringify(reported)}`);
	const effective = (await message(env.browser, 'getCardShortcut', {}))?.value;
	check(
		effective?.shortcut === (reported || 'Alt+Shift+T') && effective.inPage === !reported,
		`in effect: ${JSON.stringify(effective)}`,
	);
	const { page } = await warnedPage(env);
	await page.keyboard.press('Alt+Shift+T');
	const s = await poll(
		() => cardState(page),
		(x) => x.open && x.focused,
	);
	check(s.ok, `Alt+Shift+T did not open the card: ${JSON.stringify(s.value)}`);
	await page.close();
});

test('the browser command opens the card of the focused box, focus in it; again from the box, it closes', async (env) => {
	const { page, url } = await warnedPage(env);
	check((await command(env, url)) === 'opened', 'the command did not open the card');
	const s = await poll(
		() => cardState(page),
		(x) => x.open && x.focused,
	);
	check(s.ok, `card not open with focus: ${JSON.stringify(s.value)}`);
	check(
		/^Alt\+Shift\+T in the text box opens or closes this card/.test(s.value.keys ?? ''),
		`keys: ${s.value.keys}`,
	);
	check(
		s.value.aria === 'Alt+Shift+T' && / \(Alt\+Shift\+T\)$/.test(s.value.title ?? ''),
		JSON.stringify(s.value),
	);
	await shot(page, 'keys-card-command');
	// Focus in the card: no frame has a watched box focused, nothing toggles (Escape closes, as the card says).
	check((await command(env, url)) === 'no field', 'the command acted with focus in the card');
	await page.keyboard.press('Escape');
	check(
		(
			await poll(
				() => cardState(page),
				(x) => !x.open && x.active === 'comment',
			)
		).ok,
		'Escape',
	);
	check((await command(env, url)) === 'opened', 'the command did not open it again');
	check(
		(
			await poll(
				() => cardState(page),
				(x) => x.open,
			)
		).ok,
		'not open again',
	);
	await page.keyboard.press('Escape');
	check(
		(
			await poll(
				() => cardState(page),
				(x) => !x.open && x.active === 'comment',
			)
		).ok,
		'Escape 2',
	);
	await page.evaluate(() => document.getElementById('comment').blur());
	check((await command(env, url)) === 'no field', 'the command acted with no box focused');
	check(!(await cardState(page)).open, 'a card opened with no box focused');
	await page.close();
});

test('the command reaches the iframe whose box has focus (the parent page declines)', async (env) => {
	const page = await env.context.newPage();
	const url = `${env.server.url}/generic-blog.html?keys=frame`;
	await page.goto(url);
	const frame = page.frames().find((f) => f.url().includes('iframe-editor.html'));
	await page.frameLocator('#frame').locator('#framed').click();
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(frame, warned, 30_000)).ok, 'no warning in the iframe');
	check((await command(env, url)) === 'opened', 'the command did not reach the framed box');
	const card = page.locator('[data-tactful-frame-card] [data-tactful="card"]');
	await card.waitFor({ timeout: 10_000 });
	await shot(page, 'keys-card-command-iframe');
	await page.keyboard.press('Escape');
	await card.waitFor({ state: 'detached', timeout: 10_000 });
	await page.close();
});

test('one press, two routes: the key press (fallback) and the command for the same press open the card once', async (env) => {
	const { page, url } = await warnedPage(env);
	await page.keyboard.press('Alt+Shift+T');
	const outcome = await command(env, url);
	// Focus may already be in the card (declined) or still in the box (the press gate drops it): never a toggle.
	check(outcome === 'repeat' || outcome === 'no field', `the second route acted: ${outcome}`);
	const s = await poll(
		() => cardState(page),
		(x) => x.open && x.focused,
	);
	check(s.ok, `the card did not stay open: ${JSON.stringify(s.value)}`);
	await page.close();
});

test('rebound in the browser (Ctrl+Shift+Y): the card, badge and popup name it, the fallback hears it, Alt+Shift+T is the page’s', async (env) => {
	check((await bind(env, 'Ctrl+Shift+Y')) === 'Ctrl+Shift+Y', 'could not rebind');
	try {
		const { page } = await warnedPage(env);
		await page.keyboard.press('Alt+Shift+T');
		await nextFrames(page);
		const before = await cardState(page);
		check(
			!before.open && before.active === 'comment',
			`Alt+Shift+T still opened the card: ${JSON.stringify(before)}`,
		);
		await page.keyboard.press('Control+Shift+Y');
		const s = await poll(
			() => cardState(page),
			(x) => x.open && x.focused,
		);
		check(s.ok, `Ctrl+Shift+Y did not open the card: ${JSON.stringify(s.value)}`);
		check(
			/^Ctrl\+Shift\+Y in the text box opens or closes this card/.test(s.value.keys ?? ''),
			`keys: ${s.value.keys}`,
		);
		check(
			s.value.aria === 'Control+Shift+Y' && / \(Ctrl\+Shift\+Y\)$/.test(s.value.title ?? ''),
			JSON.stringify(s.value),
		);
		await shot(page, 'keys-card-rebound');
		await page.close();

		const popup = await env.context.newPage();
		await popup.setViewportSize({ width: 380, height: 900 });
		await popup.goto(`chrome-extension://${env.extensionId}/popup.html?host=example.org`);
		const hint = popup.getByTestId('keyboard-hint');
		const text = await poll(
			() => hint.textContent(),
			(t) => /Ctrl\+Shift\+Y in a text box opens Tactful’s card/.test(t ?? ''),
		);
		check(text.ok, `popup hint: ${text.value}`);
		await hint.scrollIntoViewIfNeeded();
		await shot(popup, 'keys-popup-rebound');
		const opened = env.context.waitForEvent('page', { timeout: 10_000 });
		await popup.getByRole('button', { name: 'Change the shortcut' }).click();
		const shortcuts = await opened;
		await poll(
			() => shortcuts.url(),
			(u) => u.startsWith('chrome://extensions/shortcuts'),
		);
		check(shortcuts.url().startsWith('chrome://extensions/shortcuts'), `opened ${shortcuts.url()}`);
		await shortcuts.close();
		await popup.close();
	} finally {
		await bind(env, 'Alt+Shift+T');
	}
});

test('no shortcut set: no key opens the card, the card and popup say so and where to set one', async (env) => {
	// Bound once (the background sees it), then removed: the user's choice, not the browser's refusal.
	await bind(env, 'Ctrl+Shift+Y');
	check((await message(env.browser, 'getCardShortcut', {}))?.value?.shortcut === 'Ctrl+Shift+Y', 'not bound');
	check((await bind(env, '')) === '', 'could not unbind');
	try {
		const { page } = await warnedPage(env);
		await page.keyboard.press('Alt+Shift+T');
		await nextFrames(page);
		const quiet = await cardState(page);
		// The badge still opens it; then the card says no key is set.
		await page.locator('[data-tactful-host] [data-tactful="badge"]').click();
		const s = await poll(
			() => cardState(page),
			(x) => x.open,
		);
		check(s.ok, 'the badge did not open the card');
		check(
			/^No keyboard shortcut is set for Tactful's card: set one in chrome:\/\/extensions\/shortcuts; Esc/.test(
				s.value.keys ?? '',
			),
			`keys: ${s.value.keys}`,
		);
		check(s.value.aria === null, `aria-keyshortcuts still set: ${s.value.aria}`);
		await shot(page, 'keys-card-unbound');
		check(!quiet.open, 'Alt+Shift+T opened the card with no shortcut set');
		await page.close();

		const popup = await env.context.newPage();
		await popup.setViewportSize({ width: 380, height: 900 });
		await popup.goto(`chrome-extension://${env.extensionId}/popup.html?host=example.org`);
		const hint = popup.getByTestId('keyboard-hint');
		const text = await poll(
			() => hint.textContent(),
			(t) => /No keyboard shortcut is set/.test(t ?? ''),
		);
		check(text.ok, `popup hint: ${text.value}`);
		await popup.getByRole('button', { name: 'Set a shortcut' }).waitFor();
		await hint.scrollIntoViewIfNeeded();
		await shot(popup, 'keys-popup-unbound');
		await popup.close();
	} finally {
		await bind(env, 'Alt+Shift+T');
	}
});

await run(() => chromiumEnv());
