/**
 * `npx tsx scripts/toxic-errors.ts [--data DIR] [--dump FILE]`: error analysis of the toxic head on the ToxiCR and
 * GitHub incivility validation splits, through the CLI's scorer at default settings. Each validation split is cut
 * in two halves by a hash of its group (ToxiCR row id, GitHub incivility issue id): half A is for reading misses
 * and tuning, half B is left untouched as a check. Prints F1 / AUC on A, B and the whole split (the CLI's toxic,
 * and the whole-draft toxic before any runtime rule); `--dump FILE` writes half A's misses as JSON Lines (label,
 * scores, the expert probabilities and gate weights of the toxic graph, the underlined words, the text) for
 * reading. Dumps hold dataset rows: write them outside the repository and never commit them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fnv1a, tokenize } from '../models/features/featurize.ts';
import type { ModelManifest } from '../models/scoring/manifest.ts';
import { createNodeScorer, MODELS_DIR } from '../models/scoring/node-scorer.ts';
import { OrtModels } from '../models/scoring/ort-models.ts';
import { loadToxicSet, type Row, type ToxicSetName } from '../models/train/datasets.ts';
import { scoreAll } from '../models/train/evaluate.ts';
import { auc, f1 } from '../models/train/metrics.ts';

/** The analysis half of a validation row: A (read and tuned on) or B (untouched check). */
export function halfOf(set: string, row: Row): 'A' | 'B' {
	return fnv1a(`half:${set}:${row.group}`) % 2 === 0 ? 'A' : 'B';
}

const args = process.argv.slice(2);
const opt = (name: string) => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
};
const dataDir = resolve(opt('--data') ?? process.env.TACTFUL_DATA ?? '../shared/data');
const dumpPath = opt('--dump');
const manifest = JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8')) as ModelManifest;
const scorer = await createNodeScorer();
const ort = await import('onnxruntime-web/wasm');
const models = new OrtModels({
	ort,
	manifest,
	loadBytes: async (file) => new Uint8Array(readFileSync(join(MODELS_DIR, file))),
});
const toxicModel = models.model('toxic');
const fmt = (x: number) => x.toFixed(3);
const round = (xs: Float32Array | undefined) => [...(xs ?? [])].map((x) => Math.round(x * 100) / 100);
const dump: string[] = [];

for (const name of ['toxicr', 'gh-incivility'] as ToxicSetName[]) {
	const valid = loadToxicSet(dataDir, name).valid;
	const texts = valid.map((r) => r.text);
	const cli = await scoreAll(scorer, texts, (r) => r);
	const wholeOnly = await scorer.score(texts, { wholeDraft: true });
	const halves = valid.map((r) => halfOf(name, r));
	for (const part of ['A', 'B', 'all'] as const) {
		const keep = valid.map((_, i) => part === 'all' || halves[i] === part);
		const pick = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
		const y = pick(valid.map((r) => r.label));
		const p = pick(cli.map((r) => r.toxic));
		const w = pick(wholeOnly.map((r) => r.toxic));
		// Rows whose flag the runtime rules (sentence pass, self-insult, quotes, insults at others) changed.
		const moved = (up: boolean, label: number) =>
			y.filter((v, i) => v === label && (w[i] ?? 0) < 0.5 === up && (p[i] ?? 0) < 0.5 !== up).length;
		console.log(
			`${name.padEnd(14)} ${part.padEnd(3)} n=${String(y.length).padStart(5)} pos=${String(y.filter((v) => v === 1).length).padStart(4)}  F1 ${fmt(f1(p, y))}  AUC ${fmt(auc(p, y))}  | whole draft F1 ${fmt(f1(w, y))}; rules flagged +${moved(true, 1)} toxic +${moved(true, 0)} civil, unflagged ${moved(false, 1)} toxic ${moved(false, 0)} civil`,
		);
	}
	if (!dumpPath) continue;
	for (const [i, row] of valid.entries()) {
		const r = cli[i];
		if (!r || halves[i] !== 'A' || r.toxic >= 0.5 === (row.label === 1)) continue;
		const prepared = models.prepare(toxicModel, tokenize(row.text));
		const out = await models.runOutputs(toxicModel, prepared, ['probs', 'expertProbs', 'gate']);
		dump.push(
			JSON.stringify({
				set: name,
				kind: row.label === 1 ? 'FN' : 'FP',
				toxic: Math.round(r.toxic * 1000) / 1000,
				whole: Math.round((wholeOnly[i]?.toxic ?? 0) * 1000) / 1000,
				experts: round(out.expertProbs),
				gate: round(out.gate),
				words: r.spans.map((s) => row.text.slice(s.start, s.end)),
				text: row.text,
			}),
		);
	}
}
if (dumpPath) {
	writeFileSync(dumpPath, `${dump.join('\n')}\n`);
	console.log(`${dump.length} half-A misses written to ${dumpPath} (dataset rows: never commit)`);
}
await scorer.dispose();
await models.release();
