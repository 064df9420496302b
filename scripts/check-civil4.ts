/**
 * `npx tsx scripts/check-civil4.ts [--show]`: session 15's civil developer talk that used to warn, and its attack
 * twins, at default settings (as the CLI). Four kinds, each a civil set (flag rate should be low) and an attack
 * set with the same shapes aimed at a person (caught rate should stay high), in tests/corpora:
 * - civil4-intensifiers: praise with a negative intensifier ("Ruff is stupidly fast", "insanely good");
 * - civil4-damage-metaphors: damage done by code, decisions or history ("this dependency is killing our build
 *   times", "that decision came back to haunt us");
 * - civil4-bug-narration: second person in plain bug narration ("You get a blank page if you reload twice.");
 * - civil4-output-endorse: a program's message reported without quotes that the writer takes up as their own
 *   ("The installer says stupid user, a fair description of whoever filed this.", "…, take it personally"), and
 *   civil twins that mention the same words without taking the message up.
 * Each file is split into dev (odd lines, tuned on) and check (even lines, only counted) halves; `--show` prints
 * the dev lines a rule gets wrong, never the check lines. Last, the civil developer comments set (counts only).
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const KINDS = ['intensifiers', 'damage-metaphors', 'bug-narration', 'output-endorse'] as const;

const show = process.argv.includes('--show');
const scorer = await createNodeScorer();

async function count(file: string, civil: boolean) {
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
			console.log(
				`  ${r.flag ? 'FLAG' : 'pass'} t${r.toxic.toFixed(2)} i${r.inappropriate.toFixed(2)} ${text}`,
			);
	}
	const kind = civil ? 'civil, flagged' : 'attacks, caught';
	console.log(`${file} (${kind}): dev ${flagged.dev}/${sizes.dev}  check ${flagged.check}/${sizes.check}`);
}

for (const kind of KINDS) {
	await count(`civil4-${kind}.txt`, true);
	await count(`civil4-${kind}-attacks.txt`, false);
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
