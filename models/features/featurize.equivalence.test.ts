/**
 * The optimised featuriser (word hash memo, typed-array counting, batched sentences) against the straightforward
 * one it replaced: the model inputs must not move by a bit, or the shipped models would see other features than
 * they were trained on.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, concatSentences } from '../scoring/model-inputs.ts';
import { sentenceSegments } from '../scoring/sentences.ts';
import { DRAFTS } from './drafts.fixture.ts';
import {
	type FeatureConfig,
	type Features,
	featurize,
	featurizeBatch,
	featurizeTokens,
	fnv1a,
	type Token,
	type Tokenized,
	tokenize,
} from './featurize.ts';

const CONFIGS: FeatureConfig[] = [
	{ buckets: 1 << 17, charMin: 3, charMax: 5 },
	{ buckets: 1 << 15, charMin: 3, charMax: 5 },
	{ buckets: 100_003, charMin: 2, charMax: 6 },
];

/** The featuriser as first written: an object per occurrence, a Map per family, regex layout keys, `%`. */
function reference({ tokens, masked }: Tokenized, cfg: FeatureConfig): Features {
	const layout = ['m:bias', `m:len${Math.min(9, Math.floor(Math.log2(tokens.length + 1)))}`];
	const letters = masked.match(/\p{L}/gu)?.length ?? 0;
	const capitals = masked.match(/\p{Lu}/gu)?.length ?? 0;
	if (letters >= 10) {
		const ratio = capitals / letters;
		layout.push(`m:caps${ratio < 0.05 ? 0 : ratio < 0.2 ? 1 : ratio < 0.5 ? 2 : 3}`);
	}
	layout.push(`m:bang${Math.min(3, Math.ceil(Math.log2((masked.match(/!/g)?.length ?? 0) + 1)))}`);
	layout.push(`m:ask${Math.min(3, Math.ceil(Math.log2((masked.match(/\?/g)?.length ?? 0) + 1)))}`);
	const firstLetter = masked.match(/\p{L}/u)?.[0];
	if (firstLetter && firstLetter === firstLetter.toLowerCase()) layout.push('m:lowerstart');
	if (tokens.length > 0 && !/[.!?)]\s*$/.test(masked)) layout.push('m:noend');
	type Occurrence = { key: string; start: number; end: number };
	const words: Occurrence[] = [];
	const bigrams: Occurrence[] = [];
	const chars: Occurrence[] = [];
	tokens.forEach((tok: Token, t) => {
		words.push({ key: `w:${tok.word}`, start: tok.start, end: tok.end });
		const next = tokens[t + 1];
		if (next) bigrams.push({ key: `b:${tok.word} ${next.word}`, start: tok.start, end: next.end });
		if (tok.word.length > 30) return;
		const padded = `<${tok.word}>`;
		for (let n = cfg.charMin; n <= cfg.charMax; n++)
			for (let i = 0; i + n <= padded.length; i++)
				chars.push({ key: `c:${padded.slice(i, i + n)}`, start: tok.start, end: tok.end });
	});
	const out = {
		ids: [] as number[],
		vals: [] as number[],
		spanStart: [] as number[],
		spanEnd: [] as number[],
	};
	for (const key of layout) {
		out.ids.push(fnv1a(key) % cfg.buckets);
		out.vals.push(1);
		out.spanStart.push(-1);
		out.spanEnd.push(-1);
	}
	for (const family of [words, bigrams, chars]) {
		const counts = new Map<string, number>();
		for (const o of family) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
		let norm = 0;
		for (const c of counts.values()) norm += (1 + Math.log(c)) ** 2;
		norm = Math.sqrt(norm) || 1;
		for (const o of family) {
			const c = counts.get(o.key) ?? 1;
			out.ids.push(fnv1a(o.key) % cfg.buckets);
			out.vals.push((1 + Math.log(c)) / c / norm);
			out.spanStart.push(o.start);
			out.spanEnd.push(o.end);
		}
	}
	return {
		ids: Int32Array.from(out.ids),
		vals: Float32Array.from(out.vals),
		spanStart: Int32Array.from(out.spanStart),
		spanEnd: Int32Array.from(out.spanEnd),
	};
}

const plain = (f: Features) => ({
	ids: [...f.ids],
	vals: [...f.vals],
	spanStart: [...f.spanStart],
	spanEnd: [...f.spanEnd],
});

