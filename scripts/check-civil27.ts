/**
 * Session 27 (frames26): civil near misses of session 26's put-down frames (attacks13-frames.ts: burnout advice,
 * "think for a second before you run the migration", "stick to writing docs, and I'll take the code", "nobody who
 * understood the old build would have written it differently", …) and a fresh set of condescending put-downs
 * written after those frames (tests/corpora/civil27-dev.txt, civil27-check.txt, putdowns27.txt).
 * `npx tsx scripts/check-civil27.ts [--show]`: per file and scoring mode (default as the CLI, swearing at things
 * allowed, sensitivity 0.8, wholeDraft) how many lines flag, and on how many a put-down frame fires at all
 * (put-downs.ts; draft scoring only, so wholeDraft never sees it). `--show` prints only the DEV half's lines with
 * their default verdict, toxic score, underlined words and the put-down frame's words; the check half and the
 * fresh put-downs are only counted.
 */
import { resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { putDownWords } from '../models/scoring/put-downs.ts';
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
	{ file: 'civil27-dev.txt', what: 'civil flagged', dev: true },
	{ file: 'civil27-check.txt', what: 'civil flagged', dev: false },
	{ file: 'putdowns27.txt', what: 'put-downs caught', dev: false },
] as const;
const scorer = await createNodeScorer();
for (const set of sets) {
	const lines = readCorpus(resolve('tests/corpora', set.file));
	const counts = MODES.map(() => 0);
	let frame = 0;
	for (const text of lines) {
		const tokenized = tokenize(text);
		const frameWords = putDownWords(tokenized).map((i) => tokenized.tokens[i]?.word);
		if (frameWords.length > 0) frame++;
		for (const [m, [, options]] of MODES.entries()) {
			const [r] = await scorer.score([text], options);
			if (!r) continue;
			if (r.flag) counts[m] = (counts[m] ?? 0) + 1;
			if (show && set.dev && m === 0) {
				const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
				console.log(
					`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}  [${under}] {${frameWords.join(' ')}}`,
				);
			}
		}
	}
	const perMode = MODES.map(([name], m) => `${name} ${counts[m]}`).join(', ');
	console.log(`${set.file}: ${set.what} (of ${lines.length}) ${perMode}; a put-down frame fires on ${frame}`);
}
await scorer.dispose();
