import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { convertWinkJson, loadGlove, vectorOf } from './glove.ts';

// A three-word file in winkjs' layout (dim floats, then L2 norm, then word index), written for this test.
const TINY = JSON.stringify({
	precision: 8,
	l2NormIndex: 3,
	wordIndex: 4,
	size: 3,
	dimensions: 3,
	words: ['fix', 'bug', 'broken'],
	vectors: { fix: [1, 0, 0, 1, 0], bug: [0, 0.5, 0, 0.5, 1], broken: [0, 0, -2, 2, 2] },
	unkVector: [0, 0, 0, 0, -1],
});

describe('glove cache', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('converts winkjs JSON to rows of dim floats and reads them back without the norm and index columns', () => {
		dir = mkdtempSync(join(tmpdir(), 'glove-'));
		convertWinkJson(TINY, dir);
		const glove = loadGlove(dir);
		expect(glove.dim).toBe(3);
		expect(glove.words).toEqual(['fix', 'bug', 'broken']);
		expect(Array.from(vectorOf(glove, 'BUG') ?? [])).toEqual([0, 0.5, 0]);
		expect(Array.from(vectorOf(glove, 'broken') ?? [])).toEqual([0, 0, -2]);
		expect(vectorOf(glove, 'idiotic')).toBeUndefined();
	});
});
