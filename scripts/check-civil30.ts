/**
 * Session 30 (civil30): false alarms on civil developer and forum writing in genres older sets under-cover (blunt
 * but civil code review, frustration at software, firm maintainer replies, security and incident talk, release/CI
 * chatter, forum disagreement on the argument, non-native English, terse one-liners, quoted errors with strong
 * words; tests/corpora/civil30-dev.txt, civil30-check.txt) and hostile twins sharing their words
 * (civil30-hostile.txt), which must stay caught.
 * `npx tsx scripts/check-civil30.ts [--show]`: per file and scoring mode (default as the CLI, swearing at things
 * allowed, sensitivity 0.8, wholeDraft) how many lines flag, and at default settings how many sit "near the line"
 * (max(toxic, Inappropriateness) ≥ 0.4, the card's "Close to the line" point). `--show` prints only the DEV half's
 * lines with their default verdict, toxic and Inappropriateness scores and underlined words; the check half and
 * the hostile twins are only counted.
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import type { ScoreOptions } from '../models/scoring/types.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const show = process.argv.includes('--show');
const NEAR = 0.4;
const MODES: [string, ScoreOptions][] = [
	['default', {}],
	['swearing allowed', { allowSwearingAtThings: true }],
	['sensitivity 0.8', { sensitivity: 0.8 }],
	['wholeDraft', { wholeDraft: true }],
];
const sets = [
	{ file: 'civil30-dev.txt', what: 'civil flagged', dev: true },
	{ file: 'civil30-check.txt', what: 'civil flagged', dev: false },
	{ file: 'civil30-hostile.txt', what: 'hostile caught', dev: false },
] as const;
const scorer = await createNodeScorer();
for (const set of sets) {
	const lines = readCorpus(resolve('tests/corpora', set.file));
	const counts = MODES.map(() => 0);
	let near = 0;
	for (const text of lines) {
		for (const [m, [, options]] of MODES.entries()) {
			const [r] = await scorer.score([text], options);
			if (!r) continue;
			if (r.flag) counts[m] = (counts[m] ?? 0) + 1;
			if (m !== 0) continue;
			if (Math.max(r.toxic, r.inappropriate) >= NEAR) near++;
			if (show && set.dev) {
				const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
				console.log(
					`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${r.inappropriate.toFixed(2)} ${text}  [${under}]`,
				);
			}
		}
	}
	const perMode = MODES.map(([name], m) => `${name} ${counts[m]}`).join(', ');
	console.log(`${set.file}: ${set.what} (of ${lines.length}) ${perMode}; at default ≥ ${NEAR}: ${near}`);
}
await scorer.dispose();
