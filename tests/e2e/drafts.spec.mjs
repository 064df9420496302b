// Keeping drafts (opt-in): what the user is writing survives a reload and is listed on the history page to copy
// back; the text a rewrite replaced is kept too; clearing the field forgets it; with the opt-in off nothing is kept.
import { tsImport } from 'tsx/esm/api';
import { TOXIC } from './drafts.mjs';
import {
	check,
	chromiumEnv,
	clearField,
	message,
	run,
	setSettings,
	shot,
	test,
	waitOverlay,
	waitSettled,
} from './harness.mjs';

const FIELD = 'textarea[aria-label="Markdown value"]';
/** The page's other comment box (GitHub's classic form), for the control in the opt-in-off test. */
const CONTROL = '#new_comment_field';
/** The keeper's typing pause before it saves (ms), read from the product. */
const { DRAFT_SAVE_DEBOUNCE_MS } = await tsImport(
	'../../entrypoints/content/features/draft-keeper.ts',
	import.meta.url,
);
const DRAFT = 'Half of a long reply about the flaky integration test that I do not want to lose';
const kept = async (browser) => {
	const reply = await message(browser, 'listDrafts', {});
	check(reply?.ok, `listDrafts failed: ${JSON.stringify(reply)}`);
	return reply.value.drafts;
};
const until = async (fn, what, timeout = 20_000) => {
	const end = Date.now() + timeout;
	for (;;) {
		const value = await fn();
		if (value) return value;
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 200));
	}
};

test('off by default: typing keeps nothing', async ({ page, server, browser }) => {
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(FIELD);
	await page.keyboard.type(DRAFT);
	// Not a bare sleep (on a loaded machine a keeper that ignored the opt-in had not saved yet after 2 s): wait for
	// proof that a save would have happened. The draft is scored (the content script handled the typing), then the
	// keeper's pause (DRAFT_SAVE_DEBOUNCE_MS) on the page's own clock, armed after the last keystroke, so the keeper's
	// timer, armed by that keystroke, fired first (one event loop); its save would be asked before our listDrafts.
	check((await waitSettled(page)).ok, 'the draft was never scored');
	await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), DRAFT_SAVE_DEBOUNCE_MS);
	check((await kept(browser)).length === 0, 'a draft was kept without the opt-in');
	// The control: opted in, the same page keeps what is typed in its other box, so the keeper is there and working.
	await setSettings(browser.sw, { storeDrafts: true });
	await page.click(CONTROL);
	await page.keyboard.type(DRAFT);
	await until(
		async () => (await kept(browser)).some((d) => d.key.endsWith('#new_comment_field')),
		'the control draft',
	);
	await setSettings(browser.sw, { storeDrafts: false }); // turning it off forgets what was kept
	await until(async () => (await kept(browser)).length === 0, 'the kept drafts to be forgotten');
	await clearField(page, page.locator(CONTROL));
	await clearField(page, page.locator(FIELD));
});

test('opted in: the draft survives a reload, is listed on the history page, and is forgotten once cleared', async ({
	page,
	server,
	browser,
}) => {
	await setSettings(browser.sw, { storeDrafts: true });
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(FIELD);
	await page.keyboard.type(DRAFT);
	await until(async () => (await kept(browser)).some((d) => d.text === DRAFT), 'the draft to be kept');
	await page.reload(); // the page's own draft is gone now; Tactful's copy is not
	const history = await browser.context.newPage();
	await history.goto(`chrome-extension://${browser.extensionId}/history-page.html`);
	const row = history.getByTestId('kept-draft').first();
	await row.waitFor({ timeout: 15_000 });
	check((await row.textContent()).includes(DRAFT), 'the history page does not list the draft');
	await history.getByTestId('kept-drafts').scrollIntoViewIfNeeded();
	await shot(history, 'history-kept-drafts');
	await history.close();
	// Typing it again and clearing it (as after posting) forgets it.
	await page.click(FIELD);
	await page.keyboard.type('short again');
	await until(async () => (await kept(browser)).some((d) => d.text === 'short again'), 'the new draft');
	await clearField(page, page.locator(FIELD));
	await until(async () => (await kept(browser)).length === 0, 'the cleared draft to be forgotten');
});

test('opted in: applying a rewrite keeps the text it replaced', async ({ page, server, browser }) => {
	// Its own opt-in: the test before it sets storeDrafts too, but run alone (run-all's retry, E2E_GREP) it had none.
	await setSettings(browser.sw, { storeDrafts: true });
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(FIELD);
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'no warning');
	await page.locator('[data-tactful-host] [data-tactful="badge"]').first().click();
	await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 10_000 });
	await page.locator('[data-tactful-host] button.tactful-rw-primary').click();
	const before = await until(
		async () => (await kept(browser)).find((d) => d.key.endsWith('(before rewrite)')),
		'the pre-rewrite text to be kept',
	);
	check(before.text === TOXIC, `kept ${JSON.stringify(before.text)} instead of the original draft`);
	check((await page.inputValue(FIELD)).trim() !== TOXIC, 'the rewrite was not applied');
	await setSettings(browser.sw, { storeDrafts: false });
	await message(browser, 'clearHistory', {});
});

await run(() => chromiumEnv());
