// Session 27 (camo27): an insult split by an in-word separator ("st-upid") warns like the plain word, the
// underline covers the whole split word (separator included), and the card's rewrite drops it. The scorer joins
// the split word in normalisation (models/text/normalize.ts findSplitWords); before, the draft scored 0.01 in
// this page's context and no card opened. Runs with the offline fixer (the default backend). Session 28: the same
// for a split word that is also stretched ("st-uuupid"), which the split step did not join before.
import {
	check,
	chromiumEnv,
	poll,
	run,
	shot,
	test,
	waitOverlay,
	waitUnderlined,
	wordRect,
} from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn');
const inCard = (page, selector) => page.locator(`[data-tactful-host] ${selector}`);

for (const split of ['st-upid', 'st-uuupid'])
	test(`"you ${split} hack, …" warns, underlines all of "${split}", and the rewrite removes it`, async ({
		page,
		server,
	}) => {
		const sel = 'textarea.js-comment-text-input';
		const draft = `you ${split} hack, stop pushing to main`;
		const tag = split === 'st-upid' ? 'split27' : 'split28';
		await page.goto(`${server.url}/stackexchange-question.html`);
		await page.click(sel);
		await page.keyboard.type(draft);
		check((await waitOverlay(page, warned, 10_000)).ok, 'no warning for the split insult');
		const field = page.locator(sel);
		const u = await waitUnderlined(page, field, split);
		check(u.ok, `no underline under "${split}": ${JSON.stringify(u.state?.underlines)}`);
		// The underline runs from "st" to "upid": its rects together cover the word's width, and none sits under
		// "stop", "pushing" or "main" (the rest of the draft is not the culprit).
		const word = u.rect;
		const under = u.state.underlines.filter((r) => r.x < word.x + word.w - 1 && r.x + r.w > word.x + 1);
		const left = Math.min(...under.map((r) => r.x));
		const right = Math.max(...under.map((r) => r.x + r.w));
		check(
			left <= word.x + 2 && right >= word.x + word.w - 2,
			`underline ${left}-${right} vs word ${word.x}-${word.x + word.w}`,
		);
		for (const other of ['pushing', 'main']) {
			const r = await wordRect(field, other);
			check(
				!u.state.underlines.some(
					(x) => x.x < r.x + r.w - 1 && x.x + x.w > r.x + 1 && Math.abs(x.y - r.y) < r.h * 1.5,
				),
				`"${other}" underlined too`,
			);
		}
		await shot(page, `${tag}-underline`);
		await inCard(page, '[data-tactful="badge"]').first().click();
		await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
		await shot(page, `${tag}-card`);
		await inCard(page, 'button.tactful-rw-primary').click();
		const applied = await poll(
			() => page.inputValue(sel),
			(v) => v.trim() !== '' && v.trim() !== draft,
			10_000,
		);
		await shot(page, `${tag}-applied`);
		const after = applied.value.trim();
		check(applied.ok, `not applied: ${after}`);
		check(!/st\W*(u\W*)+p\W*i\W*d|hack/i.test(after), `kept the insult: ${after}`);
		check(/pushing to main/i.test(after), `lost the point: ${after}`);
	});

await run(() => chromiumEnv({ requireHost: true }));
