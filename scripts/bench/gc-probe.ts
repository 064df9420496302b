/**
 * Garbage per draft: the bench's drafts through the Node scorer (one per call, never a cache hit), with V8's GC
 * events counted (PerformanceObserver 'gc': scavenges and mark-compacts, their total and largest pause) and the
 * heap used / external memory after the loop. CPU time per draft beside them.
 * Usage: npx tsx scripts/bench/gc-probe.ts [LENGTH=1000] [DRAFTS=1000] [abusive|civil]
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { createNodeScorer } from '../../models/scoring/node-scorer.ts';
import { benchDraft, civilDraft, summarize } from './drafts.ts';

const length = Number(process.argv[2] ?? 1000);
const drafts = Number(process.argv[3] ?? 1000);
const abusive = process.argv[4] === 'abusive';
const civil = process.argv[4] === 'civil';
const draftOf = (v: number) => (civil ? civilDraft(length, v) : benchDraft(length, v, abusive));
const scorer = await createNodeScorer();
for (let v = 0; v < 300; v++) await scorer.score([draftOf(1e6 + v)]);
const kinds = new Map<string, { n: number; ms: number; max: number }>();
let on = false;
const obs = new PerformanceObserver((list) => {
	if (!on) return;
	for (const e of list.getEntries()) {
		const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
		const name =
			kind === constants.NODE_PERFORMANCE_GC_MINOR
				? 'scavenge'
				: kind === constants.NODE_PERFORMANCE_GC_MAJOR
					? 'mark-compact'
					: kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL
						? 'incremental'
						: `kind ${kind}`;
		const k = kinds.get(name) ?? { n: 0, ms: 0, max: 0 };
		k.n++;
		k.ms += e.duration;
		k.max = Math.max(k.max, e.duration);
		kinds.set(name, k);
	}
});
obs.observe({ entryTypes: ['gc'] });
const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};
const cpu: number[] = [];
on = true;
for (let v = 1; v <= drafts; v++) {
	const c = cpuMs();
	await scorer.score([draftOf(v)]);
	cpu.push(cpuMs() - c);
}
await new Promise((r) => setTimeout(r, 50));
on = false;
const s = summarize(cpu);
const mem = process.memoryUsage();
console.log(
	`${drafts} drafts of ${length}${abusive ? ' abusive' : civil ? ' civil' : ''}: CPU p50 ${s.p50.toFixed(3)} p95 ${s.p95.toFixed(3)} ms; heapUsed ${(mem.heapUsed / 2 ** 20).toFixed(1)} MB, external ${(mem.external / 2 ** 20).toFixed(1)} MB, arrayBuffers ${(mem.arrayBuffers / 2 ** 20).toFixed(1)} MB`,
);
for (const [name, k] of kinds)
	console.log(
		`  ${name}: ${k.n} (${(k.n / drafts).toFixed(3)}/draft), ${k.ms.toFixed(1)} ms total (${((k.ms / drafts) * 1000).toFixed(0)} µs/draft), max ${k.max.toFixed(2)} ms`,
	);
obs.disconnect();
await scorer.dispose();
