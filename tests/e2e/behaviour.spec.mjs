// The overlay's behaviour beyond "it warns": skipped fields, fields added later, the card (badge, hover,
// keyboard, Escape, a click elsewhere, "This is fine", "Snooze here for 1 hour"), the pre-submit nudge, scrolling
// and dark pages.
import { tsImport } from 'tsx/esm/api';
import { TOXIC, TOXIC_WORD } from './drafts.mjs';
import {
	check,
	chromiumEnv,
	message,
	nextFrames,
	overlay,
	poll,
	run,
	setSettings,
	shot,
	test,
	underlines,
	waitOverlay,
	waitSettled,
	waitUnderlined,
	wordRect,
} from './harness.mjs';

/** How long after the last keystroke the controller may still show a verdict (ms), read from the product (IME test). */
const { LONG_PAUSE_MS } = await tsImport('../../entrypoints/content/field-controller.ts', import.meta.url);

const warned = (s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0;
const host = (page) => page.locator('[data-tactful-host]');
/** Where keyboard focus is: inside Tactful's shadow root (the card), or the page element's id. */
const focusNow = (page) =>
	page.evaluate(() => {
		const a = document.activeElement;
		if (a?.hasAttribute('data-tactful-host')) {
			const inner = a.shadowRoot.activeElement;
			return inner?.getAttribute('data-tactful') === 'card'
				? 'card:(the card)'
				: `card:${inner?.textContent}`;
		}
		return a?.id || a?.tagName;
	});
/** focusNow, after giving focus a moment to settle (effects run after the frame that opened the card). */
const focusIn = async (page, want = () => true) => {
	let where = await focusNow(page);
	for (const end = Date.now() + 10_000; !want(where) && Date.now() < end; ) {
		await page.waitForTimeout(50);
		where = await focusNow(page);
	}
	return where;
};

/** Polls the page's "#posted" marker: "Post anyway" submits the form again, which lands a moment after the click. */
const posted = async (page) =>
	(
		await poll(
			() => page.textContent('#posted'),
			(t) => t === 'posted',
			10_000,
		)
	).ok;

async function warnOn(env, file, sel) {
	await env.page.goto(`${env.server.url}/${file}`);
	await env.page.click(sel);
	await env.page.keyboard.type(TOXIC);
	const s = await waitOverlay(env.page, warned);
	check(s.ok, `no warning on ${file}`);
	return s;
}

test('skips password, search, code and opted-out fields', async ({ page, server }) => {
	await page.goto(`${server.url}/generic-blog.html`);
	for (const sel of ['#pw', '#site-search', '#off', '#gramm-off', '#grammarly-off', '#cm-js .cm-content']) {
		await page.click(sel);
		await page.keyboard.type('you idiot ');
	}
	// Nothing to wait on in a skipped field, so a watched one is the marker: the same words typed after them are
	// scored and settled, so anything the skipped fields had asked for would have come back by now.
	await page.click('#comment');
	await page.keyboard.type('you idiot ');
	const s = await waitOverlay(page, (x) => x.badges.some((b) => b.level === 'warn' && b.settled));
	check(s.ok, `the watched marker field was not warned: ${JSON.stringify(s.badges)}`);
	const box = await page.locator('#comment').boundingBox();
	const inside = (r) =>
		r.x >= box.x - 40 && r.x <= box.x + box.width + 40 && r.y >= box.y - 40 && r.y <= box.y + box.height + 40;
	check(
		s.badges.length === 1 && s.underlines.every(inside),
		`decorated a skipped field: ${JSON.stringify(s)}`,
	);
});

test('watches a field added after load (Reply button)', async ({ page, server }) => {
	await page.goto(`${server.url}/generic-blog.html`);
	await page.click('#add-reply');
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned)).ok, 'late field not watched');
});

