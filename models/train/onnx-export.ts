/**
 * Writes an MlpParams as an ONNX graph for onnxruntime-web, with onnx-proto (no Python needed):
 *   ids:int32[N], vals:float[N] → Gather(E int8) → (vals·scale)[1,N]·rows → +b1 → ReLU → ·W2 + b2 → sigmoid = probs[1,H]
 * and, only when the bool input `explain` is true (an If node), contrib[N,H]: each id's exact share of each
 * head's logit (inside the ReLU's linear region: vals·E[id] · (W2 masked by the active hidden units));
 * otherwise contrib is [0,H]. Most drafts are not flagged and need no explanation, and the probs-only path
 * runs about half the operators. The sentence inputs (`sentIds`/`sentVals` [M]: each sentence's own features
 * one after another, sentence s holding [sentStarts[s], sentEnds[s])) give `sentProbs` [S,H] in the same run,
 * so the scorer's sentence rule (models/scoring/sentences.ts) costs one run, not one per sentence; empty
 * inputs cost nothing. The batch inputs (`batchIds`/`batchVals` [B, L], onnx-batch.ts) score several whole
 * drafts, a thread's comments, in one run, each bit-identical to its own run. The embedding table is stored as
 * int8 with one float scale per row (a quarter of float32; see quantizeRows); everything after the Gather is
 * float32.
 */
import type { MlpParams } from './mlp.ts';
import { BATCH_INPUTS, batchBranch, batchInitializers } from './onnx-batch.ts';
import { branchIf, type NodeProto, node, onnx, T, tensor, valueInfo } from './onnx-nodes.ts';

/** Selection matrix [rows × cols] with ones at (offset + c, c): picks `cols` consecutive head columns. */
function selector(rows: number, cols: number, offset: number, mask?: readonly number[]): Float32Array {
	const m = new Float32Array(rows * cols);
	for (let c = 0; c < cols; c++) m[(offset + c) * cols + c] = mask?.[c] ?? 1;
	return m;
}

/**
 * Gated-mixture tail (see models/train/toxic.ts): heads 0..K-1 are experts, K..2K-1 domain gates;
 * probs = Σ g·σ(expert) / Σ g with g = mask·σ(domain)^τ, contrib = Σ (g/Σg)·contrib(expert).
 */
function mixtureTail(
	K: number,
	tau: number,
	gateMask: readonly number[],
	override: { expert: number; above: number },
) {
	const pick = new Float32Array(2 * K);
	pick[override.expert] = 1;
	return {
		initializer: [
			tensor('selExpert', T.FLOAT, [2 * K, K], selector(2 * K, K, 0)),
			// A zeroed column gives that expert's gate weight 0 (0^τ = 0).
			tensor('selDomain', T.FLOAT, [2 * K, K], selector(2 * K, K, K, gateMask)),
			tensor('tau', T.FLOAT, [], new Float32Array([tau])),
			tensor('selOverride', T.FLOAT, [2 * K, 1], pick),
			tensor('overrideAbove', T.FLOAT, [], new Float32Array([override.above])),
		],
		probs: [
			node('Sigmoid', ['logits'], ['allProbs']),
			node('MatMul', ['allProbs', 'selExpert'], ['expertProbs']),
			node('MatMul', ['allProbs', 'selDomain'], ['domainProbs']),
			node('Pow', ['domainProbs', 'tau'], ['gateRaw']),
			node('ReduceSum', ['gateRaw', 'axis1'], ['gateSum'], { keepdims: 1 }),
			node('Div', ['gateRaw', 'gateSum'], ['gate']),
			node('Mul', ['expertProbs', 'gate'], ['gatedProbs']),
			node('ReduceSum', ['gatedProbs', 'axis1'], ['mixProbs'], { keepdims: 1 }),
			// Override: when the general-rudeness expert is sure, its probability wins in any domain.
			node('MatMul', ['allProbs', 'selOverride'], ['overrideProbs']),
			node('Greater', ['overrideProbs', 'overrideAbove'], ['overrideSure']),
			node('Greater', ['overrideProbs', 'mixProbs'], ['overrideHigher']),
			node('And', ['overrideSure', 'overrideHigher'], ['overrideWins']),
			node('Where', ['overrideWins', 'overrideProbs', 'mixProbs'], ['probs']),
		],
		contrib: [
			node('MatMul', ['allContrib', 'selExpert'], ['expertContrib']),
			node('Mul', ['expertContrib', 'gate'], ['gatedContrib']),
			node('ReduceSum', ['gatedContrib', 'axis1'], ['mixContrib'], { keepdims: 1 }),
			node('MatMul', ['allContrib', 'selOverride'], ['overrideContrib']),
			node('Where', ['overrideWins', 'overrideContrib', 'mixContrib'], [CONTRIB]),
		],
	};
}

