import { describe, expect, it } from 'vitest';
import { FakeScorer } from '../scoring/fake-scorer.ts';
import { seededRandom } from './bandit.ts';
import { suggestRewrite } from './engine.ts';
import { HEATED_DRAFTS } from './fixtures/heated-drafts.ts';
import { createOfflineBackend, fixOffline } from './offline-fixer.ts';
import { protectedViolation } from './protected.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
/** The e2e draft (tests/e2e/drafts.mjs TOXIC). */
const E2E_DRAFT = 'You are a complete idiot and your code is garbage.';

describe('offline fixer on the heated-drafts corpus', () => {
	it('every template returns readable text that keeps every protected token byte for byte', () => {
		for (const { text, keep = [] } of HEATED_DRAFTS) {
			for (const template of TEMPLATES) {
				const out = fixOffline(text, template, [{ start: 0, end: 1, weight: 1 }]);
				expect(out.trim(), `${template}: ${text}`).not.toBe('');
				expect(out).not.toMatch(/ {2}|\s[,.!?]|^[,.;:]|[,;:]$|\uE000|\uE001/);
				expect(out).toMatch(/^[A-Z@#`"0-9]/);
				expect(protectedViolation(text, out), `${template}: ${text} → ${out}`).toBeUndefined();
				for (const token of keep) expect(out).toContain(token);
			}
		}
	});

	it('never returns an empty string, even when the whole draft is an attack', () => {
		for (const draft of [
			'You idiot!',
			'Are you stupid?',
			'Fuck you.',
			'STFU',
			'moron',
			'You are a moron @kim',
		])
			for (const template of TEMPLATES) expect(fixOffline(draft, template).trim()).not.toBe('');
		expect(fixOffline('Are you stupid?', 'restate')).toBe("I don't follow the reasoning here.");
		expect(fixOffline('You are a moron @kim', 'restate')).toBe('I disagree with you. @kim');
	});

	it('the engine with the FakeScorer finds an accepted rewrite for every draft it flags, without the flagged words', async () => {
		const scorer = new FakeScorer();
		const backend = createOfflineBackend();
		let flagged = 0;
		for (const [i, { text }] of HEATED_DRAFTS.entries()) {
			const [draftScore] = await scorer.score([text]);
			const { suggestion } = await suggestRewrite({ text }, { backend, scorer, random: seededRandom(i + 1) });
			if (!draftScore?.flag) continue;
			flagged++;
			const best = suggestion.candidates[0];
			expect(best, `no accepted rewrite for: ${text}`).toBeDefined();
			expect(best?.rewrite).not.toMatch(/idiot|stupid|moron|garbage|shut up/i);
		}
		expect(flagged).toBeGreaterThanOrEqual(8);
	});

	it('the two reported drafts get a calm suggestion that keeps the point', async () => {
		const scorer = new FakeScorer();
		const { suggestion } = await suggestRewrite(
			{ text: E2E_DRAFT },
			{ backend: createOfflineBackend(), scorer, random: seededRandom(1) },
		);
		expect(suggestion.candidates[0]?.rewrite).toMatch(/your code/i);
		const api = 'This is the worst API design I have seen, did anyone even read the spec?';
		for (const template of ['soften', 'restate', 'neutral'] as const) {
			const out = fixOffline(api, template);
			expect(out).not.toBe(api);
			expect(out).toMatch(/API design/);
			expect(out).toMatch(/spec.*\?$/);
			expect(out).not.toMatch(/worst|even/i);
		}
	});
});
