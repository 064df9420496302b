// Drafts that are not plain English, on the forum snapshots (Chromium):
//  - a calm reply in another language gets no warning and no underline (the models read English only and guessed:
//    "nicht", "im", "bitte" were underlined at 0.84); the badge and the card say Tactful reads English only;
//  - English with emoji, right-to-left text or a very long single word still warns, with the underline under the
//    insult itself (no offsets shifted by surrogate pairs, bidi runs or a wrapped long word), and nothing crashes.
// Run: npm run build && node tests/e2e/languages.spec.mjs   (screenshots in artifacts/lang-*.png)
import { FIELDS, TOXIC, TOXIC_WORD } from './drafts.mjs';
import { check, chromiumEnv, run, shot, test, underlines, waitOverlay, wordRect } from './harness.mjs';

const GERMAN =
	'Nein, das stimmt so nicht. Der Fehler liegt im Parser, nicht im Lexer, bitte noch einmal prüfen.';
const FRENCH = 'Merci pour le correctif, je vais le tester ce soir et je vous dirai si ça marche.';
const ARABIC = 'شكرا على الإصلاح، سأجربه الليلة وأخبرك إذا نجح.';
const field = (name) => FIELDS.find((f) => f.name === name);

async function open(env, f) {
	const { page } = env;
	await page.goto(`${env.server.url}/${f.page}`);
	if (f.before) await page.click(f.before);
	const input = page.locator(f.sel).first();
	await input.scrollIntoViewIfNeeded();
	await input.click();
	return { page, input };
}

const notChecked = (s) =>
	s.underlines.length === 0 &&
	s.badges.length > 0 &&
	s.badges.every((b) => b.level === 'ok' && /reads English only/.test(b.label ?? ''));

for (const [name, text] of [
	['Discourse composer (markdown)', GERMAN],
	['Reddit composer (Lexical)', FRENCH],
	['Hacker News', ARABIC],
]) {
	test(`${name}: a calm reply in another language is not warned about; the card says Tactful reads English`, async (env) => {
		const { page } = await open(env, field(name));
		await page.keyboard.type(text);
		const state = await waitOverlay(page, notChecked, 10_000);
		check(state.ok, `badges ${JSON.stringify(state.badges)}, ${state.underlines.length} underlines`);
		// The thread assessment lands a typing pause later: it must not blame the reply it could not read either
		// (the calm German reply was "making this thread more likely to derail").
		const blamed = await waitOverlay(
			page,
			(s) => s.badges.some((b) => /Your reply/.test(b.label ?? '')),
			4000,
		);
		check(
			!blamed.ok,
			`the thread warning blames the reply: ${JSON.stringify(blamed.badges.map((b) => b.label))}`,
		);
		const badge = page.locator('[data-tactful-host] [data-tactful="badge"]').first();
		await badge.click();
		const card = await waitOverlay(page, (s) => /Tactful reads English/.test(s.card ?? ''), 5000);
		check(card.ok, `card: ${card.card}`);
		check(/read English only, so it was not checked/.test(card.card), `card: ${card.card}`);
		check(
			!/Mostly because of/.test(card.card),
			`the card quotes words the page never underlined: ${card.card}`,
		);
		await shot(page, `lang-${name.replace(/\W+/g, '-').toLowerCase()}`);
	});
}

for (const [label, draft] of [
	['emoji', `🤬🤬🤬 ${TOXIC} 💩👍🏽`],
	['right-to-left text before it', `${ARABIC} ${TOXIC}`],
	['a very long single word before it', `${'Reallylongidentifier'.repeat(12)} ${TOXIC}`],
]) {
	for (const name of ['generic textarea', 'generic contenteditable']) {
		test(`${name}: English with ${label} warns, underlined under "${TOXIC_WORD}"`, async (env) => {
			const errors = [];
			const onError = (e) => errors.push(String(e));
			env.page.on('pageerror', onError);
			const { page, input } = await open(env, field(name));
			await page.keyboard.type(draft);
			const state = await waitOverlay(
				page,
				(s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0,
				10_000,
			);
			check(state.ok, `no warning: ${JSON.stringify(state.badges)}`);
			const rect = await wordRect(input, TOXIC_WORD);
			check(
				underlines(state, rect),
				`no underline under "${TOXIC_WORD}" ${JSON.stringify(rect)}: ${JSON.stringify(state.underlines)}`,
			);
			env.page.off('pageerror', onError);
			check(errors.length === 0, `page errors: ${errors.join('; ')}`);
			await shot(page, `lang-${label.replace(/\W+/g, '-')}-${name.replace(/\W+/g, '-')}`);
		});
	}
}

// qa31: on a right-to-left page (<html dir="rtl">: a Hebrew or Arabic forum) the card inherited the page's
// direction: ".readers take personally", "Mostly because of" with its quotes mirrored, "%Civility 97". The overlay
// is English, left to right, whatever the page; the draft's underlines still sit under the insult.
test('a right-to-left page: the card reads left to right in English; the underline sits under the insult', async (env) => {
	const { page, input } = await open(env, field('generic textarea'));
	await page.evaluate(() => {
		document.documentElement.dir = 'rtl';
		document.documentElement.lang = 'he';
	});
	await input.click();
	await page.keyboard.type(`שלום, ${TOXIC} תודה`);
	const state = await waitOverlay(
		page,
		(s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0,
		10_000,
	);
	check(state.ok, `no warning: ${JSON.stringify(state.badges)}`);
	const rect = await wordRect(input, TOXIC_WORD);
	check(underlines(state, rect), `no underline under "${TOXIC_WORD}": ${JSON.stringify(state.underlines)}`);
	await page.keyboard.press('Alt+Shift+T');
	const card = await waitOverlay(page, (s) => /Mostly because of/.test(s.card ?? ''), 10_000);
	check(card.ok, `no card: ${card.card}`);
	const laid = await page.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const el = root?.querySelector('[data-tactful="card"]');
		return (
			el && { direction: getComputedStyle(el).direction, lang: el.closest('[lang]')?.lang ?? root.host.lang }
		);
	});
	check(laid?.direction === 'ltr' && laid.lang === 'en', `card laid out ${JSON.stringify(laid)}`);
	await shot(page, 'lang-rtl-page-card');
});

await run(() => chromiumEnv({ requireHost: true }));
