/**
 * Counts, per bench draft (scripts/bench/drafts.ts, one draft per call through createNodeScorer, never a cache
 * hit), what a score does: ORT runs and their time by model and output, regex passes by module, and calls of
 * the featuriser, the normaliser and the sentence splitter (V8 precise coverage call counts).
 * Usage: npx tsx scripts/bench/count.ts [LENGTH=1000] [DRAFTS=200] [abusive]
 */
import { Session } from 'node:inspector/promises';
import { createNodeScorer } from '../../models/scoring/node-scorer.ts';
import { OrtModels } from '../../models/scoring/ort-models.ts';
import { benchDraft } from './drafts.ts';

const length = Number(process.argv[2] ?? 1000);
const drafts = Number(process.argv[3] ?? 200);
const abusive = process.argv[4] === 'abusive';
// COUNT=0 times the ORT runs alone (regex attribution and coverage slow every call down).
const detailed = process.env.COUNT !== '0';

// ORT runs: count and time every run by model file and outputs asked for.
const runs = new Map<string, { n: number; ms: number }>();
const tally = (key: string, ms: number) => {
	const r = runs.get(key) ?? { n: 0, ms: 0 };
	r.n++;
	r.ms += ms;
	runs.set(key, r);
};
const runOutputs = OrtModels.prototype.runOutputs;
OrtModels.prototype.runOutputs = async function (this: OrtModels, model, prepared, outputs, sentences) {
	const t = performance.now();
	const out = await runOutputs.call(this, model, prepared, outputs, sentences);
	const what = `${outputs.join('+')}${sentences?.starts.length ? `, ${sentences.starts.length} sentences` : ''}`;
	tally(
		`${model.file} ${prepared.inputs.ids.length ? 'draft' : 'no draft'} ${what.replace(/\d+ sentences/, 'sentences')}`,
		performance.now() - t,
	);
	return out;
};

// Regex passes: every top-level RegExp operation (test, exec, and the String methods that take a RegExp),
// attributed to the models/ module that asked for it.
const regex = new Map<string, number>();
let depth = 0;
const caller = () => {
	const stack = new Error().stack?.split('\n') ?? [];
	for (const line of stack.slice(3)) {
		const m = /models\/([\w/-]+\.ts)/.exec(line);
		if (m) return m[1] as string;
	}
	return '(other)';
};
let counting = false;
const proto = RegExp.prototype as unknown as Record<string | symbol, (...a: unknown[]) => unknown>;
if (detailed)
	for (const name of [
		'test',
		'exec',
		Symbol.replace,
		Symbol.match,
		Symbol.matchAll,
		Symbol.split,
		Symbol.search,
	]) {
		const original = proto[name] as (...a: unknown[]) => unknown;
		proto[name] = function (this: RegExp, ...args: unknown[]) {
			if (counting && depth === 0) {
				depth++;
				const key = caller();
				depth--;
				regex.set(key, (regex.get(key) ?? 0) + 1);
			}
			depth++;
			try {
				return original.apply(this, args);
			} finally {
				depth--;
			}
		};
	}

const scorer = await createNodeScorer();
for (let v = 0; v < 20; v++) await scorer.score([benchDraft(length, 1e6 + v, abusive)]);
runs.clear();
// An inspector session slows WebAssembly down (Liftoff for debugging): only when counting calls.
const session = new Session();
if (detailed) {
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
}
counting = detailed;
const t0 = performance.now();
for (let v = 1; v <= drafts; v++) await scorer.score([benchDraft(length, v, abusive)]);
const wall = (performance.now() - t0) / drafts;
counting = false;
const { result } = detailed ? await session.post('Profiler.takePreciseCoverage') : { result: [] };
if (detailed) await session.post('Profiler.stopPreciseCoverage');

const per = (n: number) => (n / drafts).toFixed(2).padStart(8);
console.log(
	`${drafts} drafts of ${length} chars${abusive ? ' (abusive)' : ''}: ${wall.toFixed(3)} ms mean (counting inflates it)`,
);
console.log('ORT runs per draft (runs, ms each):');
for (const [k, r] of runs) console.log(`${per(r.n)}  ${(r.ms / r.n).toFixed(3)} ms  ${k}`);
console.log('regex passes per draft, by module:');
for (const [k, n] of [...regex].sort((a, b) => b[1] - a[1])) console.log(`${per(n)}  ${k}`);
console.log('calls per draft (models/ functions called at least once per draft):');
const calls: [string, number][] = [];
for (const script of result) {
	const m = /models\/([\w/-]+\.ts)/.exec(script.url);
	if (!m) continue;
	for (const f of script.functions) {
		const count = f.ranges[0]?.count ?? 0;
		if (f.functionName && count >= drafts) calls.push([`${m[1]} ${f.functionName}`, count]);
	}
}
for (const [k, n] of calls.sort((a, b) => b[1] - a[1])) console.log(`${per(n)}  ${k}`);
await scorer.dispose();
