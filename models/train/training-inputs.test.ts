import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelManifest } from '../scoring/manifest.ts';
import { normalize } from '../text/normalize.ts';
import { trainingInputs } from './run.ts';
import type { ToxicData } from './toxic.ts';
import { TOXIC_TRAINING_NORMALIZER } from './toxic.ts';
import { hashToxicData } from './training-inputs.ts';

const root = join(import.meta.dirname, '../..');
const dataDir = resolve(root, process.env.TACTFUL_DATA ?? '../shared/data');

function tiny(value: number): ToxicData {
	const sample = {
		ids: Int32Array.of(3, 7),
		vals: Float32Array.of(0.5, value),
		y: Float32Array.of(1, 0),
		w: 1,
	};
	return { sets: [], train: [sample], valid: [{ name: 'toxicr', samples: [sample], labels: [1] }] };
}

describe('training inputs fingerprint', () => {
	it('changes when one feature value of one row changes', () => {
		expect(hashToxicData(tiny(0.25))).toBe(hashToxicData(tiny(0.25)));
		expect(hashToxicData(tiny(0.25))).not.toBe(hashToxicData(tiny(0.2500001)));
	});

	it('the toxic trainer reads drafts as the runtime does, except the two rules added after its model was trained', () => {
		const civil = 'The cache is stale after the migration, could you rerun the job?';
		expect(TOXIC_TRAINING_NORMALIZER(civil)).toEqual(normalize(civil));
		expect(normalize('you st-upid f*** hack').text).toBe('you stupid fuck hack');
		expect(TOXIC_TRAINING_NORMALIZER('you st-upid f*** hack').text).toBe('you st-upid f*** hack');
	});

	// Needs the datasets (../shared/data or TACTFUL_DATA); a fresh clone without them skips it.
	it.skipIf(!existsSync(dataDir))(
		"today's code featurises the data as the committed models were trained (else `npm run train` would not reproduce them)",
		() => {
			const manifest = JSON.parse(readFileSync(join(root, 'models/manifest.json'), 'utf8')) as ModelManifest;
			expect(manifest.trainingInputs, 'manifest.json has no trainingInputs: run npm run train').toBeDefined();
			expect(
				trainingInputs(dataDir),
				'the training data now featurises differently: pin the old behaviour for the trainer (toxic.ts, TOXIC_TRAINING_NORMALIZER) or retrain (npm run train) and commit the models',
			).toEqual(manifest.trainingInputs);
		},
		600_000,
	);
});