test('badge opens the card by click; Escape closes it and returns focus to the field', async (env) => {
	const { page } = env;
	await warnOn(env, 'github-issue.html', '#new_comment_field');
	await host(page).locator('[data-tactful="badge"]').click();
	const s = await waitOverlay(page, (x) => x.card !== null);
	check(s.ok, 'card did not open');
	check(
		/This is fine/.test(s.card) && /Snooze here for 1 hour/.test(s.card),
		`card actions missing: ${s.card}`,
	);
	check(/:/.test(s.card) && /land badly/.test(s.card), `card does not explain: ${s.card}`);
	check(
		(await focusIn(page, (w) => w.startsWith('card:'))).startsWith('card:'),
		'focus did not move into the card',
	);
	await shot(page, 'card-github');
	await page.keyboard.press('Escape');
	check((await waitOverlay(page, (x) => x.card === null)).ok, 'Escape did not close the card');
	check(
		(await focusIn(page, (w) => w === 'new_comment_field')) === 'new_comment_field',
		'focus not back in the field',
	);
});

test('a card opened with the mouse shows no focus ring; opened from the keyboard it does', async (env) => {
	const { page } = env;
	const ring = () =>
		page.evaluate(() => {
			const card = document
				.querySelector('[data-tactful-host]')
				.shadowRoot.querySelector('[data-tactful="card"]');
			return card ? `${card.matches(':focus')}/${card.matches(':focus-visible')}` : 'no card';
		});
	await warnOn(env, 'github-issue.html', '#new_comment_field');
	await host(page).locator('[data-tactful="badge"]').click();
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'card did not open');
	await focusIn(page, (w) => w === 'card:(the card)');
	await shot(page, 'card-mouse-open');
	const byMouse = await ring();
	check(byMouse === 'true/false', `a clicked-open card has focus ${byMouse} (focused/ring)`);
	await page.keyboard.press('Escape');
	check((await waitOverlay(page, (x) => x.card === null)).ok, 'Escape did not close the card');
	await page.keyboard.press('Alt+Shift+T');
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'shortcut did not open the card');
	await focusIn(page, (w) => w === 'card:(the card)');
	const byKeyboard = await ring();
	check(byKeyboard === 'true/true', `a keyboard-opened card has focus ${byKeyboard} (focused/ring)`);
	// Tab from a mouse-opened card shows the ring on the control it reaches, as anywhere else. The card closed and
	// focus back in the draft before the badge is pressed (polled, as after the first Escape above): a badge press
	// while the card is open toggles it shut. (Escape closes it synchronously today; the test need not rely on that.)
	await page.keyboard.press('Escape');
	check((await waitOverlay(page, (x) => x.card === null)).ok, 'the second Escape did not close the card');
	check(
		(await focusIn(page, (w) => w === 'new_comment_field')) === 'new_comment_field',
		'focus not back in the draft after Escape',
	);
	await host(page).locator('[data-tactful="badge"]').click();
	await focusIn(page, (w) => w === 'card:(the card)');
	await page.keyboard.press('Tab');
	const control = await page.evaluate(
		() =>
			document.querySelector('[data-tactful-host]').shadowRoot.activeElement?.matches(':focus-visible') ??
			false,
	);
	check(control, 'Tab from a mouse-opened card reached a control without a ring');
});

test('a click elsewhere on the page closes the card; a click in its field keeps it', async (env) => {
	const { page } = env;
	await warnOn(env, 'github-issue.html', '#new_comment_field');
	const badge = host(page).locator('[data-tactful="badge"]');
	await badge.click();
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'card did not open');
	await page.click('#new_comment_field');
	// A close would be drawn on the next frame (the click is handled when it lands): two frames, not a sleep.
	await nextFrames(page);
	check((await overlay(page)).card !== null, 'a click in the draft closed the card');
	await page.click('h1'); // the title, away from the field and the card
	const closed = await waitOverlay(page, (x) => x.card === null, 15_000);
	await shot(page, 'card-outside-click');
	check(closed.ok, 'the card stayed over the page after a click elsewhere');
	check((await page.inputValue('#new_comment_field')) === TOXIC, 'the draft changed');
	check(
		(await overlay(page)).badges.some((b) => b.level === 'warn'),
		'the warning itself went away',
	);
});

