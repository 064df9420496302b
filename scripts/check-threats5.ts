/**
 * Session 19 (threats5): veiled threats at the reader ("accidents happen to reviewers who …", "your commit access
 * goes away for good", "you'll wish you had never …", "I've seen where you park") and conditional mocking praise
 * ("great leadership, if the goal was to drive everyone off"), and their civil twins line for line with the same
 * words ("you'll regret not pinning it", "your account will be deleted as you requested", "I know where you work
 * now, congrats!"). Written by hand before any rule.
 * `npx tsx scripts/check-threats5.ts [--show] [FILE...]`: flag rate of the scorer (default settings, as the CLI)
 * on the dev (odd lines) and check (even lines) halves, and how many lines a threat frame (threats.ts) fires on;
 * `--show` prints the dev lines of the threats5 sets with their verdict and underlined words (never the check
 * lines: those are only counted).
 */
import { resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { threatWords } from '../models/scoring/threats.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const args = process.argv.slice(2);
const show = args.includes('--show');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length ? named : ['threats5.txt', 'threats5-civil.txt'];
const scorer = await createNodeScorer();
for (const file of files) {
	const lines = readCorpus(resolve('tests/corpora', file));
	const counts = { dev: 0, check: 0 };
	const sizes = { dev: 0, check: 0 };
	// Lines on which a threat frame fires (the rest of the flags are the models' or other rules' reads).
	const rule = { dev: 0, check: 0 };
	for (const [i, text] of lines.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const [r] = await scorer.score([text]);
		if (!r) continue;
		sizes[half]++;
		if (r.flag) counts[half]++;
		if (threatWords(tokenize(text)).length > 0) rule[half]++;
		if (show && half === 'dev' && file.startsWith('threats5')) {
			const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
			console.log(`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}  [${under}]`);
		}
	}
	const fired = `  (a threat frame fires: dev ${rule.dev}  check ${rule.check})`;
	console.log(`${file}: dev ${counts.dev}/${sizes.dev}  check ${counts.check}/${sizes.check}${fired}`);
}
