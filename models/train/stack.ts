/**
 * Stacks two hashed MLPs that share a featuriser into one wider MLP: hidden units side by side, output layer
 * block-diagonal. Heads of the first model read only its hidden units and heads of the second only its own,
 * so the stacked network computes exactly both models' logits, in one embedding gather and one ONNX graph.
 */
import type { MlpParams } from './mlp.ts';

/** [a's heads…, b's heads…] from hidden units [a's…, b's…]; both must use the same bucket count. */
export function stackMlps(a: MlpParams, b: MlpParams): MlpParams {
	if (a.buckets !== b.buckets) throw new Error(`stackMlps: ${a.buckets} vs ${b.buckets} buckets`);
	const dim = a.dim + b.dim;
	const heads = a.heads + b.heads;
	const E = new Float32Array(a.buckets * dim);
	for (let r = 0; r < a.buckets; r++) {
		E.set(a.E.subarray(r * a.dim, (r + 1) * a.dim), r * dim);
		E.set(b.E.subarray(r * b.dim, (r + 1) * b.dim), r * dim + a.dim);
	}
	const W2 = new Float32Array(dim * heads);
	for (let d = 0; d < a.dim; d++)
		for (let h = 0; h < a.heads; h++) W2[d * heads + h] = a.W2[d * a.heads + h] as number;
	for (let d = 0; d < b.dim; d++)
		for (let h = 0; h < b.heads; h++) W2[(a.dim + d) * heads + a.heads + h] = b.W2[d * b.heads + h] as number;
	const b1 = new Float32Array(dim);
	b1.set(a.b1);
	b1.set(b.b1, a.dim);
	const b2 = new Float32Array(heads);
	b2.set(a.b2);
	b2.set(b.b2, a.heads);
	return { buckets: a.buckets, dim, heads, E, b1, W2, b2 };
}

/**
 * One MLP whose logits are the mean of the models' logits (a bagged ensemble): hidden units side by side,
 * each model's output rows scaled by 1/k, biases averaged.
 */
export function averageMlps(models: MlpParams[]): MlpParams {
	const first = models[0];
	if (!first) throw new Error('averageMlps: no models');
	const k = models.length;
	let out = models.slice(1).reduce((acc, m) => stackMlps(acc, m), first);
	// stackMlps gave each model its own heads; fold them back onto one set of heads.
	const H = first.heads;
	const W2 = new Float32Array(out.dim * H);
	for (let d = 0; d < out.dim; d++) {
		const model = Math.floor(d / first.dim);
		for (let h = 0; h < H; h++) W2[d * H + h] = (out.W2[d * out.heads + model * H + h] as number) / k;
	}
	const b2 = new Float32Array(H);
	for (const m of models) for (let h = 0; h < H; h++) b2[h] = (b2[h] as number) + (m.b2[h] as number) / k;
	out = { ...out, heads: H, W2, b2 };
	return out;
}