test("keyboard: Tab past the card's last button closes it and returns to the draft, not the top of the page", async (env) => {
	const { page } = env;
	await warnOn(env, 'github-issue.html', '#new_comment_field');
	await page.keyboard.press('Alt+Shift+T');
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'shortcut did not open the card');
	await host(page).getByText('Snooze here for 1 hour').focus();
	await page.keyboard.press('Tab');
	check((await waitOverlay(page, (x) => x.card === null)).ok, 'card still open');
	const where = await focusIn(page, (w) => w === 'new_comment_field');
	check(where === 'new_comment_field', `focus went to ${where}`);
	check((await page.inputValue('#new_comment_field')) === TOXIC, 'the draft changed');
});

test('keyboard: Alt+Shift+T opens the card with focus on the card itself; a reflexive Enter does nothing; Tab reaches "This is fine", which clears the warning', async (env) => {
	const { page } = env;
	await warnOn(env, 'hackernews-item.html', 'textarea[name="text"]');
	await page.keyboard.press('Alt+Shift+T');
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'shortcut did not open the card');
	const focused = await focusIn(page, (w) => w === 'card:(the card)');
	check(focused === 'card:(the card)', `focus did not land on the card itself: ${focused}`);
	// Someone who was typing hits Enter by reflex: nothing is recorded, the card and the warning stay.
	await page.keyboard.press('Enter');
	await page.waitForTimeout(300);
	const after = await overlay(page);
	check(
		after.card !== null && warned(after),
		`a reflexive Enter acted on the card: ${JSON.stringify(after.badges)}`,
	);
	check((await message(env, 'getAdaptation', {})).value.allowHashes.length === 0, 'Enter recorded feedback');
	// Tab walks the card's controls (close, the rewrite's, then the actions) to "This is fine".
	let onFine = '';
	for (let i = 0; i < 12 && onFine !== 'card:This is fine'; i++) {
		await page.keyboard.press('Tab');
		onFine = await focusNow(page);
	}
	check(onFine === 'card:This is fine', `Tab did not reach "This is fine": ${onFine}`);
	await page.keyboard.press('Enter');
	const s = await waitOverlay(page, (x) => x.card === null && !warned(x));
	check(s.ok, `still warned after "This is fine": ${JSON.stringify(s.badges)}`);
	const value = await page.inputValue('textarea[name="text"]');
	check(value === TOXIC, 'the draft changed');
	// The feedback reached the history: the same draft is now allowed everywhere. Forget it for the next tests.
	const stats = await message(env, 'getAdaptation', {});
	check(stats.ok && stats.value.allowHashes.length === 1, `feedback not recorded: ${JSON.stringify(stats)}`);
	await message(env, 'clearHistory', {});
});

test('"This is fine" holds while the user types on: only words added after it can warn again', async (env) => {
	const { page, server } = env;
	// With a word more, the model also points at "Seriously" and "stop", words the user already let stand.
	const draft = 'Seriously? You obviously never tested this, stop closing my issues you clown.';
	await page.goto(`${server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(draft);
	check((await waitOverlay(page, warned)).ok, 'no warning to call fine');
	await host(page).locator('[data-tactful="badge"]').first().click();
	await host(page).locator('button', { hasText: 'This is fine' }).click();
	check(
		(await waitOverlay(page, (x) => x.card === null && !warned(x))).ok,
		'still warned after "This is fine"',
	);
	await page.click('#comment');
	await page.keyboard.press('Control+End');
	await page.keyboard.type(' Really.');
	// Scored on the longer draft (not a bare sleep: on a loaded machine the score may not have come yet).
	const s = await waitSettled(page);
	check(s.ok, `the draft was never scored again: ${JSON.stringify(s.badges)}`);
	await shot(page, 'fine-then-type-on');
	check(
		!s.badges.some((b) => b.level !== 'ok') && s.underlines.length === 0,
		`the accepted draft warned again after a word more: ${JSON.stringify(s.badges)}, ${s.underlines.length} underlines`,
	);
	// Something new and hostile still warns, underlined where it was added.
	await page.keyboard.type(' You are an idiot.');
	const again = await waitOverlay(page, warned);
	check(again.ok, 'a new insult after "This is fine" was not warned');
	check(
		underlines(again, await wordRect(page.locator('#comment'), 'idiot')),
		'the new insult is not underlined',
	);
	check(
		!underlines(again, await wordRect(page.locator('#comment'), 'Seriously')),
		'a word the user let stand is underlined again',
	);
	await message(env, 'clearHistory', {});
});

test('a draft just begun with a greeting ("Hi everyone,", "Dear all") is not warned; a short insult still is', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/generic-blog.html`);
	const calm = (s) => !s.badges.some((b) => b.level !== 'ok') && s.underlines.length === 0;
	for (const opener of ['Hi everyone,', 'Dear all', 'Hi all', 'No']) {
		await page.fill('#comment', '');
		await page.click('#comment');
		await page.keyboard.type(opener, { delay: 40 });
		// The user pauses to think about the next sentence; the opener is scored (settled) before it is checked.
		const s = await waitSettled(page);
		check(s.ok, `"${opener}" was never scored: ${JSON.stringify(s.badges)}`);
		if (opener === 'Hi everyone,') await shot(page, 'greeting-opener');
		check(calm(s), `"${opener}" warned: ${JSON.stringify(s.badges)}, ${s.underlines.length} underlines`);
	}
	await page.fill('#comment', '');
	await page.click('#comment');
	await page.keyboard.type('Shut up.', { delay: 40 });
	check((await waitOverlay(page, warned)).ok, 'a two-word insult was not warned');
});

