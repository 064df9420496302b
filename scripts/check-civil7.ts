/**
 * Session 20 (civil7): ordinary civil developer talk in nine genres the older sets under-cover (review nits with
 * strong words about code, blameless post-mortems, changelogs, firm design disagreement, support replies, forum
 * moderation notices, emoji/markdown replies, non-native English, short one-liners) and hostile twins using the
 * same words at a person. `npx tsx scripts/check-civil7.ts [--show]`: flag rate of the scorer (default settings,
 * as the CLI) on each dev and check file; `--show` prints only the DEV files' lines that go the wrong way.
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const show = process.argv.includes('--show');
const sets = [
	{ file: 'civil7-dev.txt', half: 'dev', civil: true },
	{ file: 'civil7-check.txt', half: 'check', civil: true },
	{ file: 'civil7-hostile-dev.txt', half: 'dev', civil: false },
	{ file: 'civil7-hostile-check.txt', half: 'check', civil: false },
] as const;
const scorer = await createNodeScorer();
for (const set of sets) {
	const lines = readCorpus(resolve('tests/corpora', set.file));
	let flagged = 0;
	for (const text of lines) {
		const [r] = await scorer.score([text]);
		if (!r) continue;
		if (r.flag) flagged++;
		// Print the lines that went the wrong way, dev half only.
		if (show && set.half === 'dev' && r.flag === set.civil) {
			const inap = r.dimensions.Inappropriateness ?? 0;
			console.log(`  ${r.flag ? 'FLAG' : 'MISS'} ${r.toxic.toFixed(2)} ${inap.toFixed(2)} ${text}`);
		}
	}
	const what = set.civil ? 'civil flagged' : 'hostile caught';
	console.log(
		`${set.file}: ${what} ${flagged}/${lines.length} (${((100 * flagged) / lines.length).toFixed(1)} %)`,
	);
}
