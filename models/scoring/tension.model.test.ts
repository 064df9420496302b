// @vitest-environment node
/**
 * Thread comments (`wholeDraft`, what the derailment model pools) read the `tension` model when the manifest has
 * one: exactly what a scorer whose toxic head WERE the tension model gives them, while drafts keep the toxic head
 * (which learned the everyday developer comments the tension model never saw; models/train/run.ts).
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ManifestModel, ModelManifest } from './manifest.ts';
import { createNodeScorer, MODELS_DIR } from './node-scorer.ts';

const TEXTS = [
	'This has been open for ages and nobody from the project has even looked at it.',
	'Thanks, the patch works on my machine too.',
	'Are you serious? This is the third time you broke the build this week.',
];

const shipped = JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8')) as ModelManifest;
const byHead = (head: string) => shipped.models.find((m) => m.heads.includes(head)) as ManifestModel;
/**
 * Since 1.4.0 the toxic graph itself outputs `tension` beside `toxic` (its draft column, models/train/
 * draft-experts.ts): the same file under other head names then stands for "a toxic model whose toxic head is the
 * tension column" and "the toxic model without a tension head".
 */
const inGraph = byHead('toxic').heads.includes('tension');
const renamed = (names: Record<string, string>): ManifestModel => ({
	...byHead('toxic'),
	heads: byHead('toxic').heads.map((h) => names[h] ?? h),
});
/** The shipped tension model, or (models trained before it existed) the toxic model standing in for it. */
const tension: ManifestModel = inGraph
	? byHead('toxic')
	: (byHead('tension') ?? {
			...byHead('toxic'),
			file: 'tension.onnx',
			heads: ['tension'],
		});
/** The models of a scorer with the tension head, one whose toxic head is it, and one without it. */
const withTensionModels = inGraph ? [byHead('toxic')] : [byHead('toxic'), tension];
const asToxicModel = inGraph
	? renamed({ toxic: 'draft', tension: 'toxic' })
	: { ...tension, heads: ['toxic'] };
const withoutModel = inGraph ? renamed({ tension: 'thread' }) : byHead('toxic');
/** The shipped file a model entry reads (the stand-in tension model reads toxic.onnx). */
const source = (m: ManifestModel) =>
	m.file === tension.file && !byHead('tension') ? byHead('toxic').file : m.file;
/** A folder's models in manifest order: toxic first, as shipped. */
const withAp = (models: ManifestModel[]) => [...models, byHead('Inappropriateness')];

/** A models folder of links to the shipped files, with its own manifest. */
function folder(models: ManifestModel[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'tactful-tension-'));
	for (const m of models) symlinkSync(join(MODELS_DIR, source(m)), join(dir, m.file));
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...shipped, models }));
	return dir;
}

// Loads the 9 MB toxic graph into several scorers: ~25 s at load 30 on 2 cores, so it gets more than the default 30 s.
describe('the tension model', { timeout: 120_000 }, () => {
	it('scores thread comments as a scorer whose toxic head is the tension model would', async () => {
		const read = (r: { toxic: number; inappropriate: number; dimensions: unknown }) => [
			r.toxic,
			r.inappropriate,
			r.dimensions,
		];
		// Several fresh texts run batched, a single fresh text one by one: fresh scorers for each.
		for (const texts of [TEXTS, [TEXTS[0] as string]]) {
			const withTension = await createNodeScorer(folder(withAp(withTensionModels)));
			const asToxic = await createNodeScorer(folder(withAp([asToxicModel])));
			const a = await withTension.score(texts, { wholeDraft: true });
			expect(a.map(read)).toEqual((await asToxic.score(texts, { wholeDraft: true })).map(read));
			await withTension.dispose();
			await asToxic.dispose();
		}
	});

	it('leaves drafts to the toxic head', async () => {
		const withTension = await createNodeScorer(folder(withAp(withTensionModels)));
		const without = await createNodeScorer(folder(withAp([withoutModel])));
		expect(await withTension.score(TEXTS)).toEqual(await without.score(TEXTS));
		await withTension.dispose();
		await without.dispose();
	});
});
