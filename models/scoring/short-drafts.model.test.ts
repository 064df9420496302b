// @vitest-environment node
/**
 * The shipped scorer with the short-draft rule (short-drafts.ts), as the CLI and the page both see it: a greeting
 * scores like an empty draft, a draft of one or two words flags only with a word to point at, and thread
 * comments (`wholeDraft`, pooled by the derailment model) keep the models' own scores.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';
import { TOXICITY } from './types.ts';

const GREETINGS = [
	'Hi everyone',
	'Hi everyone,',
	'Dear all',
	'Hi all',
	'Good morning team',
	'Thanks everyone!',
];

describe('short drafts in the shipped scorer', () => {
	it('never flags a greeting, and scores it 0 like a draft with nothing written', async () => {
		const scorer = await createNodeScorer();
		for (const r of await scorer.score(GREETINGS)) {
			expect(r.flag, r.text).toBe(false);
			expect(r.spans, r.text).toEqual([]);
			expect(Math.max(r.toxic, r.inappropriate), r.text).toBe(0);
		}
		await scorer.dispose();
	});

	it('still flags a short insult, and a greeting with an insult in it, on the insult', async () => {
		const scorer = await createNodeScorer();
		const texts = ['You idiot', 'Hi everyone, you idiots'];
		for (const r of await scorer.score(texts)) {
			expect(r.flag, r.text).toBe(true);
			expect(r.spans.map((s) => r.text.slice(s.start, s.end)).join(' '), r.text).toMatch(/idiot/);
		}
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them, before or after a draft call', async () => {
		const fresh = await createNodeScorer();
		const reused = await createNodeScorer();
		const expected = await fresh.score(GREETINGS, { wholeDraft: true });
		expect(expected.some((r) => r.toxic > 0)).toBe(true);
		await reused.score(GREETINGS);
		expect(await reused.score(GREETINGS, { wholeDraft: true })).toEqual(expected);
		await fresh.dispose();
		await reused.dispose();
	});
});

describe('"Insults, threats and slurs" as a signal of its own in the shipped scorer', () => {
	it('stops warning on an insult once switched off, and keeps warning with only "Toxic emotions" off', async () => {
		const scorer = await createNodeScorer();
		const insult = 'you are an idiot';
		const [on] = await scorer.score([insult]);
		const [noToxicEmotions] = await scorer.score([insult], { disabledDimensions: ['Toxic Emotions'] });
		const [off] = await scorer.score([insult], { disabledDimensions: [TOXICITY] });
		expect(on?.flag).toBe(true);
		expect(noToxicEmotions?.flag).toBe(true);
		expect(noToxicEmotions?.spans.map((s) => insult.slice(s.start, s.end))).toContain('idiot');
		expect(off?.flag).toBe(false);
		expect(off?.spans).toEqual([]);
		// The probabilities are the models' whatever the options.
		expect(off?.toxic).toBe(on?.toxic);
		await scorer.dispose();
	});
});
