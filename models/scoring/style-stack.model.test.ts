// @vitest-environment node
/**
 * The shipped appropriateness model and its manifest agree with the style stackers: the trained heads are
 * stacked, and the scorer's dimensions equal g·σ(stacker) computed by hand from the graph's outputs (Toxic
 * Emotions lifted by the toxic fold, toxic-fold.ts), capped at the overall head (the same path for the CLI and the extension),
 * and under PLAIN_CAP for a plain statement the toxic head reads as clean (plain-statements.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featurize, tokenize } from '../features/featurize.ts';
import { STYLE_VERSION, styleOf } from '../features/style.ts';
import { STYLE_HEADS } from '../train/run.ts';
import type { ModelManifest } from './manifest.ts';
import { aggregate } from './model-inputs.ts';
import { createNodeScorer, MODELS_DIR } from './node-scorer.ts';
import { PLAIN_CAP, plainStatement } from './plain-statements.ts';
import { stackedLogit } from './style-stack.ts';

const DRAFTS = [
	'This is the most DISHONEST argument I have ever read!!! Wake up, people!',
	'i dont no what ur saying its not even make sense lol',
	'School uniforms reduce bullying, although they limit self-expression somewhat.',
	'Please rename the variable before merging.',
];

describe('style stackers in the shipped appropriateness model', async () => {
	const manifest = JSON.parse(await readFile(join(MODELS_DIR, 'manifest.json'), 'utf8')) as ModelManifest;
	const model = manifest.models.find((m) => m.heads.includes('Inappropriateness'));

	it('stacks the trained heads with the current style features', () => {
		expect(model?.styleStackers?.version).toBe(STYLE_VERSION);
		expect(model?.styleStackers?.heads.map((s) => s.head)).toEqual([...STYLE_HEADS]);
	});

	it('scores stacked dimensions as g·σ(stacker) (lifted by the toxic fold), capped at the overall head', async () => {
		if (!model?.styleStackers) throw new Error('no stackers');
		const ort = await import('onnxruntime-web/wasm');
		ort.env.wasm.numThreads = 1;
		const session = await ort.InferenceSession.create(
			new Uint8Array(await readFile(join(MODELS_DIR, model.file))),
		);
		const scorer = await createNodeScorer();
		const results = await scorer.score(DRAFTS);
		// The fold reads the whole draft's toxic probability (before the sentence rule).
		const whole = await scorer.score(DRAFTS, { wholeDraft: true });
		for (const [i, text] of DRAFTS.entries()) {
			const { ids, vals } = aggregate(featurize(text, model.features));
			const out = await session.run({
				ids: new ort.Tensor('int32', ids, [ids.length]),
				vals: new ort.Tensor('float32', vals, [vals.length]),
				explain: new ort.Tensor('bool', [false], []),
				// The batch branch (several drafts in one run) is not used here.
				batch: new ort.Tensor('bool', [false], []),
				batchIds: new ort.Tensor('int32', new Int32Array(0), [0, 0]),
				batchVals: new ort.Tensor('float32', new Float32Array(0), [0, 0]),
			});
			const corpus = out.corpusProbs?.data as Float32Array;
			const gate = (out.gate?.data as Float32Array | undefined)?.[0] ?? Number.NaN;
			const folded = (1 - gate) * (whole[i]?.toxic ?? Number.NaN);
			const overall = Math.max((out.probs?.data as Float32Array | undefined)?.[0] ?? Number.NaN, folded);
			const style = styleOf(tokenize(text));
			// A plain statement the toxic head reads as clean has its dimensions capped (plain-statements.ts).
			const dims = Object.values(results[i]?.dimensions ?? {});
			const capped = plainStatement(tokenize(text)) && dims.every((v) => v <= PLAIN_CAP);
			for (const s of model.styleStackers.heads) {
				const h = model.heads.indexOf(s.head);
				const stacked = gate / (1 + Math.exp(-stackedLogit(s, corpus[h] as number, style)));
				const expected = Math.min(overall, s.head === 'Toxic Emotions' ? Math.max(stacked, folded) : stacked);
				const got = results[i]?.dimensions[s.head as keyof (typeof results)[0]['dimensions']];
				expect(got).toBeCloseTo(capped ? Math.min(expected, PLAIN_CAP) : expected, 5);
			}
		}
		await session.release();
		await scorer.dispose();
	});
});
