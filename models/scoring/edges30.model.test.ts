// @vitest-environment node
/**
 * Session 30 (edges30): a short admission to the reader passes; "This PR is garbage." warns on "garbage"; the
 * mocking comparison and an author's put-down carry the underline (admissions.ts, misses8-frames.ts,
 * mock-comparisons.ts).
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const underlined = (text: string, spans: { start: number; end: number }[]) =>
	spans.map((s) => text.slice(s.start, s.end));

describe('edges30', () => {
	it('passes a short admission, and keeps a hostile twin of the same shape', async () => {
		const scorer = await createNodeScorer();
		const [civil, hostile] = await scorer.score([
			'You were right about the retry logic and I was wrong.',
			'You were right, for once. Enjoy it.',
		]);
		expect(civil?.flag).toBe(false);
		expect(hostile?.flag).toBe(true);
	});

	it('warns on the reader’s contribution called garbage, underlined on the verdict, not on "broke"', async () => {
		const scorer = await createNodeScorer();
		const short = 'This PR is garbage.';
		const long = 'This PR is garbage. You obviously never ran `npm test` and broke `parseConfig()` again.';
		const [a, b, own, jargon] = await scorer.score([
			short,
			long,
			'My code is garbage, I will rewrite it tonight.',
			'The garbage collector pauses for 200ms under load.',
		]);
		expect(a?.flag).toBe(true);
		expect(underlined(short, a?.spans ?? [])).toEqual(['garbage']);
		expect(b?.flag).toBe(true);
		expect(underlined(long, b?.spans ?? [])).toContain('garbage');
		expect(underlined(long, b?.spans ?? [])).not.toContain('broke');
		expect(own?.flag).toBe(false);
		expect(jargon?.flag).toBe(false);
	});

	it('underlines the mocking comparison and the author’s put-down', async () => {
		const scorer = await createNodeScorer();
		const toaster = 'Who taught you to program, a toaster?';
		const article =
			'Honestly this is a garbage article written by someone who has clearly never shipped anything in production.';
		const [t, g] = await scorer.score([toaster, article]);
		expect(t?.flag).toBe(true);
		expect(underlined(toaster, t?.spans ?? [])).toContain('toaster');
		expect(g?.flag).toBe(true);
		const words = underlined(article, g?.spans ?? []);
		expect(words).toContain('garbage');
		expect(words).toContain('clearly never shipped anything');
		expect(words).not.toContain('article');
	});
});
