/**
 * Session 27 (misses27): superlative put-downs of the reader's work ("the stupidest patch I have ever seen", "the
 * dumbest PR I've reviewed this year") and their civil twins (self, factual, technical, praise, third parties).
 * `npx tsx scripts/check-misses27.ts [--show]`: flagged counts of the scorer (default settings, as the CLI) on the
 * dev (1st, 3rd, … draft) and check halves, per file; `--show` prints only dev lines with verdict, toxic score and
 * underlined words (check lines are only counted).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

const show = process.argv.includes('--show');
const scorer = await createNodeScorer();
for (const file of ['superlatives27.txt', 'superlatives27-civil.txt']) {
	// The kind tags are comments for readCorpus; read them here to count per kind. Halves alternate over drafts.
	const rows: { kind: string; text: string }[] = [];
	let kind = '';
	for (const raw of readFileSync(resolve('tests/corpora', file), 'utf8').split('\n')) {
		const line = raw.trim();
		if (line.startsWith('# kind:'))
			kind = line
				.slice(7)
				.trim()
				.replace(/ \(civil twins\)$/, '');
		else if (line && !line.startsWith('#')) rows.push({ kind, text: line });
	}
	const counts = { dev: 0, check: 0 };
	const sizes = { dev: 0, check: 0 };
	const perKind = new Map<string, { dev: number; check: number; n: number }>();
	for (const [i, { kind, text }] of rows.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const [r] = await scorer.score([text]);
		if (!r) continue;
		sizes[half]++;
		const k = perKind.get(kind) ?? { dev: 0, check: 0, n: 0 };
		k.n++;
		if (r.flag) {
			counts[half]++;
			k[half]++;
		}
		perKind.set(kind, k);
		if (show && half === 'dev') {
			const under = r.spans.map((s) => text.slice(s.start, s.end)).join('|');
			console.log(`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}  [${under}]`);
		}
	}
	const what = file.includes('civil') ? 'civil twins flagged' : 'attacks caught';
	console.log(`${file}: ${what} dev ${counts.dev}/${sizes.dev}  check ${counts.check}/${sizes.check}`);
	for (const [name, k] of perKind) console.log(`    ${name}: dev ${k.dev}  check ${k.check}  (of ${k.n})`);
}
