// @vitest-environment node
/**
 * The manifests describe the model files that ship: every file they name exists with the recorded size and
 * sha256. A model regenerated without its manifest (or the reverse) would load numbers the card does not
 * describe, and the extension's integrity claim would be false.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODELS = join(process.cwd(), 'models');

interface FileEntry {
	file: string;
	sha256: string;
	bytes: number;
}

function json(name: string): Record<string, unknown> {
	return JSON.parse(readFileSync(join(MODELS, name), 'utf8')) as Record<string, unknown>;
}

/** Every file entry of both manifests: the scoring manifest lists models, the derail manifest is one. */
function entries(): FileEntry[] {
	const scoring = (json('manifest.json').models as FileEntry[]).map(({ file, sha256, bytes }) => ({
		file,
		sha256,
		bytes,
	}));
	const { file, sha256, bytes } = json('derail-manifest.json') as unknown as FileEntry;
	return [...scoring, { file, sha256, bytes }];
}

describe('model manifests', () => {
	it.each(entries())('$file matches its recorded sha256 and size', ({ file, sha256, bytes }) => {
		const data = readFileSync(join(MODELS, file));
		expect(data.length).toBe(bytes);
		expect(createHash('sha256').update(data).digest('hex')).toBe(sha256);
	});

	it('every shipped .onnx file is listed in a manifest, and all together stay within 20 MB', () => {
		const listed = entries().map((e) => e.file);
		const shipped = readdirSync(MODELS).filter((f) => f.endsWith('.onnx'));
		expect(shipped.sort()).toEqual([...listed].sort());
		const total = entries().reduce((sum, e) => sum + e.bytes, 0);
		expect(total).toBeLessThanOrEqual(20_000_000);
	});

	it('each manifest names its version, the data, the rows and validation metrics', () => {
		const scoring = json('manifest.json');
		expect(scoring.version).toEqual(expect.any(String));
		expect((scoring.datasets as { trainRows: number }[]).every((d) => d.trainRows > 0)).toBe(true);
		expect(Object.keys(scoring.metrics as object).length).toBeGreaterThan(0);
		// A valid split trained on is in-sample: its number must not sit under the held-out name.
		const approp = (scoring.datasets as { name: string; validInTraining?: boolean }[]).find(
			(d) => d.name === 'appropriateness',
		);
		const metrics = scoring.metrics as Record<string, unknown>;
		if (approp?.validInTraining) {
			expect(metrics.appropriatenessValidMacroF1).toBeUndefined();
			expect(metrics.appropriatenessNestedCv).toEqual({
				macroF1: expect.any(Number),
				auc: expect.any(Number),
			});
		}
		const derail = json('derail-manifest.json');
		expect(derail.version).toEqual(expect.any(String));
		expect(Object.keys(derail.data as object).length).toBeGreaterThan(0);
		expect(Object.keys(derail.rows as object).length).toBeGreaterThan(0);
		expect(Object.keys(derail.metrics as object).length).toBeGreaterThan(0);
	});
});
