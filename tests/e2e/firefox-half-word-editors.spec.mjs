// firefox-esr (the Firefox build): the half-word hold typed key by key into Lexical, ProseMirror, CodeMirror 6 and
// a plain contenteditable (tests/pages/editors.html), and a React textarea, as half-word-editors.spec.mjs does in Chromium: a pause
// inside "You are a com" shows no warning (the badge is held), and "…complete idiot." warns once the word ends.
// Run: npm run build:firefox && node tests/e2e/run-all.mjs firefox-half-word-editors
import { launchFirefox } from './firefox-harness.mjs';
import { EDITORS, heldThenWarns } from './half-word-probes.mjs';
import { run, startServer, test } from './harness.mjs';

for (const editor of EDITORS)
	test(`Firefox, ${editor.name}: a pause inside "You are a com" is held (no warning); the finished word warns`, async ({
		page,
		server,
	}) => {
		const slug = editor.name.replace(/\W+/g, '-').toLowerCase();
		await heldThenWarns(page, `${server.url}/editors.html`, editor, `firefox-half-word-${slug}`);
	});

// The textarea (a React-controlled one) in Firefox too: half-word.spec.mjs proved the hold in Chromium only.
test('Firefox, React textarea: a pause inside "You are a com" is held (no warning); the finished word warns', async ({
	page,
	server,
}) => {
	const editor = { name: 'React textarea', sel: '#react-comment textarea' };
	await heldThenWarns(page, `${server.url}/editors.html`, editor, 'firefox-half-word-textarea');
});

// The same in a second paragraph (Enter first): Firefox's editing adds <br>s and <div>s of its own.
for (const editor of EDITORS)
	test(`Firefox, ${editor.name}, second paragraph: a pause inside "You are a com" is held; the finished word warns`, async ({
		page,
		server,
	}) => {
		const slug = editor.name.replace(/\W+/g, '-').toLowerCase();
		await heldThenWarns(page, `${server.url}/editors.html`, editor, `firefox-half-word-${slug}-para2`, {
			lead: 'Ok',
		});
	});

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
