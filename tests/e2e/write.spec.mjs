// Editor.replace (what the rewrite feature uses to apply a suggestion) on every editor kind: the editor's own
// state follows the change, and one Ctrl+Z brings the user's words back.
import { check, chromiumEnv, poll, run, test, waitOverlay } from './harness.mjs';

const DRAFT = 'You are an idiot, fix it.';
const FIXED = 'You are a kind person, fix it.';
const EDITORS = [
	{
		name: 'React-controlled textarea',
		sel: 'textarea[aria-label="Markdown value"]',
		state: () => document.getElementById('react-state').textContent,
	},
	{ name: 'Lexical', sel: '[data-lexical-editor]', state: () => window.__lexicalText() },
	{ name: 'ProseMirror', sel: '.ProseMirror', state: () => window.__pmText() },
	{ name: 'CodeMirror 6', sel: '#cm .cm-content', state: () => window.__cm.state.doc.toString() },
	{ name: 'contenteditable', sel: '#ce', state: () => document.getElementById('ce').innerText.trim() },
];

async function replace(page, find, replacement, expected) {
	return page.evaluate(
		async ([f, r, x]) => {
			const html = document.documentElement;
			html.removeAttribute('data-tactful-test-result');
			html.setAttribute(
				'data-tactful-test-replace',
				JSON.stringify({ find: f, replacement: r, expected: x }),
			);
			document.dispatchEvent(new Event('tactful-test-replace'));
			// Up to 15 s (it was 2 s): a rich editor writes once it has been quiet for 500 ms, later under load.
			for (
				const end = Date.now() + 15_000;
				!html.hasAttribute('data-tactful-test-result') && Date.now() < end;
			)
				await new Promise((ok) => setTimeout(ok, 20));
			return html.getAttribute('data-tactful-test-result');
		},
		[find, replacement, expected],
	);
}

for (const e of EDITORS) {
	test(`${e.name}: replace updates the editor's state, and Ctrl+Z restores the draft`, async ({
		page,
		server,
	}) => {
		await page.goto(`${server.url}/editors.html`);
		await page.click(e.sel);
		await page.keyboard.type(DRAFT);
		check((await waitOverlay(page, (s) => s.badges.length > 0)).ok, 'field not watched');
		await page.waitForTimeout(600); // let editors close their typing undo group
		const result = await replace(page, 'an idiot', 'a kind person');
		check(result === 'ok', `replace said ${result}`);
		const after = await page.evaluate(e.state);
		check(after === FIXED, `editor state after replace: ${JSON.stringify(after)}`);
		await page.keyboard.press('Control+Z');
		// The editor's state after its undo is polled, not read once 150 ms later.
		const undone = (
			await poll(
				() => page.evaluate(e.state),
				(t) => t === DRAFT,
			)
		).value;
		check(undone === DRAFT, `after Ctrl+Z: ${JSON.stringify(undone)}`);
	});
}

// A rewrite replaces the whole draft; Lexical once appended it at its stale caret instead (selection not synced).
for (const [label, rewrite] of [
	['one line', 'Please fix it when you have a moment.'],
	['two lines', 'Thanks for the patch.\nCould you add a test for the empty case?'],
]) {
	test(`Lexical: replacing the whole draft with ${label} keeps its state and undo`, async ({
		page,
		server,
	}) => {
		await page.goto(`${server.url}/editors.html`);
		await page.click('[data-lexical-editor]');
		await page.keyboard.type(DRAFT);
		check((await waitOverlay(page, (s) => s.badges.length > 0)).ok, 'field not watched');
		await page.waitForTimeout(600);
		check((await replace(page, DRAFT, rewrite)) === 'ok', 'whole-draft replace refused');
		const after = await page.evaluate(() => window.__lexicalText());
		check(after.replace(/\n+/g, '\n') === rewrite, `Lexical state: ${JSON.stringify(after)}`);
		await page.keyboard.press('Control+Z');
		check(
			(
				await poll(
					() => page.evaluate(() => window.__lexicalText()),
					(t) => t === DRAFT,
				)
			).ok,
			'Ctrl+Z did not restore the draft',
		);
	});
}

// A rewrite applied right after typing (a fast click on Apply) must still be its own undo step: ProseMirror and
// CodeMirror merge changes less than 500 ms apart, and one Ctrl+Z then emptied the field instead.
for (const e of EDITORS) {
	test(`${e.name}: a replace right after typing is still undone alone`, async ({ page, server }) => {
		await page.goto(`${server.url}/editors.html`);
		await page.click(e.sel);
		await page.keyboard.type('First line.');
		await page.keyboard.press('Enter');
		await page.keyboard.type(DRAFT);
		check((await waitOverlay(page, (s) => s.badges.length > 0)).ok, 'field not watched');
		const draft = await page.evaluate(e.state);
		await page.keyboard.type(' Now.');
		const typed = await page.evaluate(e.state);
		check((await replace(page, `${DRAFT} Now.`, 'Please fix it.')) === 'ok', 'replace refused');
		await page.keyboard.press('Control+Z');
		const same = (t) => t.replace(/\n+/g, '\n') === typed.replace(/\n+/g, '\n');
		const undone = (await poll(() => page.evaluate(e.state), same)).value;
		check(
			undone.replace(/\n+/g, '\n') === typed.replace(/\n+/g, '\n'),
			`after Ctrl+Z: ${JSON.stringify(undone)} (was ${JSON.stringify(draft)})`,
		);
	});
}

test('replace refuses when the text changed since it was read', async ({ page, server }) => {
	await page.goto(`${server.url}/editors.html`);
	await page.click('#ce');
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.length > 0)).ok, 'field not watched');
	check((await replace(page, 'idiot', 'x', 'You are an idiot.')) === 'refused', 'replaced on a stale text');
	check((await replace(page, 'not in the draft', 'x')) === 'refused', 'replaced text that is not there');
	check(
		(await page.evaluate(() => document.getElementById('ce').innerText.trim())) === DRAFT,
		'draft changed',
	);
});

await run(() => chromiumEnv());
