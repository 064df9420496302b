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

		describe('culprit words (session 14, culprit-words.ts)', () => {
			// A put-down floor's frame (weight 1) and "garbage", which no floor underlined.
			const draft = 'You clearly have no idea, this is garbage code. The idea is fine.';
			const toks = [...draft.matchAll(/\w+/g)].map((m) => ({
				word: m[0].toLowerCase(),
				start: m.index ?? 0,
				end: (m.index ?? 0) + m[0].length,
			}));
			const at = (w: string) => toks.findIndex((t) => t.word === w);
			const under = (spans: { start: number; end: number }[]) =>
				spans.map((s) => draft.slice(s.start, s.end));
			const floor = Float32Array.from(toks, (_t, i) => (i <= at('idea') ? 1 : 0));
			const culprit = { ...base, text: draft, tokens: toks, toxicWords: floor };

			it('underlines a culprit word the contributions left out', () => {
				expect(under(spansFor(culprit, 'toxic'))).toEqual(['clearly', 'idea']);
				const spans = spansFor({ ...culprit, culpritWords: new Set([at('garbage')]) }, 'toxic');
				expect(under(spans)).toEqual(['clearly', 'idea', 'garbage']);
				expect(spans.find((s) => draft.slice(s.start, s.end) === 'garbage')?.weight).toBe(1);
			});

			it("drops the weaker contribution words of a culprit's sentence, not of other sentences", () => {
				// "you are an idiot if you think this passes review": "passes" read 1.06 beside "idiot" 3.28.
				const text2 = 'you are an idiot if you think this passes review. the build is slow.';
				const toks2 = [...text2.matchAll(/\w+/g)].map((m) => ({
					word: m[0],
					start: m.index ?? 0,
					end: (m.index ?? 0) + m[0].length,
				}));
				const w2 = Float32Array.from(toks2, (t) =>
					t.word === 'idiot' ? 3.28 : t.word === 'passes' ? 1.06 : t.word === 'slow' ? 1.2 : 0,
				);
				const toxicRuns = Uint8Array.from(toks2, (t) => (t.start < 50 ? 1 : 2));
				const plain = { ...base, text: text2, tokens: toks2, toxicWords: w2, toxicRuns };
				const words2 = (spans: { start: number; end: number }[]) =>
					spans.map((s) => text2.slice(s.start, s.end));
				expect(words2(spansFor(plain, 'toxic'))).toEqual(['idiot', 'passes', 'slow']);
				const idiot = toks2.findIndex((t) => t.word === 'idiot');
				expect(words2(spansFor({ ...plain, culpritWords: new Set([idiot]) }, 'toxic'))).toEqual([
					'idiot',
					'slow',
				]);
			});

			it('joins adjacent culprit words into one phrase, dropping function words at its edges', () => {
				// Session 27 (misses27): "clearly", "idea", "doing", "Did" on the card; the reader blames the phrase.
				const text3 = 'You clearly have no idea what you are doing. Did you even run it? Get lost, you.';
				const toks3 = [...text3.matchAll(/\w+/g)].map((m) => ({
					word: m[0].toLowerCase(),
					start: m.index ?? 0,
					end: (m.index ?? 0) + m[0].length,
				}));
				const marked = ['you', 'no', 'idea', 'what', 'you', 'are', 'doing', 'even', 'get', 'lost', 'you'];
				const culpritWords = new Set<number>();
				let from = 0;
				for (const w of marked) {
					const k = toks3.findIndex((t, i) => i >= from && t.word === w);
					culpritWords.add(k);
					from = k + 1;
				}
				const phrase = { ...base, text: text3, tokens: toks3, culpritWords };
				expect(spansFor(phrase, 'toxic').map((s) => text3.slice(s.start, s.end))).toEqual([
					'no idea what you are doing',
					'even',
					'Get lost',
				]);
			});

			it('drops the words of a sentence that pulls the head down while another sentence pushes it', () => {
				// Session 28 (spans28): "three" (0.28) was underlined in a calm sentence whose words sum below 0.
				const text4 = 'Why do I even bother explaining this to you? The flag is deprecated in version three.';
				const toks4 = [...text4.matchAll(/\w+/g)].map((m) => ({
					word: m[0].toLowerCase(),
					start: m.index ?? 0,
					end: (m.index ?? 0) + m[0].length,
				}));
				const share: Record<string, number> = { even: 0.42, explaining: 0.37, flag: -0.22, version: -0.31 };
				const w4 = Float32Array.from(toks4, (t) => share[t.word] ?? (t.word === 'three' ? 0.28 : 0));
				const calm = { ...base, text: text4, tokens: toks4, toxicWords: w4 };
				const words4 = (spans: { start: number; end: number }[]) =>
					spans.map((s) => text4.slice(s.start, s.end));
				expect(words4(spansFor(calm, 'toxic'))).toEqual(['even', 'explaining']);
				// A sentence that pushes keeps its words; a draft whose every sentence pulls keeps them all.
				const pushes = Float32Array.from(toks4, (t, i) => (t.word === 'version' ? 0.1 : (w4[i] ?? 0)));
				expect(words4(spansFor({ ...calm, toxicWords: pushes }, 'toxic'))).toEqual([
					'even',
					'explaining',
					'three',
				]);
				const pulls = Float32Array.from(toks4, (t, i) => (t.word === 'why' ? -1 : (w4[i] ?? 0)));
				expect(words4(spansFor({ ...calm, toxicWords: pulls }, 'toxic'))).toEqual([
					'even',
					'explaining',
					'three',
				]);
			});

			it('underlines no neutral adverb of a sentence without a culprit when a culprit elsewhere says why', () => {
				const text5 = 'You are an idiot. It still crashes on start.';
				const toks5 = [...text5.matchAll(/\w+/g)].map((m) => ({
					word: m[0].toLowerCase(),
					start: m.index ?? 0,
					end: (m.index ?? 0) + m[0].length,
				}));
				const share: Record<string, number> = { idiot: 3, still: 1.2, crashes: 1 };
				const w5 = Float32Array.from(toks5, (t) => share[t.word] ?? 0);
				const plain = { ...base, text: text5, tokens: toks5, toxicWords: w5 };
				const words5 = (spans: { start: number; end: number }[]) =>
					spans.map((s) => text5.slice(s.start, s.end));
				expect(words5(spansFor(plain, 'toxic'))).toEqual(['idiot', 'still', 'crashes']);
				const idiot = toks5.findIndex((t) => t.word === 'idiot');
				expect(words5(spansFor({ ...plain, culpritWords: new Set([idiot]) }, 'toxic'))).toEqual([
					'idiot',
					'crashes',
				]);
			});

			it('never underlines an excused word, even as the only positive one', () => {
				const spans = spansFor({ ...culprit, excusedWords: new Set([at('clearly')]) }, 'toxic');
				expect(under(spans)).toEqual(['idea']);
			});

			it('adds no inappropriate-head words beside a toxic culprit', () => {
				const inappropriateWords = Float32Array.from(toks, (t) =>
					t.word === 'code' || t.word === 'fine' ? 1 : 0,
				);
				const both = { ...culprit, inappropriateWords, culpritWords: new Set([at('garbage')]) };
				expect(under(spansFor(both, 'inappropriate'))).toEqual(['code', 'fine']);
				expect(under(spansFor(both, 'inappropriate', true))).toEqual(['fine']);
			});
		});
	});
});
