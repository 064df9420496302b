import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { lookalikeReading, withLookalikesRead } from './lookalike-words.ts';

const words = (t: ReturnType<typeof withLookalikesRead>) => t?.tokens.map((x) => x.word);

describe('withLookalikesRead', () => {
	it('reads ordinary words that embed a swear word plainly, keeping offsets and the rest of the draft', () => {
		const draft = 'Assess the risk, then ship it!';
		const read = withLookalikesRead(tokenize(draft));
		expect(words(read)).toEqual(['review', 'the', 'risk', 'then', 'release', 'it']);
		expect(read?.tokens.map((t) => draft.slice(t.start, t.end))).toEqual([
			'Assess',
			'the',
			'risk',
			'then',
			'ship',
			'it',
		]);
	});

	it('leaves a draft with a rude word as the models read it, and has nothing to read in a draft without one', () => {
		expect(withLookalikesRead(tokenize('Shipped it, you idiot.'))).toBeUndefined();
		expect(withLookalikesRead(tokenize('Nobody with half a brain would ship this.'))).toBeUndefined();
		expect(withLookalikesRead(tokenize('Who the hell lets users ship this?'))).toBeUndefined();
		expect(withLookalikesRead(tokenize('Fixed the flaky test.'))).toBeUndefined();
	});

	it('never excuses a swear word itself or its compounds', () => {
		for (const w of ['ass', 'asshole', 'shit', 'shitty', 'bitch', 'crap', 'dumbass'])
			expect(lookalikeReading(w), w).toBeUndefined();
		expect(lookalikeReading("Hitchhiker's")).toBe('traveller');
	});
});
