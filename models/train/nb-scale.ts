/**
 * NB-weighted features (Wang & Manning 2012, "NB-SVM"): each hashed feature is scaled by how strongly its presence
 * separates toxic from civil training rows, the log-count ratio r = log((p/|p|₁)/(q/|q|₁)) of its binary counts
 * (p: toxic rows, q: civil rows, +1 smoothing). The toxic model is an embedding bag, so the first layer is linear
 * in the feature values: a model trained on scaled values equals the same table with each row multiplied by its
 * scale (`foldScale`), and the runtime, the graph and the featuriser stay as they are. Measured for the toxic
 * head in session 30 and NOT shipped (models/README.md, "Toxic head: NB-weighted features"); the trainer's
 * `TOXIC_NB_SCALE` (run.ts) is off.
 */
import type { MlpParams, Sample } from './mlp.ts';

/** `abs`: |r| (the classic weighting; sign is absorbed by the weights); `sqrt`: √|r|, a milder prior. */
export type NbScaleKind = 'abs' | 'sqrt';

/**
 * Per-bucket scale from training samples. A sample's label is its highest labelled expert target among the
 * first `experts` heads (the domain heads are not toxicity labels); counts are weighted by the sample weight.
 * |r| is divided by its mean over buckets seen in training, so the typical feature keeps its scale.
 */
export function nbScale(train: Sample[], buckets: number, experts: number, kind: NbScaleKind): Float32Array {
	const p = new Float64Array(buckets).fill(1);
	const q = new Float64Array(buckets).fill(1);
	for (const s of train) {
		let label = Number.NaN;
		for (let k = 0; k < experts; k++) {
			const y = s.y[k] as number;
			if (!Number.isNaN(y)) label = Number.isNaN(label) ? y : Math.max(label, y);
		}
		if (Number.isNaN(label)) continue;
		const into = label === 1 ? p : q;
		for (const id of s.ids) into[id] = (into[id] as number) + s.w;
	}
	let pSum = 0;
	let qSum = 0;
	for (let i = 0; i < buckets; i++) {
		pSum += p[i] as number;
		qSum += q[i] as number;
	}
	const scale = new Float32Array(buckets);
	let sum = 0;
	let seen = 0;
	for (let i = 0; i < buckets; i++) {
		const r = Math.abs(Math.log((p[i] as number) / pSum / ((q[i] as number) / qSum)));
		scale[i] = r;
		// Buckets unseen (both counts at their smoothing 1) or seen with under half a sample's weight do not set
		// the typical scale.
		if ((p[i] as number) + (q[i] as number) > 2.5) {
			sum += r;
			seen++;
		}
	}
	const mean = seen > 0 ? sum / seen : 1;
	for (let i = 0; i < buckets; i++) {
		const r = (scale[i] as number) / mean;
		scale[i] = kind === 'abs' ? r : Math.sqrt(r);
	}
	return scale;
}

/** The samples with every feature value multiplied by its bucket's scale. */
export function scaleSamples(samples: Sample[], scale: Float32Array): Sample[] {
	return samples.map((s) => ({
		...s,
		vals: s.vals.map((v, i) => v * (scale[s.ids[i] as number] as number)),
	}));
}

/** The model that reads unscaled values as `p` reads scaled ones: table row i times scale[i]. */
export function foldScale(p: MlpParams, scale: Float32Array): MlpParams {
	const E = p.E.slice();
	for (let r = 0; r < p.buckets; r++) {
		const f = scale[r] as number;
		for (let d = 0; d < p.dim; d++) E[r * p.dim + d] = (E[r * p.dim + d] as number) * f;
	}
	return { ...p, E };
}
