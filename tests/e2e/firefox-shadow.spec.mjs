// firefox-esr (the Firefox build): boxes a web component renders later inside a shadow root already seen warn
// without a click (tests/pages/shadow-widgets.html), and a hostile draft over paragraphs, a list and a code block
// in the real Lexical, ProseMirror and CodeMirror 6 editors (tests/pages/editors.html): Apply, Ctrl+Z restoring
// the draft exactly, Ctrl+Shift+Z redoing it, the editor's state equal to its view at each step.
import { launchFirefox } from './firefox-harness.mjs';
import { check, overlay, poll, run, shot, startServer, test, waitOverlay } from './harness.mjs';

const RUDE = 'Honestly this is the dumbest thing I have read, you are an idiot.';
const warns = (s) => s.badges.some((b) => b.level === 'warn');

for (const [name, mount] of [
	['a reply box a thread widget renders after "Reply"', 'openReply'],
	['a nested component swapping its placeholder for an editor', 'loadEditor'],
]) {
	test(`Firefox: ${name} in a shadow root already seen, holding a rude draft, warns without a click`, async ({
		page,
		server,
	}) => {
		await page.goto(`${server.url}/shadow-widgets.html`);
		await page.focus('#name');
		await new Promise((r) => setTimeout(r, 1500)); // Tactful started and scanned the page first
		check((await overlay(page)).badges.length === 0, 'a badge before anything was rendered');
		await page.evaluate((fn, text) => window[fn](text), mount, RUDE);
		const s = await waitOverlay(page, warns, 30_000);
		await shot(page, `firefox-shadow-${mount}`);
		check(s.ok, `no warn badge: ${JSON.stringify(s.badges)}`);
		check((await page.evaluate(() => document.activeElement?.id)) === 'name', 'focus moved');
	});
}

// Closed shadow roots (tests/pages/shadow-closed.html): Firefox gives content scripts el.openOrClosedShadowRoot.
/** The badge levels by closed widget `id`'s box (read through the root the page kept), in one evaluate. */
const closedBadges = (page, id) =>
	page.evaluate((id) => {
		const box = window.boxOf(id);
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		if (!box?.isConnected || !root) return [];
		const f = box.getBoundingClientRect();
		return [...root.querySelectorAll('[data-tactful="badge"]')]
			.filter((b) => {
				const r = b.getBoundingClientRect();
				return r.left < f.right + 40 && r.right > f.left && r.top < f.bottom + 40 && r.bottom > f.top;
			})
			.map((b) => b.dataset.level);
	}, id);
const closedText = (page, id) =>
	page.evaluate((id) => {
		const box = window.boxOf(id);
		return box.tagName === 'TEXTAREA' ? box.value : box.innerText;
	}, id);
const clickClosed = async (page, id) => {
	const r = await page.evaluate((id) => {
		const box = window.boxOf(id);
		box.scrollIntoView({ block: 'center' });
		const b = box.getBoundingClientRect();
		return { x: b.x, y: b.y, w: b.width, h: b.height };
	}, id);
	await page.mouse.click(r.x + r.w - 30, r.y + r.h / 2);
};
const TOXIC = 'You are a complete idiot and your code is garbage.';

for (const [id, what] of [
	['comment', 'a textarea in a closed root'],
	['rich', 'a contenteditable in a closed root'],
	['inner', 'a textarea in a closed root inside an open one'],
	['innerOpen', 'a textarea in an open root inside a closed one'],
]) {
	test(`Firefox, closed shadow roots: ${what} warns as the user types`, async ({ page, server }) => {
		await page.goto(`${server.url}/shadow-closed.html`);
		await clickClosed(page, id);
		await page.keyboard.type(TOXIC);
		const seen = await poll(
			() => closedBadges(page, id),
			(l) => l.includes('warn'),
			30_000,
		);
		await shot(page, `firefox-shadow-closed-${id}`);
		check(seen.ok, `no warn badge by the box: ${seen.value}`);
	});
}