/**
 * Domain-gated tail (see models/train/appropriateness.ts): heads 0..D-1 are the corpus heads, head D judges
 * developer text (its column lands on output 0, the overall head), head D+1 says "reads like an argument".
 * probs = g·corpus + (1 − g)·developer, and the same blend for contrib.
 */
function domainTail(D: number) {
	const H = D + 2;
	const developer = new Float32Array(H * D);
	developer[D * D] = 1;
	const domain = new Float32Array(H);
	domain[D + 1] = 1;
	return {
		initializer: [
			tensor('selCorpus', T.FLOAT, [H, D], selector(H, D, 0)),
			tensor('selDeveloper', T.FLOAT, [H, D], developer),
			tensor('selDomain', T.FLOAT, [H, 1], domain),
			tensor('one', T.FLOAT, [], new Float32Array([1])),
		],
		probs: [
			node('Sigmoid', ['logits'], ['allProbs']),
			node('MatMul', ['allProbs', 'selDomain'], ['gate']),
			node('Sub', ['one', 'gate'], ['notGate']),
			node('MatMul', ['allProbs', 'selCorpus'], ['corpusProbs']),
			node('MatMul', ['allProbs', 'selDeveloper'], ['developerProbs']),
			node('Mul', ['corpusProbs', 'gate'], ['corpusPart']),
			node('Mul', ['developerProbs', 'notGate'], ['developerPart']),
			node('Add', ['corpusPart', 'developerPart'], ['probs']),
		],
		contrib: [
			node('MatMul', ['allContrib', 'selCorpus'], ['corpusContrib']),
			node('MatMul', ['allContrib', 'selDeveloper'], ['developerContrib']),
			node('Mul', ['corpusContrib', 'gate'], ['corpusContribPart']),
			node('Mul', ['developerContrib', 'notGate'], ['developerContribPart']),
			node('Add', ['corpusContribPart', 'developerContribPart'], [CONTRIB]),
		],
	};
}

/** A tail's nodes as they compute (probability, contribution) lists. */
interface TailNodes {
	initializer: ReturnType<typeof tensor>[];
	probs: NodeProto[];
	contrib: NodeProto[];
}

/** `n` with its inputs and outputs renamed by `rename` (and its name by its first output). */
function renamedNode(n: NodeProto, rename: (name: string) => string): NodeProto {
	const output = n.output.map(rename);
	return onnx.NodeProto.create({ ...n, input: n.input.map(rename), output, name: output[0] });
}

/**
 * A mixture tail computed twice: over the draft's own output layer (`draftW2`, `draftB2` on the same `hidden`)
 * and over the graph's `W2`/`b2`, side by side as two columns (draft first). The second column's nodes are the
 * single tail's, unchanged but for the name of their final output, so its values are bit for bit what the graph
 * without a draft layer gives (what thread comments and the derailment model read).
 */
