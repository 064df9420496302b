/**
 * Session 18 (threats4): threats at a person that passed unwarned (self-harm told to the reader "go play in
 * traffic", conditional threats "close this again and I will find you", "make you pay", doxxing "I'll post your
 * home address", the reader's job and account "I'll get your account suspended", "I'll make sure you lose your
 * job", the reader's safety "your family isn't safe") and their civil twins, line for line with the same verbs and
 * nouns ("I will reopen it with logs", "I know where the leak is", "watch the back-pressure"). With no FILE, both
 * sets, the older threat sets and their civil look-alikes.
 * `npx tsx scripts/check-threats4.ts [--show] [FILE...]`: flag rate of the scorer (default settings, as the CLI)
 * on the dev (odd lines) and check (even lines) halves, and how many lines the threat frames fire on; `--show`
 * prints the dev lines of the threats-4 sets with their verdict and underlined words (never the check lines).
 */
import { resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { threatWords } from '../models/scoring/threats.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const args = process.argv.slice(2);
const show = args.includes('--show');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length
	? named
	: [
			'threats-4.txt',
			'threats-4-civil.txt',
			'threats.txt',
			'threats-2.txt',
			'threats-3.txt',
			'violent-words-civil.txt',
			'violent-words-civil-2.txt',
			'violent-words-civil-3.txt',
		];
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
		if (show && half === 'dev' && file.startsWith('threats-4')) {
			const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
			console.log(`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}  [${under}]`);
		}
	}
	const fired = `  (a threat frame fires: dev ${rule.dev}  check ${rule.check})`;
	console.log(`${file}: dev ${counts.dev}/${sizes.dev}  check ${counts.check}/${sizes.check}${fired}`);
}
