// A hostile draft over several blocks (two paragraphs, a list, a code block) in the real Lexical, ProseMirror and
// CodeMirror 6 editors (tests/pages/editors.html): the underline sits under the insult in the second paragraph, the
// editor's own state matches what it shows, Apply rewrites through the editor, Ctrl+Z restores the draft exactly,
// Ctrl+Shift+Z (and Ctrl+Y where the editor binds it) redoes the rewrite, state and view agreeing at every step.
import {
	check,
	chromiumEnv,
	message,
	poll,
	run,
	shot,
	test,
	waitOverlay,
	waitUnderlined,
} from './harness.mjs';

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
	// The page's ProseMirror binds Mod-Shift-z only (prosemirror-history has no Ctrl+Y unless the page binds it).
	{ name: 'Lexical', sel: '[data-lexical-editor]', ctrlY: true },
	{ name: 'ProseMirror', sel: '.ProseMirror', ctrlY: false },
	{ name: 'CodeMirror 6', sel: '#cm .cm-content', ctrlY: true },
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

/** Blocks' separators differ (Lexical's "\n\n", ProseMirror's "\n", empty lines): compared line by line. */
const norm = (t) =>
	t
		.replace(/\u00a0/g, ' ')
		.split('\n')
		.map((l) => l.trimEnd())
		.filter(Boolean)
		.join('\n');

for (const e of EDITORS) {
	test(`${e.name}: a hostile draft over paragraphs, a list and a code block; Apply, Ctrl+Z, redo keep state = view`, async (env) => {
		const { page, server } = env;
		// Session 18 (editorshw): the history counts Apply, its Ctrl+Z and the redo in every rich editor (their own key
		// handlers run the history; CodeMirror's fired no input event and the undo went uncounted, session 17).
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
					`${e.name}, ${what}: the history counted ${JSON.stringify(got.value)} (from ${JSON.stringify(start)}), wanted +${JSON.stringify(want)}`,
				),
			);
		await page.goto(`${server.url}/editors.html`);
		await page.click(e.sel);
		for (const [i, line] of LINES.entries()) {
			if (i > 0) await page.keyboard.press('Enter');
			await page.keyboard.type(line);
		}
		// Editors may auto-close brackets or indent: what was typed is what the editor holds, whatever that is.
		const both = () => readBoth(page, e.name);
		check(
			(await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 15_000)).ok,
			'no warning',
		);
		const u = await waitUnderlined(page, page.locator(e.sel), 'idiot');
		check(u.ok, `no underline under "idiot": ${JSON.stringify({ rect: u.rect, lines: u.state.underlines })}`);
		const draft = await both();
		check(
			norm(draft.state) === norm(draft.shown),
			`state and view differ after typing: ${JSON.stringify(draft)}`,
		);
		// CodeMirror's markdown mode continues a list on Enter ("- - second item"): the draft is what the editor holds.
		check(norm(draft.state).includes(LINES[1]), `typed draft reads ${JSON.stringify(draft.state)}`);
		await page.locator('[data-tactful-host] [data-tactful="badge"]').first().click();
		await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 10_000 });
		await page.locator('[data-tactful-host] button.tactful-rw-primary').click();
		const applied = await poll(
			both,
			(x) => norm(x.state) !== norm(draft.state) && norm(x.state) === norm(x.shown),
			15_000,
		);
		await shot(page, `rich-${e.name.replace(/\W+/g, '-').toLowerCase()}-applied`);
		check(applied.ok, `Apply: state and view ${JSON.stringify(applied.value)}`);
		const rewritten = applied.value;
		check(!/idiot/.test(rewritten.state), `the rewrite kept the insult: ${rewritten.state}`);
		await counted({ rewriteAccepted: 1, rewriteRejected: 0 }, 'Apply');
		const lines = norm(rewritten.state).split('\n');
		for (const line of norm(draft.state).split('\n'))
			if (!line.includes('idiot'))
				check(lines.includes(line), `Apply lost "${line}": ${JSON.stringify(rewritten.state)}`);
		await page.focus(e.sel);
		await page.keyboard.press('Control+Z');
		const undone = await poll(both, (x) => x.state === draft.state && norm(x.shown) === norm(draft.shown));
		check(undone.ok, `Ctrl+Z did not restore the draft exactly: ${JSON.stringify(undone.value)}`);
		await counted({ rewriteAccepted: 1, rewriteRejected: 1 }, 'Ctrl+Z after Apply');
		await page.keyboard.press('Control+Shift+Z');
		const redone = await poll(
			both,
			(x) => x.state === rewritten.state && norm(x.shown) === norm(rewritten.shown),
		);
		check(redone.ok, `Ctrl+Shift+Z did not redo the rewrite: ${JSON.stringify(redone.value)}`);
		await counted(
			{ rewriteAccepted: 1, rewriteRejected: 1, rewriteRedone: 1 },
			'Ctrl+Shift+Z after the undo',
		);
		if (e.ctrlY) {
			await page.keyboard.press('Control+Z');
			await poll(both, (x) => x.state === draft.state);
			await counted({ rewriteAccepted: 1, rewriteRejected: 2, rewriteRedone: 1 }, 'a second Ctrl+Z');
			await page.keyboard.press('Control+Y');
			const again = await poll(
				both,
				(x) => x.state === rewritten.state && norm(x.shown) === norm(rewritten.shown),
			);
			check(again.ok, `Ctrl+Y did not redo the rewrite: ${JSON.stringify(again.value)}`);
			await counted(
				{ rewriteAccepted: 1, rewriteRejected: 2, rewriteRedone: 2 },
				'Ctrl+Y after the second undo',
			);
		}
	});
}

await run(() => chromiumEnv());
