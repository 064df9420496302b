/**
 * Session 24 (qa24): insults predicated of a person named by a long subject clause ("whoever signed off on this
 * without a load test is an absolute moron", more than six words before the copula) and their civil twins. Each
 * line is scored alone and inside a long civil draft (the same ~660 characters of civil review text before it,
 * which is where the QA walk found the miss: the models' own score fell from 0.66 to 0.05).
 * `npx tsx scripts/check-long-subject.ts [--show]`: flag rates of the scorer (default settings, as the CLI) on the
 * dev (odd lines) and check (even lines) halves; `--show` prints only dev lines.
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const show = process.argv.includes('--show');
const LEAD =
	'I went through the migration notes again this morning and compared them with what the release ships. ' +
	'The schema change itself looks fine to me: the new column has a default, the index is built concurrently, ' +
	'and the rollback script drops both in the right order. What worries me is the job that backfills old rows. ';
const scorer = await createNodeScorer();
for (const file of ['long-subject-insults.txt', 'long-subject-civil.txt']) {
	const lines = readCorpus(resolve('tests/corpora', file));
	for (const lead of ['', LEAD]) {
		const counts = { dev: 0, check: 0 };
		const sizes = { dev: 0, check: 0 };
		for (const [i, line] of lines.entries()) {
			const half = i % 2 === 0 ? 'dev' : 'check';
			const text = lead + line;
			const [r] = await scorer.score([text]);
			if (!r) continue;
			sizes[half]++;
			if (r.flag) counts[half]++;
			if (show && half === 'dev') {
				const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
				console.log(
					`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${lead ? '[long] ' : ''}${line}  [${under}]`,
				);
			}
		}
		console.log(
			`${file}${lead ? ' (after a long civil lead)' : ''}: dev ${counts.dev}/${sizes.dev}  check ${counts.check}/${sizes.check}`,
		);
	}
}
