/**
 * `npm run eval:rewrite -- --backend <offline|openai|local> [--base-url …] [--model …] [--weight W] [--n N]
 *   [--scorer auto|onnx|lexicon] [--limit N] [--only-inappropriate] [--field NAME] FILE`
 * Rewrites every draft of a JSON Lines file (field `text`, else `toxic`, e.g. ParaDetox pairs) and prints the
 * share judged appropriate by our classifier, the mean similarity to the source and a joint score, beside the
 * numbers of Ziegenbein et al. (2024). Rows are read at run time and never written anywhere.
 * `--split train|dev|valid` keeps only that part of ParaDetox (by sentence, as the lexicon trainer and the
 * scorer split it; valid is what no learned table saw). `--lexicon FILE|none` swaps the offline fixer's learned
 * lexicon (none: the hand-written rules only, the "before").
 * `--similarity-check FILE` instead measures how well chrF++ and token F1 tell a ParaDetox source's human
 * rewrite from another sentence's rewrite (AUC), and their cost: the justification for the similarity choice.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { seededRandom } from '../models/rewrite/bandit.ts';
import { suggestRewrite } from '../models/rewrite/engine.ts';
import { compileForFixer } from '../models/rewrite/fixer-learned.ts';
import type { LearnedLexicon } from '../models/rewrite/learned-lexicon.ts';
import { createNodeBackend, createNodeScorerFor } from '../models/rewrite/node-setup.ts';
import { createOfflineBackend } from '../models/rewrite/offline-fixer.ts';
import { loadParadetoxSplit } from '../models/rewrite/paradetox-split.ts';
import { chrF, tokenF1 } from '../models/rewrite/similarity.ts';
import type { BackendId } from '../models/rewrite/types.ts';

const PAPER = [
	{ system: 'PPO 0.5/0.5 (paper)', appropriate: 0.83, similarity: 0.47 },
	{ system: 'human rewrites (paper)', appropriate: 0.77, similarity: 0.39 },
];

function option(argv: string[], name: string): string | undefined {
	const at = argv.indexOf(name);
	return at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function readRows(file: string): Record<string, unknown>[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A seeded sample of `limit` rows (all when limit is absent), so runs are comparable. */
function sample<T>(rows: T[], limit: number | undefined, seed = 1): T[] {
	if (!limit || limit >= rows.length) return rows;
	const random = seededRandom(seed);
	const copy = [...rows];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy.slice(0, limit);
}

/** Which scorer weights produced the numbers (models change as the scoring engine is retrained). */
function modelFingerprint(): string {
	try {
		const manifest = JSON.parse(
			readFileSync(new URL('../models/manifest.json', import.meta.url), 'utf8'),
		) as {
			models?: { file: string; sha256: string }[];
		};
		return (manifest.models ?? []).map((m) => `${m.file} ${m.sha256.slice(0, 12)}`).join(', ');
	} catch {
		return 'unknown';
	}
}

function auc(pos: number[], neg: number[]): number {
	let wins = 0;
	for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
	return wins / (pos.length * neg.length);
}

function similarityCheck(file: string, limit: number) {
	const rows = sample(
		readRows(file).filter((r) => Array.isArray(r.neutral) && r.neutral.length),
		limit,
	);
	const pairs = rows.map((r, i) => ({
		source: String(r.toxic),
		ref: String((r.neutral as string[])[0]),
		other: String(((rows[(i + 1) % rows.length] as Record<string, unknown>).neutral as string[])[0]),
	}));
	for (const [name, fn] of [
		['chrF++ (used)', chrF],
		['token F1', tokenF1],
	] as const) {
		const t0 = performance.now();
		const pos = pairs.map((p) => fn(p.ref, p.source));
		const neg = pairs.map((p) => fn(p.other, p.source));
		const ms = (performance.now() - t0) / (2 * pairs.length);
		const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
		console.log(
			`${name.padEnd(14)} AUC ${auc(pos, neg).toFixed(3)}  mean(source, human rewrite) ${mean(pos).toFixed(3)}  mean(source, unrelated) ${mean(neg).toFixed(3)}  ${ms.toFixed(3)} ms/pair`,
		);
	}
}

