// Keyboard and screen-reader use of the in-page card in Debian Chromium: what the polite live region says (a new
// warning once, with the way to the card; not again while it stays; a draft in another language), the card as a
// labelled dialog in the accessibility tree (CDP Accessibility.getFullAXTree), Escape and Shift+Tab back to the
// draft with the caret where it was, and the focus ring's measured contrast on light and dark pages.
// Run: npx wxt build && node tests/e2e/run-all.mjs a11y   (screenshots in artifacts/)
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, overlay, run, shot, test, waitOverlay, waitSettled } from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn');

/**
 * Records every text the overlay's live region takes, from the moment Tactful adds its overlay (main world: the
 * shadow root is open). `window.__said` holds them in order.
 */
function recordLiveRegion() {
	window.__said = [];
	const watch = (host) => {
		let last = '';
		const read = () => {
			const text = host.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '';
			if (text !== last) window.__said.push(text);
			last = text;
		};
		new MutationObserver(read).observe(host.shadowRoot, {
			subtree: true,
			childList: true,
			characterData: true,
		});
		read();
	};
	// An init script runs before <html> exists: watch the document for the host Tactful appends to <html>.
	new MutationObserver((records) => {
		for (const r of records)
			for (const n of r.addedNodes) if (n instanceof Element && n.hasAttribute('data-tactful-host')) watch(n);
	}).observe(document, { childList: true, subtree: true });
}

/** What was said, without the invisible no-break space that lets the same sentence be heard again. */
const said = (page) =>
	page.evaluate(() => window.__said.map((t) => t.replace(/\u00a0/g, '').trim()).filter(Boolean));

/** The accessibility tree's nodes with a role in `roles`: { role, name, live }. */
async function axNodes(page, roles) {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	await cdp.detach();
	return nodes
		.filter((n) => !n.ignored && roles.includes(n.role?.value))
		.map((n) => ({
			role: n.role.value,
			name: n.name?.value ?? '',
			live: n.properties?.find((p) => p.name === 'live')?.value?.value ?? null,
		}));
}

/** Where focus and the caret are, in one read: the field's id and its caret offset (textarea or contenteditable). */
const caretIn = (page) =>
	page.evaluate(() => {
		const a = document.activeElement;
		if (a?.hasAttribute('data-tactful-host')) return { where: 'tactful', offset: -1 };
		if (a instanceof HTMLTextAreaElement)
			return { where: a.id, offset: a.selectionStart, collapsed: a.selectionStart === a.selectionEnd };
		const s = getSelection();
		if (!a || !s?.rangeCount || !a.contains(s.anchorNode)) return { where: a?.id ?? '', offset: -1 };
		const r = document.createRange();
		r.setStart(a, 0);
		r.setEnd(s.anchorNode, s.anchorOffset);
		return { where: a.id, offset: r.toString().length, collapsed: s.isCollapsed };
	});

const cardFocused = (page) =>
	page.evaluate(
		() =>
			document
				.querySelector('[data-tactful-host]')
				?.shadowRoot?.activeElement?.closest('[data-tactful="card"]') != null,
	);

async function waitFor(read, want, timeout = 10_000) {
	let v = await read();
	for (const end = Date.now() + timeout; !want(v) && Date.now() < end; ) {
		await new Promise((r) => setTimeout(r, 50));
		v = await read();
	}
	return v;
}

test('screen reader: a new warning is said once, with the way to the card; typing on with the same warning says nothing new', async (env) => {
	const page = await env.context.newPage();
	await page.addInitScript(recordLiveRegion);
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned)).ok, 'no warning');
	check((await waitSettled(page)).ok, 'never settled');
	await page.keyboard.type(' Honestly.');
	check((await waitSettled(page)).ok, 'never settled after typing on');
	const heard = await said(page);
	await shot(page, 'a11y-warning-announced');
	check(heard.length === 1, `said ${heard.length} times: ${JSON.stringify(heard)}`);
	check(
		/may land badly.*Alt\+Shift\+T in the text box opens the details/.test(heard[0] ?? ''),
		`said: ${heard[0]}`,
	);
	const status = (await axNodes(page, ['status'])).filter((n) => n.live === 'polite');
	check(status.length >= 1, `no polite status region in the accessibility tree: ${JSON.stringify(status)}`);
	await page.close();
});

