/**
 * Loads the labelled sets from the shared data folder into one shape, and assigns each row to the training
 * or the validation split deterministically (stratified by label, grouped where rows belong together:
 * GitHub issues, ParaDetox pairs), so the trainer and the eval script always see the same split.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../features/featurize.ts';
import { DIMENSIONS } from '../scoring/types.ts';

/** One labelled text. `group` keeps related rows in one split. */
export interface Row {
	text: string;
	label: number;
	group: string;
}

/** One labelled text of the appropriateness corpus: a 0/1 label per dimension (DIMENSIONS order). */
export interface AppropriatenessRow {
	text: string;
	labels: number[];
	/** Share of the three annotators who saw each flaw (the corpus' soft labels). */
	soft: number[];
}

/** A split dataset. */
export interface SplitSet<T> {
	name: string;
	train: T[];
	valid: T[];
}

/** The toxicity sets, in the order the eval prints them; `weight` is each set's share of the toxic loss. */
export const TOXIC_SETS = [
	'toxicr',
	'gh-incivility',
	'ferreira',
	'strudel',
	'davidson',
	'hatemoderate',
	'hatexplain',
	'paradetox',
] as const;
export type ToxicSetName = (typeof TOXIC_SETS)[number];

/** Share of validation rows carved from each set. */
export const VALID_SHARE = 0.15;

type Json = Record<string, unknown>;

function readJsonl(path: string): Json[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Json);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function loadToxicRows(dir: string, name: ToxicSetName): Row[] {
	const rows: Row[] = [];
	const add = (text: unknown, label: unknown, group: string) => {
		const t = str(text);
		if (t.trim() !== '' && (label === 0 || label === 1)) rows.push({ text: t, label, group });
	};
	switch (name) {
		case 'toxicr':
			readJsonl(join(dir, 'toxicr/all.jsonl')).forEach((r, i) => {
				add(r.text, r.is_toxic, `${r.id ?? i}`);
			});
			break;
		case 'gh-incivility':
			for (const r of readJsonl(join(dir, 'gh-incivility/comments.jsonl')))
				add(r.text, r.uncivil, `${r.issue_id}`);
			break;
		case 'ferreira':
			for (const file of ['gh_quotations.jsonl', 'lkml_quotations.jsonl'])
				readJsonl(join(dir, 'ferreira-incivility', file)).forEach((r, i) => {
					add(r.text, r.uncivil, `${file}${i}`);
				});
			break;
		case 'strudel':
			readJsonl(join(dir, 'strudel-gh-toxicity/comments.jsonl')).forEach((r, i) => {
				add(r.text, r.toxic, `${i}`);
			});
			break;
		case 'davidson':
			for (const r of readJsonl(join(dir, 'davidson-hate-offensive/all.jsonl')))
				add(r.text, r.label === 2 ? 0 : 1, `${r.id}`);
			break;
		case 'hatemoderate':
			for (const r of readJsonl(join(dir, 'hatemoderate/train.jsonl')))
				add(r.text, r.hate, `${r.example_id}`);
			break;
		case 'hatexplain':
			for (const r of readJsonl(join(dir, 'hatexplain/val.jsonl'))) add(r.text, r.toxic, str(r.post_id));
			break;
		case 'paradetox':
			for (const r of readJsonl(join(dir, 'paradetox/pairs.jsonl'))) {
				add(r.toxic, 1, `${r.id}`);
				for (const n of Array.isArray(r.neutral) ? r.neutral : []) add(n, 0, `${r.id}`);
			}
			break;
	}
	return rows;
}

/**
 * Deterministic stratified split: within each label, groups are ordered by a hash of (set, group) and the
 * first VALID_SHARE of them go to validation.
 */
export function splitRows<T>(
	name: string,
	rows: T[],
	label: (r: T) => number,
	group: (r: T) => string,
): SplitSet<T> {
	const train: T[] = [];
	const valid: T[] = [];
	const byLabel = new Map<number, Map<string, T[]>>();
	for (const r of rows) {
		const groups = byLabel.get(label(r)) ?? new Map<string, T[]>();
		const key = group(r);
		groups.set(key, [...(groups.get(key) ?? []), r]);
		byLabel.set(label(r), groups);
	}
	const assigned = new Map<string, boolean>();
	for (const groups of byLabel.values()) {
		const keys = [...groups.keys()].sort(
			(a, b) => fnv1a(`${name}:${a}`) - fnv1a(`${name}:${b}`) || (a < b ? -1 : 1),
		);
		const cut = Math.round(keys.length * VALID_SHARE);
		keys.forEach((key, i) => {
			// A group with rows of both labels goes where its first occurrence went.
			const isValid = assigned.get(key) ?? i < cut;
			assigned.set(key, isValid);
			(isValid ? valid : train).push(...(groups.get(key) ?? []));
		});
	}
	return { name, train, valid };
}

/** Loads and splits one toxicity set. */
export function loadToxicSet(dataDir: string, name: ToxicSetName): SplitSet<Row> {
	return splitRows(
		name,
		loadToxicRows(dataDir, name),
		(r) => r.label,
		(r) => r.group,
	);
}

function appropriatenessRows(path: string): AppropriatenessRow[] {
	return readJsonl(path).map((r) => {
		const labels = (r.labels ?? {}) as Record<string, unknown>;
		const soft = (r.soft_labels ?? {}) as Record<string, unknown>;
		return {
			text: str(r.text),
			labels: DIMENSIONS.map((d) => (labels[d] === 1 ? 1 : 0)),
			soft: DIMENSIONS.map((d) =>
				typeof soft[d] === 'number' ? (soft[d] as number) : labels[d] === 1 ? 1 : 0,
			),
		};
	});
}

/** The appropriateness corpus: its own train split for training, its valid split for validation. */
export function loadAppropriateness(dataDir: string): SplitSet<AppropriatenessRow> {
	return {
		name: 'appropriateness',
		train: appropriatenessRows(join(dataDir, 'appropriateness-corpus/train.jsonl')),
		valid: appropriatenessRows(join(dataDir, 'appropriateness-corpus/valid.jsonl')),
	};
}
