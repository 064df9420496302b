/**
 * Shares of a CPU profile's busy time by part of the scorer (self time, attributed by source file): the table in
 * models/README.md "Speed". Idle time and start-up (module loading, compiling) are left out.
 * Usage: npx tsx --cpu-prof --cpu-prof-dir=DIR scripts/bench/profile.ts 1000 1000
 *        node scripts/bench/shares.mjs DIR/CPU.….cpuprofile
 */
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
	const id = profile.samples[i];
	self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

/** The part of the scorer a function belongs to (undefined: idle or start-up, not counted). */
function part(url, fn) {
	if (fn === '(idle)') return undefined;
	if (fn === '(garbage collector)') return 'garbage collection';
	if (
		/onnxruntime-web|^wasm:|ort-models|ort-serial/.test(url) ||
		/wasm-function|JSToWasm|wasm-to-js|js-to-wasm/.test(fn)
	)
		return 'ORT runs (WASM + its JS glue and feeds)';
	if (/features\/(hashing|featurize|layout|slot-table)|model-inputs/.test(url)) return 'featurisation';
	if (/sarcasm|dry-sarcasm|decision-sarcasm|passive-aggressive|mock-praise/.test(url)) return 'sarcasm rules';
	if (/features\/style|style-stack|toxic-fold|score-entry|probability-pass/.test(url))
		return 'style stackers + toxic fold + entry';
	if (/scoring\/(sentences|sentence-pass|insult-target)/.test(url)) return 'sentence split + sentence pass';
	if (/text\/(normalize|mask)|addresses/.test(url)) return 'normalisation + masking';
	if (/scoring\/(onnx-scorer|decide|lru|node-scorer)/.test(url)) return 'scorer glue, decide, caches';
	if (/models\/scoring\//.test(url)) return 'other rules';
	if (
		/esm\/|module_job|source_map|tsx|esbuild|node:internal|internal\//.test(url) ||
		/compile|evaluate/.test(fn)
	)
		return undefined;
	return 'other (V8 natives, regex engine, bench loop)';
}

const shares = new Map();
let busy = 0;
for (const [id, t] of self) {
	const { url, functionName } = byId.get(id).callFrame;
	const p = part(url, functionName);
	if (p === undefined) continue;
	shares.set(p, (shares.get(p) ?? 0) + t);
	busy += t;
}
console.log(`busy (idle and start-up left out): ${(busy / 1000).toFixed(0)} ms`);
for (const [p, t] of [...shares].sort((a, b) => b[1] - a[1]))
	console.log(`${((100 * t) / busy).toFixed(1).padStart(5)} %  ${p}`);
