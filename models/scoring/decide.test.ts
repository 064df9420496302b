import { describe, expect, it } from 'vitest';
import { decide, type RawScore, spansFor, thresholdFor } from './decide.ts';
import { DIMENSIONS, type Dimension, TOXICITY } from './types.ts';

function raw(dimensions: Partial<Record<Dimension, number>>, toxic = 0.1): RawScore {
	const all = Object.fromEntries(DIMENSIONS.map((d) => [d, dimensions[d] ?? 0.1])) as Record<
		Dimension,
		number
	>;
	return {
		text: 'a draft',
		toxic,
		dimensions: all,
		tokens: [],
		toxicWords: new Float32Array(),
		inappropriateWords: new Float32Array(),
	};
}

describe('decide', () => {
	it('flags at the calibrated decision point by default', () => {
		expect(thresholdFor()).toBe(0.5);
		expect(decide(raw({ 'Missing Openness': 0.55 })).flag).toBe(true);
		expect(decide(raw({ 'Missing Openness': 0.45 })).flag).toBe(false);
		expect(decide(raw({}, 0.6)).flag).toBe(true);
	});

	it('never flags on a dimension the user turned off', () => {
		expect(decide(raw({ 'Missing Openness': 0.9 }), { disabledDimensions: ['Missing Openness'] }).flag).toBe(
			false,
		);
	});

	it('never flags on the toxic head once the user turns "Insults, threats and slurs" off', () => {
		const insult = raw({}, 0.97);
		expect(decide(insult).flag).toBe(true);
		expect(decide(insult, { disabledDimensions: [TOXICITY] }).flag).toBe(false);
		expect(decide(insult, { disabledDimensions: ['Toxic Emotions'] }).flag).toBe(true);
	});

	it('with the toxic head off, ignores the dimensions the toxic fold lifted (they only repeat it)', () => {
		const folded = {
			...raw({ Inappropriateness: 0.97, 'Toxic Emotions': 0.97 }, 0.97),
			inappropriateFromToxic: true,
		};
		const off = decide(folded, { disabledDimensions: [TOXICITY] });
		expect(off.flag).toBe(false);
		expect(off.spans).toEqual([]);
		expect(off.toxicFold).toBe(true);
		// The corpus heads' own verdict (no fold) still counts: an argument can show toxic emotions by itself.
		const own = raw({ Inappropriateness: 0.8, 'Toxic Emotions': 0.8 }, 0.97);
		expect(decide(own, { disabledDimensions: [TOXICITY] }).flag).toBe(true);
		expect(decide(own).toxicFold).toBeUndefined();
	});

	it('flags a draft of few words only with a word to point at (short-drafts.ts), but not a thread comment', () => {
		const few = { ...raw({}, 0.6), fewWords: true };
		expect(decide(few).flag).toBe(false);
		expect(decide(few, { wholeDraft: true }).flag).toBe(true);
		const word = { start: 0, end: 4, word: 'shut' };
		const pointed = { ...few, tokens: [word], toxicWords: Float32Array.of(1) };
		expect(decide(pointed).flag).toBe(true);
	});

	it('raises only the dimensions the user called fine (feedback adaptation)', () => {
		const score = raw({ 'Missing Openness': 0.55 });
		expect(decide(score, { dimensionOffsets: { 'Missing Openness': 0.1 } }).flag).toBe(false);
		expect(decide(score, { dimensionOffsets: { 'Toxic Emotions': 0.1 } }).flag).toBe(true);
		// The toxicity head is not a taxonomy dimension: feedback on dimensions leaves it alone.
		expect(decide(raw({}, 0.7), { dimensionOffsets: { 'Toxic Emotions': 0.15 } }).flag).toBe(true);
	});

	it('a flag always carries a span when any word pushes its head up, however little', () => {
		// At a high sensitivity a short draft can flag on words whose share of the logit is under the usual
		// floor; the underline then shows the strongest of them rather than nothing.
		const score: RawScore = {
			...raw({}, 0.3),
			text: 'ok then',
			tokens: [
				{ word: 'ok', start: 0, end: 2 },
				{ word: 'then', start: 3, end: 7 },
			],
			toxicWords: Float32Array.from([0.08, 0.02]),
		};
		expect(decide(score, { sensitivity: 0.9 }).spans).toEqual([
			{ start: 0, end: 2, weight: 1, head: 'toxic' },
		]);
		// No word pushes it up (the flag is the model's prior alone): nothing to underline.
		const prior = { ...score, toxicWords: Float32Array.from([-0.1, -0.2]) };
		expect(decide(prior, { sensitivity: 0.9 }).spans).toEqual([]);
		expect(decide(prior, { sensitivity: 0.9 }).flag).toBe(true);
	});

	it('reports the same probabilities whatever the options', () => {
		const score = raw({ 'Missing Openness': 0.55 }, 0.3);
		const a = decide(score);
		const b = decide(score, { sensitivity: 0.9, dimensionOffsets: { 'Missing Openness': 0.1 } });
		expect(b.dimensions).toEqual(a.dimensions);
		expect(b.toxic).toBe(a.toxic);
	});

	describe('spansFor', () => {
		// "idiot moron fool" twice: run 1 is strong, run 2 is a milder sentence.
		const text = 'idiot moron fool. idiot moron fool.';
		const tokens = [...text.matchAll(/\w+/g)].map((m) => ({
			word: m[0],
			start: m.index ?? 0,
			end: (m.index ?? 0) + m[0].length,
		}));
		const words = new Float32Array([3, 2, 0.2, 0.8, 0.6, 0.1]);
		const base = { ...raw({}, 0.9), text, tokens } as RawScore;

		it('ranks words against the strongest word of the whole draft without runs', () => {
			const spans = spansFor({ ...base, toxicWords: words }, 'toxic');
			expect(spans.map((s) => s.start)).toEqual([0, 6]); // the milder second sentence loses its words
		});

		it('ranks each contribution run on its own, so a milder toxic sentence keeps its underline', () => {
			const toxicRuns = new Uint8Array([1, 1, 1, 2, 2, 2]);
			const spans = spansFor({ ...base, toxicWords: words, toxicRuns }, 'toxic');
			expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['idiot', 'moron', 'idiot', 'moron']);
			expect(spans[2]?.weight).toBe(1);
		});

		it('caps underlines per run, not per draft', () => {
			const many = Array.from({ length: 16 }, (_, i) => `w${i}`).join(' ');
			const manyTokens = [...many.matchAll(/\w+/g)].map((m) => ({
				word: m[0],
				start: m.index ?? 0,
				end: (m.index ?? 0) + m[0].length,
			}));
			const toxicRuns = new Uint8Array(16).map((_, i) => (i < 8 ? 1 : 2));
			const all = { ...base, text: many, tokens: manyTokens, toxicWords: new Float32Array(16).fill(1) };
			expect(spansFor(all, 'toxic')).toHaveLength(6);
			expect(spansFor({ ...all, toxicRuns }, 'toxic')).toHaveLength(12);
		});

		it('underlines every insulting sentence of one whole-draft run, at most MAX_SPANS per sentence', () => {
			const long = Array.from({ length: 10 }, (_, i) => `You idiot, step ${i} broke.`).join(' ');
			const longTokens = [...long.matchAll(/\w+/g)].map((m) => ({
				word: m[0].toLowerCase(),
				start: m.index ?? 0,
				end: (m.index ?? 0) + m[0].length,
			}));
			const longWords = Float32Array.from(longTokens, (t) =>
				t.word === 'idiot' ? 4 : t.word === 'broke' ? 0.2 : 0,
			);
			const spans = spansFor({ ...base, text: long, tokens: longTokens, toxicWords: longWords }, 'toxic');
			expect(spans.map((s) => long.slice(s.start, s.end))).toEqual(Array(10).fill('idiot'));
		});
	});
});
