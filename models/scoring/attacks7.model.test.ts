// @vitest-environment node
/**
 * Session 19's QA drafts in the shipped scorer (session 20, attacks7): which words are underlined. A sneering
 * question followed by its verdict is underlined on the verdict (question-verdict.ts), a bare verdict on the
 * reader's idea flags on its adjective (reply-verdicts.ts), and a threat with a friendly sign-off still flags
 * (threats5-frames.ts `friendlyAfter`), and a veiled threat by contrast flags (staying-contrast.ts).
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const underlined = (text: string, spans: { start: number; end: number }[]) =>
	spans.flatMap((s) => text.slice(s.start, s.end).split(' '));

describe('session 20 QA drafts in the shipped scorer', () => {
	it('underlines the verdict after a sneering question, not the question words', async () => {
		const scorer = await createNodeScorer();
		const text = 'Did you even read the post? What a waste of time';
		const [r] = await scorer.score([text]);
		expect(r?.flag).toBe(true);
		const words = underlined(text, r?.spans ?? []);
		expect(words).toContain('waste');
		for (const w of ['Did', 'even', 'read']) expect(words).not.toContain(w);
		// The question alone keeps the frame's underline: it is all there is to point at.
		const alone = 'Did you even read the post?';
		const [q] = await scorer.score([alone]);
		expect(q?.flag).toBe(true);
		// Session 30 (civil30b): on the whole sneer "Did you even read" (session 27 had "even" alone, which did not
		// say what was sneered at).
		expect(underlined(alone, q?.spans ?? [])).toEqual(['Did', 'you', 'even', 'read']);
	});

	it('warns on a bare verdict on the idea, underlined on the adjective; the same words at a slip stay calm', async () => {
		const scorer = await createNodeScorer();
		const [verdict, own, question] = await scorer.score([
			'stupid idea honestly',
			'my stupid idea, ignore it',
			'Dumb question: why does the cache miss on Windows?',
		]);
		expect(verdict?.flag).toBe(true);
		expect(underlined('stupid idea honestly', verdict?.spans ?? [])).toEqual(['stupid']);
		expect(own?.flag).toBe(false);
		expect(question?.flag).toBe(false);
	});

	it('keeps a threat that stands before a friendly sign-off', async () => {
		const scorer = await createNodeScorer();
		const text =
			'If you merge that again, your maintainer rights will disappear overnight, see you at the meetup.';
		const [r] = await scorer.score([text]);
		expect(r?.flag).toBe(true);
		expect(underlined(text, r?.spans ?? [])).toContain('disappear');
		const [met] = await scorer.score(['I know where you work, we met at the conference!']);
		expect(met?.flag).toBe(false);
	});

	it('flags a veiled threat by contrast, underlined on both clauses; the same words as advice stay calm', async () => {
		const scorer = await createNodeScorer();
		const text = "I'm not going anywhere, but you might have to.";
		const [r, advice] = await scorer.score([
			text,
			"I'm not going anywhere, but you might have to reboot first.",
		]);
		expect(r?.flag).toBe(true);
		expect(underlined(text, r?.spans ?? [])).toEqual(expect.arrayContaining(['anywhere', 'might']));
		expect(advice?.flag).toBe(false);
	});
});
