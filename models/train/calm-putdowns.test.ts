import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmPutdowns } from './calm-putdowns.ts';
import { readCorpus } from './evaluate.ts';

/** Words the put-downs must do without: the model has plenty of insult-word attacks already. */
const INSULT_OR_SWEAR =
	/\b(idiot\w*|stupid\w*|moron\w*|dumb\w*|incompetent|useless|lazy|garbage|trash|crap\w*|damn\w*|hell|shit\w*|fuck\w*|clown\w*|pathetic|loser\w*|clueless|imbecile\w*)\b/i;

describe('calm put-downs (contempt training rows, session 28 contempt28b)', () => {
	const rows = calmPutdowns();

	it('has many shapes, each with put-downs and civil twins', () => {
		const shapes = new Set(rows.map((r) => r.shape));
		expect(shapes.size).toBeGreaterThanOrEqual(12);
		for (const shape of shapes) {
			expect(rows.filter((r) => r.shape === shape && r.label === 1).length).toBeGreaterThanOrEqual(16);
			expect(rows.filter((r) => r.shape === shape && r.label === 0).length).toBeGreaterThanOrEqual(16);
		}
	});

	it('carries no insult or swear word and no duplicate line', () => {
		expect(rows.filter((r) => INSULT_OR_SWEAR.test(r.text)).map((r) => r.text)).toEqual([]);
		expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
	});

	it('shares no line with the eval corpora (they stay held out)', () => {
		const dir = join(import.meta.dirname, '../../tests/corpora');
		const lines = new Set(
			readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && !f.startsWith('fresh-'))
				.flatMap((f) => readCorpus(join(dir, f)).map((l) => l.toLowerCase())),
		);
		expect(rows.filter((r) => lines.has(r.text.toLowerCase())).map((r) => r.text)).toEqual([]);
	});
});
