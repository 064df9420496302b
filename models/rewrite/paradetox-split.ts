/**
 * ParaDetox pairs (toxic sentence + human rewrites) split by source sentence the same way the scorer's trainer
 * splits them (models/train/datasets.ts: its validation sentences are this `valid`), so the learned lexicon
 * never sees a sentence that the rewrite evaluation or the scorer's validation reads. `dev` is a further 15 %
 * of the training sentences, for choosing the learner's thresholds; the shipped table learns from train + dev.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadToxicSet, splitRows } from '../train/datasets.ts';
import type { ParallelPair } from './align-edits.ts';

/** One ParaDetox row as the split hands it out. */
export interface ParadetoxPair extends ParallelPair {
	id: string;
}

/** The three parts, each in file order. */
export interface ParadetoxSplit {
	train: ParadetoxPair[];
	dev: ParadetoxPair[];
	valid: ParadetoxPair[];
}

/** Reads `DIR/paradetox/pairs.jsonl` and splits it by sentence id. */
export function loadParadetoxSplit(dataDir: string): ParadetoxSplit {
	const pairs: ParadetoxPair[] = readFileSync(join(dataDir, 'paradetox/pairs.jsonl'), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as { id: unknown; toxic: unknown; neutral: unknown })
		.filter((r) => typeof r.toxic === 'string' && r.toxic.trim() !== '')
		.map((r) => ({
			id: `${r.id}`,
			toxic: r.toxic as string,
			neutral: Array.isArray(r.neutral) ? r.neutral.filter((n): n is string => typeof n === 'string') : [],
		}));
	const validIds = new Set(loadToxicSet(dataDir, 'paradetox').valid.map((r) => r.group));
	const rest = pairs.filter((p) => !validIds.has(p.id));
	const inner = splitRows(
		'paradetox-lexicon-dev',
		rest,
		() => 1,
		(p) => p.id,
	);
	const devIds = new Set(inner.valid.map((p) => p.id));
	return {
		train: rest.filter((p) => !devIds.has(p.id)),
		dev: rest.filter((p) => devIds.has(p.id)),
		valid: pairs.filter((p) => validIds.has(p.id)),
	};
}
