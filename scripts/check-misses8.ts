/**
 * Session 16 (misses8): heated review drafts aimed at the reader's work that still passed ("… is a joke", pushing
 * garbage, "how hard can it be", "did you even bother …") and their civil twins, which must stay quiet; and
 * group-exclusion frames in reported speech the writer condemns ("My friend said there's no place for women
 * here, which is awful") against the same frames the writer says or endorses. With no FILE, the ten
 * `misses8-*.txt` sets, the civil developer comments (never tuned on) and session 15's fixer6 heated drafts (the
 * draft before ` || `; never tuned on).
 * `npx tsx scripts/check-misses8.ts [--show] [FILE...]`: flag rate of the scorer (default settings, as the CLI)
 * on the dev (odd lines) and check (even lines) halves; `--show` prints the dev lines of the misses8 sets with
 * their verdict and underlined words (never the check lines: those are only counted).
 */
import { resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { groupWords } from '../models/scoring/put-downs.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const args = process.argv.slice(2);
const show = args.includes('--show');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length
	? named
	: [
			...['joke', 'garbage', 'how-hard', 'did-you-even', 'reported'].flatMap((k) => [
				`misses8-${k}.txt`,
				`misses8-${k}-civil.txt`,
			]),
			'civil-dev-comments.txt',
			'fixer6-heated.txt',
		];
const scorer = await createNodeScorer();
for (const file of files) {
	const lines = readCorpus(resolve('tests/corpora', file)).map((l) => (l.split(' || ')[0] ?? '').trim());
	const counts = { dev: 0, check: 0 };
	const sizes = { dev: 0, check: 0 };
	// The reported-speech sets: lines on which the group-exclusion frame itself fires (the rest are the models').
	const rule = { dev: 0, check: 0 };
	for (const [i, text] of lines.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const [r] = await scorer.score([text]);
		if (!r) continue;
		sizes[half]++;
		if (r.flag) counts[half]++;
		if (file.includes('reported') && groupWords(tokenize(text)).length > 0) rule[half]++;
		// Only the misses8 sets' dev lines are ever printed: the other sets are measuring sets.
		if (show && half === 'dev' && file.startsWith('misses8-')) {
			const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
			console.log(`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}  [${under}]`);
		}
	}
	const fired = file.includes('reported')
		? `  (group frame fires: dev ${rule.dev}  check ${rule.check})`
		: '';
	console.log(`${file}: dev ${counts.dev}/${sizes.dev}  check ${counts.check}/${sizes.check}${fired}`);
}