/** Repeated ids summed the straightforward way (a Map, first-occurrence order, double precision). */
function referenceAggregate(f: Pick<Features, 'ids' | 'vals'>): { ids: number[]; vals: number[] } {
	const sums = new Map<number, number>();
	f.ids.forEach((id, k) => {
		sums.set(id, (sums.get(id) ?? 0) + (f.vals[k] as number));
	});
	return { ids: [...sums.keys()], vals: [...Float32Array.from(sums.values())] };
}

describe('featuriser equivalence', () => {
	it('gives exactly the straightforward features for every draft shape and config', () => {
		for (const cfg of CONFIGS) {
			for (const draft of DRAFTS) {
				const expected = plain(reference(tokenize(draft), cfg));
				// Twice: the second call is served by the word memo and the reused counting table.
				expect(plain(featurize(draft, cfg)), draft.slice(0, 40)).toEqual(expected);
				expect(plain(featurize(draft, cfg))).toEqual(expected);
			}
		}
	});

	it('featurises sentences in one batch exactly as one by one, and both models share one tokenisation', () => {
		let sentences = 0;
		for (const draft of DRAFTS) {
			const tokenized = tokenize(draft);
			const [toxic, appropriateness] = [
				featurizeTokens(tokenized, CONFIGS[0] as FeatureConfig),
				featurizeTokens(tokenized, CONFIGS[1] as FeatureConfig),
			];
			expect(plain(toxic)).toEqual(plain(reference(tokenized, CONFIGS[0] as FeatureConfig)));
			expect(plain(appropriateness)).toEqual(plain(reference(tokenized, CONFIGS[1] as FeatureConfig)));
			const segments = sentenceSegments(tokenized);
			const batch = featurizeBatch(segments, CONFIGS[0] as FeatureConfig);
			segments.forEach((segment, s) => {
				sentences++;
				const one = reference(segment, CONFIGS[0] as FeatureConfig);
				const from = batch.offsets[s] as number;
				const to = batch.offsets[s + 1] as number;
				expect([...batch.ids.subarray(from, to)]).toEqual([...one.ids]);
				expect([...batch.vals.subarray(from, to)]).toEqual([...one.vals]);
			});
			// Model inputs: repeated ids summed as a Map would, per draft and per sentence.
			const inputs = aggregate(toxic);
			expect({ ids: [...inputs.ids], vals: [...inputs.vals] }).toEqual(referenceAggregate(toxic));
			const concatenated = concatSentences(batch);
			segments.forEach((_, s) => {
				const range = [concatenated.starts[s] as number, concatenated.ends[s] as number] as const;
				const own = referenceAggregate({
					ids: batch.ids.subarray(batch.offsets[s], batch.offsets[s + 1]),
					vals: batch.vals.subarray(batch.offsets[s], batch.offsets[s + 1]),
				});
				expect({
					ids: [...concatenated.ids.subarray(...range)],
					vals: [...concatenated.vals.subarray(...range)],
				}).toEqual(own);
			});
		}
		// The fixture has to exercise the sentence rule, including grouped sentences past MAX_SEGMENTS.
		expect(sentences).toBeGreaterThan(60);
	});

	it('tokenises (mask, camouflage repair, offsets) as the code before the speed work did', () => {
		// Per fixture draft: token count and FNV-1a of masked text + tokens, from the normaliser before its
		// fast paths (commit d90c863). A deliberate change to masking or normalisation updates this list.
		const digest = (draft: string) => {
			const { tokens, masked } = tokenize(draft);
			return `${tokens.length}:${fnv1a(masked + JSON.stringify(tokens)).toString(16)}`;
		};
		expect(DRAFTS.map(digest)).toEqual(FROZEN_TOKENS);
	});
});

const FROZEN_TOKENS = [
	'0:741638a5',
	'0:708e2f3b',
	'0:481014f5',
	'1:80c6cddc',
	'6:66b46d33',
	'5:faa6937f',
	'7:78f5a36a',
	'8:69055164',
	'10:7797ea28',
	'5:6616868c',
	'10:2dffdca0',
	'8:547d1286',
	'4:3a17d391',
	'5:1eb63cc9',
	'4:a2e1bc76',
	'4:5da3a474',
	'8:8bb7293c',
	'11:a4c6ee17',
	'6:f6af9bf1',
	'7:d7ce05d4',
	'4:c2ddfb15',
	'6:1262ba99',
	'6:7d2d7db8',
	'53:f0500b3f',
	'125:83b6bdb6',
	'405:498fbc55',
	'710:9a175603',
	'943:c2512a0',
];
