import { describe, expect, it } from 'vitest';
import { featurize, fnv1a, tokenize } from './featurize.ts';

const CFG = { buckets: 1 << 16, charMin: 3, charMax: 5 };

describe('featurize', () => {
	it('is deterministic and stable across calls', () => {
		const a = featurize('You are a f*cking idiot, see `code`.', CFG);
		const b = featurize('You are a f*cking idiot, see `code`.', CFG);
		expect(Array.from(a.ids)).toEqual(Array.from(b.ids));
		expect(Array.from(a.vals)).toEqual(Array.from(b.vals));
	});

	it('pins the hash, so trainer and runtime agree across engines', () => {
		expect(fnv1a('')).toBe(0x811c9dc5);
		expect(fnv1a('w:idiot')).toBe(fnv1a('w:idiot'));
		expect(fnv1a('a')).toBe(0xe40c292c);
	});

	it('keeps ids in range and each family L2-normalised', () => {
		const f = featurize('the build is broken, the build is red', CFG);
		for (const id of f.ids) {
			expect(id).toBeGreaterThanOrEqual(0);
			expect(id).toBeLessThan(CFG.buckets);
		}
		// Layout features carry no span; word, bigram and char families each have unit norm over distinct keys.
		const spanned = Array.from(f.vals).filter((_, i) => (f.spanStart[i] ?? -1) >= 0);
		expect(spanned.length).toBeGreaterThan(0);
	});

	it('gives camouflaged and plain spellings the same word features', () => {
		const plain = featurize('you idiot', CFG);
		const camo = featurize('you 1d10t', CFG);
		expect(Array.from(camo.ids)).toEqual(Array.from(plain.ids));
	});

	it('spans point at the original characters, also after masking and normalising', () => {
		const draft = '> quoted idiot\nyou are a f*cking m0ron';
		const { tokens } = tokenize(draft);
		expect(tokens.map((t) => draft.slice(t.start, t.end))).toEqual(['you', 'are', 'a', 'f*cking', 'm0ron']);
		const f = featurize(draft, CFG);
		for (let i = 0; i < f.ids.length; i++) {
			if ((f.spanStart[i] ?? -1) < 0) continue;
			expect(f.spanStart[i]).toBeGreaterThanOrEqual(draft.indexOf('you'));
		}
	});

	it('handles an empty draft', () => {
		const f = featurize('', CFG);
		expect(f.ids.length).toBeGreaterThan(0);
	});
});
