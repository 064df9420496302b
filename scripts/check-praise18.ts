/**
 * Session 18 (praise): sincere, kind drafts aimed at the reader in the frames the models read as insults ("You are
 * a competent reviewer.", "You really know this codebase", "You did a thorough job …") and their mocking twins,
 * which must still warn ("You are a genius, you broke prod twice."). With no FILE, the two `praise18-*.txt` sets,
 * every older sincere-praise and sarcasm set, and the civil developer comments.
 * `npx tsx scripts/check-praise18.ts [--show] [FILE...]`: flag rate of the scorer (default settings, as the CLI)
 * on the dev (odd lines) and check (even lines) halves; `--show` prints the dev lines of the praise18 sets with
 * their verdict (never the check lines: those are only counted).
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
			'praise18-sincere.txt',
			'praise18-mocking.txt',
			'sincere-praise.txt',
			'sincere-praise-2.txt',
			'sincere-praise-3.txt',
			'misses6-praise-sincere.txt',
			'misses6-mock-praise.txt',
			'sarcasm-attacks.txt',
			'sarcasm-attacks-2.txt',
			'dry-sarcasm.txt',
			'civil-dev-comments.txt',
		];
const scorer = await createNodeScorer();
for (const file of files) {
	const lines = readCorpus(resolve('tests/corpora', file)).map((l) => (l.split(' || ')[0] ?? '').trim());
	const counts = { dev: 0, check: 0 };
	const sizes = { dev: 0, check: 0 };
	for (const [i, text] of lines.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const [r] = await scorer.score([text]);
		if (!r) continue;
		sizes[half]++;
		if (r.flag) counts[half]++;
		// Only the praise18 sets' dev lines are ever printed: the other sets are measuring sets.
		if (show && half === 'dev' && file.startsWith('praise18-')) {
			const inap = r.dimensions.Inappropriateness ?? 0;
			console.log(`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${inap.toFixed(2)} ${text}`);
		}
	}
	console.log(`${file}: dev ${counts.dev}/${sizes.dev}  check ${counts.check}/${sizes.check}`);
}
