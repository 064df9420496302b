/**
 * A loop over the bench's drafts through the bench's scorer (createNodeScorer, one draft per call, never a
 * cache hit): for `node --cpu-prof` (where a score's time goes), and for A/B runs of two checkouts taking turns
 * on a loaded machine (wall p50/p95 and this process's CPU time per draft).
 * Usage: npx tsx [--cpu-prof --cpu-prof-dir=DIR] scripts/bench/profile.ts [LENGTH=1000] [DRAFTS=2000] [abusive|civil]
 */
import { createNodeScorer } from '../../models/scoring/node-scorer.ts';
import { benchDraft, civilDraft, summarize } from './drafts.ts';

const length = Number(process.argv[2] ?? 1000);
const drafts = Number(process.argv[3] ?? 2000);
const abusive = process.argv[4] === 'abusive';
/** `civil`: drafts that are not flagged (drafts.ts `civilDraft`), the path most keystrokes take. */
const civil = process.argv[4] === 'civil';
const draftOf = (v: number) => (civil ? civilDraft(length, v) : benchDraft(length, v, abusive));
const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};
const scorer = await createNodeScorer();
for (let v = 0; v < 300; v++) await scorer.score([draftOf(1e6 + v)]);
const wall: number[] = [];
const cpu0 = cpuMs();
const t0 = performance.now();
for (let v = 1; v <= drafts; v++) {
	const t = performance.now();
	await scorer.score([draftOf(v)]);
	wall.push(performance.now() - t);
}
const cpu = (cpuMs() - cpu0) / drafts;
const s = summarize(wall);
console.log(
	`${drafts} drafts of ${length} chars${abusive ? ' (abusive)' : civil ? ' (civil)' : ''}: wall p50 ${s.p50.toFixed(3)} p95 ` +
		`${s.p95.toFixed(3)} mean ${((performance.now() - t0) / drafts).toFixed(3)} ms, CPU ${cpu.toFixed(3)} ms per draft`,
);
await scorer.dispose();
