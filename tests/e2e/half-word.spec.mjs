// Session 17 (issue 2): a pause inside a half-typed word must not flash a warning. "You are a com" (on the way to
// "You are a competent reviewer") scored 0.65 and warned, and the history counted it. The content script now holds
// a verdict that only the half-typed last word brings until the word ends or the typist pauses LONG_PAUSE_MS
// (1.5 s, entrypoints/content/field-controller.ts); a whole insult with no space after it still warns then.
// Run: npm run build && node tests/e2e/run-all.mjs half-word   (screenshots in artifacts/)
import {
	check,
	chromiumEnv,
	clearField,
	message,
	poll,
	run,
	shot,
	test,
	waitOverlay,
	waitSettled,
} from './harness.mjs';

/** The product's long pause (field-controller.ts LONG_PAUSE_MS). */
const LONG_PAUSE_MS = 1500;
const resetSettings = (sw) => sw.evaluate(() => chrome.storage.local.remove('settings'));
const warned = (s) => s.badges.some((b) => b.level === 'warn' && b.settled);

/**
 * Watches the page from inside: every 10 ms whether any badge shows a warning (so a warning that stood for one frame
 * between two of the test's polls is still seen), and the time of each input event in the field (so the test knows
 * how long the typist really paused: a loaded machine can stretch a pause past the long pause).
 */
const watch = (page) =>
	page.evaluate(() => {
		const w = { sawWarn: false, inputs: [] };
		window.__halfWord = w;
		document.addEventListener('input', () => w.inputs.push(performance.now()), true);
		setInterval(() => {
			const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
			if (root?.querySelector('[data-tactful="badge"][data-level="warn"]')) w.sawWarn = true;
		}, 10);
	});

/** The page-side record and the overlay, read in one evaluate. */
const state = (page) =>
	page.evaluate(() => {
		const w = window.__halfWord;
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const badges = [...(root?.querySelectorAll('[data-tactful="badge"]') ?? [])].map((b) => ({
			level: b.dataset.level,
			settled: b.dataset.settled === 'true',
		}));
		const last = w.inputs.at(-1) ?? 0;
		return { sawWarn: w.sawWarn, sinceInput: performance.now() - last, inputs: [...w.inputs], badges };
	});

const shownCount = async (env) => {
	const reply = await message(env, 'getStats', { days: 7 });
	check(reply?.ok, `getStats failed: ${JSON.stringify(reply)}`);
	return reply.value.actions.shown ?? 0;
};

test('a pause inside a half-typed word ("You are a com") shows no warning, and the finished sentence counts none', async (env) => {
	await resetSettings(env.sw);
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/github-issue.html`);
	const field = page.locator('#new_comment_field');
	await watch(page);
	let conclusive = false;
	for (let attempt = 1; attempt <= 3 && !conclusive; attempt++) {
		await clearField(page, field);
		const before = await shownCount(env);
		await page.evaluate(() => {
			window.__halfWord.sawWarn = false;
			window.__halfWord.inputs = [];
		});
		await page.keyboard.type('You are a ');
		check((await waitSettled(page)).ok, 'the words before the fragment were never scored');
		await page.keyboard.type('com');
		const typed = (await state(page)).inputs.length;
		// The pause: polled (page clock) until 1 s after the last keystroke; no warning may show meanwhile.
		const paused = await poll(
			() => state(page),
			(s) => s.sawWarn || s.sinceInput >= 1000,
			20_000,
			50,
		);
		const held = paused.value;
		// No screenshot here: one takes over a second on a loaded machine, past the long pause.
		// A finish the model is calm on at every word boundary (scripts/check-half-word.ts --show): it warns on "You are
		// a competent reviewer." (0.544) and on "...and I trust your judgement " (a whole-word prefix, not held).
		await page.keyboard.type('petent reviewer and I value your feedback.');
		const done = await waitSettled(page);
		const s = await state(page);
		// How long the typist really paused after "com" (page clock): past the long pause, the held verdict was
		// rightly shown and this attempt proves nothing about the hold. Try again (a loaded machine).
		const gap = (s.inputs[typed] ?? 0) - (s.inputs[typed - 1] ?? 0);
		if (gap >= LONG_PAUSE_MS - 50) {
			console.log(`      attempt ${attempt}: the pause after "com" lasted ${Math.round(gap)} ms; again`);
			continue;
		}
		conclusive = true;
		console.log(
			`      paused ${Math.round(gap)} ms on "com"; badge at the end of the pause: ${JSON.stringify(held.badges)}`,
		);
		check(!held.sawWarn, `a warning showed during the pause on "You are a com": ${JSON.stringify(held)}`);
		check(done.ok && !s.sawWarn, `a warning showed: ${JSON.stringify({ done: done.badges, s })}`);
		check(
			s.badges.every((b) => b.level !== 'warn'),
			`the finished sentence warns: ${JSON.stringify(s.badges)}`,
		);
		check(
			(await field.inputValue()) === 'You are a competent reviewer and I value your feedback.',
			'the draft changed',
		);
		await shot(page, 'half-word-finished');
		// Nothing was shown, so nothing is counted (events arrive a moment after a warning: polled for 1.5 s).
		const counted = await poll(
			() => shownCount(env),
			(n) => n !== before,
			1500,
			250,
		);
		check(!counted.ok, `the history counted ${counted.value - before} warning(s) shown`);
	}
	check(conclusive, 'the machine never let the test pause under the long pause (3 attempts)');
	await page.close();
});

test('"You are an idiot" typed with no space after it, then a pause: it still warns, and is counted once', async (env) => {
	await resetSettings(env.sw);
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/github-issue.html`);
	const field = page.locator('#new_comment_field');
	await field.click();
	const before = await shownCount(env);
	await page.keyboard.type('You are an idiot');
	const got = await waitOverlay(page, warned, 30_000);
	await shot(page, 'half-word-idiot-no-space');
	check(got.ok, `no warning on a finished insult without a trailing space: ${JSON.stringify(got.badges)}`);
	check((await field.inputValue()) === 'You are an idiot', 'the draft changed');
	const counted = await poll(
		() => shownCount(env),
		(n) => n === before + 1,
		10_000,
		200,
	);
	check(counted.ok, `shown counted ${counted.value - before}, wanted 1`);
	await page.close();
});

await run(() => chromiumEnv());
