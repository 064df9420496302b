/**
 * Session 31 (strict31): civil readings held under the flag point at every sensitivity (models/scoring/civil-hold.ts).
 * For the corpora of the nine civil-cap rules (their civil sets and hostile twins), and for every civil and every
 * hostile corpus of tests/corpora together (the blind fresh-* sets are never read), prints how many lines flag at
 * sensitivities 0.2 / 0.5 / 0.8 / 1.0: civil lines flagged should fall at 0.8 and 1.0, hostile lines caught must not.
 * `npx tsx scripts/check-strict31.ts [--dump FILE]`: `--dump` writes every line's flags (one JSON object per line)
 * so two runs (before / after) can be compared line by line.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const SENSITIVITIES = [0.2, 0.5, 0.8, 1] as const;
const CORPORA = resolve(import.meta.dirname, '../tests/corpora');
const dumpAt = process.argv.indexOf('--dump');
const dumpFile = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;

/** The rules' own sets: civil lines (flagged should fall at Strict) and their hostile twins (caught must not). */
const RULE_SETS: { rule: string; civil: string[]; hostile: string[] }[] = [
	{
		rule: 'admissions',
		civil: ['admissions30-dev', 'admissions30-check'],
		hostile: ['admissions30-hostile'],
	},
	{ rule: 'help-pings, frustration', civil: ['civil30-dev', 'civil30-check'], hostile: ['civil30-hostile'] },
	{ rule: 'firm-not-personal', civil: ['civil30b-dev', 'civil30b-check'], hostile: ['civil30b-hostile'] },
	{
		rule: 'sincere praise',
		civil: [
			'praise18-sincere',
			'sincere-praise',
			'sincere-praise-2',
			'sincere-praise-3',
			'misses6-praise-sincere',
		],
		hostile: ['praise18-mocking', 'misses6-mock-praise'],
	},
	{ rule: 'impatient reports', civil: ['frustrated-reports'], hostile: ['frustrated-reports-attacks'] },
	{
		rule: 'civil dev idioms',
		civil: ['civil4-intensifiers', 'civil4-damage-metaphors', 'civil4-bug-narration'],
		hostile: [
			'civil4-intensifiers-attacks',
			'civil4-damage-metaphors-attacks',
			'civil4-bug-narration-attacks',
		],
	},
	{
		rule: 'strict31 CHECK set (written before any result)',
		civil: ['strict31-check-civil'],
		hostile: ['strict31-check-hostile'],
	},
	{ rule: 'civil30 dev', civil: ['civil30-dev'], hostile: [] },
	{ rule: 'civil30b dev', civil: ['civil30b-dev'], hostile: [] },
	{
		rule: 'plain statements',
		civil: ['civil8-dev', 'civil8-check', 'civil9-dev', 'civil9-check', 'civil10-dev', 'civil10-check'],
		hostile: [
			'civil8-hostile-dev',
			'civil8-hostile-check',
			'civil9-hostile-dev',
			'civil9-hostile-check',
			'civil10-hostile-dev',
			'civil10-hostile-check',
		],
	},
];

/** Corpora of attacks (hostile sets, attack twins, mocking praise, threats, insults, the misses' attack halves). */
const HOSTILE =
	/hostile|attacks|mocking|mock-praise|abusive|insults-at|swearing-at-people|^threats|^misses\d|^mock30-(dev|check)|^putdown30-(dev|check)|^putdowns27|^verdicts30-(dev|check)|^dismissals\.|^sarcasm-decisions\.|^dry-sarcasm\.|^passive-aggressive\.|thanks-then-jab|^camouflaged/;
/** Corpora of civil lines (civil sets and twins, sincere praise). */
const CIVIL = /civil|sincere|twins/;
const files = readdirSync(CORPORA)
	.filter((f) => f.endsWith('.txt') && !f.startsWith('fresh-'))
	.map((f) => f.slice(0, -4))
	.sort();
const hostileFiles = files.filter((f) => HOSTILE.test(f) && !CIVIL.test(f));
const civilFiles = files.filter((f) => CIVIL.test(f) && !hostileFiles.includes(f));

const scorer = await createNodeScorer();
const flagsOf = new Map<string, boolean[]>();
const dump: { file: string; text: string; flags: boolean[] }[] = [];

/** Per sensitivity, how many lines of `names` flag (each file read once, each line scored once per sensitivity). */
async function count(names: readonly string[]): Promise<{ lines: number; flagged: number[] }> {
	const flagged = SENSITIVITIES.map(() => 0);
	let lines = 0;
	for (const name of names) {
		for (const text of readCorpus(resolve(CORPORA, `${name}.txt`))) {
			const key = `${name}\t${text}`;
			let flags = flagsOf.get(key);
			if (!flags) {
				flags = [];
				for (const sensitivity of SENSITIVITIES) {
					const [r] = await scorer.score([text], { sensitivity });
					flags.push(r?.flag === true);
				}
				flagsOf.set(key, flags);
				dump.push({ file: name, text, flags });
			}
			lines++;
			flags.forEach((f, m) => {
				if (f) flagged[m] = (flagged[m] ?? 0) + 1;
			});
		}
	}
	return { lines, flagged };
}

const row = (what: string, { lines, flagged }: { lines: number; flagged: number[] }) =>
	`| ${what} | ${lines} | ${flagged.join(' | ')} |`;

console.log(`| set | lines | ${SENSITIVITIES.map((s) => `flagged at ${s}`).join(' | ')} |`);
console.log(`|---|---|${SENSITIVITIES.map(() => '---').join('|')}|`);
for (const set of RULE_SETS) {
	console.log(row(`${set.rule}: civil`, await count(set.civil)));
	if (set.hostile.length > 0) console.log(row(`${set.rule}: hostile caught`, await count(set.hostile)));
}
console.log(row(`all civil corpora (${civilFiles.length} files)`, await count(civilFiles)));
console.log(row(`all hostile corpora (${hostileFiles.length} files): caught`, await count(hostileFiles)));
if (dumpFile) writeFileSync(dumpFile, `${dump.map((d) => JSON.stringify(d)).join('\n')}\n`);
await scorer.dispose();