async function main(argv: string[]) {
	const limit = option(argv, '--limit') ? Number(option(argv, '--limit')) : undefined;
	const checkFile = option(argv, '--similarity-check');
	if (checkFile) return similarityCheck(checkFile, limit ?? 1000);
	const file = argv
		.filter(
			(a, i) =>
				!a.startsWith('--') &&
				!argv[i - 1]?.match(/^--(backend|base-url|model|weight|n|scorer|limit|field|split|lexicon)$/),
		)
		.pop();
	if (!file) throw new Error('usage: eval-rewrite [--backend b] [--limit N] [--only-inappropriate] FILE');
	const backendId = (option(argv, '--backend') ?? 'offline') as BackendId;
	const weight = option(argv, '--weight') ? Number(option(argv, '--weight')) : 0.5;
	let rows = readRows(file);
	if (argv.includes('--only-inappropriate'))
		rows = rows.filter((r) => (r.labels as Record<string, number> | undefined)?.Inappropriateness === 1);
	const split = option(argv, '--split') as 'train' | 'dev' | 'valid' | undefined;
	if (split) {
		// The split is by ParaDetox sentence id, read from the data folder holding FILE.
		const ids = new Set(loadParadetoxSplit(resolve(dirname(file), '..'))[split].map((p) => p.id));
		rows = rows.filter((r) => ids.has(`${r.id}`));
	}
	const field = option(argv, '--field') ?? (rows[0] && 'text' in rows[0] ? 'text' : 'toxic');
	rows = sample(rows, limit);
	const lexiconFile = option(argv, '--lexicon');
	const backend =
		backendId === 'offline' && lexiconFile
			? createOfflineBackend({
					lexicon:
						lexiconFile === 'none'
							? null
							: compileForFixer(JSON.parse(readFileSync(lexiconFile, 'utf8')) as LearnedLexicon),
				})
			: createNodeBackend({
					backend: backendId,
					baseUrl: option(argv, '--base-url'),
					model: option(argv, '--model'),
				});
	const { scorer, name: scorerName } = await createNodeScorerFor(
		(option(argv, '--scorer') ?? 'auto') as 'auto',
	);
	if (argv.includes('--references')) {
		// Calibration: how our classifier and similarity judge the dataset's own human rewrites (ParaDetox `neutral`).
		const pairs = rows.filter((r) => Array.isArray(r.neutral) && r.neutral.length);
		const refs = pairs.map((r) => String((r.neutral as string[])[0]));
		const scores = await scorer.score(refs);
		const app = scores.filter((s) => !s.flag).length / refs.length;
		const simRef = pairs.reduce((a, r, i) => a + chrF(refs[i] as string, String(r[field])), 0) / refs.length;
		console.log(
			`human references under our classifier: appropriate ${app.toFixed(3)}, similarity ${simRef.toFixed(3)} (${refs.length})`,
		);
	}
	let bandit: Awaited<ReturnType<typeof suggestRewrite>>['bandit'] | undefined;
	const perDraft: {
		appropriate: boolean;
		pAppropriate: number;
		similarity: number;
		covered: boolean;
		replacement: boolean;
		flaggedBefore: boolean;
	}[] = [];
	const strategies = new Map<string, number>();
	const t0 = performance.now();
	for (const row of rows) {
		const text = String(row[field] ?? '');
		if (!text.trim()) continue;
		const result = await suggestRewrite(
			{ text },
			{
				backend,
				scorer,
				weight,
				n: option(argv, '--n') ? Number(option(argv, '--n')) : undefined,
				bandit,
				random: seededRandom(perDraft.length + 1),
			},
		);
		bandit = result.bandit;
		const best = result.suggestion.candidates[0];
		// Without an accepted candidate the system still "outputs" its first attempt, as a generator would.
		const output = best?.rewrite ?? result.suggestion.rejected[0]?.rewrite ?? text;
		const [score, draftScore] = await scorer.score([output, text]);
		if (best) strategies.set(best.strategy, (strategies.get(best.strategy) ?? 0) + 1);
		perDraft.push({
			appropriate: !score?.flag,
			pAppropriate: 1 - (score?.inappropriate ?? 1),
			similarity: best?.similarity ?? chrF(output, text),
			covered: Boolean(best),
			replacement: Boolean(best?.replacement),
			flaggedBefore: Boolean(draftScore?.flag),
		});
	}
	const n = perDraft.length;
	const mean = (f: (d: (typeof perDraft)[number]) => number) => perDraft.reduce((a, d) => a + f(d), 0) / n;
	const share = mean((d) => (d.appropriate ? 1 : 0));
	const sim = mean((d) => d.similarity);
	console.log(
		`file ${file} (${field}${split ? `, split ${split}` : ''}), ${n} drafts, backend ${backendId}${lexiconFile ? ` (lexicon ${lexiconFile})` : ''}, scorer ${scorerName}, w=${weight}`,
	);
	if (scorerName.startsWith('onnx')) console.log(`scorer models: ${modelFingerprint()}`);
	console.log(
		`drafts flagged before rewriting: ${(mean((d) => (d.flaggedBefore ? 1 : 0)) * 100).toFixed(1)}%`,
	);
	console.log(`coverage (an accepted candidate): ${(mean((d) => (d.covered ? 1 : 0)) * 100).toFixed(1)}%`);
	// An all-attack draft gets an alternative, not a rewrite (GenerateResult.replacement): counted apart.
	console.log(
		`  of which replacements of all-attack drafts: ${perDraft.filter((d) => d.replacement).length} (coverage without them ${(mean((d) => (d.covered && !d.replacement ? 1 : 0)) * 100).toFixed(1)}%)`,
	);
	console.log(`time: ${((performance.now() - t0) / n).toFixed(1)} ms/draft (generation + scoring)`);
	console.log('\nsystem                    appropriate  similarity  app×sim  mean P(app)  per-draft J');
	console.log(
		`${`this (${backendId})`.padEnd(26)}${share.toFixed(3).padStart(11)}${sim.toFixed(3).padStart(12)}${(share * sim).toFixed(3).padStart(9)}${mean(
			(d) => d.pAppropriate,
		)
			.toFixed(3)
			.padStart(13)}${mean((d) => (d.appropriate ? d.similarity : 0))
			.toFixed(3)
			.padStart(13)}`,
	);
	for (const p of PAPER)
		console.log(
			`${p.system.padEnd(26)}${p.appropriate.toFixed(2).padStart(11)}${p.similarity.toFixed(2).padStart(12)}${(p.appropriate * p.similarity).toFixed(3).padStart(9)}`,
		);
	console.log(
		"\nNote: similarity here is chrF++ to the source and appropriateness is our classifier, not the paper's",
	);
	console.log('BERTScore/classifier, so compare the pattern, not the digits.');
	console.log(
		`best strategies: ${[...strategies]
			.sort((a, b) => b[1] - a[1])
			.map(([s, c]) => `${s} ${c}`)
			.join(', ')}`,
	);
	await scorer.dispose?.();
	await backend.dispose?.();
}

main(process.argv.slice(2)).catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