test('Enter typed into the draft while a hover-opened card shows goes to the draft, never to a card button', async (env) => {
	const { page } = env;
	await warnOn(env, 'github-issue.html', '#new_comment_field');
	const u = (await overlay(page)).underlines[0];
	await page.mouse.move(u.x + u.w / 2, u.y - 6);
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'hovering the underline did not open the card');
	check((await focusNow(page)) === 'new_comment_field', 'hovering moved focus out of the draft');
	await page.keyboard.press('Enter');
	await page.keyboard.type('More.');
	const typed = await poll(
		() => page.inputValue('#new_comment_field'),
		(v) => v === `${TOXIC}\nMore.`,
	);
	check(typed.ok, `Enter did not go into the draft: ${JSON.stringify(typed.value)}`);
	check((await message(env, 'getAdaptation', {})).value.allowHashes.length === 0, 'Enter recorded feedback');
});

test('hovering an underline opens the card', async (env) => {
	const { page } = env;
	const s = await warnOn(env, 'stackexchange-question.html', '#wmd-input');
	const u = s.underlines[0];
	await page.mouse.move(u.x + u.w / 2, u.y - 6);
	check((await waitOverlay(page, (x) => x.card !== null, 15_000)).ok, 'hover did not open the card');
	await shot(page, 'card-hover-stackexchange');
});

test('"Snooze here for 1 hour" hides warnings here', async (env) => {
	const { page, sw } = env;
	await warnOn(env, 'lemmy-post.html', 'textarea[id^="markdown-textarea-"]');
	await host(page).locator('[data-tactful="badge"]').click();
	await shot(page, 'card-lemmy-dark');
	const dark = await page.evaluate(() => {
		const card = document
			.querySelector('[data-tactful-host]')
			.shadowRoot.querySelector('[data-tactful="card"]');
		return getComputedStyle(card).backgroundColor;
	});
	check(dark.startsWith('rgb(35, 33, 29'), `card not dark on a dark page: ${dark}`);
	await host(page).getByText('Snooze here for 1 hour').click();
	check(
		(await waitOverlay(page, (x) => x.badges.length === 0 && x.underlines.length === 0)).ok,
		'still decorated',
	);
	const sites = () => sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.sites);
	const stored = await sites();
	check(stored?.['127.0.0.1']?.snoozeUntil > Date.now(), `snooze not stored: ${JSON.stringify(stored)}`);
	// qa28: the badge just went, with nothing saying for how long or how to resume. A note beside the box says it.
	const note = host(page).locator('[data-tactful="applied"]');
	await note.waitFor({ timeout: 5_000 });
	const says = (await note.textContent())?.trim();
	check(says === 'Snoozed here for 1 hour · Resume', `snooze note reads ${JSON.stringify(says)}`);
	await shot(page, 'snoozed-note');
	await note.getByRole('button', { name: 'Resume' }).click();
	check((await waitOverlay(page, (x) => x.badges.length > 0)).ok, 'Resume did not bring the badge back');
	const resumed = await sites();
	check(!(resumed?.['127.0.0.1']?.snoozeUntil > Date.now()), `still snoozed: ${JSON.stringify(resumed)}`);
	check((await note.count()) === 0, 'the snooze note stayed after Resume');
	await setSettings(sw, { sites: {} });
});