function withDraftColumn(
	tail: TailNodes,
	draft: { W2: Float32Array; b2: Float32Array },
	dim: number,
): TailNodes {
	const heads = draft.b2.length;
	const produced = new Set([...tail.probs, ...tail.contrib].flatMap((n) => n.output));
	const toDraft = (name: string) =>
		name === 'logits'
			? 'draftLogits'
			: name === 'allContrib'
				? 'draftAllContrib'
				: produced.has(name)
					? `draft_${name}`
					: name;
	const toThread = (name: string) =>
		name === 'probs' ? 'threadProbs' : name === CONTRIB ? 'threadContrib' : name;
	return {
		initializer: [
			...tail.initializer,
			tensor('draftW2', T.FLOAT, [dim, heads], draft.W2),
			tensor('draftB2', T.FLOAT, [heads], draft.b2),
		],
		probs: [
			...tail.probs.map((n) => renamedNode(n, toThread)),
			node('MatMul', ['hidden', 'draftW2'], ['draftZ0']),
			node('Add', ['draftZ0', 'draftB2'], ['draftLogits']),
			...tail.probs.map((n) => renamedNode(n, toDraft)),
			node('Concat', ['draft_probs', 'threadProbs'], ['probs'], { axis: 1 }),
		],
		contrib: [
			...tail.contrib.map((n) => renamedNode(n, toThread)),
			node('Mul', ['draftW2', 'activeT'], ['draftActiveW2']),
			node('MatMul', ['weighted', 'draftActiveW2'], ['draftAllContrib']),
			...tail.contrib.map((n) => renamedNode(n, toDraft)),
			node('Concat', [`draft_${CONTRIB}`, 'threadContrib'], [CONTRIB], { axis: 1 }),
		],
	};
}

/** How the exported graph folds its heads into outputs. */
export type Tail =
	| {
			kind: 'experts';
			experts: number;
			tau: number;
			gateMask: readonly number[];
			override: { expert: number; above: number };
			/**
			 * The draft's own output layer on the same hidden units (draft-experts.ts): then `probs` (and
			 * `contrib`, `sentProbs`, `batchProbs`) have two columns, the draft's mixture over these weights first
			 * and the mixture over `W2`/`b2` second, that column's values exactly what the graph without it gives.
			 */
			draft?: { W2: Float32Array; b2: Float32Array };
	  }
	| { kind: 'domain'; corpusHeads: number };

/**
 * The probability nodes again, for the sentences: rows gathered for every sentence occurrence, weighted, and
 * summed per sentence as differences of a running sum (CumSum, O(M·D), where a one-hot MatMul would be
 * O(S·M·D)); then the same operators as the draft's row, every tensor they produce renamed, weights shared.
 */
function sentenceNodes(probs: NodeProto[]): NodeProto[] {
	const renamed = new Map<string, string>([
		['logits', 'sentLogits'],
		['hidden', 'sentHidden'],
	]);
	for (const n of probs)
		for (const o of n.output) renamed.set(o, o === 'probs' ? 'sentProbsOut' : `sent_${o}`);
	const rename = (names: string[]) => names.map((x) => renamed.get(x) ?? x);
	return [
		node('Gather', ['Eq', 'sentIds'], ['sentRows8'], { axis: 0 }),
		node('Cast', ['sentRows8'], ['sentRows'], { to: T.FLOAT }),
		node('Gather', ['Escale', 'sentIds'], ['sentRowScale'], { axis: 0 }),
		node('Mul', ['sentVals', 'sentRowScale'], ['sentValsScaled']),
		node('Unsqueeze', ['sentValsScaled', 'axis1'], ['sentValsCol']),
		node('Mul', ['sentRows', 'sentValsCol'], ['sentWeighted']),
		node('CumSum', ['sentWeighted', 'axis0Scalar'], ['sentCum']),
		node('Concat', ['zeroRow', 'sentCum'], ['sentCumPadded'], { axis: 0 }),
		node('Gather', ['sentCumPadded', 'sentEnds'], ['sentCumEnd'], { axis: 0 }),
		node('Gather', ['sentCumPadded', 'sentStarts'], ['sentCumStart'], { axis: 0 }),
		node('Sub', ['sentCumEnd', 'sentCumStart'], ['sentSummed']),
		node('Add', ['sentSummed', 'b1'], ['sentPre']),
		node('Relu', ['sentPre'], ['sentHidden']),
		node('MatMul', ['sentHidden', 'W2'], ['sentZ0']),
		node('Add', ['sentZ0', 'b2'], ['sentLogits']),
		...probs.map((n) =>
			onnx.NodeProto.create({
				...n,
				input: rename(n.input),
				output: rename(n.output),
				name: `sent_${n.name}`,
			}),
		),
	];
}

