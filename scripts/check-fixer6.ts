/**
 * `npx tsx scripts/check-fixer6.ts [--half dev|check] [--tense] [--quiet] [FILE]`: session 15's heated developer
 * drafts (tests/corpora/fixer6-heated.txt, written for it: frustrated bug reports, blunt reviews, replies to a
 * maintainer who closed an issue, rhetorical jabs, third-person insult nouns; one draft a line,
 * `draft || keep: a; b || drop: c; d`; dev = odd lines, check = even lines; rules are written from dev only).
 * Runs the rewrite engine (offline backend, real scorer) and prints per draft and summed up:
 * - rewritten: the engine offers a rewrite that differs from the draft;
 * - still flags: the scorer flags the offered rewrite (reward.ts should never offer one);
 * - protected: every protected token of the draft (protected.ts: code, links, @mentions, #refs, versions,
 *   numbers, quotes) is in the rewrite verbatim;
 * - tech: the share of the draft's technical tokens kept verbatim (technical-tokens.ts);
 * - meaning / attack / ask / reads / good: as check-mostly-attack.ts.
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../models/rewrite/bandit.ts';
import { suggestRewrite } from '../models/rewrite/engine.ts';
import { keepsAsk } from '../models/rewrite/fixer-asks.ts';
import { createNodeScorerFor } from '../models/rewrite/node-setup.ts';
import { createOfflineBackend } from '../models/rewrite/offline-fixer.ts';
import { proseProblems } from '../models/rewrite/prose-check.ts';
import { protectedRanges } from '../models/rewrite/protected.ts';
import { technicalShare } from '../models/rewrite/technical-tokens.ts';
import type { ThreadTension } from '../models/rewrite/types.ts';

const args = process.argv.slice(2);
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
const quiet = args.includes('--quiet');
const thread: ThreadTension | undefined = args.includes('--tense')
	? { tense: true, frustrated: true, secondPerson: true, impatient: false }
	: undefined;
const file =
	args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--half').pop() ??
	'tests/corpora/fixer6-heated.txt';

type Draft = { text: string; keep: string[]; drop: string[]; line: number };
const list = (field: string | undefined, name: string) =>
	(field ?? '')
		.replace(new RegExp(`^\\s*${name}:\\s*`), '')
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
const drafts: Draft[] = readFileSync(file, 'utf8')
	.split('\n')
	.filter((l) => l.trim())
	.map((l, i) => {
		const [text = '', keep, drop] = l.split(' || ');
		return {
			text: text.trim().replace(/\\n/g, '\n'),
			keep: list(keep, 'keep'),
			drop: list(drop, 'drop'),
			line: i + 1,
		};
	})
	.filter((d) => !half || (half === 'dev' ? d.line % 2 === 1 : d.line % 2 === 0));

/** The share of the draft's words (lowercased) that the rewrite still holds. */
function wordShare(draft: string, rewrite: string): number {
	const words = (t: string) => t.toLowerCase().match(/[\p{L}\d'’]+/gu) ?? [];
	const have = new Set(words(rewrite));
	const source = words(draft);
	return source.length ? source.filter((w) => have.has(w)).length / source.length : 1;
}
/** A drop item is left when it is there as words (not inside another word: "lazy" is not in "lazily"). */
const holds = (text: string, phrase: string) =>
	new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text);

const { scorer } = await createNodeScorerFor('onnx');
const backend = createOfflineBackend();
type Row = {
	rewritten: boolean;
	protectedKept: boolean;
	flagged: boolean;
	accepted: boolean;
	stillFlagged: boolean;
	app: number;
	meaning: boolean;
	attackGone: boolean;
	tech: number;
	ask: boolean;
	reads: boolean;
	words: number;
};
const rows: Row[] = [];
for (const [i, { text, keep, drop, line }] of drafts.entries()) {
	const [draftScore] = await scorer.score([text]);
	const { suggestion } = await suggestRewrite(
		{ text, thread },
		{ backend, scorer, random: seededRandom(i + 1) },
	);
	const best = suggestion.candidates[0];
	const output = best?.rewrite ?? text;
	const [outScore] = await scorer.score([output]);
	const lower = output.toLowerCase();
	const lost = keep.filter((k) => !lower.includes(k.toLowerCase()));
	const left = drop.filter((d) => holds(output, d));
	const problems = proseProblems(output, text);
	const row: Row = {
		rewritten: Boolean(best) && output.trim() !== text.trim(),
		protectedKept: protectedRanges(text).every((r) => output.includes(r.text)),
		flagged: Boolean(draftScore?.flag),
		accepted: Boolean(best),
		stillFlagged: Boolean(outScore?.flag),
		app: best?.appropriate ?? 0,
		meaning: Boolean(best) && lost.length === 0,
		attackGone: Boolean(best) && left.length === 0,
		tech: technicalShare(text, output),
		ask: keepsAsk(text, output),
		reads: Boolean(best) && problems.length === 0,
		words: wordShare(text, output),
	};
	rows.push(row);
	if (quiet) continue;
	console.log(`\n[${line}] ${text}`);
	console.log(
		`  ${best ? '→' : '✗'} ${best ? output : '(no rewrite offered)'}\n    flagged ${row.flagged ? 'y' : 'n'}→${row.stillFlagged ? 'y' : 'n'} ${best?.strategy ?? '-'} app ${row.app.toFixed(2)} tech ${row.tech.toFixed(2)} words ${row.words.toFixed(2)}${row.protectedKept ? '' : ' PROTECTED LOST'}${row.ask ? '' : ' ASK LOST'}${lost.length ? ` LOST ${lost.join(', ')}` : ''}${best && left.length ? ` KEPT ATTACK ${left.join(', ')}` : ''}${best && problems.length ? ` PROSE ${problems.join('; ')}` : ''}`,
	);
	if (!best)
		for (const r of suggestion.rejected) console.log(`    ✗ ${r.strategy}: ${r.rejected}: ${r.rewrite}`);
}
const n = rows.length;
const acc = rows.filter((r) => r.accepted);
const count = (f: (r: Row) => boolean) => rows.filter(f).length;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
console.log(`\n${file}${half ? ` (${half} half)` : ''}${thread ? ', tense thread' : ''}: ${n} drafts`);
console.log(
	`draft flagged ${count((r) => r.flagged)}/${n}; accepted ${acc.length}/${n}; output still flagged ${count((r) => r.stillFlagged)}/${n}`,
);
console.log(
	`rewritten ${count((r) => r.rewritten)}/${n}; offered rewrite still flags ${count((r) => r.accepted && r.stillFlagged)}/${n}; every protected token kept ${count((r) => r.protectedKept)}/${n} (of offered rewrites ${count((r) => r.accepted && r.protectedKept)}/${acc.length})`,
);
console.log(
	`meaning kept ${count((r) => r.meaning)}/${n}; attack gone ${count((r) => r.attackGone)}/${n}; ask kept ${count((r) => r.ask)}/${n}; reads as prose ${count((r) => r.reads)}/${n}; good (all four, accepted) ${count((r) => r.meaning && r.attackGone && r.ask && r.reads)}/${n}`,
);
console.log(
	`accepted: P(app) ${mean(acc.map((r) => r.app)).toFixed(3)}, technical tokens kept ${mean(acc.map((r) => r.tech)).toFixed(3)} (min ${Math.min(...acc.map((r) => r.tech)).toFixed(2)}), words kept ${mean(acc.map((r) => r.words)).toFixed(3)}`,
);
await scorer.dispose?.();
