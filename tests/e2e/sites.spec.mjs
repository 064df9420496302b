// On every site snapshot: a toxic draft gets a "warn" badge with an underline under the insult, the page's own
// editor state follows the user's typing untouched; editing it into jargon or a civil draft clears it.
import { CIVIL, FIELDS, JARGON, TOXIC, TOXIC_WORD } from './drafts.mjs';
import {
	check,
	chromiumEnv,
	clearField,
	run,
	shot,
	test,
	underlines,
	waitOverlay,
	waitSettled,
	wordRect,
} from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0;
const calm = (s) => s.underlines.length === 0 && !s.badges.some((b) => b.level !== 'ok');

async function open(env, f) {
	const page = env.page;
	await page.goto(`${env.server.url}/${f.page}`);
	if (f.before) await page.click(f.before);
	const frame = f.frame ? page.frames().find((fr) => fr.url().includes(f.frame)) : page.mainFrame();
	const scope = f.frame ? page.frameLocator(`iframe[src="${f.frame}"]`) : page;
	const field = scope.locator(f.sel).first();
	await field.scrollIntoViewIfNeeded();
	await field.click();
	await page.keyboard.press('Control+End'); // after any text the page put there (e.g. a suggestion block)
	return { page, frame, field };
}

for (const f of FIELDS) {
	test(`${f.name}: toxic draft warns, with the insult underlined`, async (env) => {
		const { page, frame, field } = await open(env, f);
		await page.keyboard.type(TOXIC);
		const state = await waitOverlay(frame, warned);
		check(state.ok, `no warning: ${JSON.stringify(state)}`);
		check(
			underlines(state, await wordRect(field, TOXIC_WORD)),
			`no underline under "${TOXIC_WORD}": ${JSON.stringify(state.underlines)}`,
		);
		if (f.state) {
			const own = await frame.evaluate(f.state);
			check(own === TOXIC, `page state changed: ${JSON.stringify(own)}`);
		}
		await shot(page, `site-${f.name.replace(/\W+/g, '-').toLowerCase()}`);
	});
	test(`${f.name}: editing into jargon clears it; a civil draft gets nothing`, async (env) => {
		const { page, frame, field } = await open(env, f);
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(frame, warned)).ok, 'no warning to clear');
		await clearField(page, field);
		await page.keyboard.type(JARGON);
		// Settled: scored on the jargon itself. A badge alone is not enough: the cleared field's "watching" badge
		// is calm before the jargon was ever scored.
		const jargon = await waitSettled(frame);
		check(jargon.ok, `the jargon was never scored: ${JSON.stringify(jargon.badges)}`);
		check(
			calm(jargon),
			`jargon flagged: ${JSON.stringify(jargon.badges)} ${jargon.underlines.length} underlines`,
		);
		await clearField(page, field);
		await page.keyboard.type(CIVIL);
		const civil = await waitSettled(frame);
		check(civil.ok, `the civil draft was never scored: ${JSON.stringify(civil.badges)}`);
		check(
			calm(civil),
			`civil draft flagged: ${JSON.stringify(civil.badges)} ${civil.underlines.length} underlines`,
		);
		if (f.state) {
			const own = await frame.evaluate(f.state);
			check(own === CIVIL, `page state changed: ${JSON.stringify(own)}`);
		}
	});
}

await run(() => chromiumEnv());
