// @vitest-environment node
/**
 * The shipped scorer with the floor for sarcasm aimed at someone (sarcasm-at-others.ts): mock address and
 * scare-quoted praise flag with the mocking words underlined, the same words used sincerely stay civil, and
 * thread comments (`wholeDraft`, pooled by the derailment model) keep the models' own scores.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const ADDRESS = 'Lovely work, Einstein, the cache is empty again.';
const QUOTED = 'So your "optimisation" doubled the bundle size.';
const SINCERE = 'Genius trick with the buddy allocator, thanks for the help!';

describe('sarcasm aimed at someone in the shipped scorer', () => {
	it('flags mocking drafts and underlines the mocking words', async () => {
		const scorer = await createNodeScorer();
		const whole = await scorer.score([ADDRESS, QUOTED], { wholeDraft: true });
		const drafts = await scorer.score([ADDRESS, QUOTED]);
		for (const [i, text] of [ADDRESS, QUOTED].entries()) {
			expect(whole[i]?.toxic).toBeLessThan(0.5);
			expect(drafts[i]?.flag).toBe(true);
			const underlined = (drafts[i]?.spans ?? []).flatMap((s) => text.slice(s.start, s.end).split(' '));
			expect(underlined).toEqual([i === 0 ? 'Einstein' : 'optimisation']);
		}
		await scorer.dispose();
	});

	it('leaves sincere praise unflagged and thread comments as the models score them', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const texts = [ADDRESS, QUOTED, SINCERE];
		const expected = await fresh.score(texts, { wholeDraft: true });
		const [, , sincere] = await reused.score(texts);
		expect(sincere?.flag).toBe(false);
		expect(await reused.score(texts, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});

	it('flags the session-9 frames (sarcasm-frames.ts) and keeps thread comments as they were', async () => {
		const mock = ['Superb work. The nightly job is failing again.', "So you're a compiler expert now?"];
		const sincere = [
			'Superb work. The nightly job is passing again.',
			"So you're the compiler expert now, congrats!",
		];
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const expected = await fresh.score([...mock, ...sincere], { wholeDraft: true });
		const drafts = await reused.score([...mock, ...sincere]);
		expect(drafts.map((r) => r.flag)).toEqual([true, true, false, false]);
		const underlined = (drafts[0]?.spans ?? []).map((s) => mock[0]?.slice(s.start, s.end));
		expect(underlined).toEqual(['Superb', 'failing']);
		expect(await reused.score([...mock, ...sincere], { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});

	it('flags passive-aggressive jabs (passive-aggressive.ts) and keeps thread comments as they were', async () => {
		const jabs = ["I'm sure you checked the logs. The alerts say otherwise.", 'Only took you two sprints.'];
		const sincere = ["I'm sure you'll like the new flag.", 'Only took two sprints, great teamwork.'];
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const expected = await fresh.score([...jabs, ...sincere], { wholeDraft: true });
		const drafts = await reused.score([...jabs, ...sincere]);
		expect(drafts.map((r) => r.flag)).toEqual([true, true, false, false]);
		const underlined = (drafts[1]?.spans ?? []).map((s) => jabs[1]?.slice(s.start, s.end));
		expect(underlined).toEqual(['took']);
		expect(await reused.score([...jabs, ...sincere], { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});
});

describe('dry sarcasm and relief in the shipped scorer (session 11)', () => {
	it('flags the dry one-liners, underlines the words that carry the jab, and marks them as mocking', async () => {
		const scorer = await createNodeScorer();
		const texts = [
			'Interesting choice.',
			"Per the docs, which I'm sure you read, this is deprecated.",
			'As anyone who read the README knows, this flag is gone.',
			"Well, that's one way to do it.",
		];
		const drafts = await scorer.score(texts);
		// Adjacent words are one underline (decide.ts, session 27); the words it covers, one by one.
		const underlined = drafts.map((r) => r.spans.flatMap((s) => r.text.slice(s.start, s.end).split(' ')));
		expect(drafts.map((r) => [r.flag, r.mocking])).toEqual(texts.map(() => [true, true]));
		expect(underlined).toEqual([
			['Interesting', 'choice'],
			// One phrase since session 27: the function word between the jab's words is under it too.
			["I'm", 'sure', 'you', 'read'],
			// Session 30 (talks-down.ts, putdown30): "anyone who read X knows" is the people-who-know frame, and its
			// whole phrase is the underline, not the two words the sarcasm pass named.
			['anyone', 'who', 'read', 'the', 'README', 'knows'],
			// "do" is a function word (decide.ts): never underlined on its own.
			['one', 'way'],
		]);
		// Thread comments keep the models' own scores (the derailment model pools them).
		for (const r of await scorer.score(texts, { wholeDraft: true })) expect(r.mocking).toBeUndefined();
		await scorer.dispose();
	});

	it('reads thanks for work that finally landed as relief, and a timing jab as one', async () => {
		const scorer = await createNodeScorer();
		const [relief, jab, late] = await scorer.score([
			'Thanks for finally fixing this!',
			'Only took you three weeks.',
			'Thanks for finally reading the docs.',
		]);
		expect([relief?.flag, jab?.flag, late?.flag]).toEqual([false, true, true]);
		await scorer.dispose();
	});
});
