/**
 * A/B of two checkouts' scorers in ONE process, interleaved draft by draft on the same bench drafts (on a loaded
 * machine, separate processes taking turns say little): wall and CPU time per draft (p50/p95/mean), and whether
 * every result is identical (JSON of the full ScoreResult).
 * Usage: npx tsx scripts/bench/ab.ts OLD_CHECKOUT [LENGTH=1000] [DRAFTS=400] [abusive|civil]
 * (OLD_CHECKOUT: e.g. `git archive BASE | tar -x -C /tmp/old`, with node_modules linked in.)
 */
import path from 'node:path';
import { createNodeScorer } from '../../models/scoring/node-scorer.ts';
import { benchDraft, civilDraft, summarize } from './drafts.ts';

const old = path.resolve(process.argv[2] ?? '');
const length = Number(process.argv[3] ?? 1000);
const drafts = Number(process.argv[4] ?? 400);
const abusive = process.argv[5] === 'abusive';
/** `civil`: drafts that are not flagged (drafts.ts `civilDraft`), the path most keystrokes take. */
const civil = process.argv[5] === 'civil';
const draftOf = (v: number) => (civil ? civilDraft(length, v) : benchDraft(length, v, abusive));
const oldModule = (await import(path.join(old, 'models/scoring/node-scorer.ts'))) as {
	createNodeScorer: typeof createNodeScorer;
};
const scorers = { old: await oldModule.createNodeScorer(), new: await createNodeScorer() };
const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};
for (let v = 0; v < 300; v++) for (const s of Object.values(scorers)) await s.score([draftOf(1e6 + v)]);
const wall = { old: [] as number[], new: [] as number[] };
const cpu = { old: [] as number[], new: [] as number[] };
let differ = 0;
for (let v = 1; v <= drafts; v++) {
	const draft = draftOf(v);
	const order = v % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const);
	const out: Record<string, string> = {};
	for (const k of order) {
		const c = cpuMs();
		const t = performance.now();
		const r = await scorers[k].score([draft]);
		wall[k].push(performance.now() - t);
		cpu[k].push(cpuMs() - c);
		out[k] = JSON.stringify(r);
	}
	if (out.old !== out.new) differ++;
}
const line = (a: number[]) => {
	const s = summarize(a);
	return `p50 ${s.p50.toFixed(3)} p95 ${s.p95.toFixed(3)} mean ${(a.reduce((x, y) => x + y, 0) / a.length).toFixed(3)}`;
};
console.log(
	`${drafts} drafts of ${length} chars${abusive ? ' (abusive)' : civil ? ' (civil)' : ''}, interleaved, ms per draft:`,
);
for (const k of ['old', 'new'] as const) console.log(`  ${k}: CPU ${line(cpu[k])} | wall ${line(wall[k])}`);
console.log(`  results differing: ${differ}`);
for (const s of Object.values(scorers)) await s.dispose();