test('screen reader: a draft in another language is said to be unchecked, once', async (env) => {
	const page = await env.context.newPage();
	await page.addInitScript(recordLiveRegion);
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type('Привет всем, спасибо за исправление.');
	check((await waitSettled(page)).ok, 'never settled');
	await page.keyboard.type(' Хорошо.');
	check((await waitSettled(page)).ok, 'never settled after typing on');
	const heard = await said(page);
	check(heard.length === 1 && /reads English only/.test(heard[0] ?? ''), `said: ${JSON.stringify(heard)}`);
	await page.close();
});

for (const [sel, kind] of [
	['#ce', 'contenteditable'],
	['#comment', 'textarea'],
]) {
	test(`keyboard (${kind}): the card is a labelled dialog; Escape, and Shift+Tab from it, go back to the draft with the caret where it was`, async (env) => {
		const page = await env.context.newPage();
		await page.goto(`${env.server.url}/generic-blog.html`);
		await page.click(sel);
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(page, warned)).ok, 'no warning');
		// The caret mid-draft, before "garbage.".
		for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
		const before = await caretIn(page);
		check(before.offset === TOXIC.length - 8, `caret not placed: ${JSON.stringify(before)}`);

		await page.keyboard.press('Alt+Shift+T');
		check(await waitFor(() => cardFocused(page), Boolean), 'the card did not take focus');
		const dialogs = await axNodes(page, ['dialog']);
		check(
			dialogs.some((d) => d.name === 'This might land badly'),
			`no labelled dialog: ${JSON.stringify(dialogs)}`,
		);
		await shot(page, `a11y-card-keyboard-${kind}`);
		await page.keyboard.press('Escape');
		const back = await waitFor(
			() => caretIn(page),
			(c) => c.where === sel.slice(1),
		);
		check(
			back.where === sel.slice(1) && back.offset === before.offset && back.collapsed,
			`after Escape: ${JSON.stringify(back)} (was ${JSON.stringify(before)})`,
		);

		await page.keyboard.press('Alt+Shift+T');
		check(
			await waitFor(() => cardFocused(page), Boolean),
			`the card did not take focus again: ${JSON.stringify(await overlay(page))} ${JSON.stringify(await caretIn(page))}`,
		);
		await page.keyboard.press('Shift+Tab');
		const out = await waitFor(
			() => caretIn(page),
			(c) => c.where === sel.slice(1),
		);
		check(
			out.where === sel.slice(1) && out.offset === before.offset,
			`after Shift+Tab: ${JSON.stringify(out)} (was ${JSON.stringify(before)})`,
		);
		// Typing on lands where the user left off.
		await page.keyboard.type('X');
		const text = await page.evaluate((s) => {
			const el = document.querySelector(s);
			return el instanceof HTMLTextAreaElement ? el.value : el.textContent;
		}, sel);
		check(text === `${TOXIC.slice(0, -8)}X${TOXIC.slice(-8)}`, `typed into the wrong place: ${text}`);
		await page.close();
	});
}

test('keyboard: Alt+Shift+T while the mouse rests on an underline (its card open on hover) takes focus into that card, not closes it', async (env) => {
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	const s = await waitOverlay(page, (x) => warned(x) && x.underlines.length > 0);
	check(s.ok, 'no underline');
	const u = s.underlines[0];
	await page.mouse.move(u.x + u.w / 2, u.y - 6);
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'hovering the underline opened no card');
	await page.keyboard.press('Alt+Shift+T');
	const focused = await waitFor(() => cardFocused(page), Boolean);
	const after = await overlay(page);
	await shot(page, 'a11y-hover-card-keyboard');
	check(focused && after.card !== null, `card open: ${after.card !== null}, focused: ${focused}`);
	await page.close();
});

await run(() => chromiumEnv());