test('Firefox, closed shadow roots: a reply box a closed widget renders later, holding a rude draft, warns without a click', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/shadow-closed.html`);
	await page.focus('#name');
	await new Promise((r) => setTimeout(r, 1500));
	await page.evaluate((text) => window.openReply(text), RUDE);
	const seen = await poll(
		() => closedBadges(page, 'thread'),
		(l) => l.includes('warn'),
		30_000,
	);
	await shot(page, 'firefox-shadow-closed-openReply');
	check(seen.ok, `no warn badge: ${seen.value}`);
	check((await page.evaluate(() => document.activeElement?.id)) === 'name', 'focus moved');
});

for (const id of ['comment', 'rich']) {
	test(`Firefox, closed shadow root (${id}): Apply, Ctrl+Z restores the draft exactly, and the caret stays where the user left it`, async ({
		page,
		server,
	}) => {
		const draft = `Thanks for the patch. ${TOXIC}`;
		await page.goto(`${server.url}/shadow-closed.html`);
		await clickClosed(page, id);
		await page.keyboard.type(draft);
		check(
			(
				await poll(
					() => closedBadges(page, id),
					(l) => l.includes('warn'),
					30_000,
				)
			).ok,
			'no warning',
		);
		await chord(page, ['Control', 'Home']);
		await chord(page, ['Alt', 'Shift', 'T']);
		const primary = await poll(
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
		check(primary.ok, 'no Apply button');
		await page.evaluate(() =>
			document.querySelector('[data-tactful-host]').shadowRoot.querySelector('.tactful-rw-primary').click(),
		);
		const applied = await poll(
			() => closedText(page, id),
			(t) => t.trim() !== draft,
			20_000,
		);
		await shot(page, `firefox-shadow-closed-${id}-applied`);
		check(applied.ok && !/idiot/.test(applied.value), `Apply: ${JSON.stringify(applied.value)}`);
		check(applied.value.startsWith('Thanks for the patch.'), `the first sentence changed: ${applied.value}`);
		await new Promise((r) => setTimeout(r, 200));
		await page.keyboard.type('Hi. ');
		const typed = await poll(
			() => closedText(page, id),
			(t) => t.includes('Hi. '),
		);
		check(
			typed.value.trim() === `Hi. ${applied.value.trim()}`,
			`typing after Apply did not land where the caret was: ${JSON.stringify(typed.value)}`,
		);
		// Undo the typing, then the rewrite: the draft comes back exactly.
		const undone = await poll(
			async () => {
				await chord(page, ['Control', 'z']);
				return closedText(page, id);
			},
			(t) => t === draft,
			10_000,
			300,
		);
		check(undone.ok, `Ctrl+Z did not restore the draft exactly: ${JSON.stringify(undone.value)}`);
	});
}

const LINES = [
	'Thanks for looking at this.',
	'Honestly you are an idiot and this patch is garbage.',
	'- first item',
	'- second item',
	'```',
	'const retries = 3;',
	'```',
];
const EDITORS = [
	{ name: 'Lexical', sel: '[data-lexical-editor]' },
	{ name: 'ProseMirror', sel: '.ProseMirror' },
	{ name: 'CodeMirror 6', sel: '#cm .cm-content' },
];
/** The editor's own text and what it shows, read in one evaluate. */
const readBoth = (page, name) =>
	page.evaluate((name) => {
		if (name === 'Lexical')
			return {
				state: window.__lexicalText(),
				shown: document.querySelector('[data-lexical-editor]').innerText,
			};
		if (name === 'ProseMirror')
			return { state: window.__pmText(), shown: document.querySelector('.ProseMirror').innerText };
		return {
			state: window.__cm.state.doc.toString(),
			shown: [...document.querySelectorAll('#cm .cm-line')].map((l) => l.textContent).join('\n'),
		};
	}, name);
const norm = (t) =>
	t
		.replace(/\u00a0/g, ' ')
		.split('\n')
		.map((l) => l.trimEnd())
		.filter(Boolean)
		.join('\n');
const chord = async (page, keys) => {
	for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
	await page.keyboard.press(keys.at(-1));
	for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
};

for (const e of EDITORS) {
	test(`Firefox, ${e.name}: a hostile draft over several blocks; Apply, Ctrl+Z, Ctrl+Shift+Z keep state = view`, async ({
		page,
		server,
	}) => {
		await page.goto(`${server.url}/editors.html`);
		await page.click(e.sel);
		for (const [i, line] of LINES.entries()) {
			if (i > 0) await page.keyboard.press('Enter');
			await page.keyboard.type(line);
		}
		check((await waitOverlay(page, warns, 30_000)).ok, 'no warning');
		const both = () => readBoth(page, e.name);
		const draft = await both();
		check(norm(draft.state) === norm(draft.shown), `state and view differ: ${JSON.stringify(draft)}`);
		check(norm(draft.state).includes(LINES[1]), `typed draft reads ${JSON.stringify(draft.state)}`);
		const opened = await page.evaluate(() => {
			const b = document
				.querySelector('[data-tactful-host]')
				?.shadowRoot?.querySelector('[data-tactful="badge"]');
			b?.click();
			return Boolean(b);
		});
		check(opened, 'no badge to open the card');
		const primary = await poll(
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
		check(primary.ok, 'no Apply button');
		await page.evaluate(() =>
			document.querySelector('[data-tactful-host]').shadowRoot.querySelector('.tactful-rw-primary').click(),
		);
		const applied = await poll(
			both,
			(x) => norm(x.state) !== norm(draft.state) && norm(x.state) === norm(x.shown),
			20_000,
		);
		await shot(page, `firefox-rich-${e.name.replace(/\W+/g, '-').toLowerCase()}-applied`);
		check(applied.ok, `Apply: ${JSON.stringify(applied.value)}`);
		const rewritten = applied.value;
		check(!/idiot/.test(rewritten.state), `the rewrite kept the insult: ${rewritten.state}`);
		const lines = norm(rewritten.state).split('\n');
		for (const line of norm(draft.state).split('\n'))
			if (!line.includes('idiot')) check(lines.includes(line), `Apply lost "${line}": ${rewritten.state}`);
		await page.focus(e.sel);
		await chord(page, ['Control', 'z']);
		const undone = await poll(both, (x) => x.state === draft.state && norm(x.shown) === norm(draft.shown));
		check(undone.ok, `Ctrl+Z did not restore the draft exactly: ${JSON.stringify(undone.value)}`);
		await chord(page, ['Control', 'Shift', 'Z']);
		const redone = await poll(
			both,
			(x) => x.state === rewritten.state && norm(x.shown) === norm(rewritten.shown),
		);
		check(redone.ok, `Ctrl+Shift+Z did not redo the rewrite: ${JSON.stringify(redone.value)}`);
	});
}

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
