// Toxic graph cost by hidden width (session 6 experiment): the shipped toxic.onnx and a candidate, in one Node
// process on onnxruntime-web WASM (1 thread), interleaved draft by draft on bench drafts, probability pass only
// (what a civil draft pays) and the explaining pass. Usage: npx tsx ort-width.ts models/toxic.onnx /tmp/cand/toxic.onnx
import { readFileSync } from 'node:fs';
import { type FeatureConfig, featurizeTokens, tokenize } from '../../../models/features/featurize.ts';
import { aggregate } from '../../../models/scoring/model-inputs.ts';
import { benchDraft } from '../../bench/drafts.ts';

const ort = await import('onnxruntime-web/wasm');
ort.env.wasm.numThreads = 1;
ort.env.wasm.proxy = false;
const cfg = JSON.parse(readFileSync('models/manifest.json', 'utf8')).models[0].features as FeatureConfig;
const files = process.argv.slice(2);
const sessions = await Promise.all(
	files.map((f) => ort.InferenceSession.create(new Uint8Array(readFileSync(f)))),
);
const empty = {
	sentences: new ort.Tensor('bool', [false], []),
	sentIds: new ort.Tensor('int32', new Int32Array(0), [0]),
	sentVals: new ort.Tensor('float32', new Float32Array(0), [0]),
	sentStarts: new ort.Tensor('int32', new Int32Array(0), [0]),
	sentEnds: new ort.Tensor('int32', new Int32Array(0), [0]),
};
const pct = (xs: number[], q: number) =>
	[...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] as number;
for (const length of [1000, 5000]) {
	for (const explain of [false, true]) {
		const times: number[][] = files.map(() => []);
		for (let i = 0; i < 600; i++) {
			const a = aggregate(featurizeTokens(tokenize(benchDraft(length, i)), cfg));
			const feeds = {
				ids: new ort.Tensor('int32', a.ids, [a.ids.length]),
				vals: new ort.Tensor('float32', a.vals, [a.vals.length]),
				explain: new ort.Tensor('bool', [explain], []),
				...empty,
			};
			for (const [k, s] of sessions.entries()) {
				const t = performance.now();
				await s.run(feeds, [explain ? 'contrib' : 'probs']);
				if (i >= 100) times[k]?.push(performance.now() - t);
			}
		}
		console.log(
			`${length} chars, ${explain ? 'explain' : 'probs  '}: ${files
				.map(
					(f, k) =>
						`${f} p50 ${pct(times[k] ?? [], 0.5).toFixed(3)} p95 ${pct(times[k] ?? [], 0.95).toFixed(3)} ms`,
				)
				.join(' | ')}`,
		);
	}
}
