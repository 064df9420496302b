/**
 * ONNX graph building blocks for the scoring models' exporter (onnx-export.ts, onnx-batch.ts), written with
 * onnx-proto (no Python needed).
 */
import onnxProto from 'onnx-proto';

export const { onnx } = onnxProto;
export type NodeProto = ReturnType<typeof onnx.NodeProto.create>;
export const T = onnx.TensorProto.DataType;

/** An initializer holding `raw`'s bytes. */
export function tensor(name: string, dataType: number, dims: number[], raw: ArrayBufferView) {
	return onnx.TensorProto.create({
		name,
		dataType,
		dims,
		rawData: new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength),
	});
}

/** A node named after its first output, with integer attributes. */
export function node(op: string, inputs: string[], outputs: string[], attrs: Record<string, number> = {}) {
	return onnx.NodeProto.create({
		opType: op,
		input: inputs,
		output: outputs,
		name: outputs[0],
		attribute: Object.entries(attrs).map(([name, i]) =>
			onnx.AttributeProto.create({ name, i, type: onnx.AttributeProto.AttributeType.INT }),
		),
	});
}

/** A typed graph input or output; string dims are symbolic. */
export function valueInfo(name: string, elemType: number, dims: (number | string)[]) {
	return onnx.ValueInfoProto.create({
		name,
		type: onnx.TypeProto.create({
			tensorType: onnx.TypeProto.Tensor.create({
				elemType,
				shape: onnx.TensorShapeProto.create({
					dim: dims.map((d) =>
						typeof d === 'number'
							? onnx.TensorShapeProto.Dimension.create({ dimValue: d })
							: onnx.TensorShapeProto.Dimension.create({ dimParam: d }),
					),
				}),
			}),
		}),
	});
}

/** One float output of a `branchIf`: the graph output's name, the then-branch value it takes, its width. */
export interface BranchOutput {
	output: string;
	thenOut: string;
	heads: number;
}

/**
 * Outputs computed only when the bool input `cond` is true: the If's then-branch reads the main graph's values
 * (rows, vals, pre, the tail's gates), its else-branch gives empty [0, heads] tensors, so a run without it skips
 * all of it.
 */
export function branchIf(cond: string, outputs: readonly BranchOutput[], thenNodes: NodeProto[]): NodeProto {
	const empties = outputs.map(({ output, heads }) => {
		const emptyName = `no_${output}`;
		return onnx.NodeProto.create({
			opType: 'Constant',
			output: [emptyName],
			name: emptyName,
			attribute: [
				onnx.AttributeProto.create({
					name: 'value',
					type: onnx.AttributeProto.AttributeType.TENSOR,
					t: tensor(emptyName, T.FLOAT, [0, heads], new Float32Array(0)),
				}),
			],
		});
	});
	const graph = (name: string, nodes: NodeProto[], outs: readonly string[]) =>
		onnx.AttributeProto.create({
			name,
			type: onnx.AttributeProto.AttributeType.GRAPH,
			g: onnx.GraphProto.create({
				name,
				node: nodes,
				output: outs.map((out, i) => valueInfo(out, T.FLOAT, ['M', outputs[i]?.heads ?? 0])),
			}),
		});
	return onnx.NodeProto.create({
		opType: 'If',
		input: [cond],
		output: outputs.map((o) => o.output),
		name: outputs[0]?.output,
		attribute: [
			graph(
				'then_branch',
				thenNodes,
				outputs.map((o) => o.thenOut),
			),
			graph(
				'else_branch',
				empties,
				empties.map((e) => e.output[0] ?? ''),
			),
		],
	});
}
