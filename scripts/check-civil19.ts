/**
 * Session 19 (civil6): ordinary civil developer talk in eleven genres (triage and stale bots, release notes,
 * review nits, support answers, CI talk, scheduling, thanks, polite disagreement, quoted errors, ops jargon
 * such as "kill the worker" / "nuke the cache", short pings) and hostile twins in the same settings.
 * `npx tsx scripts/check-civil19.ts [--show]`: flag rate of the scorer (default settings, as the CLI) on each
 * dev and check file; `--show` prints the DEV files' lines that go the wrong way (civil flagged, hostile missed)
 * with toxic / Inappropriateness, never a check line (those are only counted). `scripts/civil-why.ts` prints the
 * toxic graph's experts and gate for the dev lines.
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const show = process.argv.includes('--show');
const sets = [
	{ file: 'civil19-dev.txt', half: 'dev', civil: true },
	{ file: 'civil19-check.txt', half: 'check', civil: true },
	{ file: 'civil19-hostile-dev.txt', half: 'dev', civil: false },
	{ file: 'civil19-hostile-check.txt', half: 'check', civil: false },
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
