// Closed shadow roots on BUILT-IN elements (tests/pages/closed-builtin.html: a <div>, a <section> and a <span>
// each hosting a closed root with a comment box): Tactful asks the browser about such a host only when focus lands
// on it (shadow-access.ts holdsFocusOfRoot), so typing there warns, and the opt-in nudge stops the widget's Post
// button; the 2,000 other <div>s of the page are never asked about.
// Run: npx wxt build && node tests/e2e/run-all.mjs closed-builtin   (screenshots in artifacts/closed-builtin-*.png)
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, poll, run, setSettings, shot, test, waitOverlay } from './harness.mjs';

/** The box's rect and the levels of the badges drawn over or beside it, in ONE read. */
const boxState = (page, id) =>
	page.evaluate((id) => {
		const box = window.boxOf(id);
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const f = box.getBoundingClientRect();
		const levels = root
			? [...root.querySelectorAll('[data-tactful="badge"]')]
					.filter((b) => {
						const r = b.getBoundingClientRect();
						return r.left < f.right + 40 && r.right > f.left && r.top < f.bottom + 40 && r.bottom > f.top;
					})
					.map((b) => b.dataset.level)
			: [];
		return { rect: f.toJSON(), levels, text: box.tagName === 'TEXTAREA' ? box.value : box.innerText };
	}, id);

async function typeInto(page, id, text) {
	await page.evaluate((id) => window.boxOf(id).scrollIntoView({ block: 'center' }), id);
	const { rect } = await boxState(page, id);
	await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
	await page.keyboard.type(text);
}

for (const id of ['div-comment', 'section-rich', 'span-chat']) {
	test(`a box in a closed root on a <${id.split('-')[0]}> warns as the user types`, async ({
		page,
		server,
	}) => {
		await page.goto(`${server.url}/closed-builtin.html`);
		await typeInto(page, id, TOXIC);
		const seen = await poll(
			() => boxState(page, id),
			(s) => s.levels.includes('warn'),
			30_000,
		);
		await shot(page, `closed-builtin-${id}`);
		check(seen.ok, `no warn badge by the box: ${JSON.stringify(seen.value)}`);
		check(seen.value.text === TOXIC, `the draft changed: ${seen.value.text}`);
	});
}

test("pre-submit nudge (opt-in) on the <div>-hosted widget's Post <button> (a click handler, no form)", async ({
	page,
	server,
	sw,
}) => {
	await setSettings(sw, { preSubmitNudge: true });
	try {
		await page.goto(`${server.url}/closed-builtin.html`);
		await typeInto(page, 'div-comment', TOXIC);
		const warned = await poll(
			() => boxState(page, 'div-comment'),
			(s) => s.levels.includes('warn'),
			30_000,
		);
		check(warned.ok, 'no warning');
		const r = await page.evaluate(() =>
			window.__closed['div-comment'].getElementById('post').getBoundingClientRect().toJSON(),
		);
		await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
		const nudged = await waitOverlay(page, (s) => /Post anyway/.test(s.card ?? ''), 10_000);
		await shot(page, 'closed-builtin-nudge');
		check(nudged.ok, `no nudge on the widget's Post: ${nudged.card}`);
		check((await page.locator('#posted').innerText()) === '', 'posted despite the nudge');
		await page.locator('[data-tactful-host]').getByText('Post anyway').click();
		const posted = await poll(
			() => page.locator('#posted').innerText(),
			(t) => t.startsWith('posted:'),
		);
		check(posted.ok && posted.value.includes('idiot'), `Post anyway: ${posted.value}`);
	} finally {
		await setSettings(sw, { preSubmitNudge: false });
	}
});

test('cost: the check a key or input event pays on a focused built-in element (page-realm copy of the guard; noisy machine)', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/closed-builtin.html`);
	await typeInto(page, 'div-comment', 'hi');
	/** The guard of shadow-access.ts holdsFocusOfRoot, timed over 100,000 events on the focused element. */
	const time = () =>
		page.evaluate(() => {
			const hosts = new Set(['div', 'section', 'span', 'p', 'article']);
			const el = document.activeElement;
			const guard = (x) =>
				hosts.has(x.localName) && !x.hasAttribute('contenteditable') && x.getRootNode().activeElement === x;
			let hits = 0;
			const n = 100_000;
			const t = performance.now();
			for (let i = 0; i < n; i++) if (guard(el)) hits++;
			return { perEventUs: ((performance.now() - t) * 1000) / n, hits, focused: el.id };
		});
	const host = await time();
	// The usual focused <div>: a rich editor's own root in the light DOM.
	await page.evaluate(() => {
		const ed = Object.assign(document.createElement('div'), { id: 'light-editor', contentEditable: 'true' });
		document.querySelector('main')?.prepend(ed);
		ed.focus();
	});
	const editor = await time();
	console.log(
		`      guard per event: focused closed-root host ${host.perEventUs.toFixed(3)} µs (asks the browser once, then the root is known); focused contenteditable <div> ${editor.perEventUs.toFixed(3)} µs (never asks)`,
	);
	check(host.hits === 100_000 && host.focused === 'div-comment', JSON.stringify(host));
	check(editor.hits === 0 && editor.focused === 'light-editor', JSON.stringify(editor));
});

await run(() => chromiumEnv());
