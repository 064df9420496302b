/**
 * `npx tsx scripts/check-long-reviews.ts [--half dev|check] [--quiet]`: the offline fixer on long heated reviews
 * (tests/corpora/long-reviews-dev.txt / -check.txt: one draft a line, `\n` for line breaks, `draft || drop: a; b`;
 * each has an @mention, inline or fenced code, a `>` quote or a link). Session 21 (rewrite8): the check half was
 * written with the dev half, before any rule change, and never read while changing rules.
 * Runs the rewrite engine (offline backend, real ONNX scorer) at the dial's weights 0, 0.5 and 1 and prints, per
 * draft and summed up:
 * - offered: a candidate is offered (so it scored below the warning line and kept every protected token:
 *   reward.ts rejects the others), and the protected tokens are checked again here (protectedRanges, verbatim);
 * - attack: the `drop` words still in the top candidate at each weight;
 * - dial: whether the top candidate at weight 0 differs from the one at weight 1, and P(appropriate) of the top at 1.
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../models/rewrite/bandit.ts';
import { suggestRewrite } from '../models/rewrite/engine.ts';
import { createNodeScorerFor } from '../models/rewrite/node-setup.ts';
import { createOfflineBackend } from '../models/rewrite/offline-fixer.ts';
import { protectedRanges, protectedViolation } from '../models/rewrite/protected.ts';

const args = process.argv.slice(2);
const halves = args.includes('--half') ? [args[args.indexOf('--half') + 1] ?? 'dev'] : ['dev', 'check'];
const quiet = args.includes('--quiet');
const WEIGHTS = [0, 0.5, 1] as const;

type Draft = { text: string; drop: string[]; keep: string[] };
const list = (part: string | undefined, key: string) =>
	(part ?? '')
		.replace(new RegExp(`^\\s*${key}:\\s*`), '')
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
const read = (half: string): Draft[] =>
	readFileSync(`tests/corpora/long-reviews-${half}.txt`, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => {
			const [text = '', ...parts] = l.split(' || ');
			return {
				text: text.trim().replace(/\\n/g, '\n'),
				drop: list(
					parts.find((p) => /^\s*drop:/.test(p)),
					'drop',
				),
				keep: list(
					parts.find((p) => /^\s*keep:/.test(p)),
					'keep',
				),
			};
		});
const holds = (text: string, phrase: string) =>
	new RegExp(`(?<![\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text);

const { scorer } = await createNodeScorerFor('onnx');
const backend = createOfflineBackend();
for (const half of halves) {
	const drafts = read(half);
	let flagged = 0;
	let offered = 0;
	let clean = 0;
	let moved = 0;
	const attackLeft: Record<number, number> = { 0: 0, 0.5: 0, 1: 0 };
	const appAt1: number[] = [];
	const underlinedLeft: Record<number, number> = { 0: 0, 0.5: 0, 1: 0 };
	const calmLost: Record<number, number> = { 0: 0, 0.5: 0, 1: 0 };
	let calmTotal = 0;
	let calmLostAny = 0;
	for (const [i, { text, drop, keep }] of drafts.entries()) {
		const [score] = await scorer.score([text]);
		if (score?.flag) flagged++;
		calmTotal += keep.length;
		// The words the scorer underlines in the draft (its spans), the attack the rewrite is for.
		const underlined = [
			...new Set((score?.spans ?? []).map((s) => text.slice(s.start, s.end).trim())),
		].filter((w) => /\p{L}/u.test(w));
		const tops: (string | undefined)[] = [];
		const lines: string[] = [];
		for (const weight of WEIGHTS) {
			const { suggestion } = await suggestRewrite(
				{ text },
				{ backend, scorer, weight, random: seededRandom(i + 1) },
			);
			const best = suggestion.candidates[0];
			// Any offered candidate (the card lists them all): a fair sentence the "make it civil" one dropped.
			if (weight === 0.5)
				calmLostAny += keep.filter((k) => suggestion.candidates.some((c) => !holds(c.rewrite, k))).length;
			tops.push(best?.rewrite);
			if (!best) {
				if (weight === 0)
					for (const r of suggestion.rejected)
						lines.push(`    ✗ ${r.strategy}: ${r.rejected}: ${JSON.stringify(r.rewrite.slice(0, 160))}`);
				continue;
			}
			const left = drop.filter((d) => holds(best.rewrite, d));
			if (left.length) attackLeft[weight] = (attackLeft[weight] ?? 0) + 1;
			const still = underlined.filter((u) => holds(best.rewrite, u));
			if (still.length) underlinedLeft[weight] = (underlinedLeft[weight] ?? 0) + 1;
			const lost = keep.filter((k) => !holds(best.rewrite, k));
			calmLost[weight] = (calmLost[weight] ?? 0) + lost.length;
			if (weight === 1) appAt1.push(best.appropriate);
			lines.push(
				`  w${weight} ${best.strategy} app ${best.appropriate.toFixed(2)} sim ${best.similarity.toFixed(2)}${left.length ? ` ATTACK LEFT ${left.join(', ')}` : ''}${still.length ? ` UNDERLINED LEFT ${still.join(', ')}` : ''}${lost.length ? ` CALM LOST ${lost.join(', ')}` : ''}: ${JSON.stringify(best.rewrite)}`,
			);
		}
		const top = tops[0];
		if (top !== undefined) {
			offered++;
			const kept = protectedRanges(text).every((r) => top.includes(r.text));
			if (kept && protectedViolation(text, top) === undefined) clean++;
		}
		if (tops[0] !== tops[2]) moved++;
		if (quiet) continue;
		console.log(
			`\n[${half} ${i + 1}] flagged ${score?.flag ? 'y' : 'n'} underlined ${JSON.stringify(underlined)} ${JSON.stringify(text)}`,
		);
		for (const l of lines) console.log(l);
	}
	const n = drafts.length;
	const mean = appAt1.length ? appAt1.reduce((a, b) => a + b, 0) / appAt1.length : 0;
	console.log(
		`\n${half}: ${n} drafts, flagged ${flagged}; a candidate offered ${offered}/${n} (below the warning line, every protected token kept: ${clean}/${n}); top differs between weight 0 and 1: ${moved}/${n}; drafts whose top still holds a drop word at w0/w0.5/w1: ${attackLeft[0]}/${attackLeft[0.5]}/${attackLeft[1]}; mean P(appropriate) of the top at 1: ${mean.toFixed(2)} (min ${appAt1.length ? Math.min(...appAt1).toFixed(2) : '-'}); top still holds a word the scorer underlined in the draft at w0/w0.5/w1: ${underlinedLeft[0]}/${underlinedLeft[0.5]}/${underlinedLeft[1]}; calm phrases (keep:) lost from the top at w0/w0.5/w1: ${calmLost[0]}/${calmLost[0.5]}/${calmLost[1]} of ${calmTotal} (from any offered candidate: ${calmLostAny})`,
	);
}
