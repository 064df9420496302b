/**
 * The batch branch of the scoring graphs: several whole drafts (a thread's comments) scored in ONE run, each
 * with exactly the arithmetic of its own single-draft run, so a thread costs one run per model instead of one
 * per comment (ORT's fixed cost per run was most of a cold 30-comment thread) and every probability is the
 * same float32 a single run gives, bit for bit.
 *
 * Inputs `batchIds`/`batchVals` [B, L]: row b is draft b's aggregated ids and values in the single run's order,
 * padded with id 0 and value 0 to the batch's longest row. Row b's Σ vals·rows is then a [1, L]×[L, D] MatMul
 * like the draft's [1, N]×[N, D]: the same products summed in the same order, followed by exact zeros (a
 * CumSum over all rows, as the sentence branch does, differs in the last bits and drifts with the running
 * sum's size). Everything after the sum is the draft path's operators on B rows at once.
 */
import {
	type BranchOutput,
	branchIf,
	type NodeProto,
	node,
	onnx,
	T,
	tensor,
	valueInfo,
} from './onnx-nodes.ts';

/** The initializers the branch reads besides the draft path's (`dim`: the hidden width D). */
export function batchInitializers(dim: number) {
	return [
		tensor('batchStart', T.INT64, [1], new BigInt64Array([0n])),
		tensor('batchEnd', T.INT64, [1], new BigInt64Array([1n])),
		tensor('batchOne', T.INT64, [1], new BigInt64Array([1n])),
		tensor('batchHidden1', T.INT64, [1], new BigInt64Array([BigInt(dim)])),
		tensor('batchOneF', T.FLOAT, [], new Float32Array([1])),
	];
}

/** The bool input that runs the branch, and its [B, L] inputs. */
export const BATCH_INPUTS = [
	valueInfo('batch', T.BOOL, []),
	valueInfo('batchIds', T.INT32, ['B', 'L']),
	valueInfo('batchVals', T.FLOAT, ['B', 'L']),
];

/**
 * The branch as one If node on the bool input `batch`, and its graph outputs: `batchProbs` [B, heads] and, for
 * each name in `extra` (tail values such as the appropriateness graph's `corpusProbs` and `gate`), `batch`
 * + that name with its width. `probs` are the draft path's tail nodes, which read `logits`.
 */
export function batchBranch(
	probs: readonly NodeProto[],
	heads: number,
	extra: readonly { name: string; heads: number }[] = [],
): { node: NodeProto; outputs: ReturnType<typeof valueInfo>[] } {
	// A tail may also read the hidden units (the toxic graph's draft column, onnx-export.ts).
	const renamed = new Map<string, string>([
		['logits', 'batchLogits'],
		['hidden', 'batchHidden'],
	]);
	for (const n of probs) for (const o of n.output) renamed.set(o, `batch_${o}`);
	const rename = (names: readonly string[]) => names.map((x) => renamed.get(x) ?? x);
	const nodes = [
		node('Gather', ['Eq', 'batchIds'], ['batchRows8'], { axis: 0 }),
		node('Cast', ['batchRows8'], ['batchRows'], { to: T.FLOAT }),
		node('Gather', ['Escale', 'batchIds'], ['batchRowScale'], { axis: 0 }),
		node('Mul', ['batchVals', 'batchRowScale'], ['batchValsScaled']),
		// ORT fuses the draft path's MatMul + Add(b1) into a Gemm that starts each sum at b1: so does this one,
		// with b1 as every row's first term (value 1) ahead of its occurrences.
		node('Shape', ['batchIds'], ['batchShape']),
		node('Slice', ['batchShape', 'batchStart', 'batchEnd'], ['batchSize']),
		node('Concat', ['batchSize', 'batchOne'], ['batchColShape'], { axis: 0 }),
		node('Concat', ['batchSize', 'batchOne', 'batchHidden1'], ['batchBiasShape'], { axis: 0 }),
		node('Expand', ['batchOneF', 'batchColShape'], ['batchOnes']),
		node('Concat', ['batchOnes', 'batchValsScaled'], ['batchValsBiased'], { axis: 1 }),
		node('Expand', ['b1', 'batchBiasShape'], ['batchBias']),
		node('Concat', ['batchBias', 'batchRows'], ['batchRowsBiased'], { axis: 1 }),
		// [B, 1, 1+L] × [B, 1+L, D]: one [1, 1+L]×[1+L, D] product per row.
		node('Unsqueeze', ['batchValsBiased', 'axis1'], ['batchValsRow']),
		node('MatMul', ['batchValsRow', 'batchRowsBiased'], ['batchPre3']),
		node('Squeeze', ['batchPre3', 'axis1'], ['batchPre']),
		node('Relu', ['batchPre'], ['batchHidden']),
		node('MatMul', ['batchHidden', 'W2'], ['batchZ0']),
		node('Add', ['batchZ0', 'b2'], ['batchLogits']),
		...probs.map((n) =>
			onnx.NodeProto.create({
				...n,
				input: rename(n.input),
				output: rename(n.output),
				name: `batch_${n.name}`,
			}),
		),
	];
	const outs: BranchOutput[] = [
		{ output: 'batchProbs', thenOut: renamed.get('probs') ?? 'batch_probs', heads },
		...extra.map((e) => ({
			output: `batch${e.name[0]?.toUpperCase()}${e.name.slice(1)}`,
			thenOut: renamed.get(e.name) ?? `batch_${e.name}`,
			heads: e.heads,
		})),
	];
	return {
		node: branchIf('batch', outs, nodes),
		outputs: outs.map((o) => valueInfo(o.output, T.FLOAT, ['B', o.heads])),
	};
}