test('underlines follow the text when the page scrolls', async (env) => {
	const { page } = env;
	await warnOn(env, 'github-issue.html', '#new_comment_field');
	const field = page.locator('#new_comment_field');
	const before = await wordRect(field, TOXIC_WORD);
	await page.mouse.wheel(0, 120);
	// The wheel scrolls, and the overlay repaints, asynchronously: wait for both rather than a fixed time.
	const after = await waitUnderlined(page, field, TOXIC_WORD, { movedFrom: before });
	check(after.moved, 'the page did not scroll');
	check(after.ok, `underline left behind on scroll: ${JSON.stringify(after)}`);
});

test('every toxic sentence gets its own underline, not only the most toxic one', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.insertText('You are an idiot. The build is red. You are a moron.');
	const s = await waitOverlay(page, (x) => warned(x) && x.underlines.length >= 2, 15_000);
	await shot(page, 'two-toxic-sentences');
	check(s.ok, `expected two underlines: ${JSON.stringify(s.underlines)}`);
	const field = page.locator('#comment');
	check(underlines(s, await wordRect(field, 'idiot')), '"idiot" not underlined');
	check(underlines(s, await wordRect(field, 'moron')), '"moron" not underlined');
	check(!underlines(s, await wordRect(field, 'build')), 'the civil sentence is underlined');
});

test('a calm sentence beside an insult keeps no underline of its own (QA, session 11)', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	// The calm sentence reads 0.34 alone: enough to be explained on its own, not enough to be a reason.
	await page.keyboard.insertText(
		'I understand, I will attach a minimal CSV that reproduces it. But you are an idiot.',
	);
	const s = await waitOverlay(page, (x) => warned(x) && x.underlines.length >= 1, 15_000);
	await shot(page, 'calm-sentence-beside-insult');
	check(s.ok, `expected a warning with an underline: ${JSON.stringify(s.underlines)}`);
	const field = page.locator('#comment');
	check(underlines(s, await wordRect(field, 'idiot')), '"idiot" not underlined');
	check(!underlines(s, await wordRect(field, 'minimal')), '"minimal" in the calm sentence is underlined');
	check(!underlines(s, await wordRect(field, 'CSV')), '"CSV" in the calm sentence is underlined');
});

test('dry sarcasm: the card names sarcasm, not insults, and the underline lands on the jab', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click('#new_comment_field');
	await page.keyboard.insertText("Per the docs, which I'm sure you read, this is deprecated.");
	check((await waitOverlay(page, warned, 15_000)).ok, 'no warning on a dry sarcastic line');
	await host(page).locator('[data-tactful="badge"]').click();
	// Card text and underlines from one read (overlay() is one evaluate).
	const s = await waitOverlay(page, (x) => x.card !== null && x.underlines.length > 0);
	await shot(page, 'card-dry-sarcasm');
	check(s.ok, 'card did not open');
	check(/Sarcasm aimed at someone/.test(s.card), `card does not name sarcasm: ${s.card}`);
	check(!/Insults, threats and slurs/.test(s.card), `card calls sarcasm an insult: ${s.card}`);
	const field = page.locator('#new_comment_field');
	check(underlines(s, await wordRect(field, 'sure')), '"sure" not underlined');
	check(!underlines(s, await wordRect(field, 'deprecated')), 'the civil part is underlined');
	// The offline suggestion drops the aside and keeps the point (it used to say it had no civil wording).
	await host(page).locator('[data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
	await shot(page, 'card-dry-sarcasm-suggestion');
	await host(page).locator('button.tactful-rw-primary').click();
	const applied = await poll(
		() => field.inputValue(),
		(v) => !v.includes("I'm sure"),
		15_000,
	);
	check(applied.value.trim() === 'Per the docs, this is deprecated.', `unexpected rewrite: ${applied.value}`);
});

