/**
 * `npx tsx scripts/check-civil2.ts [--show]`: session 13's civil drafts that used to warn and their attack
 * look-alikes, at default settings (as the CLI). Civil sets (flag rate should be low): frustrated but civil bug
 * reports (tests/corpora/frustrated-reports.txt) and bug reports quoting rude or violent error strings and log
 * lines (quoted-errors-civil.txt). Attack sets (flag rate should stay high): the same shapes aimed at a person
 * (frustrated-reports-attacks.txt, quoted-errors-attacks.txt). Each file is split into dev (odd lines) and check
 * (even lines) halves; `--show` prints the dev lines with their verdict, never the check lines (only counted).
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const SETS = [
	{ file: 'frustrated-reports.txt', civil: true },
	{ file: 'quoted-errors-civil.txt', civil: true },
	{ file: 'frustrated-reports-attacks.txt', civil: false },
	{ file: 'quoted-errors-attacks.txt', civil: false },
] as const;

const show = process.argv.includes('--show');
const scorer = await createNodeScorer();
for (const { file, civil } of SETS) {
	const lines = readCorpus(resolve('tests/corpora', file));
	const flagged = { dev: 0, check: 0 };
	const sizes = { dev: 0, check: 0 };
	for (const [i, text] of lines.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const [r] = await scorer.score([text]);
		if (!r) continue;
		sizes[half]++;
		if (r.flag) flagged[half]++;
		if (show && half === 'dev' && r.flag === civil)
			console.log(`  ${r.flag ? 'FLAG' : 'pass'} ${r.toxic.toFixed(2)} ${text}`);
	}
	const kind = civil ? 'civil, flagged' : 'attacks, caught';
	console.log(`${file} (${kind}): dev ${flagged.dev}/${sizes.dev}  check ${flagged.check}/${sizes.check}`);
}
