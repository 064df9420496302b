/**
 * Session 27 (camo27): insults split by in-word separators ("st-upid", "mor-on", "st.u.p.i.d", "s t-u p i d",
 * normalize.ts `findSplitWords`) and civil developer text heavy in hyphens, dots and underscores (versions, paths,
 * flags, "e.g.", compounds, initials). `npx tsx scripts/check-split27.ts [--show]`: per file and scoring mode
 * (default as the CLI, swearing at things allowed, sensitivity 0.8, wholeDraft) how many lines flag, and on how
 * many the split-word step changed the normalised text at all (`normalize(text)` against `normalize(text, false)`;
 * 0 before session 27), and for the insult sets how many flag when written plainly (the offline fixer's
 * `decamouflage`: the ceiling for this step). `--show` prints the DEV and civil lines with their default verdict,
 * toxic score, underlined words and normalised text; the check half is only counted.
 * Session 28 (loose28) adds the split28 sets: split words that are also stretched ("st-uuupid", "i-d-i-i-o-t",
 * "m.o.o.o.r.o.n") and civil text with separators and repeated letters ("sooo-called", "re-asssess").
 */
import { resolve } from 'node:path';
import { decamouflage } from '../models/rewrite/fixer-camouflage.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import type { ScoreOptions } from '../models/scoring/types.ts';
import { normalize } from '../models/text/normalize.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const show = process.argv.includes('--show');
const MODES: [string, ScoreOptions][] = [
	['default', {}],
	['swearing allowed', { allowSwearingAtThings: true }],
	['sensitivity 0.8', { sensitivity: 0.8 }],
	['wholeDraft', { wholeDraft: true }],
];
const sets = [
	{ file: 'split27-dev.txt', what: 'split insults caught', shown: true },
	{ file: 'split27-check.txt', what: 'split insults caught', shown: false },
	{ file: 'split27-civil.txt', what: 'civil flagged', shown: true },
	{ file: 'split28-dev.txt', what: 'split insults caught', shown: true },
	{ file: 'split28-check.txt', what: 'split insults caught', shown: false },
	{ file: 'split28-civil.txt', what: 'civil flagged', shown: true },
] as const;
const scorer = await createNodeScorer();
for (const set of sets) {
	const lines = readCorpus(resolve('tests/corpora', set.file));
	const counts = MODES.map(() => 0);
	let changed = 0;
	let plain = 0;
	for (const text of lines) {
		const norm = normalize(text).text;
		if (norm !== normalize(text, false).text) changed++;
		if (set.what !== 'civil flagged') {
			const [p] = await scorer.score([decamouflage(text)]);
			if (p?.flag) plain++;
		}
		for (const [m, [, options]] of MODES.entries()) {
			const [r] = await scorer.score([text], options);
			if (!r) continue;
			if (r.flag) counts[m] = (counts[m] ?? 0) + 1;
			if (show && set.shown && m === 0) {
				const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
				console.log(`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}  [${under}]  => ${norm}`);
			}
		}
	}
	const perMode = MODES.map(([name], m) => `${name} ${counts[m]}`).join(', ');
	console.log(
		`${set.file}: ${set.what} (of ${lines.length}) ${perMode}; split joined in ${changed}${
			set.what === 'civil flagged' ? '' : `; written plainly, default flags ${plain}`
		}`,
	);
}
await scorer.dispose();
