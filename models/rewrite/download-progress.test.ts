import { describe, expect, it } from 'vitest';
import { DownloadProgress } from './download-progress.ts';

describe('DownloadProgress', () => {
	it('sums files while any is on its way, and ends at ready', () => {
		const p = new DownloadProgress();
		expect(p.snapshot()).toBeNull();
		p.track({ file: 'config.json', status: 'initiate' });
		p.track({ file: 'config.json', status: 'done' });
		p.track({ file: 'model.onnx', status: 'progress', loaded: 100, total: 1000, progress: 10 });
		expect(p.snapshot()).toEqual({ loaded: 100, total: 1000, files: 2 });
		p.track({ file: 'model.onnx', status: 'progress', loaded: 600, total: 1000, progress: 60 });
		expect(p.snapshot()?.loaded).toBe(600);
		p.track({ file: 'model.onnx', status: 'done' });
		expect(p.snapshot()).toBeNull();
		p.track({ file: 'tokenizer.json', status: 'progress', loaded: 5, total: 50 });
		p.track({ file: '', status: 'ready' });
		expect(p.snapshot()).toBeNull();
	});
});
