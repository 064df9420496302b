/**
 * Session 30 (edges30): (1) short civil admissions, concessions, agreements and apologies to the reader ("You were right
 * about the retry logic and I was wrong.") flagged by the appropriateness head, and hostile twins of the same shape
 * (tests/corpora/admissions30-dev.txt, admissions30-check.txt, admissions30-hostile.txt); (2) the reader's own
 * contribution called garbage ("This PR is garbage.", verdicts30-dev.txt, verdicts30-check.txt) and civil twins
 * (garbage said of tools, one's own code, jargon: verdicts30-civil.txt).
 * `npx tsx scripts/check-edges30.ts [--show]`: per file and scoring mode how many lines flag; `--show` prints
 * the DEV halves' and the twins' lines with their default verdict, toxic and Inappropriateness scores and
 * underlined words (the check half is only counted).
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import type { ScoreOptions } from '../models/scoring/types.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const show = process.argv.includes('--show');
const MODES: [string, ScoreOptions][] = [
	['default', {}],
	['swearing allowed', { allowSwearingAtThings: true }],
	['sensitivity 0.8', { sensitivity: 0.8 }],
	['wholeDraft', { wholeDraft: true }],
];
const sets = [
	{ file: 'admissions30-dev.txt', what: 'civil flagged', shown: true },
	{ file: 'admissions30-check.txt', what: 'civil flagged', shown: false },
	{ file: 'admissions30-hostile.txt', what: 'hostile caught', shown: true },
	{ file: 'verdicts30-dev.txt', what: 'hostile caught', shown: true },
	{ file: 'verdicts30-check.txt', what: 'hostile caught', shown: false },
	{ file: 'verdicts30-civil.txt', what: 'civil flagged', shown: true },
] as const;
const scorer = await createNodeScorer();
for (const set of sets) {
	const lines = readCorpus(resolve('tests/corpora', set.file));
	const counts = MODES.map(() => 0);
	for (const text of lines) {
		for (const [m, [, options]] of MODES.entries()) {
			const [r] = await scorer.score([text], options);
			if (!r) continue;
			if (r.flag) counts[m] = (counts[m] ?? 0) + 1;
			if (m !== 0 || !show || !set.shown) continue;
			const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
			console.log(
				`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${r.inappropriate.toFixed(2)} ${text}  [${under}]`,
			);
		}
	}
	const perMode = MODES.map(([name], m) => `${name} ${counts[m]}`).join(', ');
	console.log(`${set.file}: ${set.what} (of ${lines.length}) ${perMode}`);
}
await scorer.dispose();
