/**
 * Session 17 (misses9): heated review drafts that still passed (contemptuous labels for the reader or their work:
 * "some buffoon", "only an amateur would", "a pathetic excuse for a fix", "your half-baked patch"; sneering
 * questions: "what kind of developer merges …", "are you serious?", "who in their right mind …") and their civil
 * twins, which must stay quiet ("an amateur radio driver", "what kind of lock would work here?"). With no FILE, the
 * four `misses9-*.txt` sets, the civil developer comments and session 15's fixer6 heated drafts (the draft before
 * ` || `; never tuned on).
 * `npx tsx scripts/check-misses9.ts [--show] [FILE...]`: flag rate of the scorer (default settings, as the CLI)
 * on the dev (odd lines) and check (even lines) halves; `--show` prints the dev lines of the misses9 sets with
 * their verdict and underlined words (never the check lines: those are only counted).
 */
import { resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { putDownWords } from '../models/scoring/put-downs.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const args = process.argv.slice(2);
const show = args.includes('--show');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length
	? named
	: [
			...['labels', 'sneers', 'requests'].flatMap((k) => [`misses9-${k}.txt`, `misses9-${k}-civil.txt`]),
			'civil-dev-comments.txt',
			'fixer6-heated.txt',
		];
const scorer = await createNodeScorer();
for (const file of files) {
	const lines = readCorpus(resolve('tests/corpora', file)).map((l) => (l.split(' || ')[0] ?? '').trim());
	const counts = { dev: 0, check: 0 };
	const sizes = { dev: 0, check: 0 };
	// Lines on which a put-down frame fires (the rest of the flags are the models' own reads).
	const rule = { dev: 0, check: 0 };
	for (const [i, text] of lines.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const [r] = await scorer.score([text]);
		if (!r) continue;
		sizes[half]++;
		if (r.flag) counts[half]++;
		if (putDownWords(tokenize(text)).length > 0) rule[half]++;
		// Only the misses9 sets' dev lines are ever printed: the other sets are measuring sets.
		if (show && half === 'dev' && file.startsWith('misses9-')) {
			const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
			console.log(`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}  [${under}]`);
		}
	}
	const fired = `  (a put-down frame fires: dev ${rule.dev}  check ${rule.check})`;
	console.log(`${file}: dev ${counts.dev}/${sizes.dev}  check ${counts.check}/${sizes.check}${fired}`);
}