test('thanks then a timing jab: the card names sarcasm and underlines the jab, not the thanks (session 12)', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click('#new_comment_field');
	// The thanks alone is relief (quiet); it used to make the draft's jab sincere too, so the whole draft passed.
	await page.keyboard.insertText('Thanks for finally fixing this! Only took you three weeks.');
	check((await waitOverlay(page, warned, 15_000)).ok, 'no warning on thanks followed by a timing jab');
	await host(page).locator('[data-tactful="badge"]').click();
	// Card text and underlines from one read (overlay() is one evaluate).
	const s = await waitOverlay(page, (x) => x.card !== null && x.underlines.length > 0);
	await shot(page, 'card-thanks-then-jab');
	check(s.ok, 'card did not open');
	check(/Sarcasm aimed at someone/.test(s.card), `card does not name sarcasm: ${s.card}`);
	const field = page.locator('#new_comment_field');
	check(underlines(s, await wordRect(field, 'took')), '"took" not underlined');
	check(!underlines(s, await wordRect(field, 'Thanks')), 'the thanks is underlined');
	check(!underlines(s, await wordRect(field, 'fixing')), 'the thanks is underlined');
});

test('a blame jab with no insult word: the card names sarcasm and underlines the jab (session 13)', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click('#new_comment_field');
	// The models read it as civil (0.08): every word is ordinary; the jab is "odd how … only … you".
	await page.keyboard.insertText('Odd how the nightly build only goes red on the days you merge.');
	check((await waitOverlay(page, warned, 15_000)).ok, 'no warning on a blame jab');
	await host(page).locator('[data-tactful="badge"]').click();
	// Card text and underlines from one read (overlay() is one evaluate).
	const s = await waitOverlay(page, (x) => x.card !== null && x.underlines.length > 0);
	await shot(page, 'card-blame-jab');
	check(s.ok, 'card did not open');
	check(/Sarcasm aimed at someone/.test(s.card), `card does not name sarcasm: ${s.card}`);
	const field = page.locator('#new_comment_field');
	check(underlines(s, await wordRect(field, 'Odd')), '"Odd" not underlined');
	check(!underlines(s, await wordRect(field, 'nightly')), '"nightly" is underlined');
});

test('sincere praise of the reader stays quiet; praise mocked by a failure warns as sarcasm (session 18)', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click('#new_comment_field');
	// The toxic head read "you are a <adjective> <noun>" as name-calling: 0.67 at 02d71bd, flagged.
	await page.keyboard.insertText("You're a diligent maintainer, thank you.");
	const calm = await waitSettled(page);
	check(calm.ok, `the praise was never scored: ${JSON.stringify(calm.badges)}`);
	await shot(page, 'praise-quiet');
	check(
		!calm.badges.some((b) => b.level === 'warn') && calm.underlines.length === 0,
		`sincere praise warned: ${JSON.stringify(calm.badges)}, ${calm.underlines.length} underlines`,
	);
	await page.fill('#new_comment_field', '');
	await page.click('#new_comment_field');
	// Passed at 02d71bd (0.18): the praise is mocked by the reader's failure in the same draft.
	await page.keyboard.insertText('You are a genius, you broke prod twice.');
	check((await waitOverlay(page, warned, 15_000)).ok, 'no warning on mock praise');
	await host(page).locator('[data-tactful="badge"]').click();
	// Card text and underlines from one read (overlay() is one evaluate).
	const s = await waitOverlay(page, (x) => x.card !== null && x.underlines.length > 0);
	await shot(page, 'card-mock-praise');
	check(s.ok, 'card did not open');
	check(/Sarcasm aimed at someone/.test(s.card), `card does not name sarcasm: ${s.card}`);
	const field = page.locator('#new_comment_field');
	check(underlines(s, await wordRect(field, 'broke')), '"broke" not underlined');
	check(!underlines(s, await wordRect(field, 'prod')), '"prod" is underlined');
});

