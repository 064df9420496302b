/**
 * Session 28 (civil28): false alarms on ordinary civil requests and questions ("Can you send me the exact version
 * and the error you get?" scored 0.485, "Close to the line" on the card). A fresh hand-written set of everyday civil
 * lines (requests for info, questions to the reader, follow-ups, status updates, review change requests, moderator
 * notes, Q&A answers, civil disagreement; tests/corpora/civil28-dev.txt, civil28-check.txt) and hostile twins on
 * the same topics (civil28-hostile.txt).
 * `npx tsx scripts/check-civil28.ts [--show]`: per file and scoring mode (default as the CLI, swearing at things
 * allowed, sensitivity 0.8, wholeDraft) how many lines flag, and at default settings how many sit "near the line":
 * max(toxic, Inappropriateness) ≥ 0.4, the card's "Close to the line" point (entrypoints/content/levels.ts,
 * flagPoint(0.5) − CAUTION_MARGIN). `--show` prints only the DEV half's lines with their default verdict, toxic and
 * Inappropriateness scores and underlined words; the check half and the hostile twins are only counted.
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
	{ file: 'civil28-dev.txt', what: 'civil flagged', dev: true },
	{ file: 'civil28-check.txt', what: 'civil flagged', dev: false },
	{ file: 'civil28-hostile.txt', what: 'hostile caught', dev: false },
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
