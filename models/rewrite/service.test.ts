import { describe, expect, it } from 'vitest';
import type { BanditState } from './bandit.ts';
import { createLexiconScorer } from './lexicon-scorer.ts';
import { createOfflineBackend } from './offline-fixer.ts';
import { banditFromRows, createRewriteService, type OutcomeRow } from './service.ts';

describe('rewrite service', () => {
	it('suggests, persists the bandit, and records outcomes as history rows', async () => {
		let saved: BanditState | undefined;
		const rows: OutcomeRow[] = [];
		const service = createRewriteService({
			getScorer: async () => createLexiconScorer(),
			getSettings: async () => ({ backend: 'offline', weight: 0.5 }),
			getBackend: async () => createOfflineBackend(),
			loadBandit: async () => saved,
			saveBandit: async (state) => {
				saved = state;
			},
			addOutcomeRow: async (row) => {
				rows.push(row);
			},
			now: () => 42,
		});
		const suggestion = await service.rewriteDraft({ text: 'This is STUPID!!' });
		const best = suggestion.candidates[0];
		expect(best?.rewrite).toMatch(/^This is unwise[.!]$/);
		expect(saved?.arms[suggestion.context]).toBeDefined();
		await service.recordRewriteOutcome({
			context: suggestion.context,
			strategy: best?.strategy ?? '',
			outcome: 'accept',
			reward: best?.reward,
		});
		expect(rows).toEqual([
			{
				strategy: `${best?.strategy}@${suggestion.context}`,
				at: 42,
				accepted: true,
				reward: best?.reward,
				site: undefined,
			},
		]);
		const rebuilt = banditFromRows(rows);
		expect(rebuilt.arms[suggestion.context]?.[best?.strategy ?? '']?.[0]).toBeGreaterThan(3);
	});
});
