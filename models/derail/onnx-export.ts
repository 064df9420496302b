/**
 * Writes the derailment model as an ONNX graph (opset 13) that onnxruntime-web runs in one call:
 * Gather(W, idx)·val → seg·(…) + b → Sigmoid = tone [N, T]; pool·tone, ReduceMax(tone) and thread features are
 * concatenated with the pooled scorer features (score·has + score_mean·(1 − has): the training means stand in
 * when no scorer ran) into the row x, and derail [1, 1] = Sigmoid(x·v + c + trees(x)), where each boosted depth-2
 * tree (boost.ts) is Gather + Greater per level and its leaf is picked arithmetically (left + go_right·(right −
 * left)), so the graph needs only standard opset-13 operators. Build-time only (the trainer and tests use it).
 */
import onnxProto from 'onnx-proto';
import { HASH_DIM } from './features.ts';
import { S } from './score-features.ts';
import { type DerailWeights, F, K, T, X_DIM } from './weights.ts';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;

function tensor(name: string, dims: number[], data: Float32Array | BigInt64Array, dataType: number) {
	return onnx.TensorProto.create({
		name,
		dims,
		dataType,
		rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
	});
}

function io(name: string, elemType: number, dims: (number | string)[]) {
	return onnx.ValueInfoProto.create({
		name,
		type: {
			tensorType: {
				elemType,
				shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
			},
		},
	});
}

const node = (opType: string, input: string[], output: string[], attribute: object[] = []) =>
	onnx.NodeProto.create({ opType, input, output, name: output[0], attribute });

/** Serialises weights into ONNX model bytes. */
export function exportDerailOnnx(w: DerailWeights, docString = ''): Uint8Array {
	const rounds = w.trees.feature.length / 3;
	// Per tree level k (0 = root, 1 = left child, 2 = right child): feature indices and thresholds [R].
	const level = (k: number) => Array.from({ length: rounds }, (_, r) => r * 3 + k);
	const leaves = (k: number) => Float32Array.from(level(0), (_, r) => w.trees.leaf[r * 4 + k] ?? 0);
	const treeInit = [0, 1, 2].flatMap((k) => [
		tensor(
			`tree_f${k}`,
			[rounds],
			BigInt64Array.from(level(k), (i) => BigInt(w.trees.feature[i] ?? 0)),
			INT64,
		),
		tensor(
			`tree_t${k}`,
			[1, rounds],
			Float32Array.from(level(k), (i) => w.trees.threshold[i] ?? 0),
			FLOAT,
		),
	]);
	const leafInit = [0, 1, 2, 3].map((k) => tensor(`leaf${k}`, [1, rounds], leaves(k), FLOAT));
	const treeNodes = [0, 1, 2].flatMap((k) => [
		node('Gather', ['x', `tree_f${k}`], [`tree_x${k}`], [{ name: 'axis', type: 2, i: 1 }]),
		node('Greater', [`tree_x${k}`, `tree_t${k}`], [`tree_right${k}`]),
		node('Cast', [`tree_right${k}`], [`tree_go${k}`], [{ name: 'to', type: 2, i: FLOAT }]),
	]);
	const graph = onnx.GraphProto.create({
		name: 'tactful_derail',
		initializer: [
			tensor('W', [HASH_DIM, T], w.W, FLOAT),
			tensor('b', [T], w.b, FLOAT),
			tensor('v', [X_DIM, 1], w.v, FLOAT),
			tensor('c', [1], Float32Array.of(w.c), FLOAT),
			tensor('score_mean', [1, S], w.scoreMean, FLOAT),
			tensor('flat_shape', [2], BigInt64Array.of(1n, BigInt(K * T)), INT64),
			tensor('sum_axes', [1], BigInt64Array.of(1n), INT64),
			...treeInit,
			...leafInit,
		],
		input: [
			io('idx', INT64, ['M']),
			io('val', FLOAT, ['M', 1]),
			io('seg', FLOAT, ['N', 'M']),
			io('pool', FLOAT, [K, 'N']),
			io('conv', FLOAT, [1, F]),
			io('score', FLOAT, [1, S]),
			io('has_score', FLOAT, [1, 1]),
		],
		output: [io('derail', FLOAT, [1, 1]), io('tone', FLOAT, ['N', T])],
		node: [
			node('Gather', ['W', 'idx'], ['rows'], [{ name: 'axis', type: 2, i: 0 }]),
			node('Mul', ['rows', 'val'], ['weighted']),
			node('MatMul', ['seg', 'weighted'], ['tone_sum']),
			node('Add', ['tone_sum', 'b'], ['tone_logit']),
			node('Sigmoid', ['tone_logit'], ['tone']),
			node('MatMul', ['pool', 'tone'], ['pooled']),
			node('Reshape', ['pooled', 'flat_shape'], ['pooled_flat']),
			node(
				'ReduceMax',
				['tone'],
				['tone_max'],
				[
					{ name: 'axes', type: 7, ints: [0] },
					{ name: 'keepdims', type: 2, i: 1 },
				],
			),
			node('Sub', ['score', 'score_mean'], ['score_delta']),
			node('Mul', ['score_delta', 'has_score'], ['score_delta_kept']),
			node('Add', ['score_delta_kept', 'score_mean'], ['score_x']),
			node(
				'Concat',
				['conv', 'score_x', 'pooled_flat', 'tone_max'],
				['x'],
				[{ name: 'axis', type: 2, i: 1 }],
			),
			node('MatMul', ['x', 'v'], ['z0']),
			node('Add', ['z0', 'c'], ['z_linear']),
			...treeNodes,
			// Leaf of each tree: left side = leaf0 + go1·(leaf1 − leaf0), right side alike, then root picks a side.
			node('Sub', ['leaf1', 'leaf0'], ['leaf_left_step']),
			node('Mul', ['tree_go1', 'leaf_left_step'], ['leaf_left_delta']),
			node('Add', ['leaf0', 'leaf_left_delta'], ['leaf_left']),
			node('Sub', ['leaf3', 'leaf2'], ['leaf_right_step']),
			node('Mul', ['tree_go2', 'leaf_right_step'], ['leaf_right_delta']),
			node('Add', ['leaf2', 'leaf_right_delta'], ['leaf_right']),
			node('Sub', ['leaf_right', 'leaf_left'], ['leaf_side_step']),
			node('Mul', ['tree_go0', 'leaf_side_step'], ['leaf_side_delta']),
			node('Add', ['leaf_left', 'leaf_side_delta'], ['tree_values']),
			node('ReduceSum', ['tree_values', 'sum_axes'], ['z_trees'], [{ name: 'keepdims', type: 2, i: 1 }]),
			node('Add', ['z_linear', 'z_trees'], ['z']),
			node('Sigmoid', ['z'], ['derail']),
		],
	});
	const model = onnx.ModelProto.create({
		irVersion: 7,
		producerName: 'tactful-train-derail',
		docString,
		opsetImport: [{ domain: '', version: 13 }],
		graph,
	});
	return onnx.ModelProto.encode(model).finish();
}
