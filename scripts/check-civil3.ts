/**
 * `npx tsx scripts/check-civil3.ts [--show]`: session 14's civil developer talk that used to warn, and its attack
 * twins, at default settings (as the CLI). Five kinds, each a civil set (flag rate should be low) and an attack
 * set with the same shapes aimed at a person (caught rate should stay high), in tests/corpora:
 * - civil3-generic-you: "you" meaning "one" ("If you pass null it crashes.");
 * - civil3-imperatives: imperatives with a technical object ("Keep up with the changelog, it moves fast.");
 * - civil3-tool-output: a program's output reported without quotes ("The tool says stupid user, try again");
 * - civil3-tool-names: tools whose names are ordinary words ("Black hates my damn long lines."), scored with the
 *   swearing-at-tools opt-in on (the setting a user who swears at tools has) and, second, at default settings;
 * - civil3-dev-talk: blunt reviews, heated but civil disagreement, sarcasm about the code itself.
 * Each file is split into dev (odd lines, tuned on) and check (even lines, only counted) halves; `--show` prints
 * the dev lines a rule gets wrong, never the check lines. Last, the civil developer comments set (counts only).
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import type { ScoreOptions } from '../models/scoring/types.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const KINDS = ['generic-you', 'imperatives', 'tool-output', 'tool-names', 'dev-talk'] as const;
const SWEARING: ScoreOptions = { allowSwearingAtThings: true };

const show = process.argv.includes('--show');
const scorer = await createNodeScorer();

async function count(file: string, civil: boolean, options?: ScoreOptions, label = '') {
	const lines = readCorpus(resolve('tests/corpora', file));
	const flagged = { dev: 0, check: 0 };
	const sizes = { dev: 0, check: 0 };
	for (const [i, text] of lines.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const [r] = await scorer.score([text], options);
		if (!r) continue;
		sizes[half]++;
		if (r.flag) flagged[half]++;
		if (show && half === 'dev' && r.flag === civil)
			console.log(`  ${r.flag ? 'FLAG' : 'pass'} ${r.toxic.toFixed(2)} ${text}`);
	}
	const kind = civil ? 'civil, flagged' : 'attacks, caught';
	console.log(
		`${file}${label} (${kind}): dev ${flagged.dev}/${sizes.dev}  check ${flagged.check}/${sizes.check}`,
	);
}

for (const kind of KINDS) {
	const options = kind === 'tool-names' ? SWEARING : undefined;
	const label = options ? ' [swearing at tools allowed]' : '';
	await count(`civil3-${kind}.txt`, true, options, label);
	await count(`civil3-${kind}-attacks.txt`, false, options, label);
	if (options) {
		await count(`civil3-${kind}.txt`, true, undefined, ' [default]');
		await count(`civil3-${kind}-attacks.txt`, false, undefined, ' [default]');
	}
}
// Measure only: never shown, never tuned on.
const lines = readCorpus(resolve('tests/corpora', 'civil-dev-comments.txt'));
const flagged = { dev: 0, check: 0 };
for (const [i, text] of lines.entries()) {
	const [r] = await scorer.score([text]);
	if (r?.flag) flagged[i % 2 === 0 ? 'dev' : 'check']++;
}
const half = (k: 0 | 1) => lines.filter((_, i) => i % 2 === k).length;
console.log(
	`civil-dev-comments.txt (civil, flagged): dev ${flagged.dev}/${half(0)}  check ${flagged.check}/${half(1)}`,
);
