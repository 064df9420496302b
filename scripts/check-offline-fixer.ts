/**
 * `npx tsx scripts/check-offline-fixer.ts [--scorer onnx|lexicon] [--no-learned] [--tense] [--meaning]`: runs the offline backend through the rewrite
 * engine on the hand-written heated-drafts corpus and prints, per draft, the chosen rewrite (or why none passed),
 * P(appropriate), similarity, and at the end the share of drafts with an accepted rewrite. Read it as a user would.
 * `--no-learned` leaves out the learned lexicon (the hand-written rules only), for a before/after. `--tense` asks as
 * a reply in a tense thread whose people are frustrated (fixer-thread.ts: every candidate de-escalates).
 * `--meaning` runs the meaning corpus (fixtures/meaning-drafts.ts) instead and also counts rewrites that keep the
 * criticism (`keep`), drop the attack (`drop`), and for all-attack drafts give a disagreement or nothing.
 */
import { seededRandom } from '../models/rewrite/bandit.ts';
import { suggestRewrite } from '../models/rewrite/engine.ts';
import { HEATED_DRAFTS } from '../models/rewrite/fixtures/heated-drafts.ts';
import { MEANING_DRAFTS, type MeaningDraft } from '../models/rewrite/fixtures/meaning-drafts.ts';
import { createNodeScorerFor } from '../models/rewrite/node-setup.ts';
import { createOfflineBackend } from '../models/rewrite/offline-fixer.ts';

async function main(argv: string[]) {
	const kind = argv.includes('--scorer') ? (argv[argv.indexOf('--scorer') + 1] as 'onnx') : 'onnx';
	const { scorer, name } = await createNodeScorerFor(kind);
	const backend = createOfflineBackend(argv.includes('--no-learned') ? { lexicon: null } : {});
	const thread = argv.includes('--tense')
		? { tense: true, frustrated: true, secondPerson: true, impatient: false }
		: undefined;
	const meaning = argv.includes('--meaning');
	const drafts: readonly { text: string; keep?: readonly string[] }[] = meaning
		? MEANING_DRAFTS
		: HEATED_DRAFTS;
	let accepted = 0;
	let flagged = 0;
	let meant = 0;
	let wordsKept = 0;
	for (const [i, draft] of drafts.entries()) {
		const { text } = draft;
		const [draftScore] = await scorer.score([text]);
		if (draftScore?.flag) flagged++;
		const { suggestion } = await suggestRewrite(
			{ text, thread },
			{ backend, scorer, random: seededRandom(i + 1) },
		);
		const best = suggestion.candidates[0];
		console.log(`\n[${i + 1}] ${text}  (draft flagged: ${draftScore?.flag ? 'yes' : 'no'})`);
		if (best) {
			accepted++;
			console.log(
				`  → ${best.rewrite}\n    app ${best.appropriate.toFixed(2)} sim ${best.similarity.toFixed(2)} ${best.strategy}`,
			);
		}
		if (meaning) {
			const verdict = keepsMeaning(draft as MeaningDraft, best?.rewrite);
			if (verdict === 'ok') meant++;
			wordsKept += keptShare(text, best?.rewrite ?? '');
			console.log(`    meaning: ${verdict}`);
		}
		if (!best) {
			for (const r of suggestion.rejected)
				console.log(`  ✗ ${r.rewrite || '(empty)'}  [${r.rejected}, app ${r.appropriate.toFixed(2)}]`);
		}
	}
	const n = drafts.length;
	console.log(`\nscorer: ${name}`);
	console.log(`drafts flagged: ${flagged}/${n}`);
	console.log(`accepted rewrite: ${accepted}/${n} (${((100 * accepted) / n).toFixed(1)}%)`);
	if (meaning) {
		console.log(`kept the meaning: ${meant}/${n}`);
		console.log(`source words kept in the best rewrite (none: 0): ${((100 * wordsKept) / n).toFixed(1)}%`);
	}
}

/** The share of the draft's words (lowercased) that the rewrite still holds. */
function keptShare(draft: string, rewrite: string): number {
	const words = (t: string) => t.toLowerCase().match(/[\p{L}\d'’]+/gu) ?? [];
	const have = new Set(words(rewrite));
	const source = words(draft);
	return source.length ? source.filter((w) => have.has(w)).length / source.length : 1;
}

/** 'ok', or what the rewrite (undefined: none accepted) got wrong for a meaning draft. */
function keepsMeaning(draft: MeaningDraft, rewrite: string | undefined): string {
	if (rewrite === undefined) return draft.allAttack ? 'ok' : 'no rewrite';
	if (draft.drop.test(rewrite)) return 'attack kept';
	if (draft.allAttack) return /^I disagree with /.test(rewrite) ? 'ok' : 'not a disagreement';
	const lower = rewrite.toLowerCase();
	const lost = draft.keep.filter((k) => !lower.includes(k.toLowerCase()));
	return lost.length === 0 ? 'ok' : `lost ${lost.join(', ')}`;
}

await main(process.argv.slice(2));