/** Name of the explanation branch's output (the If node's own output is the graph output `contrib`). */
const CONTRIB = 'explainedContrib';

/**
 * Symmetric int8 per row (scale = max |row| / 127): half the bytes of float16, so the tables that dominate the
 * file (2^16-2^17 rows) fit the 20 MB budget with room for ensembles; the error per weight is ≤ 0.4 % of its
 * row's largest and averages out over the hundreds of features a draft sums.
 */
export function quantizeRows(
	E: Float32Array,
	rows: number,
	dim: number,
): { q: Int8Array; scale: Float32Array } {
	const q = new Int8Array(rows * dim);
	const scale = new Float32Array(rows);
	for (let r = 0; r < rows; r++) {
		let max = 0;
		for (let d = 0; d < dim; d++) max = Math.max(max, Math.abs(E[r * dim + d] as number));
		const s = max / 127;
		scale[r] = s;
		if (s === 0) continue;
		for (let d = 0; d < dim; d++) q[r * dim + d] = Math.round((E[r * dim + d] as number) / s);
	}
	return { q, scale };
}

/**
 * Encodes the model; `metadata` lands in the ONNX metadata_props. With `mixture`, the 2K heads are folded
 * into one gated output.
 */
export function exportMlp(p: MlpParams, metadata: Record<string, string>, mixture?: Tail): Uint8Array {
	const { buckets: F, dim: D, heads: H } = p;
	const single =
		mixture?.kind === 'experts'
			? mixtureTail(mixture.experts, mixture.tau, mixture.gateMask, mixture.override)
			: mixture?.kind === 'domain'
				? domainTail(mixture.corpusHeads)
				: undefined;
	const draft = mixture?.kind === 'experts' ? mixture.draft : undefined;
	const tail = single && draft ? withDraftColumn(single, draft, D) : single;
	const outHeads =
		mixture?.kind === 'experts' ? (draft ? 2 : 1) : mixture?.kind === 'domain' ? mixture.corpusHeads : H;
	const { q: Eq, scale: Escale } = quantizeRows(p.E, F, D);
	const contribNodes = [
		node('Unsqueeze', ['valsScaled', 'axis1'], ['valsCol']),
		node('Mul', ['rows', 'valsCol'], ['weighted']),
		node('Greater', ['pre', 'zero'], ['active']),
		node('Cast', ['active'], ['activeF'], { to: T.FLOAT }),
		node('Transpose', ['activeF'], ['activeT']),
		node('Mul', ['W2', 'activeT'], ['activeW2']),
		node('MatMul', ['weighted', 'activeW2'], [tail ? 'allContrib' : CONTRIB]),
		...(tail?.contrib ?? []),
	];
	// The appropriateness graph's style stackers and toxic fold also read its corpus heads and gate.
	const batch = batchBranch(
		tail?.probs ?? [node('Sigmoid', ['logits'], ['probs'])],
		outHeads,
		mixture?.kind === 'domain'
			? [
					{ name: 'corpusProbs', heads: mixture.corpusHeads },
					{ name: 'gate', heads: 1 },
				]
			: [],
	);
	const graph = onnx.GraphProto.create({
		name: 'tactful_mlp',
		initializer: [
			tensor('Eq', T.INT8, [F, D], Eq),
			tensor('Escale', T.FLOAT, [F], Escale),
			tensor('b1', T.FLOAT, [D], p.b1),
			tensor('W2', T.FLOAT, [D, H], p.W2),
			tensor('b2', T.FLOAT, [H], p.b2),
			tensor('axis0', T.INT64, [1], new BigInt64Array([0n])),
			tensor('axis1', T.INT64, [1], new BigInt64Array([1n])),
			tensor('zero', T.FLOAT, [], new Float32Array([0])),
			...(mixture?.kind === 'experts'
				? [
						tensor('axis0Scalar', T.INT32, [], new Int32Array([0])),
						tensor('zeroRow', T.FLOAT, [1, D], new Float32Array(D)),
					]
				: []),
			...(tail?.initializer ?? []),
			...batchInitializers(D),
		],
		node: [
			node('Gather', ['Eq', 'ids'], ['rows8'], { axis: 0 }),
			node('Cast', ['rows8'], ['rows'], { to: T.FLOAT }),
			// Each row's scale is folded into its value: Σ vals·scale·q is the de-quantised Σ vals·row.
			node('Gather', ['Escale', 'ids'], ['rowScale'], { axis: 0 }),
			node('Mul', ['vals', 'rowScale'], ['valsScaled']),
			// Σ vals·rows as one [1,N]×[N,D] MatMul: fewer operators than Mul + ReduceSum, same sum.
			node('Unsqueeze', ['valsScaled', 'axis0'], ['valsRow']),
			node('MatMul', ['valsRow', 'rows'], ['summed']),
			node('Add', ['summed', 'b1'], ['pre']),
			node('Relu', ['pre'], ['hidden']),
			node('MatMul', ['hidden', 'W2'], ['z0']),
			node('Add', ['z0', 'b2'], ['logits']),
			...(tail?.probs ?? [node('Sigmoid', ['logits'], ['probs'])]),
			branchIf('explain', [{ output: 'contrib', thenOut: CONTRIB, heads: outHeads }], contribNodes),
			...(mixture?.kind === 'experts'
				? [
						branchIf(
							'sentences',
							[{ output: 'sentProbs', thenOut: 'sentProbsOut', heads: outHeads }],
							sentenceNodes(tail?.probs ?? []),
						),
					]
				: []),
			batch.node,
		],
		input: [
			// int32 ids: Gather takes them as they are, and the runtime skips an int64 (BigInt) conversion.
			valueInfo('ids', T.INT32, ['N']),
			valueInfo('vals', T.FLOAT, ['N']),
			valueInfo('explain', T.BOOL, []),
			// The toxic graph scores a draft's sentences too, when `sentences` is true: sentence s is entries
			// [sentStarts[s], sentEnds[s]) of sentIds/sentVals.
			...(mixture?.kind === 'experts'
				? [
						valueInfo('sentences', T.BOOL, []),
						valueInfo('sentIds', T.INT32, ['M']),
						valueInfo('sentVals', T.FLOAT, ['M']),
						valueInfo('sentStarts', T.INT32, ['S']),
						valueInfo('sentEnds', T.INT32, ['S']),
					]
				: []),
			// Several whole drafts in one run (onnx-batch.ts), when `batch` is true.
			...BATCH_INPUTS,
		],
		output: [
			valueInfo('probs', T.FLOAT, [1, outHeads]),
			valueInfo('contrib', T.FLOAT, ['M', outHeads]),
			...(mixture?.kind === 'experts' ? [valueInfo('sentProbs', T.FLOAT, ['S', outHeads])] : []),
			// For the eval and debugging: each expert's probability and its gate weight.
			...(mixture?.kind === 'experts'
				? [
						valueInfo('expertProbs', T.FLOAT, [1, mixture.experts]),
						valueInfo('gate', T.FLOAT, [1, mixture.experts]),
					]
				: []),
			// The corpus heads before the argument gate, and the gate: the runtime's style stackers read them.
			...(mixture?.kind === 'domain'
				? [valueInfo('corpusProbs', T.FLOAT, [1, mixture.corpusHeads]), valueInfo('gate', T.FLOAT, [1, 1])]
				: []),
			...batch.outputs,
		],
	});
	const model = onnx.ModelProto.create({
		irVersion: 7,
		opsetImport: [onnx.OperatorSetIdProto.create({ domain: '', version: 13 })],
		producerName: 'tactful-train',
		graph,
		metadataProps: Object.entries(metadata).map(([key, value]) =>
			onnx.StringStringEntryProto.create({ key, value }),
		),
	});
	return onnx.ModelProto.encode(model).finish();
}
