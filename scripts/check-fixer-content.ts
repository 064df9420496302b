/**
 * `npx tsx scripts/check-fixer-content.ts [--half dev|check] [--heated] [--quiet] [FILE]`: does the offline fixer
 * keep what the user meant? Runs the rewrite engine (offline backend, real scorer) on a hand-written corpus of
 * heated drafts with technical content (default tests/corpora/heated-technical.txt, one draft a line, `\n` for a
 * line break; dev = odd lines, check = even lines) and prints, per draft and summed up: whether the draft and the
 * output are flagged, the strategy of the accepted rewrite, the reward's similarity (chrF++), the share of the
 * draft's technical tokens kept (technical-tokens.ts), the share of its words kept, and whether a question or
 * request the draft made is still there. `--heated` runs the 56 heated drafts (fixtures/heated-drafts.ts) instead.
 * Rules are written from the dev half only; the check half is read for the numbers.
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../models/rewrite/bandit.ts';
import { suggestRewrite } from '../models/rewrite/engine.ts';
import { keepsAsk } from '../models/rewrite/fixer-asks.ts';
import { HEATED_DRAFTS } from '../models/rewrite/fixtures/heated-drafts.ts';
import { createNodeScorerFor } from '../models/rewrite/node-setup.ts';
import { createOfflineBackend } from '../models/rewrite/offline-fixer.ts';
import { chrF } from '../models/rewrite/similarity.ts';
import { technicalShare, technicalTokens } from '../models/rewrite/technical-tokens.ts';

const args = process.argv.slice(2);
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
const quiet = args.includes('--quiet');
const file =
	args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--half').pop() ??
	'tests/corpora/heated-technical.txt';
const lines = args.includes('--heated')
	? HEATED_DRAFTS.map((d) => d.text)
	: readFileSync(file, 'utf8')
			.split('\n')
			.filter((l) => l.trim())
			.map((l) => l.replace(/\\n/g, '\n'));
const drafts = lines
	.map((text, i) => ({ text, line: i + 1 }))
	.filter((d) => !half || (half === 'dev' ? d.line % 2 === 1 : d.line % 2 === 0));

/** The share of the draft's words (lowercased) that the rewrite still holds. */
function wordShare(draft: string, rewrite: string): number {
	const words = (t: string) => t.toLowerCase().match(/[\p{L}\d'’]+/gu) ?? [];
	const have = new Set(words(rewrite));
	const source = words(draft);
	return source.length ? source.filter((w) => have.has(w)).length / source.length : 1;
}

const { scorer } = await createNodeScorerFor('onnx');
const backend = createOfflineBackend();
const rows: {
	flagged: boolean;
	accepted: boolean;
	stillFlagged: boolean;
	strategy: string;
	sim: number;
	tech: number;
	words: number;
	askLost: boolean;
	passedOver: boolean;
}[] = [];
for (const [i, { text, line }] of drafts.entries()) {
	const [draftScore] = await scorer.score([text]);
	const { suggestion } = await suggestRewrite({ text }, { backend, scorer, random: seededRandom(i + 1) });
	const best = suggestion.candidates[0];
	const output = best?.rewrite ?? suggestion.rejected[0]?.rewrite ?? text;
	const [outScore] = await scorer.score([output]);
	const row = {
		flagged: Boolean(draftScore?.flag),
		accepted: Boolean(best),
		stillFlagged: Boolean(outScore?.flag),
		strategy: best?.strategy.split('.').slice(0, 2).join('.') ?? '-',
		sim: best?.similarity ?? chrF(output, text),
		tech: technicalShare(text, output),
		words: wordShare(text, output),
		askLost: !keepsAsk(text, output),
		passedOver: false,
	};
	// The reward's pick, against any other accepted candidate that keeps more technical tokens.
	row.passedOver = suggestion.candidates.some((c) => technicalShare(text, c.rewrite) > row.tech);
	rows.push(row);
	if (quiet) continue;
	console.log(`\n[${line}] ${text}`);
	console.log(
		`  ${best ? '→' : '✗'} ${output}\n    flagged ${row.flagged ? 'y' : 'n'}→${row.stillFlagged ? 'y' : 'n'} ${row.strategy} sim ${row.sim.toFixed(2)} tech ${row.tech.toFixed(2)} (${technicalTokens(text).length}) words ${row.words.toFixed(2)}${row.askLost ? ' ASK LOST' : ''}${row.passedOver ? ' PASSED-OVER' : ''}`,
	);
	if (!best) for (const r of suggestion.rejected) console.log(`    ✗ ${r.strategy}: ${r.rejected}`);
}
const n = rows.length;
const acc = rows.filter((r) => r.accepted);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const strategies = new Map<string, number>();
for (const r of acc) strategies.set(r.strategy, (strategies.get(r.strategy) ?? 0) + 1);
console.log(
	`\n${args.includes('--heated') ? 'heated-drafts fixture' : file}${half ? ` (${half} half)` : ''}: ${n} drafts`,
);
console.log(
	`draft flagged ${rows.filter((r) => r.flagged).length}/${n}; accepted rewrite ${acc.length}/${n}; output still flagged ${rows.filter((r) => r.stillFlagged).length}/${n}`,
);
console.log(
	`accepted: similarity ${mean(acc.map((r) => r.sim)).toFixed(3)}, technical tokens kept ${mean(acc.map((r) => r.tech)).toFixed(3)} (min ${Math.min(...acc.map((r) => r.tech)).toFixed(2)}, < 0.5: ${acc.filter((r) => r.tech < 0.5).length}), words kept ${mean(acc.map((r) => r.words)).toFixed(3)} (< 0.5: ${acc.filter((r) => r.words < 0.5).length}), question/request lost ${acc.filter((r) => r.askLost).length}, better-keeping candidate passed over ${acc.filter((r) => r.passedOver).length}`,
);
console.log(
	`strategies: ${[...strategies]
		.sort((a, b) => b[1] - a[1])
		.map(([s, c]) => `${s} ${c}`)
		.join(', ')}`,
);
await scorer.dispose?.();
