/**
 * Session 30 (recall30): (1) mocking comparisons aimed at the reader or their work ("Who reviewed this, a golden
 * retriever?", "My toddler writes cleaner code than you."): tests/corpora/mock30-dev.txt (tuned on),
 * mock30-check.txt (written before any result, only counted), mock30-civil.txt (civil twins); (2) the admissions30
 * sets (edges30) across sensitivities, since an admission's cap must hold at Strict too.
 * `npx tsx scripts/check-recall30.ts [--show]`: per file and sensitivity how many lines flag; `--show` prints the
 * dev half's and the twins' lines at the default sensitivity (the check half is only counted). `--per-line` prints,
 * for the admissions30 sets, each line's flags across sensitivities (to compare hostile catches line by line).
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const show = process.argv.includes('--show');
const perLine = process.argv.includes('--per-line');
const SENSITIVITIES = [0.5, 0.65, 0.8, 0.9, 1];
const sets = [
	{ file: 'mock30-dev.txt', what: 'hostile caught', shown: true },
	{ file: 'mock30-check.txt', what: 'hostile caught', shown: false },
	{ file: 'mock30-civil.txt', what: 'civil flagged', shown: true },
	{ file: 'admissions30-dev.txt', what: 'civil flagged', shown: false },
	{ file: 'admissions30-check.txt', what: 'civil flagged', shown: false },
	{ file: 'admissions30-hostile.txt', what: 'hostile caught', shown: false },
] as const;
const scorer = await createNodeScorer();
for (const set of sets) {
	const lines = readCorpus(resolve('tests/corpora', set.file));
	const counts = SENSITIVITIES.map(() => 0);
	for (const text of lines) {
		const marks: string[] = [];
		for (const [m, sensitivity] of SENSITIVITIES.entries()) {
			const [r] = await scorer.score([text], { sensitivity });
			if (!r) continue;
			if (r.flag) counts[m] = (counts[m] ?? 0) + 1;
			marks.push(r.flag ? 'F' : '.');
			if (m !== 0 || !show || !set.shown) continue;
			const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
			console.log(
				`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${r.inappropriate.toFixed(2)} ${text}  [${under}]`,
			);
		}
		if (perLine && set.file.startsWith('admissions30')) console.log(`  ${marks.join('')} ${text}`);
	}
	const perSensitivity = SENSITIVITIES.map((s, m) => `${s}: ${counts[m]}`).join(', ');
	console.log(`${set.file}: ${set.what} (of ${lines.length}) ${perSensitivity}`);
}
await scorer.dispose();
