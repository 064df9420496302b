/**
 * `npx tsx scripts/check-fresh.ts [--set s12|s28|s30|s31] [--show] [--allow-swearing-at-things]`: the scorer at default
 * settings (as the CLI; the flag turns on the user's swearing opt-in) on a lead's independent pair of sets,
 * tests/corpora/fresh-SET-attacks.txt (share caught) and fresh-SET-civil.txt (share flagged), session 12's by default
 * (s28: calm-worded contempt at the reader and blunt civil talk to the reader; s30: calm and third-person
 * condescension, and short admissions and civil mentions of novices; s31: condescension, pity, gatekeeping and mock sweetness at
 * the reader, and civil lines sharing their words),
 * overall and per `# kind:` block; `--show` prints every missed attack and every flagged civil line. A measuring
 * set only: never tune a rule on it (write a new set instead).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

/** Drafts of a corpus with the kind named by the latest `# kind: NAME` line above each; other `#` lines are comments. */
function readTagged(path: string): { kind: string; text: string }[] {
	let kind = 'untagged';
	const out: { kind: string; text: string }[] = [];
	for (const raw of readFileSync(path, 'utf8').split('\n')) {
		const line = raw.trim();
		const tag = /^#\s*kind:\s*(\S+)/.exec(line);
		if (tag?.[1]) kind = tag[1];
		else if (line !== '' && !line.startsWith('#')) out.push({ kind, text: line });
	}
	return out;
}

const show = process.argv.includes('--show');
const options = process.argv.includes('--allow-swearing-at-things')
	? { allowSwearingAtThings: true }
	: undefined;
const setAt = process.argv.indexOf('--set');
const set = setAt >= 0 ? process.argv[setAt + 1] : 's12';
if (set !== 's12' && set !== 's28' && set !== 's30' && set !== 's31') {
	console.error('check-fresh: --set takes s12, s28, s30 or s31');
	process.exit(2);
}
const scorer = await createNodeScorer();
for (const [file, wanted, label] of [
	[`fresh-${set}-attacks.txt`, true, 'caught'],
	[`fresh-${set}-civil.txt`, false, 'flagged'],
] as const) {
	const perKind = new Map<string, { flagged: number; n: number; wrong: string[] }>();
	let flagged = 0;
	let n = 0;
	for (const { kind, text } of readTagged(resolve('tests/corpora', file))) {
		const [r] = await scorer.score([text], options);
		if (!r) continue;
		const k = perKind.get(kind) ?? { flagged: 0, n: 0, wrong: [] };
		perKind.set(kind, k);
		k.n++;
		n++;
		if (r.flag) {
			k.flagged++;
			flagged++;
		}
		if (r.flag !== wanted) k.wrong.push(`${r.toxic.toFixed(2)} ${text}`);
	}
	console.log(`${file}: ${label} ${flagged}/${n} (${((100 * flagged) / Math.max(1, n)).toFixed(1)}%)`);
	const tools = perKind.get('swearing-at-tools');
	if (tools)
		console.log(
			`  without swearing-at-tools (the swearing opt-in is off by default, so those may warn): ${label} ${flagged - tools.flagged}/${n - tools.n}`,
		);
	for (const [kind, k] of perKind) {
		console.log(`  ${kind.padEnd(22)} ${label} ${k.flagged}/${k.n}`);
		if (show) for (const w of k.wrong) console.log(`      ${wanted ? 'MISS' : 'FLAG'} ${w}`);
	}
}
