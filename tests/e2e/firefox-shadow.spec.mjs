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
