/**
 * Session 22 (attacks9): the attacks8 kinds said in other words (hate or contempt at the reader, chat
 * contempt with slang, veiled threats in ordinary words, threats to the reader's standing, sarcastic praise,
 * and their civil twins line for line. Written by hand before any rule.
 * `npx tsx scripts/check-attacks9.ts [--show]`: flag rate per file and kind (default settings, as the CLI);
 * `--show` prints the DEV lines with verdict, toxic score and underlined words (check lines are only counted).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

const show = process.argv.includes('--show');
const files = [
	{ file: 'attacks9-dev.txt', half: 'dev', attack: true },
	{ file: 'attacks9-check.txt', half: 'check', attack: true },
	{ file: 'attacks9-civil-dev.txt', half: 'dev', attack: false },
	{ file: 'attacks9-civil-check.txt', half: 'check', attack: false },
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
