// Text that changes with no `input` event. Rich editors (Lexical on Reddit, ProseMirror in Discourse's rich
// composer, CodeMirror) handle paste, Ctrl+Z/Ctrl+Shift+Z and Delete over a selection in their own key and
// clipboard handlers and rewrite their DOM themselves, and a page empties its textarea by script after posting.
// Tactful must still score a pasted draft, drop underlines an undo or a delete took away, and keep a pasted
// draft (opt-in) instead of losing it.
import { FIELDS, TOXIC, TOXIC_WORD } from './drafts.mjs';
import {
	check,
	chromiumEnv,
	message,
	poll,
	run,
	setSettings,
	shot,
	test,
	underlines,
	waitOverlay,
	wordRect,
} from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0;
const quiet = (s) => !s.badges.some((b) => b.level === 'warn') && s.underlines.length === 0;
const RICH = FIELDS.filter((f) => /Lexical|ProseMirror|CodeMirror/.test(f.name));
const CALM = 'Thanks for the patch. The test fails on main.';
const INSULT = ', you stupid moron';

async function open(page, server, f) {
	await page.goto(`${server.url}/${f.page}`);
	if (f.before) await page.click(f.before);
	await page.click(f.sel);
	return page.locator(f.sel);
}
const text = (locator) => locator.evaluate((el) => el.value ?? el.innerText);

for (const f of RICH) {
	test(`${f.name}: a pasted draft is checked, and select-all + Delete takes the warning away`, async ({
		page,
		server,
	}) => {
		const field = await open(page, server, f);
		await page.evaluate((t) => navigator.clipboard.writeText(t), TOXIC);
		await page.keyboard.press('Control+V');
		const s = await waitOverlay(page, warned, 20_000);
		await shot(page, `silent-paste-${f.name.replace(/\W+/g, '-')}`);
		check((await text(field)).includes(TOXIC), `paste did not land: ${await text(field)}`);
		check(s.ok, `pasted draft not warned: ${JSON.stringify(s.badges)}`);
		check(underlines(s, await wordRect(field, TOXIC_WORD)), 'underline not under the word');
		if (f.state) check((await page.evaluate(f.state)).includes(TOXIC), "the editor's state lost the paste");
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Delete');
		const cleared = await waitOverlay(page, quiet, 15_000);
		check(cleared.ok, `warning left on an emptied field: ${JSON.stringify(cleared)}`);
	});

	test(`${f.name}: Ctrl+Z takes the insult and its warning away, Ctrl+Shift+Z brings both back`, async ({
		page,
		server,
	}) => {
		const field = await open(page, server, f);
		await page.keyboard.type(CALM);
		await page.keyboard.press('Home');
		for (let i = 0; i < 'Thanks for the patch'.length; i++) await page.keyboard.press('ArrowRight');
		// One insertText, so the insult is one undo step in every editor. Typed key by key, a busy machine spaced
		// the keystrokes past ProseMirror's 500 ms undo grouping, Ctrl+Z took back only the last few letters, and
		// the calm draft never came back (session 28: failed once under load). What this test proves is the undo.
		await page.keyboard.insertText(INSULT);
		check((await text(field)).includes(`Thanks for the patch${INSULT}. The test`), 'insult not inserted');
		check((await waitOverlay(page, warned)).ok, 'insult not warned');
		await page.waitForTimeout(600); // past the editors' undo grouping
		await page.keyboard.press('Control+Z');
		await page.waitForFunction(
			([sel, want]) => {
				const el = document.querySelector(sel);
				return (el.value ?? el.innerText).trim() === want;
			},
			[f.sel, CALM],
			{ timeout: 15_000 },
		);
		const undone = await waitOverlay(page, quiet, 15_000);
		check(undone.ok, `warning kept after undo: ${JSON.stringify(undone)}`);
		await page.keyboard.press('Control+Shift+Z');
		const back = await poll(
			() => text(field),
			(t) => t.includes(INSULT),
		);
		check(back.ok, `redo did not bring the insult back: ${back.value}`);
		const redone = await waitOverlay(page, warned, 15_000);
		check(redone.ok, 'no warning after redo');
		check(underlines(redone, await wordRect(field, 'moron')), 'underline not under the word after redo');
	});
}

test('a textarea the page empties by script after posting loses its underlines and badge', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/github-issue.html`);
	await page.click('#new_comment_field');
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned)).ok, 'not warned');
	await page.evaluate(() => {
		document.querySelector('#new_comment_field').value = ''; // what React does after a post
	});
	const s = await waitOverlay(page, quiet, 15_000);
	await shot(page, 'silent-textarea-cleared');
	check(s.ok, `decorations left over an empty box: ${JSON.stringify(s)}`);
});

test('a textarea the page fills by script (a quote reply) is checked', async ({ page, server }) => {
	await page.goto(`${server.url}/github-issue.html`);
	await page.click('#new_comment_field');
	await page.keyboard.type('Agreed.');
	await page.waitForTimeout(600);
	await page.evaluate((t) => {
		document.querySelector('#new_comment_field').value = t;
	}, TOXIC);
	check((await waitOverlay(page, warned, 15_000)).ok, 'text set by the page was not checked');
});

test('opted in: a draft pasted into a rich editor is kept', async ({ page, server, browser }) => {
	await setSettings(browser.sw, { storeDrafts: true });
	const f = RICH.find((x) => /Lexical/.test(x.name));
	await open(page, server, f);
	const draft = 'A long answer I pasted from my notes and do not want to lose on a crash';
	await page.evaluate((t) => navigator.clipboard.writeText(t), draft);
	await page.keyboard.press('Control+V');
	const end = Date.now() + 20_000;
	let drafts = [];
	while (Date.now() < end) {
		drafts = (await message(browser, 'listDrafts', {})).value?.drafts ?? [];
		if (drafts.some((d) => d.text === draft)) break;
		await page.waitForTimeout(200);
	}
	check(
		drafts.some((d) => d.text === draft),
		`pasted draft not kept: ${JSON.stringify(drafts)}`,
	);
	await setSettings(browser.sw, { storeDrafts: false });
	await message(browser, 'clearHistory', {});
});

await run(async () => {
	const env = await chromiumEnv({ requireHost: true });
	await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
	return env;
});
