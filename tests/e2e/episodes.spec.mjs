// QA session 19 (qa19): warning episodes in the history (session 18's warning-episodes.ts), as the popup's stats
// count them ("warned").
// 1. Warn, Ctrl+A + Backspace, and the next warned comment typed at once (before the pause that would score the
//    empty field): the emptied field ended the first episode, so the second warning counts (it read 1).
//    The same in Lexical and ProseMirror, whose own beforeinput handler deletes.
// 2. Two tabs on the same page address: the same words warned in tab B are tab B's own warning, not a repeat of
//    tab A's episode (the episode's field key is page + field, the same in both tabs: it read 1).
// Run: npm run build && node tests/e2e/run-all.mjs episodes
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, message, poll, run, shot, test, waitOverlay } from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn' && b.settled);

/** A clean history and default settings; returns the `shown` counter. */
async function freshCount(env) {
	await env.sw.evaluate(() => chrome.storage.local.remove('settings'));
	await message(env, 'clearHistory', {});
	return async () => {
		const reply = await message(env, 'getStats', { days: 7 });
		check(reply?.ok, `getStats failed: ${JSON.stringify(reply)}`);
		return reply.value.actions.shown ?? 0;
	};
}

test('a field cleared and the next warned comment typed at once: two warnings counted', async (env) => {
	const shown = await freshCount(env);
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.locator('#new_comment_field').click();
	await page.keyboard.insertText(TOXIC);
	check((await waitOverlay(page, warned, 30_000)).ok, 'no warning');
	check((await poll(shown, (n) => n === 1, 10_000, 200)).ok, 'the first warning was not counted');
	// Select all, delete, type: the browser's own editing commands, one after the other in one task (a fast
	// typist; Playwright's key presses from here leave more than the 150 ms pause between them on a busy machine).
	await page.evaluate(() => {
		document.execCommand('selectAll');
		document.execCommand('delete');
		document.execCommand('insertText', false, 'Honestly you are an idiot and this patch is garbage.');
	});
	check((await waitOverlay(page, warned, 30_000)).ok, 'the second draft is not warned');
	await shot(page, 'episodes-cleared-retyped');
	const counted = await poll(shown, (n) => n >= 2, 10_000, 200);
	check(counted.value === 2, `warned drafts counted ${counted.value}, wanted 2`);
	await page.close();
});

test('the same in rich editors (Lexical, ProseMirror): cleared and re-warned at once counts twice', async (env) => {
	for (const sel of ['[data-lexical-editor]', '.ProseMirror']) {
		const shown = await freshCount(env);
		const page = await env.context.newPage();
		await page.goto(`${env.server.url}/editors.html`);
		await page.locator(sel).click();
		await page.keyboard.insertText(TOXIC);
		check((await waitOverlay(page, warned, 30_000)).ok, `${sel}: no warning`);
		check((await poll(shown, (n) => n === 1, 10_000, 200)).ok, `${sel}: the first warning was not counted`);
		// The editor handles the delete itself (beforeinput): the page sees a DOM change, then the next words.
		await page.keyboard.press('Control+A');
		await page.evaluate(() => {
			document.execCommand('delete');
			document.execCommand('insertText', false, 'Honestly you are an idiot and this patch is garbage.');
		});
		check((await waitOverlay(page, warned, 30_000)).ok, `${sel}: the second draft is not warned`);
		const counted = await poll(shown, (n) => n >= 2, 10_000, 200);
		check(counted.value === 2, `${sel}: warned drafts counted ${counted.value}, wanted 2`);
		await page.close();
	}
});

test('two tabs on the same page: a warning in tab B is its own, not tab A’s episode', async (env) => {
	const shown = await freshCount(env);
	const url = `${env.server.url}/github-issue.html`;
	const a = await env.context.newPage();
	await a.goto(url);
	await a.locator('#new_comment_field').click();
	await a.keyboard.insertText(TOXIC);
	check((await waitOverlay(a, warned, 30_000)).ok, 'tab A: no warning');
	check((await poll(shown, (n) => n === 1, 10_000, 200)).ok, 'tab A: the warning was not counted');
	const b = await env.context.newPage();
	await b.goto(url);
	await b.locator('#new_comment_field').click();
	await b.keyboard.insertText(TOXIC);
	check((await waitOverlay(b, warned, 30_000)).ok, 'tab B: no warning');
	await shot(b, 'episodes-second-tab');
	const counted = await poll(shown, (n) => n >= 2, 10_000, 200);
	check(counted.value === 2, `warned drafts counted ${counted.value}, wanted 2 (one per tab)`);
	// Tab A reloaded with its draft restored is still tab A's one warning.
	await a.reload();
	await a.evaluate((text) => {
		const f = document.querySelector('#new_comment_field');
		f.value = text;
		f.dispatchEvent(new Event('input', { bubbles: true }));
	}, TOXIC);
	await a.locator('#new_comment_field').click();
	check((await waitOverlay(a, warned, 30_000)).ok, 'tab A after reload: no warning');
	await b.keyboard.insertText(' Really.'); // a later event through the same queue: tab A's reload was decided
	const after = await poll(shown, (n) => n > 2, 3_000, 200);
	check(after.value === 2, `after tab A's reload: ${after.value} warnings counted, wanted still 2`);
	await a.close();
	await b.close();
});

await run(() => chromiumEnv());
