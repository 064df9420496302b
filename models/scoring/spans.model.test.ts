// @vitest-environment node
/**
 * Underlines in long drafts with the shipped scorer (QA, session 10): every insulting sentence of a long draft
 * keeps its own underline, not just the strongest six words of the draft, while a long calm technical draft
 * with one insult is underlined in that one place only.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';
import { sentenceRanges } from './sentences.ts';

const SAME_INSULT = [
	'You idiot, the build is red again.',
	'You idiot, you skipped the linter.',
	'You idiot, the migration never ran.',
	'You idiot, the config points at staging.',
	'You idiot, nobody reviewed the patch.',
	'You idiot, the cache key is wrong.',
	'You idiot, the changelog is empty.',
	'You idiot, the release tag is missing.',
	'You idiot, the lockfile drifted.',
	'You idiot, the deploy failed twice.',
].join(' ');
const MIXED_INSULTS = [
	'You idiot, the build is broken again.',
	'You moron, you forgot the migration.',
	'You fool, the tests never ran.',
	'You idiot, the config is wrong.',
	'You clown, nobody reviewed this.',
	'You idiot, the cache is stale.',
	'You moron, the docs are outdated.',
	'You fool, the release tag is missing.',
	'You idiot, the lockfile changed.',
	'You clown, the deploy failed twice.',
].join(' ');
const CALM_WITH_ONE_INSULT = [
	'I looked at the failing pipeline this morning and the problem is in the cache step.',
	'The runner restores an old archive because the key only hashes the lockfile, not the toolchain version.',
	'When the compiler was bumped last week the stale objects were linked into the new binary.',
	'I tried clearing the cache by hand and the build went green again.',
	'Honestly whoever wrote this step is a moron.',
	'We should add the toolchain version to the key and document the manual purge in the runbook.',
	'I can open a pull request for both changes this afternoon if nobody objects.',
].join(' ');

/** The underlined words of each sentence of `text`. */
function underlinedBySentence(text: string, spans: { start: number; end: number }[]): string[][] {
	return sentenceRanges(text).map(([from, to]) =>
		spans.filter((s) => s.start >= from && s.end <= to).map((s) => text.slice(s.start, s.end)),
	);
}

describe('underlines in long drafts', () => {
	it('underlines the insult of every insulting sentence', async () => {
		const scorer = await createNodeScorer();
		for (const text of [SAME_INSULT, MIXED_INSULTS]) {
			const [result] = await scorer.score([text]);
			expect(result?.flag).toBe(true);
			const bySentence = underlinedBySentence(text, result?.spans ?? []);
			expect(bySentence).toHaveLength(10);
			for (const words of bySentence) expect(words.some((w) => /idiot|moron|fool|clown/i.test(w))).toBe(true);
		}
		await scorer.dispose();
	});

	it('underlines only the insult in a long calm technical draft', async () => {
		const scorer = await createNodeScorer();
		const [result] = await scorer.score([CALM_WITH_ONE_INSULT]);
		expect(result?.flag).toBe(true);
		const bySentence = underlinedBySentence(CALM_WITH_ONE_INSULT, result?.spans ?? []);
		expect(bySentence.map((words) => words.length > 0)).toEqual([
			false,
			false,
			false,
			false,
			true,
			false,
			false,
		]);
		expect(bySentence[4]).toContain('moron');
		await scorer.dispose();
	});

	it('leaves a calm sentence beside an insult without underlines (QA, session 11)', async () => {
		// The calm sentence reads 0.34 alone, over the 0.3 at which a sentence is explained on its own, yet its
		// strongest word ("minimal") pushes the logit up by only ~0.4: it is not a reason for the flag.
		const text = 'I understand, I will attach a minimal CSV that reproduces it. But you are an idiot.';
		const scorer = await createNodeScorer();
		const [result] = await scorer.score([text]);
		expect(result?.flag).toBe(true);
		const underlined = (result?.spans ?? []).flatMap((s) => text.slice(s.start, s.end).split(' '));
		expect(underlined).toEqual(['idiot']);
		await scorer.dispose();
	});

	describe('the underline on the culprit (session 14, culprit-words.ts)', () => {
		const underlinedIn = async (text: string) => {
			const scorer = await createNodeScorer();
			const [result] = await scorer.score([text]);
			await scorer.dispose();
			expect(result?.flag).toBe(true);
			return (result?.spans ?? []).flatMap((s) => text.slice(s.start, s.end).split(' '));
		};

		it('underlines "garbage" beside a put-down whose floor lifted the draft', async () => {
			// The put-down floor underlined only its frame: "clearly", "idea", "doing".
			const words = await underlinedIn('You clearly have no idea what you are doing, this is garbage code.');
			expect(words).toContain('garbage');
			expect(words).toContain('idea');
		});

		it('underlines a rule frame instead of weak words where the models score the draft high', async () => {
			// 0.89 from the models; the contributions also underlined "nobody" and "wants".
			expect(await underlinedIn('Get lost, nobody wants your patches here.')).toEqual([
				'Get',
				'lost',
				'patches',
			]);
		});

		it("never underlines a quoted insult or the writer's own slip beside an insult at the reader", async () => {
			expect(
				await underlinedIn('You wrote "this is idiotic" in the last review, and you are the idiot here.'),
			).toEqual(['idiot']);
			expect(
				await underlinedIn(
					'I made a stupid mistake in the config, but you are a jerk for gloating about it.',
				),
			).toEqual(['jerk']);
		});
	});
});