test('underlines follow the text when the window resizes and the text reflows', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#ce');
	await page.keyboard.type(`We tried every option on the list and still ${TOXIC}`);
	check((await waitOverlay(page, warned)).ok, 'no warning');
	const before = await wordRect(page.locator('#ce'), TOXIC_WORD);
	await page.setViewportSize({ width: 560, height: 800 });
	// Chromium applies the new viewport, and the overlay repaints in the frame after, asynchronously: on a
	// loaded machine both can take longer than a fixed sleep, so wait for what is checked.
	const after = await waitUnderlined(page, page.locator('#ce'), TOXIC_WORD, { movedFrom: before });
	check(after.moved, 'the text did not reflow');
	check(after.ok, `underline left behind after resize: ${JSON.stringify(after)}`);
	await shot(page, 'resize-contenteditable');
	await page.setViewportSize({ width: 1100, height: 800 });
});

test('a field taller than the window keeps its badge on screen while the user works at its top', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.evaluate(() => {
		document.getElementById('comment').style.height = '2000px'; // a long draft in an auto-growing box
	});
	await page.click('#comment', { position: { x: 40, y: 20 } });
	await page.keyboard.type(TOXIC);
	const s = await waitOverlay(page, warned);
	check(s.ok, 'no warning');
	const [badge] = s.badges;
	const height = await page.evaluate(() => document.documentElement.clientHeight);
	check(badge && badge.y >= 0 && badge.y + badge.h <= height, `badge off screen: ${JSON.stringify(badge)}`);
	await host(page).locator('[data-tactful="badge"]').click();
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'the on-screen badge does not open the card');
	await page.keyboard.press('Escape');
});

