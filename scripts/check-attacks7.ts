/**
 * Session 20 (attacks7): attacks the older corpora under-cover (short blunt verdicts on an idea or the reader,
 * dismissive rhetorical questions paired with a verdict, veiled threats in ordinary words, threats softened by a
 * friendly tail, contempt in lower-case chat style) and their civil twins line for line with the same words or
 * frames. Written by hand before any rule; `# kind:` lines tag each kind.
 * `npx tsx scripts/check-attacks7.ts [--show]`: flag rate of the scorer (default settings, as the CLI) per file
 * and kind, and, for flagged attacks made of a question then a statement, how many underline only the question
 * ("Did you even read the post? What a waste of time" underlined "Did", "even", "read", not "waste of time");
 * `--show` prints the DEV lines with their verdict and underlined words (never the check lines: only counted).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

const show = process.argv.includes('--show');
const files = [
	{ file: 'attacks7-dev.txt', half: 'dev', attack: true },
	{ file: 'attacks7-check.txt', half: 'check', attack: true },
	{ file: 'attacks7-civil-dev.txt', half: 'dev', attack: false },
	{ file: 'attacks7-civil-check.txt', half: 'check', attack: false },
] as const;
const scorer = await createNodeScorer();
for (const set of files) {
	// The kind tags are comments for readCorpus; read them here to count per kind.
	const rows: { kind: string; text: string }[] = [];
	let kind = '';
	for (const raw of readFileSync(resolve('tests/corpora', set.file), 'utf8').split('\n')) {
		const line = raw.trim();
		if (line.startsWith('# kind:'))
			kind = line
				.slice(7)
				.trim()
				.replace(/ \(civil twins\)$/, '');
		else if (line && !line.startsWith('#')) rows.push({ kind, text: line });
	}
	const perKind = new Map<string, [number, number]>();
	let flagged = 0;
	let pointless = 0;
	for (const { kind, text } of rows) {
		const [r] = await scorer.score([text]);
		if (!r) continue;
		const [f, n] = perKind.get(kind) ?? [0, 0];
		perKind.set(kind, [f + (r.flag ? 1 : 0), n + 1]);
		if (r.flag) flagged++;
		const under = r.spans.map((s) => text.slice(s.start, s.end));
		// A question, then a statement after it: the statement is the verdict, and some underline should be in it.
		const asked = text.indexOf('?');
		const verdict = asked >= 0 && /\p{L}/u.test(text.slice(asked + 1));
		if (r.flag && set.attack && verdict && r.spans.every((s) => s.end <= asked)) pointless++;
		if (show && set.half === 'dev')
			console.log(`  ${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${text}  [${under.join('|')}]`);
	}
	const what = set.attack ? 'attacks caught' : 'civil twins flagged';
	const spans = set.attack ? `  (question then verdict, underlined only in the question: ${pointless})` : '';
	console.log(`${set.file}: ${what} ${flagged}/${rows.length}${spans}`);
	for (const [k, [f, n]] of perKind) console.log(`    ${k}: ${f}/${n}`);
}
