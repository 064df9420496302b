// @vitest-environment node
/**
 * The shipped scorer with `allowSwearingAtThings` (swearing-at-things.ts): casual swearing about a tool warns
 * by default and not with the option on, swearing at a person warns either way, the cached result of one
 * setting never answers for the other, and thread comments (`wholeDraft`) ignore the option.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const AT_TOOL = 'Damn, this build system is crap.';
const AT_PERSON = 'You are crap.';
const ON = { allowSwearingAtThings: true } as const;

describe('swearing at things in the shipped scorer', () => {
	it('flips on the same text both ways: each setting has its own cache entry', async () => {
		const scorer = await createNodeScorer();
		const [off] = await scorer.score([AT_TOOL]);
		const [on] = await scorer.score([AT_TOOL], ON);
		const [offAgain] = await scorer.score([AT_TOOL]);
		const [onAgain] = await scorer.score([AT_TOOL], { ...ON, sensitivity: 0.5 });
		expect(off?.flag).toBe(true);
		expect(on?.flag).toBe(false);
		expect(on?.spans).toEqual([]);
		expect(offAgain).toEqual(off);
		expect(onAgain).toEqual(on);
		await scorer.dispose();
	});

	it('matches a fresh scorer whichever setting was scored first', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const expected = await fresh.score([AT_TOOL, AT_PERSON]);
		await reused.score([AT_TOOL, AT_PERSON], ON);
		expect(await reused.score([AT_TOOL, AT_PERSON])).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});

	it('reads a generic "you", "Man," and "pain in the ass" as aimed at no one only with the option on', async () => {
		const scorer = await createNodeScorer();
		const casual = [
			"You can't fucking trust the clock on these runners.",
			'Man, this lockfile is a pain in the ass.',
		];
		const atPeople = ["You can't fucking code.", 'Man, you are a pain in the ass.'];
		expect((await scorer.score(casual)).map((r) => r.flag)).toEqual([true, true]);
		expect((await scorer.score(casual, ON)).map((r) => r.flag)).toEqual([false, false]);
		expect((await scorer.score(atPeople, ON)).map((r) => r.flag)).toEqual([true, true]);
		await scorer.dispose();
	});

	it('excuses "God damn" and a tool\'s "piece of shit" only with the option on, never "God damn you"', async () => {
		const scorer = await createNodeScorer();
		const casual = ['God damn, the nightly job died again.', 'The firewall is a piece of shit.'];
		expect((await scorer.score(casual)).map((r) => r.flag)).toEqual([true, true]);
		expect((await scorer.score(casual, ON)).map((r) => r.flag)).toEqual([false, false]);
		const [atReader] = await scorer.score(['God damn you, the nightly job died again.'], ON);
		expect(atReader?.flag).toBe(true);
		await scorer.dispose();
	});

	it('session 12: quiet on tools the models misread and on adjectives before a thing, with the option on', async () => {
		const scorer = await createNodeScorer();
		const casual = [
			'Prettier hates my damn ternaries.',
			'this shitty flaky test again',
			'Goddamn Terraform state lock again.',
		];
		expect((await scorer.score(casual)).map((r) => r.flag)).toEqual([true, true, true]);
		expect((await scorer.score(casual, ON)).map((r) => r.flag)).toEqual([false, false, false]);
		const atPeople = ['you damn idiot', 'your shitty attitude', 'f*** you and your tests'];
		expect((await scorer.score(atPeople, ON)).map((r) => r.flag)).toEqual([true, true, true]);
		expect((await scorer.score(atPeople)).map((r) => r.flag)).toEqual([true, true, true]);
		await scorer.dispose();
	});

	it('session 12: a mixed draft warns on the second sentence only, as sarcasm, with the option on', async () => {
		const scorer = await createNodeScorer();
		const draft = "Damn this flaky CI. Also you clearly didn't test it, genius.";
		const [on] = await scorer.score([draft], ON);
		expect(on?.flag).toBe(true);
		expect(on?.mocking).toBe(true);
		const second = draft.indexOf('Also');
		expect(on?.spans.length).toBeGreaterThan(0);
		for (const s of on?.spans ?? []) expect(s.start).toBeGreaterThanOrEqual(second);
		expect(on?.spans.map((s) => draft.slice(s.start, s.end))).toContain('genius');
		const [off] = await scorer.score([draft]);
		expect(off?.spans.map((s) => draft.slice(s.start, s.end))).toContain('Damn');
		await scorer.dispose();
	});

	it('still flags swearing at a person with the option on', async () => {
		const scorer = await createNodeScorer();
		const results = await scorer.score([AT_PERSON, 'Fuck you.', 'This is shit, like your code.'], ON);
		for (const r of results) expect(r.flag).toBe(true);
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them', async () => {
		const scorer = await createNodeScorer();
		const whole = await scorer.score([AT_TOOL], { wholeDraft: true });
		await scorer.score([AT_TOOL], ON);
		expect(await scorer.score([AT_TOOL], { ...ON, wholeDraft: true })).toEqual(whole);
		await scorer.dispose();
	});
});
