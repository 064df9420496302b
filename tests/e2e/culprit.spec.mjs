// Session 14 (spans2): the underline sits on the word that made the draft rude, in Debian Chromium with the real
// models. "You clearly have no idea what you are doing, this is garbage code." was lifted by the put-down floor,
// whose frame replaced every other underline: "clearly", "idea" and "doing" were marked, "garbage" was not. A
// quoted insult beside an insult at the reader is never underlined.
// Run: npx wxt build && node tests/e2e/culprit.spec.mjs   (screenshots in artifacts/)
import {
	check,
	launch,
	run,
	shot,
	startServer,
	test,
	underlines,
	waitForHost,
	waitOverlay,
	wordRect,
} from './harness.mjs';

const warnedWithMark = (s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0;

/** Types `text` into the blog page's comment box; returns the page, the field and the settled overlay state. */
async function typed(env, text, name) {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	const field = page.locator('#comment');
	await field.click();
	await page.keyboard.insertText(text);
	const s = await waitOverlay(page.mainFrame(), warnedWithMark, 60_000);
	await shot(page, name);
	check(s.ok, `the draft did not warn with an underline: ${JSON.stringify(s.badges)}`);
	return { page, field };
}

test('"garbage" is underlined beside the put-down it follows', async (env) => {
	const { page, field } = await typed(
		env,
		'You clearly have no idea what you are doing, this is garbage code.',
		'culprit-garbage',
	);
	// Underlines and word rects from one overlay read per check (waitOverlay is one evaluate per poll).
	const rect = await wordRect(field, 'garbage');
	const s = await waitOverlay(page.mainFrame(), (x) => underlines(x, rect), 20_000);
	check(s.ok, `"garbage" is not underlined: ${JSON.stringify(s.underlines)}`);
	check(!underlines(s, await wordRect(field, 'code')), '"code" is underlined');
	await page.close();
});

test('a quoted insult is not underlined beside the insult at the reader', async (env) => {
	const { page, field } = await typed(
		env,
		'You wrote "this is idiotic" in the last review, and you are the idiot here.',
		'culprit-quoted',
	);
	const idiot = await wordRect(field, 'idiot here');
	const s = await waitOverlay(page.mainFrame(), (x) => underlines(x, idiot), 20_000);
	check(s.ok, `"idiot" is not underlined: ${JSON.stringify(s.underlines)}`);
	check(!underlines(s, await wordRect(field, 'idiotic')), 'the quoted "idiotic" is underlined');
	await page.close();
});

// Session 15 (misses7): the exclusion of a group warned with only "damn" underlined, and the card said "Insults,
// threats and slurs". The exclusion is the culprit now, and the card says the draft is aimed at a group.
test('the exclusion of a group is underlined, not the "damn it" beside it, and the card names a group', async (env) => {
	const { page, field } = await typed(
		env,
		"Black people don't belong on this team, damn it.",
		'culprit-group',
	);
	const black = await wordRect(field, 'Black');
	const s0 = await waitOverlay(page.mainFrame(), (x) => underlines(x, black), 20_000);
	check(s0.ok, `"Black people don't belong" is not underlined: ${JSON.stringify(s0.underlines)}`);
	check(!underlines(s0, await wordRect(field, 'damn')), '"damn" is underlined beside the exclusion');
	await page.locator('[data-tactful-host]').locator('[data-tactful="badge"]').click();
	// Card text and underlines from one read (waitOverlay is one evaluate per poll).
	const s = await waitOverlay(page.mainFrame(), (x) => x.card !== null && x.underlines.length > 0, 20_000);
	await shot(page, 'culprit-group-card');
	check(s.ok, 'card did not open');
	check(/Aimed at a group of people/.test(s.card), `card does not name a group: ${s.card}`);
	await page.close();
});

// Session 16 (misses8): sarcastic impatience at the reader ("how hard can it be …") passed at 0.02-0.25. It warns
// now, underlined on the jab, not on what the reader was asked to read.
test('"how hard can it be" is underlined as the jab, not the changelog it asks about', async (env) => {
	const { page, field } = await typed(
		env,
		'How hard can it be to read the changelog first?',
		'culprit-how-hard',
	);
	const hard = await wordRect(field, 'hard');
	const s = await waitOverlay(page.mainFrame(), (x) => underlines(x, hard), 20_000);
	check(s.ok, `"hard" is not underlined: ${JSON.stringify(s.underlines)}`);
	check(!underlines(s, await wordRect(field, 'changelog')), '"changelog" is underlined');
	await page.close();
});

// Session 17 (misses9): a contemptuous label for whoever did the work ("Which buffoon decided …") passed at 0.08.
// It warns now, underlined on the label, not on the cache key the draft talks about.
test('"buffoon" is underlined as the label, not the cache key the draft asks about', async (env) => {
	const { page, field } = await typed(
		env,
		'Which buffoon decided the cache key should include the timestamp?',
		'culprit-buffoon',
	);
	const buffoon = await wordRect(field, 'buffoon');
	const s = await waitOverlay(page.mainFrame(), (x) => underlines(x, buffoon), 20_000);
	check(s.ok, `"buffoon" is not underlined: ${JSON.stringify(s.underlines)}`);
	check(!underlines(s, await wordRect(field, 'cache')), '"cache" is underlined');
	await page.close();
});

// Session 18 (threats4): "Close this issue again and I will find you." read 0.31 and passed unwarned. The threat
// warns now, underlined on "find you" (not on the "close this issue" it is conditional on), under "Insults,
// threats and slurs".
test('a conditional threat warns, underlined on "find you", and the card says threats', async (env) => {
	const { page, field } = await typed(env, 'Close this issue again and I will find you.', 'culprit-threat');
	const find = await wordRect(field, 'find');
	const s0 = await waitOverlay(page.mainFrame(), (x) => underlines(x, find), 20_000);
	check(s0.ok, `"find you" is not underlined: ${JSON.stringify(s0.underlines)}`);
	check(!underlines(s0, await wordRect(field, 'issue')), '"issue" is underlined');
	await page.locator('[data-tactful-host]').locator('[data-tactful="badge"]').click();
	// Card text and underlines from one read (waitOverlay is one evaluate per poll).
	const s = await waitOverlay(page.mainFrame(), (x) => x.card !== null && x.underlines.length > 0, 20_000);
	await shot(page, 'culprit-threat-card');
	check(s.ok, 'card did not open');
	check(/Insults, threats and slurs/.test(s.card), `card does not say threats: ${s.card}`);
	await page.close();
});

// QA session 28: the scorer splits a hyphenated word at its hyphen ("dumb", "ass"), so the underline had a gap
// under the hyphen and the card quoted the halves (welcome page: Underlined: “Let the grown”, “ups”). One underline
// now runs under the whole word, and the card's list of underlined passages names it whole.
test('a hyphenated insult is underlined and named whole, hyphen included ("dumb-ass")', async (env) => {
	const { page, field } = await typed(env, 'What a dumb-ass idea, honestly.', 'culprit-hyphenated');
	const whole = await wordRect(field, 'dumb-ass');
	const s = await waitOverlay(
		page.mainFrame(),
		(x) => x.underlines.some((u) => u.x <= whole.x + 1 && u.x + u.w >= whole.x + whole.w - 1),
		20_000,
	);
	check(
		s.ok,
		`no one underline under "dumb-ass" (${JSON.stringify(whole)}): ${JSON.stringify(s.underlines)}`,
	);
	await field.press('Alt+Shift+T');
	const card = await waitOverlay(page.mainFrame(), (x) => /Mostly because of/.test(x.card ?? ''), 20_000);
	await shot(page, 'culprit-hyphenated-card');
	// The card's quote marks are drawn by CSS, so innerText reads "Mostly because of dumb-ass".
	check(
		/Mostly because of dumb-ass\s*$/m.test(card.card ?? ''),
		`the card does not name "dumb-ass" whole: ${card.card}`,
	);
	await page.close();
});

await run(async () => {
	const server = await startServer();
	const env = await launch();
	const host = await waitForHost(env.sw, 60_000);
	if (host !== 'ok') console.log(`    (inference host: ${host})`);
	return {
		...env,
		server,
		teardown: async () => {
			await env.close();
			await server.close();
		},
	};
});
