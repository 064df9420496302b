/**
 * The `npm run train` step for the offline fixer's learned lexicon: learns it from the ParaDetox training
 * sentences (paradetox-split.ts) with civil code-review comments as the civil filter, measures its agreement
 * with people's edits on the held-out sentences, writes models/rewrite-lexicon.json and its manifest entry.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadToxicSet, TOXIC_SETS } from '../train/datasets.ts';
import { lexiconAgreement } from './align-edits.ts';
import {
	DEFAULT_LEARN_OPTIONS,
	type LabelledComments,
	type LearnOptions,
	learnLexicon,
} from './learn-lexicon.ts';
import { applyLearnedLexicon, compileLexicon } from './learned-lexicon.ts';
import { loadParadetoxSplit } from './paradetox-split.ts';

/** The shipped file, next to the scoring models. */
export const LEXICON_FILE = 'rewrite-lexicon.json';

/** Options of one run. `fold: 'dev'` learns without the dev sentences and measures on them (for tuning). */
export interface TrainLexiconOptions {
	dataDir: string;
	outDir: string;
	fold?: 'final' | 'dev';
	learn?: LearnOptions;
	log?: (line: string) => void;
}

/** Civil comments (no one found them rude) from the code-review sets' training or validation parts. */
function civilComments(dataDir: string, part: 'train' | 'valid'): string[] {
	return (['toxicr', 'gh-incivility'] as const).flatMap((name) =>
		loadToxicSet(dataDir, name)
			[part].filter((r) => r.label === 0)
			.map((r) => r.text),
	);
}

/** The scorer's labelled training rows but ParaDetox's (whose rewrites the table learns from), for the rudeness check. */
function labelledComments(dataDir: string): LabelledComments {
	const rows = TOXIC_SETS.filter((name) => name !== 'paradetox').flatMap(
		(name) => loadToxicSet(dataDir, name).train,
	);
	return {
		toxic: rows.filter((r) => r.label === 1).map((r) => r.text),
		civil: rows.filter((r) => r.label === 0).map((r) => r.text),
	};
}

/** Learns, measures and writes the lexicon; returns the manifest entry. */
export function trainLexicon(options: TrainLexiconOptions) {
	const log = options.log ?? (() => {});
	const learn = options.learn ?? DEFAULT_LEARN_OPTIONS;
	const split = loadParadetoxSplit(options.dataDir);
	const fold = options.fold ?? 'final';
	const trainPairs = fold === 'dev' ? split.train : [...split.train, ...split.dev];
	const heldOut = fold === 'dev' ? split.dev : split.valid;
	const civil = civilComments(options.dataDir, 'train');
	const labelled = labelledComments(options.dataDir);
	const { lexicon, stats } = learnLexicon(trainPairs, civil, learn, labelled);
	const compiled = compileLexicon(lexicon);
	const apply = (text: string) => applyLearnedLexicon(text, compiled);
	const agreement = lexiconAgreement(apply, heldOut);
	// The civil filter's check: civil comments the filter never saw, which the learned step must leave alone.
	const civilHeldOut = civilComments(options.dataDir, 'valid');
	const civilChanged = civilHeldOut.filter((text) => apply(text) !== text).length;
	const json = `${JSON.stringify(lexicon)}\n`;
	const file = fold === 'dev' ? 'rewrite-lexicon.dev.json' : LEXICON_FILE;
	writeFileSync(join(options.outDir, file), json);
	const entry = {
		file,
		sha256: createHash('sha256').update(json).digest('hex'),
		bytes: Buffer.byteLength(json),
		trainedBy: 'npx tsx scripts/train-rewrite-lexicon.ts (part of npm run train)',
		data:
			'paradetox/pairs.jsonl (train part, by sentence); civil filter: toxicr + gh-incivility civil training rows; ' +
			"rudeness check: the other toxicity sets' labelled training rows",
		rows: {
			sentences: trainPairs.length,
			observations: stats.observations,
			civilComments: civil.length,
			labelledComments: labelled.toxic.length + labelled.civil.length,
		},
		options: learn,
		stats,
		heldOut: {
			split: fold === 'dev' ? 'paradetox dev (15 % of train sentences)' : 'paradetox valid (scorer split)',
			sentences: heldOut.length,
			precision: round(agreement.precision),
			recall: round(agreement.recall),
			sentencesChanged: round(agreement.sentencesChanged),
			civilComments: civilHeldOut.length,
			civilChanged: round(civilChanged / Math.max(1, civilHeldOut.length)),
		},
	};
	log(
		`rewrite lexicon: ${stats.rules} rules from ${trainPairs.length} sentences (${stats.observations} rewrites), ${entry.bytes} bytes; ` +
			`held-out (${heldOut.length}) word-edit precision ${entry.heldOut.precision} recall ${entry.heldOut.recall}, sentences changed ${entry.heldOut.sentencesChanged}; ` +
			`civil comments changed ${civilChanged}/${civilHeldOut.length}`,
	);
	const manifestPath = join(options.outDir, 'manifest.json');
	if (fold === 'final' && existsSync(manifestPath)) {
		const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
		manifest.rewriteLexicon = entry;
		writeFileSync(manifestPath, `${JSON.stringify(manifest, null, '\t')}\n`);
	}
	return entry;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
