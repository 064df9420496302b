// What the thread warning says when the thread itself is calm and only the hostile draft would tip it: the card
// must not call the conversation tense or blame an earlier comment (the Discourse demo topic has two calm
// posts whose authors its reader does not find), it names the reply. A heated thread is still called tense.
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, run, shot, test, waitOverlay } from './harness.mjs';

const section = (page) =>
	page.evaluate(
		() =>
			document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector('[data-tactful="thread"]')
				?.innerText ?? null,
	);
async function until(fn, timeout = 10_000) {
	const end = Date.now() + timeout;
	let value = await fn();
	while (!value && Date.now() < end) {
		await new Promise((r) => setTimeout(r, 150));
		value = await fn();
	}
	return value;
}

test('calm topic + hostile draft: the card names the reply, not a tense conversation', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/discourse-topic.html`);
	await page.click('#reply');
	await page.click('textarea.d-editor-input');
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'))).ok, 'draft not warned');
	await page.keyboard.press('Alt+Shift+T');
	const text = await until(() => section(page));
	await shot(page, 'thread-calm-topic-hostile-draft');
	check(text !== null, 'no thread section (the demo topic should be tipped by this draft)');
	check(/Your reply could make this conversation tense/.test(text), `heading: ${text}`);
	check(!/getting tense/.test(text) && !/^'s|\n's /.test(text), `calls the calm topic tense: ${text}`);
});

test('heated thread: still called tense, with the comment that drives it', async ({ page, server }) => {
	await page.goto(`${server.url}/threads/github-heated-thread.html`);
	await page.click('textarea.js-comment-field');
	await page.keyboard.type('Thanks, I can reproduce this on main and will look at it tomorrow.');
	await page.waitForTimeout(1500);
	await page.keyboard.press('Alt+Shift+T');
	const text = await until(() => section(page));
	check(/This conversation is getting tense/.test(text ?? ''), `heading: ${text}`);
	check(/'s comment shows/.test(text ?? ''), `no driving comment named: ${text}`);
});

await run(() => chromiumEnv({ requireHost: true }));
