// The pre-submit nudge (opt-in) on a generic site whose Post controls are light-DOM elements with click handlers
// and no <form> (tests/pages/generic-posts.html): a "Post" <div>, a reply box's "Send" <span>, a chat box's
// <input type=submit> outside any form are stopped while the draft is warned; the thread's "Reply" links, which only
// open a reply box, are never taken for a post (nudge.ts lightPostTarget).
// Run: npx wxt build && node tests/e2e/run-all.mjs click-posts   (screenshots in artifacts/click-posts-*.png)
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, poll, run, setSettings, shot, test, waitOverlay } from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn' && b.settled);
const nudgeOpen = (s) => /Post anyway/.test(s.card ?? '');

/** The page's posted line, the boxes' texts and which Reply links ran, in ONE read. */
const pageState = (page) =>
	page.evaluate(() => ({
		posted: document.getElementById('posted')?.textContent ?? '',
		opened: document.getElementById('opened')?.textContent?.trim() ?? '',
		boxes: Object.fromEntries([...document.querySelectorAll('textarea')].map((t) => [t.id, t.value])),
	}));

async function withNudge(env, fn) {
	await setSettings(env.sw, { preSubmitNudge: true });
	const page = await env.context.newPage();
	try {
		await page.goto(`${env.server.url}/generic-posts.html`);
		await fn(page);
	} finally {
		await page.close();
		await setSettings(env.sw, { preSubmitNudge: false });
	}
}

test('a "Post" <div> with a click handler (no form) under a warned draft: the post waits, Post anyway posts', (env) =>
	withNudge(env, async (page) => {
		await page.click('#top');
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(page, warned, 30_000)).ok, 'no warning');
		await page.click('#post');
		const nudged = await waitOverlay(page, nudgeOpen, 10_000);
		await shot(page, 'click-posts-div-nudge');
		check(nudged.ok, `no nudge on the Post <div>: ${nudged.card}`);
		const held = await pageState(page);
		check(
			held.posted === '' && held.boxes.top === TOXIC,
			`posted despite the nudge: ${JSON.stringify(held)}`,
		);
		await page.locator('[data-tactful-host]').getByText('Post anyway').click();
		const posted = await poll(
			() => pageState(page),
			(s) => s.posted.startsWith('posted:'),
		);
		check(posted.ok && posted.value.posted.includes('idiot'), `Post anyway: ${JSON.stringify(posted.value)}`);
	}));

test('an <input type=submit> outside any form (a chat box): the nudge stops it; Review keeps the draft', (env) =>
	withNudge(env, async (page) => {
		await page.click('#chat');
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(page, warned, 30_000)).ok, 'no warning');
		await page.click('#chat-send');
		const nudged = await waitOverlay(page, nudgeOpen, 10_000);
		await shot(page, 'click-posts-chat-nudge');
		check(nudged.ok, `no nudge on the chat's Send: ${nudged.card}`);
		await page.locator('[data-tactful-host]').getByText('Review').click();
		const s = await poll(
			() => page.evaluate(() => document.activeElement?.id),
			(id) => id === 'chat',
		);
		check(s.ok, `Review did not put focus back in the box: ${s.value}`);
		const kept = await pageState(page);
		check(kept.posted === '' && kept.boxes.chat === TOXIC, `draft lost or posted: ${JSON.stringify(kept)}`);
	}));

test('"Reply" links only open a box: the next comment\'s Reply under a warned reply passes; the box\'s Send is stopped', (env) =>
	withNudge(env, async (page) => {
		await page.click('#reply-c1');
		await page.waitForSelector('#box-c1');
		await page.click('#box-c1');
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(page, warned, 30_000)).ok, 'no warning on the reply');
		// The next comment's Reply sits right under the warned reply box.
		await page.click('#reply-c2');
		const opened = await poll(
			() => pageState(page),
			(s) => s.opened.includes('c2'),
			10_000,
		);
		await shot(page, 'click-posts-reply-link-passes');
		check(opened.ok, `the Reply link was stopped: ${JSON.stringify(opened.value)}`);
		const noNudge = await waitOverlay(page, nudgeOpen, 1_500);
		check(!noNudge.ok, `a nudge on a Reply link: ${noNudge.card}`);
		check(opened.value.boxes['box-c1'] === TOXIC, 'the warned reply changed');
		await page.click('#send-c1');
		const nudged = await waitOverlay(page, nudgeOpen, 10_000);
		await shot(page, 'click-posts-send-span-nudge');
		check(nudged.ok, `no nudge on the reply box's Send <span>: ${nudged.card}`);
		check((await pageState(page)).posted === '', 'posted despite the nudge');
	}));

test('nudge off (the default): the Post <div> posts at once', async (env) => {
	const page = await env.context.newPage();
	try {
		await page.goto(`${env.server.url}/generic-posts.html`);
		await page.click('#top');
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(page, warned, 30_000)).ok, 'no warning');
		await page.click('#post');
		const posted = await poll(
			() => pageState(page),
			(s) => s.posted.startsWith('posted:'),
		);
		check(posted.ok, `did not post: ${JSON.stringify(posted.value)}`);
	} finally {
		await page.close();
	}
});

await run(() => chromiumEnv());
