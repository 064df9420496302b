// @vitest-environment node
/**
 * The draft column (draft-experts.ts, onnx-export.ts): the exported toxic graph with a draft output layer gives
 * the committed mixture bit for bit in its second column (what thread comments and the derailment model read),
 * in the single, sentence and batch paths, and the draft's mixture over the refitted columns in its first.
 */
import { describe, expect, it } from 'vitest';
import { asExported, fitLogistic, hiddenOf } from './draft-experts.ts';
import type { MlpParams } from './mlp.ts';
import { exportMlp, type Tail } from './onnx-export.ts';
import { mixture, OVERRIDE } from './toxic.ts';

const K = 8;
const D = 6;
const BUCKETS = 32;

/** A small deterministic model with 2K heads (experts then domains), as the toxic trainer writes. */
function model(): MlpParams {
	let x = 7;
	const next = () => {
		x = (x * 1103515245 + 12345) % 2147483648;
		return x / 2147483648 - 0.5;
	};
	const E = Float32Array.from({ length: BUCKETS * D }, next);
	const b1 = Float32Array.from({ length: D }, () => 0.1 + next() * 0.1);
	const W2 = Float32Array.from({ length: D * 2 * K }, () => next() * 3);
	const b2 = Float32Array.from({ length: 2 * K }, next);
	return { buckets: BUCKETS, dim: D, heads: 2 * K, E, b1, W2, b2 };
}

const base = model();
/** The draft layer: experts 0 and 1 replaced. */
const draftW2 = base.W2.slice();
const draftB2 = base.b2.slice();
for (let d = 0; d < D; d++) {
	draftW2[d * 2 * K] = -(base.W2[d * 2 * K] as number);
	draftW2[d * 2 * K + 1] = 0.5;
}
draftB2[0] = -1;
const gateMask = [1, 1, 0, 1, 1, 1, 1, 1];
const tail: Tail = { kind: 'experts', experts: K, tau: 1, gateMask, override: OVERRIDE };

const ids = Int32Array.of(1, 5, 9, 30);
const vals = Float32Array.of(0.5, 0.25, 1, 0.75);

async function session(bytes: Uint8Array) {
	const ort = await import('onnxruntime-web/wasm');
	ort.env.wasm.numThreads = 1;
	ort.env.wasm.proxy = false;
	ort.env.logLevel = 'error';
	const s = await ort.InferenceSession.create(bytes);
	const run = async (explain: boolean, sentences: boolean, batch: boolean) => {
		const feeds = {
			ids: new ort.Tensor('int32', ids, [ids.length]),
			vals: new ort.Tensor('float32', vals, [vals.length]),
			explain: new ort.Tensor('bool', [explain], []),
			sentences: new ort.Tensor('bool', [sentences], []),
			sentIds: new ort.Tensor('int32', sentences ? ids : new Int32Array(0), [sentences ? ids.length : 0]),
			sentVals: new ort.Tensor('float32', sentences ? vals : new Float32Array(0), [
				sentences ? vals.length : 0,
			]),
			sentStarts: new ort.Tensor('int32', sentences ? Int32Array.of(0, 2) : new Int32Array(0), [
				sentences ? 2 : 0,
			]),
			sentEnds: new ort.Tensor('int32', sentences ? Int32Array.of(2, 4) : new Int32Array(0), [
				sentences ? 2 : 0,
			]),
			batch: new ort.Tensor('bool', [batch], []),
			batchIds: new ort.Tensor('int32', batch ? Int32Array.of(...ids, 3, 4, 0, 0) : new Int32Array(0), [
				batch ? 2 : 0,
				batch ? 4 : 0,
			]),
			batchVals: new ort.Tensor(
				'float32',
				batch ? Float32Array.of(...vals, 1, 0.5, 0, 0) : new Float32Array(0),
				[batch ? 2 : 0, batch ? 4 : 0],
			),
		};
		const out = await s.run(feeds);
		return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Array.from(v.data as Float32Array)]));
	};
	return { run, release: () => s.release() };
}

describe('the draft column', () => {
	it('keeps the committed mixture bit for bit beside the draft mixture', async () => {
		const single = await session(exportMlp(base, {}, tail));
		const both = await session(exportMlp(base, {}, { ...tail, draft: { W2: draftW2, b2: draftB2 } }));
		const a = await single.run(true, true, true);
		const b = await both.run(true, true, true);
		// Column 1 (tension) of every output is the single graph's column 0.
		const column = (xs: number[], c: number, width: number) => xs.filter((_, i) => i % width === c);
		for (const name of ['probs', 'contrib', 'sentProbs', 'batchProbs'])
			expect(column(b[name] as number[], 1, 2)).toEqual(a[name]);
		expect(b.expertProbs).toEqual(a.expertProbs);
		// Column 0 is the draft's mixture over the same hidden units (of the int8 table the graph holds).
		const h = hiddenOf(asExported(base), ids, vals);
		const z = Array.from({ length: 2 * K }, (_, j) => {
			let t = draftB2[j] as number;
			for (let d = 0; d < D; d++) t += (h[d] as number) * (draftW2[d * 2 * K + j] as number);
			return t;
		});
		expect(b.probs?.[0]).toBeCloseTo(mixture(z, 1), 5);
		expect(b.probs?.[0]).not.toBeCloseTo(a.probs?.[0] as number, 3);
		expect((b.contrib as number[]).length).toBe(2 * ids.length);
		expect((b.batchProbs as number[]).length).toBe(4);
		expect(b.batchProbs?.[0]).toBe(b.probs?.[0]);
		await single.release();
		await both.release();
	});

	it('leaves the graph byte-identical without a draft layer', () => {
		expect(exportMlp(base, {}, tail)).toEqual(exportMlp(base, {}, { ...tail }));
	});
});

describe('fitLogistic', () => {
	const X = Array.from({ length: 40 }, (_, i) => Float64Array.of(i % 5, (i * 7) % 3, i < 20 ? 1 : 0));
	const y = X.map((x) => ((x[0] as number) + (x[2] as number) * 2 > 3 ? 1 : 0));
	const w = X.map((_, i) => 1 + (i % 2));

	it('is deterministic and separates what it can', () => {
		const beta = fitLogistic(X, y, w, 1);
		expect(Array.from(beta)).toEqual(Array.from(fitLogistic(X, y, w, 1)));
		const p = X.map((x) => {
			let z = beta[3] as number;
			for (let d = 0; d < 3; d++) z += (x[d] as number) * (beta[d] as number);
			return z > 0 ? 1 : 0;
		});
		expect(p.filter((v, i) => v === y[i]).length).toBeGreaterThanOrEqual(36);
	});

	it('stays at its prior under a large penalty, weights and bias', () => {
		const prior = Float64Array.of(0.3, -0.2, 0.1, -0.5);
		const beta = fitLogistic(X, y, w, 1e9, 25, prior);
		for (let d = 0; d < 4; d++) expect(beta[d]).toBeCloseTo(prior[d] as number, 4);
	});

	it('shrinks weights as the penalty grows', () => {
		const norm = (b: Float64Array) => Math.hypot(...Array.from(b.subarray(0, 3)));
		expect(norm(fitLogistic(X, y, w, 100))).toBeLessThan(norm(fitLogistic(X, y, w, 0.1)));
	});
});