test('in a small iframe the card opens over the page beside the frame, readable whole; Escape returns to the draft', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/generic-blog.html`);
	const scope = page.frameLocator('iframe[src="iframe-editor.html"]');
	const frame = page.frames().find((f) => f.url().includes('iframe-editor.html'));
	await scope.locator('#framed').click();
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(frame, warned)).ok, 'no warning in the iframe');
	await scope.locator('[data-tactful-host] [data-tactful="badge"]').click();
	const card = page.locator('[data-tactful-frame-card] [data-tactful="card"]');
	await card.waitFor({ timeout: 5000 });
	const at = await page.evaluate(() => {
		const el = document
			.querySelector('[data-tactful-frame-card]')
			.shadowRoot.querySelector('[data-tactful="card"]');
		const r = el.getBoundingClientRect();
		const f = document.querySelector('iframe[src="iframe-editor.html"]').getBoundingClientRect();
		return {
			inside: r.top >= 0 && r.bottom <= document.documentElement.clientHeight && r.left >= 0,
			overFrame: r.left < f.right && r.right > f.left && r.top < f.bottom && r.bottom > f.top,
			// Nothing cut off: the card shows its whole content, or at least 240 px of it.
			readable: el.scrollHeight <= el.clientHeight + 1 || r.height >= 240,
		};
	});
	await shot(page, 'card-in-iframe');
	check(at.inside, `the card leaves the viewport: ${JSON.stringify(at)}`);
	check(!at.overFrame, `the card covers the framed draft: ${JSON.stringify(at)}`);
	check(at.readable, `the card is clipped: ${JSON.stringify(at)}`);
	check((await overlay(frame)).card === null, 'a second card inside the frame');
	await page
		.locator('[data-tactful-frame-card] button:has-text("Snooze here for 1 hour")')
		.click({ trial: true });
	await page.keyboard.press('Escape');
	await card.waitFor({ state: 'detached', timeout: 3000 });
	check(
		(await frame.evaluate(() => document.hasFocus() && document.activeElement?.id)) === 'framed',
		'focus did not return to the framed draft',
	);
	check((await frame.inputValue('#framed')) === TOXIC, 'the draft changed');
});

test('a pasted draft longer than one host call is still checked, and the text is never changed', async (env) => {
	const { page } = env;
	await page.goto(`${env.server.url}/generic-blog.html`);
	const line = 'The cache layer keeps stale entries for too long; shorten the TTL on the hot keys. ';
	// Exactly one host call of calm text, then the insult: the second call holds only the insult (a long calm
	// prefix dilutes any document-level score, which is the model's business, not this test's).
	const draft = `${line.repeat(Math.ceil(100_000 / line.length)).slice(0, 99_999)}\n${TOXIC}`;
	await page.click('#comment');
	await page.keyboard.insertText(draft);
	const s = await waitOverlay(page, warned, 15_000);
	check(s.ok, `no warning on a ${draft.length}-character draft: ${JSON.stringify(s.badges)}`);
	check(underlines(s, await wordRect(page.locator('#comment'), TOXIC_WORD)), 'insult not underlined');
	check((await page.inputValue('#comment')) === draft, 'the draft was changed');
});

test('pre-submit nudge (opt-in): Review keeps the draft, Post anyway posts', async (env) => {
	const { page, sw } = env;
	await setSettings(sw, { preSubmitNudge: true });
	await page.waitForTimeout(200);
	await warnOn(env, 'github-issue.html', '#new_comment_field');
	await page.click('form.js-new-comment-form button[type="submit"]');
	let s = await waitOverlay(page, (x) => x.card !== null && /Post anyway/.test(x.card), 15_000);
	check(s.ok, 'no nudge on submit');
	check((await page.textContent('#posted')) === '', 'posted despite the nudge');
	await shot(page, 'nudge-github');
	await host(page).getByText('Review').click();
	check(
		(await focusIn(page, (w) => w === 'new_comment_field')) === 'new_comment_field',
		'Review did not return to the draft',
	);
	await page.click('form.js-new-comment-form button[type="submit"]');
	s = await waitOverlay(page, (x) => x.card !== null && /Post anyway/.test(x.card), 15_000);
	await host(page).getByText('Post anyway').click();
	check(await posted(page), 'Post anyway did not post');
	// A site whose submit button is not a form button (Reddit's composer).
	await warnOn(env, 'reddit-thread.html', '[data-lexical-editor]');
	await page.click('#reddit-submit');
	check((await waitOverlay(page, (x) => /Post anyway/.test(x.card ?? ''), 15_000)).ok, 'no nudge on Reddit');
	await host(page).getByText('Post anyway').click();
	check(await posted(page), 'Post anyway did not post on Reddit');
	await setSettings(sw, { preSubmitNudge: false });
});

test('IME composition: half-composed text is not scored; the committed text is', async (env) => {
	const { page } = env;
	// The extension page the control score below is sent from, opened now: opening it later took the focus from the
	// page, which ended the composition (committed text is scored, rightly).
	check((await message(env.browser, 'scoreDraft', { text: 'warm up' }))?.ok, 'the checker does not answer');
	await page.bringToFront();
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type('Well ');
	// 'Well ' scored and calm first: the field is watched and the checker answers, so a calm badge later is a verdict.
	const calm = await waitSettled(page);
	check(
		calm.ok && calm.badges.every((b) => b.level === 'ok'),
		`'Well ' not scored calm: ${JSON.stringify(calm)}`,
	);
	// Chromium's IME path: the composition stays open (as while choosing a kanji) well past the typing pause.
	const cdp = await page.context().newCDPSession(page);
	const composing = 'you are a complete idiot';
	await cdp.send('Input.imeSetComposition', {
		text: composing,
		selectionStart: composing.length,
		selectionEnd: composing.length,
	});
	// Not a bare sleep: wait for proof that a score of the half-composed text would be on the badge by now (a product
	// that scored it passed the old 1.2 s sleep: 'idiot' ends mid-word, and a warning a half-typed word brings is held
	// LONG_PAUSE_MS, 1.5 s, after the last keystroke). That pause on the page's own clock, armed after the
	// composition's input, so any timer the content script armed for it fires first (one event loop); then a score
	// of our own through the background, asked after any such request and answered after it; then the repaint.
	await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), LONG_PAUSE_MS);
	const control = await message(env.browser, 'scoreDraft', { text: `Well ${composing}` });
	check(control?.ok, `the background did not score the control: ${JSON.stringify(control)}`);
	await nextFrames(page);
	const during = await overlay(page);
	check(
		during.badges.length > 0 && !during.badges.some((b) => b.level !== 'ok'),
		`scored half-composed text: ${JSON.stringify(during.badges)}`,
	);
	await cdp.send('Input.insertText', { text: composing });
	check((await waitOverlay(page, warned)).ok, 'the committed text was not scored');
	await cdp.detach();
});

await run(() => chromiumEnv());
