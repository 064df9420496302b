/**
 * Neural-encoder experiment (not shipped): ORT run time of an exported encoder (export.py) in Node,
 * onnxruntime-web WASM, 1 thread, on drafts of 100 / 1,000 / 5,000 characters built from the hand-written
 * developer talk. Inputs are prepared before timing (at runtime the featuriser's hashes would be regrouped).
 * `npx tsx models/train/neural-experiment/latency.ts ENCODER.onnx`
 */
import { readFileSync } from 'node:fs';
import { fnv1a, tokenize } from '../../features/featurize.ts';
import { createNodeScorer } from '../../scoring/node-scorer.ts';
import { developerTalk } from '../developer-talk.ts';

const file = process.argv[2] ?? '/tmp/s4-neural/enc-rand.onnx';
const B = 1 << 16;
const ort = await import('onnxruntime-web/wasm');
ort.env.wasm.numThreads = 1;
ort.env.wasm.proxy = false;
const s = await ort.InferenceSession.create(readFileSync(file));
const talk = developerTalk();
function wordIds(w: string): number[] {
	const ids = [fnv1a(`w:${w}`) % B];
	if (w.length <= 30) {
		const p = `<${w}>`;
		for (let n = 3; n <= 5; n++)
			for (let i = 0; i + n <= p.length; i++) ids.push(fnv1a(`c:${p.slice(i, i + n)}`) % B);
	}
	return ids;
}
function draft(chars: number, k: number): string {
	let t = '';
	let i = k;
	while (t.length < chars) t += `${talk[i++ % talk.length]} (${k}) `;
	return t.slice(0, chars);
}
function prep(text: string) {
	const words = tokenize(text).tokens.map((t) => t.word);
	const lists = (words.length ? words : ['']).map(wordIds);
	const M = lists.reduce((n, l) => n + l.length, 0);
	const ids = new Int32Array(M);
	const ends = new Int32Array(lists.length);
	let at = 0;
	lists.forEach((l, w) => {
		ids.set(l, at);
		at += l.length;
		ends[w] = at;
	});
	return { ids: new ort.Tensor('int32', ids, [M]), ends: new ort.Tensor('int32', ends, [lists.length]) };
}
async function run(feeds: Record<string, unknown>) {
	return (await s.run(feeds as never)).logits?.data;
}
const scorer = await createNodeScorer();
const cpuMs = async (f: () => Promise<unknown>) => {
	const c0 = process.cpuUsage();
	await f();
	const c = process.cpuUsage(c0);
	return (c.user + c.system) / 1000;
};
const q = (a: number[], p: number) =>
	[...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))]?.toFixed(2);
// Interleaved draft by draft, so both see the same load: the shipped scorer (both models, sentence rule; a new
// draft each time, never a cache hit) and the encoder's ORT run on inputs prepared beforehand.
for (const chars of [100, 1000, 5000]) {
	for (let k = 0; k < 50; k++) {
		await scorer.score([draft(chars, k)]);
		await run(prep(draft(chars, k)));
	}
	const shipped: number[] = [];
	const encoder: number[] = [];
	for (let k = 0; k < 300; k++) {
		const text = draft(chars, 1000 + k);
		const feeds = prep(text);
		shipped.push(await cpuMs(() => scorer.score([text])));
		encoder.push(await cpuMs(() => run(feeds)));
	}
	console.log(
		`${chars} chars, process CPU ms p50 / p95: shipped scorer ${q(shipped, 0.5)} / ${q(shipped, 0.95)}, encoder ORT run ${q(encoder, 0.5)} / ${q(encoder, 0.95)}`,
	);
}
