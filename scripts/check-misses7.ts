/**
 * Session 15 (misses7): attacks on a person that still passed (veiled threats with no threat word, commands that
 * put the reader down, condescension, exclusion of a group) and their civil twins, which must stay quiet. With
 * no FILE, the eight `misses7-*.txt` sets and the civil developer comments (never tuned on).
 * `npx tsx scripts/check-misses7.ts [--show] [FILE...]`: flag rate of the scorer (default settings, as the CLI)
 * on the dev (odd lines) and check (even lines) halves; `--show` prints the dev lines with their verdict and
 * underlined words (never the check lines: those are only counted). For the exclusion set it also counts the
 * flagged lines whose card names a group (`ScoreResult.aboutGroup`) and whose underline covers the group.
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const args = process.argv.slice(2);
const show = args.includes('--show');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length
	? named
	: [
			...[
				'veiled-threats',
				'veiled-threats-civil',
				'commands',
				'commands-civil',
				'condescension',
				'condescension-civil',
				'exclusion',
				'exclusion-civil',
			].map((k) => `misses7-${k}.txt`),
			'civil-dev-comments.txt',
		];
const scorer = await createNodeScorer();
for (const file of files) {
	const lines = readCorpus(resolve('tests/corpora', file));
	const counts = { dev: 0, check: 0 };
	const sizes = { dev: 0, check: 0 };
	const group = { dev: 0, check: 0 };
	for (const [i, text] of lines.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const [r] = await scorer.score([text]);
		if (!r) continue;
		sizes[half]++;
		if (r.flag) counts[half]++;
		if (r.flag && r.aboutGroup) group[half]++;
		// Never print the civil developer comments: they are a measuring set only.
		if (show && half === 'dev' && file !== 'civil-dev-comments.txt') {
			const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
			console.log(
				`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}  [${under}]${r.aboutGroup ? ' group' : ''}`,
			);
		}
	}
	const named = file.includes('exclusion')
		? `  (card names a group: dev ${group.dev}  check ${group.check})`
		: '';
	console.log(`${file}: dev ${counts.dev}/${sizes.dev}  check ${counts.check}/${sizes.check}${named}`);
}
