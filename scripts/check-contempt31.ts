/**
 * Session 31 (contempt31): calm contempt aimed at the reader with no insult word (patronising pace offers, "even my
 * cat knows", credential gatekeeping, mock reassurance, rhetorical pity) and their civil twins.
 * `npx tsx scripts/check-contempt31.ts [--show]`: per file, how many lines flag at default settings and at
 * sensitivity 0.8, and on how many a talks-down frame fires (talks-down.ts, with contempt31's frames in
 * patronising.ts). `--show` prints the dev and civil twin lines with verdict, toxic score and underlined words; the
 * check set and the older sets are only counted.
 */
import { resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { talksDownWords } from '../models/scoring/talks-down.ts';
import type { ScoreOptions } from '../models/scoring/types.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const show = process.argv.includes('--show');
const showAll = process.argv.includes('--show-check');
const MODES: [string, ScoreOptions][] = [
	['default', {}],
	['sensitivity 0.8', { sensitivity: 0.8 }],
];
const sets = [
	{ file: 'contempt31-dev.txt', what: 'put-downs caught', printed: true },
	{ file: 'contempt31-check.txt', what: 'put-downs caught', printed: showAll },
	{ file: 'contempt31-civil.txt', what: 'civil twins flagged', printed: true },
	{ file: 'putdown30-dev.txt', what: 'put-downs caught', printed: false },
	{ file: 'putdown30-check.txt', what: 'put-downs caught', printed: false },
	{ file: 'putdown30-civil.txt', what: 'civil twins flagged', printed: false },
	{ file: 'mock30-civil.txt', what: 'civil twins flagged', printed: false },
	{ file: 'civil28-dev.txt', what: 'civil flagged', printed: false },
	{ file: 'civil28-check.txt', what: 'civil flagged', printed: false },
	{ file: 'civil30-dev.txt', what: 'civil flagged', printed: false },
	{ file: 'civil30-check.txt', what: 'civil flagged', printed: false },
] as const;
const scorer = await createNodeScorer();
for (const set of sets) {
	const lines = readCorpus(resolve('tests/corpora', set.file));
	const counts = MODES.map(() => 0);
	let fires = 0;
	for (const text of lines) {
		const frame = talksDownWords(tokenize(text)).length > 0;
		if (frame) fires++;
		for (const [m, [, options]] of MODES.entries()) {
			const [r] = await scorer.score([text], options);
			if (!r) continue;
			if (r.flag) counts[m] = (counts[m] ?? 0) + 1;
			if (show && set.printed && m === 0) {
				const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
				const mark = `${r.flag ? 'FLAG' : '    '}${frame ? ' frame' : '      '}`;
				console.log(
					`  ${mark} ${r.toxic.toFixed(2)} ${text}  [${under}]${r.talksDown ? ' (talks down)' : ''}`,
				);
			}
		}
	}
	const per = MODES.map(([name], m) => `${name} ${counts[m]}`).join(', ');
	console.log(`${set.file}: ${set.what} (of ${lines.length}): ${per}; a talks-down frame fires on ${fires}`);
}
