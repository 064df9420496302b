import { describe, expect, it } from 'vitest';
import { adapterName, webGpuSummary } from './webgpu-report.ts';

describe('bench WebGPU report', () => {
	it('names an adapter by its info fields (GPUAdapterInfo has getters only: JSON.stringify gives {})', () => {
		expect(adapterName({ vendor: 'google', architecture: 'swiftshader', device: '', description: '' })).toBe(
			'google swiftshader',
		);
		expect(adapterName({})).toBe('unnamed adapter');
	});

	it('says why there is no WebGPU row: no adapter, skipped on request, or the error', () => {
		expect(webGpuSummary(null, null, true)).toBe(
			'WebGPU: no adapter in this Chromium (no GPU); WASM path only.',
		);
		expect(webGpuSummary('google swiftshader', null, false)).toBe(
			'WebGPU: adapter google swiftshader; the WebGPU pass was skipped (BENCH_WEBGPU=0).',
		);
		expect(webGpuSummary('nvidia hopper', { error: 'no EP' }, true)).toBe(
			'WebGPU: adapter nvidia hopper; the WebGPU scorer failed: no EP',
		);
		expect(webGpuSummary('nvidia hopper', { byLength: {} }, true)).toBeUndefined();
	});
});
