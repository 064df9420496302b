/**
 * The unlabelled text pool for embedding pretraining (pretrain.ts): the training splits of every toxicity
 * set and of the appropriateness corpus, plus ParaDetox's sentences annotators could not detoxify. No
 * validation row of any set enters it (the same split functions as training; any pool text equal to a
 * validation text is dropped too), and neither do gh-derailment or cga-partial: the derailment model reads
 * the toxic head's scores of those comments, so pretraining on them would leak into its evaluation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAppropriateness, loadToxicSet, TOXIC_SETS } from './datasets.ts';

const key = (text: string) => text.trim().toLowerCase();

/** Pool texts in a fixed order (sets in TOXIC_SETS order, then the corpus, then ParaDetox's extra). */
export function pretrainPool(dataDir: string, withCorpus = true): string[] {
	const sets = TOXIC_SETS.map((name) => loadToxicSet(dataDir, name));
	const corpus = loadAppropriateness(dataDir);
	const held = new Set([
		...sets.flatMap((s) => s.valid.map((r) => key(r.text))),
		...corpus.valid.map((r) => key(r.text)),
	]);
	const cannotRewrite = readFileSync(join(dataDir, 'paradetox/cannot_rewrite.jsonl'), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => (JSON.parse(line) as { toxic?: unknown }).toxic)
		.filter((t): t is string => typeof t === 'string');
	return [
		...sets.flatMap((s) => s.train.map((r) => r.text)),
		...(withCorpus ? corpus.train.map((r) => r.text) : []),
		...cannotRewrite,
	].filter((text) => text.trim() !== '' && !held.has(key(text)));
}
