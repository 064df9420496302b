/**
 * Session 30 (civil30b): firm requests about behaviour ("Please stop pinging the maintainers on every issue, we read
 * them all.") and strong idioms aimed at a decision ("The new pricing is a slap in the face for open source
 * projects."), civil (tests/corpora/civil30b-dev.txt, civil30b-check.txt), their hostile twins aimed at the reader
 * (civil30b-hostile.txt), and "for once" said to the reader as an imperative put-down with its civil twins
 * (for-once30.txt: put-downs, civil twins, then a check half of both).
 * `npx tsx scripts/check-civil30b.ts [--show]`: per file and scoring mode how many lines flag; `--show` prints the
 * dev and for-once lines with their default verdict, toxic and Inappropriateness scores and underlined words.
 */
import { readFileSync } from 'node:fs';
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
/** for-once30.txt's two blocks: the put-downs, then the civil twins. */
const forOnce = readFileSync(resolve('tests/corpora/for-once30.txt'), 'utf8').split(
	/^# (?:genre: civil twins|CHECK half.*|genre: check civil twins)$/m,
);
const blockLines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));
const sets = [
	{
		name: 'civil30b-dev',
		what: 'civil flagged',
		lines: readCorpus(resolve('tests/corpora/civil30b-dev.txt')),
		show,
	},
	{
		name: 'civil30b-check',
		what: 'civil flagged',
		lines: readCorpus(resolve('tests/corpora/civil30b-check.txt')),
	},
	{
		name: 'civil30b-hostile',
		what: 'hostile caught',
		lines: readCorpus(resolve('tests/corpora/civil30b-hostile.txt')),
	},
	{ name: 'for-once30 put-downs', what: 'caught', lines: blockLines(forOnce[0] ?? ''), show },
	{ name: 'for-once30 civil twins', what: 'flagged', lines: blockLines(forOnce[1] ?? ''), show },
	{ name: 'for-once30 check put-downs', what: 'caught', lines: blockLines(forOnce[2] ?? '') },
	{ name: 'for-once30 check civil twins', what: 'flagged', lines: blockLines(forOnce[3] ?? '') },
];
const scorer = await createNodeScorer();
for (const set of sets) {
	const counts = MODES.map(() => 0);
	for (const text of set.lines) {
		for (const [m, [, options]] of MODES.entries()) {
			const [r] = await scorer.score([text], options);
			if (!r) continue;
			if (r.flag) counts[m] = (counts[m] ?? 0) + 1;
			if (m === 0 && set.show) {
				const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
				console.log(
					`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${r.inappropriate.toFixed(2)} ${text}  [${under}]`,
				);
			}
		}
	}
	const perMode = MODES.map(([name], m) => `${name} ${counts[m]}`).join(', ');
	console.log(`${set.name}: ${set.what} (of ${set.lines.length}) ${perMode}`);
}
await scorer.dispose();
