// Session 18 (editorshw): the half-word hold (session 17, half-word.spec.mjs proved it in a textarea only) typed
// key by key into Lexical, ProseMirror, CodeMirror 6 and a plain contenteditable (tests/pages/editors.html), in
// Chromium: a pause inside "You are a com" shows no warning (the badge is held), and "…complete idiot." warns once
// the word ends. The firefox-esr twin is firefox-half-word-editors.spec.mjs.
// Run: npm run build && node tests/e2e/run-all.mjs half-word-editors   (screenshots in artifacts/)

import { EDITORS, heldThenWarns } from './half-word-probes.mjs';
import { chromiumEnv, run, test } from './harness.mjs';

for (const editor of EDITORS)
	test(`${editor.name}: a pause inside "You are a com" is held (no warning); the finished word warns`, async (env) => {
		await env.sw.evaluate(() => chrome.storage.local.remove('settings'));
		const slug = editor.name.replace(/\W+/g, '-').toLowerCase();
		await heldThenWarns(env.page, `${env.server.url}/editors.html`, editor, `half-word-${slug}`);
	});

// The same in a second paragraph (Enter first): the caret's offset must map past the block break the editor draws.
for (const editor of EDITORS)
	test(`${editor.name}, second paragraph: a pause inside "You are a com" is held; the finished word warns`, async (env) => {
		await env.sw.evaluate(() => chrome.storage.local.remove('settings'));
		const slug = editor.name.replace(/\W+/g, '-').toLowerCase();
		await heldThenWarns(env.page, `${env.server.url}/editors.html`, editor, `half-word-${slug}-para2`, {
			lead: 'Ok',
		});
	});

await run(() => chromiumEnv());
