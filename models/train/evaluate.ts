/**
 * Evaluation pieces for scripts/eval.ts: per-dataset metrics of the shipped scorer on our validation splits
 * beside the TF-IDF+LR floor and published numbers, hand-written corpora (jargon, civil critique, abusive,
 * camouflaged), camouflage recall with and without normalisation, and prefix metrics.
 */
import { readFileSync } from 'node:fs';
import type { ScoreOptions, Scorer } from '../scoring/types.ts';
import type { AppropriatenessRow, Row, SplitSet } from './datasets.ts';
import { trainFloor } from './floor.ts';
import { auc, f1, macroF1 } from './metrics.ts';

/** Published numbers quoted from each set's SOURCE.md (or the issue, for floors it states). */
export const PUBLISHED: Record<string, string> = {
	toxicr: 'BERT F1 0.890 (ToxiCR); LR TF-IDF 0.744',
	'gh-incivility': 'TF-IDF floor 0.515 (issue); target 0.65',
	ferreira: 'BERT F1 0.93; LR ~0.71',
	strudel: 'WSU-SEAL F1 0.397',
	davidson: 'weighted F1 0.90 (3-class)',
	hatemoderate: 'TF-IDF floor 0.702 (issue); target 0.80',
	hatexplain: 'BERT ~0.69 macro-F1 (3-class)',
	paradetox: '—',
	appropriateness: 'TF-IDF floor 0.707 (issue); target 0.76',
};

/** Scores texts in batches (with `options`, default settings when absent) and returns one value per text. */
export async function scoreAll<T>(
	scorer: Scorer,
	texts: string[],
	pick: (r: Awaited<ReturnType<Scorer['score']>>[number]) => T,
	options?: ScoreOptions,
): Promise<T[]> {
	const out: T[] = [];
	for (let i = 0; i < texts.length; i += 256) {
		for (const r of await scorer.score(texts.slice(i, i + 256), options)) out.push(pick(r));
	}
	return out;
}

/** One line of the per-dataset table. */
export interface DatasetRow {
	name: string;
	n: number;
	positives: number;
	metric: 'F1' | 'macro-F1';
	ours: number;
	auc: number;
	floor: number;
	published: string;
}

/** The toxic head on one toxicity set's validation split, beside a floor trained on its train split. */
export async function evalToxicSet(scorer: Scorer, set: SplitSet<Row>): Promise<DatasetRow> {
	const labels = set.valid.map((r) => r.label);
	const p = await scoreAll(
		scorer,
		set.valid.map((r) => r.text),
		(r) => r.toxic,
	);
	const floor = trainFloor(
		set.train.map((r) => r.text),
		set.train.map((r) => r.label),
	);
	const floorP = set.valid.map((r) => floor(r.text));
	return {
		name: set.name,
		n: labels.length,
		positives: labels.filter((y) => y === 1).length,
		metric: 'F1',
		ours: f1(p, labels, 0.5),
		auc: auc(p, labels),
		floor: f1(floorP, labels, 0.5),
		published: PUBLISHED[set.name] ?? '',
	};
}

/** The `inappropriate` head (macro-F1 at 0.5) and the mean macro-F1 of all 14 dimension heads. */
export async function evalAppropriateness(scorer: Scorer, set: SplitSet<AppropriatenessRow>) {
	const results = await scoreAll(
		scorer,
		set.valid.map((r) => r.text),
		(r) => r,
	);
	const labels = set.valid.map((r) => r.labels[0] as number);
	const p = results.map((r) => r.inappropriate);
	const floor = trainFloor(
		set.train.map((r) => r.text),
		set.train.map((r) => r.labels[0] as number),
	);
	const row: DatasetRow = {
		name: set.name,
		n: labels.length,
		positives: labels.filter((y) => y === 1).length,
		metric: 'macro-F1',
		ours: macroF1(p, labels, 0.5),
		auc: auc(p, labels),
		floor: macroF1(
			set.valid.map((r) => floor(r.text)),
			labels,
			0.5,
		),
		published: PUBLISHED.appropriateness ?? '',
	};
	const dims = Object.keys(results[0]?.dimensions ?? {}).map((d, h) =>
		macroF1(
			results.map((r) => r.dimensions[d as keyof typeof r.dimensions]),
			set.valid.map((r) => r.labels[h] as number),
			0.5,
		),
	);
	return { row, meanDimensionMacroF1: dims.reduce((a, b) => a + b, 0) / dims.length };
}

/** One trimmed draft per non-empty line of a hand-written corpus; lines starting with `#` are comments (headers, `# kind:` tags). */
export function readCorpus(path: string): string[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l !== '' && !l.startsWith('#'));
}

/** Share of texts the scorer flags at default settings. */
export async function flagRate(scorer: Scorer, texts: string[]): Promise<number> {
	const flags = await scoreAll(scorer, texts, (r) => r.flag);
	return flags.filter(Boolean).length / Math.max(1, flags.length);
}

/** The first `share` of a draft, cut back to a word boundary (what someone has typed so far). */
export function prefixOf(text: string, share: number): string {
	if (share >= 1) return text;
	const cut = Math.max(1, Math.floor(text.length * share));
	const space = text.lastIndexOf(' ', cut);
	return text.slice(0, space > cut / 2 ? space : cut);
}
