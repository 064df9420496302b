/**
 * Fingerprints what `tactful score` says, to prove a runtime change leaves every score AND span byte-identical:
 * every line of tests/corpora/*.txt (except the blind fresh-* sets, which stay unread) plus the bench's own
 * drafts (scripts/bench/drafts.ts: 100 / 1,000 / 5,000 characters, civil and abusive) are scored
 * - as the CLI does (batches of 256, default options; its JSON lines, cli/score.ts),
 * - one at a time as the extension does, with the full ScoreResult (spans with their head, toxicFold, ...),
 *   under the default options, `allowSwearingAtThings`, sensitivity 0.8 and `wholeDraft`,
 * each with a fresh scorer, and the sha256 of each mode's JSON lines (and of all of them) is printed.
 * Usage: npx tsx scripts/score-hash.ts [MODELS_DIR]   (run it before and after a change; the hashes must match)
 * `SCORE_HASH_DUMP=DIR` also writes each mode's lines, one `[draft, line]` JSON array each, to DIR/<mode>.jsonl,
 * so a change meant to move only spans can be diffed line by line (session 14).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toOutputLine } from '../cli/score.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import type { ScoreOptions } from '../models/scoring/types.ts';
import { benchDraft } from './bench/drafts.ts';

const modelsDir = process.argv[2];
const dumpDir = process.env.SCORE_HASH_DUMP;
if (dumpDir) mkdirSync(dumpDir, { recursive: true });
const CORPORA = path.resolve(import.meta.dirname, '../tests/corpora');

const drafts: string[] = [];
for (const file of readdirSync(CORPORA).sort()) {
	// The fresh-* sets are a blind measuring set (the lead's check-fresh.ts): not read here.
	if (!file.endsWith('.txt') || file.startsWith('fresh-')) continue;
	for (const line of readFileSync(path.join(CORPORA, file), 'utf8').split('\n'))
		if (line.trim()) drafts.push(line);
}
const corpusLines = drafts.length;
for (const length of [100, 1000, 5000])
	for (let v = 1; v <= 40; v++) drafts.push(benchDraft(length, v), benchDraft(length, v, true));

const all = createHash('sha256');
const t0 = performance.now();

async function mode(name: string, run: (texts: string[]) => Promise<string[]>): Promise<void> {
	const lines = await run(drafts);
	const hash = createHash('sha256');
	for (const line of lines) {
		hash.update(`${line}\n`);
		all.update(`${line}\n`);
	}
	console.log(`${name.padEnd(28)} ${lines.length} results  sha256 ${hash.digest('hex')}`);
	if (dumpDir)
		writeFileSync(
			path.join(dumpDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.jsonl`),
			lines.map((line, i) => `${JSON.stringify([drafts[i], line])}\n`).join(''),
		);
}

await mode('cli (batches of 256)', async (texts) => {
	const scorer = await createNodeScorer(modelsDir);
	const lines: string[] = [];
	for (let i = 0; i < texts.length; i += 256)
		for (const r of await scorer.score(texts.slice(i, i + 256))) lines.push(toOutputLine(r));
	await scorer.dispose();
	return lines;
});

const OPTIONS: [string, ScoreOptions][] = [
	['one by one, default', {}],
	['one by one, swearing allowed', { allowSwearingAtThings: true }],
	['one by one, sensitivity 0.8', { sensitivity: 0.8 }],
	['one by one, wholeDraft', { wholeDraft: true }],
];
for (const [name, options] of OPTIONS)
	await mode(name, async (texts) => {
		const scorer = await createNodeScorer(modelsDir);
		const lines: string[] = [];
		for (const text of texts) {
			const [r] = await scorer.score([text], options);
			lines.push(JSON.stringify(r));
		}
		await scorer.dispose();
		return lines;
	});

console.log(
	`${drafts.length} drafts (${corpusLines} corpus lines + ${drafts.length - corpusLines} bench drafts), ` +
		`${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
console.log(`all modes sha256 ${all.digest('hex')}`);
