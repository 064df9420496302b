/**
 * Session 13 (misses6): hostility with no insult word (veiled threats, mock praise, condescension, blame jabs,
 * rhetorical jabs) and their civil look-alikes. With no FILE, the ten `misses6-*.txt` sets.
 * `npx tsx scripts/check-misses6.ts [--show] [FILE...]`: flag rate of the scorer (default settings, as the CLI) on
 * the dev (odd lines) and check (even lines) halves of hand-written corpora; `--show` prints the dev lines with
 * their verdict (never the check lines: those are only counted). A `mostly-attack.txt`-style line
 * (`draft || keep: … || drop: …`) is scored on its draft.
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
			'veiled-threats',
			'veiled-threats-civil',
			'mock-praise',
			'praise-sincere',
			'condescension',
			'condescension-civil',
			'blame-jabs',
			'blame-civil',
			'jabs-other',
			'jabs-other-civil',
		].map((k) => `misses6-${k}.txt`);
const scorer = await createNodeScorer();
for (const file of files) {
	const lines = readCorpus(resolve('tests/corpora', file)).map((l) =>
		(l.split(' || ')[0] ?? '').replace(/\\n/g, '\n'),
	);
	const counts = { dev: 0, check: 0 };
	const sizes = { dev: 0, check: 0 };
	for (const [i, text] of lines.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const [r] = await scorer.score([text]);
		if (!r) continue;
		sizes[half]++;
		if (r.flag) counts[half]++;
		if (show && half === 'dev') console.log(`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}`);
	}
	console.log(`${file}: dev ${counts.dev}/${sizes.dev}  check ${counts.check}/${sizes.check}`);
}
