/**
 * Fingerprints of everything the scoring trainers featurise, written into the manifest (`trainingInputs`) by
 * `npm run train` and recomputed by training-inputs.test.ts whenever the data folder is present. Training is
 * chaotic: one row featurised differently moves every weight the way a new seed does (session 30: new camouflage
 * rules changed 5 of the toxic model's 78,355 texts, and a retrain lost 0.04 GitHub incivility F1 on validation).
 * A changed fingerprint therefore means `npm run train` no longer writes the committed files: pin the old
 * behaviour for the trainer (as toxic.ts's TOXIC_TRAINING_NORMALIZER does) or retrain and commit the models.
 */
import { createHash, type Hash } from 'node:crypto';
import { type FeatureConfig, featurize, tokenize } from '../features/featurize.ts';
import { styleOf } from '../features/style.ts';
import type { AppropriatenessRow, SplitSet } from './datasets.ts';
import type { ToxicData } from './toxic.ts';

/** sha256 (hex) per model of its featurised training and validation inputs. */
export interface TrainingInputs {
	toxic: string;
	appropriateness: string;
}

function addNumbers(hash: Hash, values: Int32Array | Float32Array | Float64Array): void {
	hash.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

/** Every train sample (ids, values, targets, weight) and every validation sample and label, in order. */
export function hashToxicData(data: ToxicData): string {
	const hash = createHash('sha256');
	for (const s of data.train) {
		addNumbers(hash, s.ids);
		addNumbers(hash, s.vals);
		addNumbers(hash, s.y);
		addNumbers(hash, Float64Array.of(s.w));
	}
	for (const set of data.valid) {
		hash.update(set.name);
		for (const s of set.samples) {
			addNumbers(hash, s.ids);
			addNumbers(hash, s.vals);
		}
		addNumbers(hash, Float64Array.from(set.labels));
	}
	return hash.digest('hex');
}

/**
 * The corpus rows (features, style features, labels), the developer head's comments with their weights and the
 * civil validation comments that choose the gate, each featurised as the appropriateness trainer does.
 */
export function hashAppropriatenessInputs(
	set: SplitSet<AppropriatenessRow>,
	developer: readonly { text: string; label: number; w: number }[],
	developerValid: readonly string[],
	features: FeatureConfig,
): string {
	const hash = createHash('sha256');
	const addText = (text: string) => {
		const f = featurize(text, features);
		addNumbers(hash, f.ids);
		addNumbers(hash, f.vals);
	};
	for (const row of [...set.train, ...set.valid]) {
		addText(row.text);
		addNumbers(hash, Float64Array.from(styleOf(tokenize(row.text))));
		hash.update(JSON.stringify(row));
	}
	for (const r of developer) {
		addText(r.text);
		addNumbers(hash, Float64Array.of(r.label, r.w));
	}
	for (const text of developerValid) addText(text);
	return hash.digest('hex');
}
