import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everydayTalk } from './everyday-talk.ts';

/** Lower-case words of a sentence, for a near-copy check. */
const words = (s: string) => new Set(s.toLowerCase().match(/[a-z']+/g) ?? []);

/** Share of words two sentences have in common (Jaccard). */
function overlap(a: string, b: string): number {
	const x = words(a);
	const y = words(b);
	const shared = [...x].filter((w) => y.has(w)).length;
	return shared / Math.max(1, x.size + y.size - shared);
}

describe('everydayTalk', () => {
	const rows = everydayTalk();

	it('is mostly civil, with a few person-directed attacks as contrast, and no duplicates', () => {
		const civil = rows.filter((r) => r.label === 0).length;
		expect(civil).toBeGreaterThan(150);
		expect(rows.length - civil).toBeGreaterThan(10);
		expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
	});

	it('copies nothing from the held-out check corpora in tests/corpora', () => {
		const dir = join(import.meta.dirname, '../../tests/corpora');
		const lines = readdirSync(dir)
			.filter((f) => f.endsWith('.txt'))
			.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
			.filter((l) => l.trim() !== '');
		for (const r of rows) {
			const closest = Math.max(...lines.map((l) => overlap(r.text, l)));
			expect(closest, r.text).toBeLessThan(0.45);
		}
	});
});
