import { describe, expect, it } from 'vitest';
import { DownloadProgress } from './download-progress.ts';
import { RewriteError } from './errors.ts';

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

describe('DownloadProgress across cancelled requests', () => {
	const halfway = () => {
		const p = new DownloadProgress();
		p.track({ file: 'config.json', status: 'initiate' });
		p.track({ file: 'config.json', status: 'done' });
		p.track({ file: 'model.onnx', status: 'progress', loaded: 500, total: 1000 });
		return p;
	};

	it('keeps every file when the request waiting on the load was cancelled (the load goes on)', () => {
		const p = halfway();
		const cancelled = new AbortController();
		cancelled.abort();
		p.requestFailed(new RewriteError('aborted', 'superseded'));
		p.requestFailed(new Error('aborted: cancelled by the requester'));
		p.requestFailed(new DOMException('The operation was aborted.', 'AbortError'), cancelled.signal);
		expect(p.snapshot()).toEqual({ loaded: 500, total: 1000, files: 2 });
		// The next request waits on the same load: its events carry on from where the files are.
		p.track({ file: 'model.onnx', status: 'progress', loaded: 700, total: 1000 });
		expect(p.snapshot()).toEqual({ loaded: 700, total: 1000, files: 2 });
	});

	it('forgets the download when the load itself failed', () => {
		const p = halfway();
		p.requestFailed(new RewriteError('download-failed', 'HTTP 503'), new AbortController().signal);
		expect(p.snapshot()).toBeNull();
	});
});
