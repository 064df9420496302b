import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGate } from './load-gate.ts';

afterEach(() => vi.restoreAllMocks());

describe("the scoring models' load gate", () => {
	it('a corrupt model is loaded once, not at every score: later calls fail at once with the same reason', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		let t = 0;
		const load = vi.fn(async () => {
			throw new Error('Failed to load model because protobuf parsing failed.');
		});
		const ready = loadGate(load, 60_000, () => t);
		const errors = [];
		for (let i = 0; i < 20; i++) errors.push(await ready().catch((e: Error) => e.message));
		expect(load).toHaveBeenCalledOnce();
		expect(new Set(errors)).toEqual(
			new Set([
				// Session 13: plain words first, onnxruntime's own text kept apart for "Details" (utils/health.ts).
				"unavailable: Tactful's model file could not be loaded: it is damaged or missing. Reinstall or update the extension [details: Failed to load model because protobuf parsing failed.]",
			]),
		);
		expect(warn).toHaveBeenCalledOnce();
		// A minute later it is tried once more (a retry per minute, not per keystroke).
		t = 60_000;
		await expect(ready()).rejects.toThrow(/^unavailable: /);
		expect(load).toHaveBeenCalledTimes(2);
	});

	it('concurrent callers share one load, and a success is never loaded again', async () => {
		let resolve: () => void = () => undefined;
		const load = vi.fn(() => new Promise<void>((r) => (resolve = r)));
		const ready = loadGate(load);
		const both = Promise.all([ready(), ready()]);
		resolve();
		await both;
		await ready();
		expect(load).toHaveBeenCalledOnce();
	});

	it('reset() ("Try again") forgets the failure: the next call loads again at once, not a minute later', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const load = vi.fn().mockRejectedValueOnce(new Error('Aborted(OOM)')).mockResolvedValue(undefined);
		const ready = loadGate(load, 60_000, () => 0);
		await expect(ready()).rejects.toThrow(/^unavailable: the browser ran out of memory/);
		await expect(ready()).rejects.toThrow(/out of memory/);
		expect(load).toHaveBeenCalledOnce();
		ready.reset();
		await expect(ready()).resolves.toBeUndefined();
		expect(load).toHaveBeenCalledTimes(2);
	});

	it('a load that failed once and then works is used', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		let t = 0;
		const load = vi.fn().mockRejectedValueOnce(new Error('out of memory')).mockResolvedValue(undefined);
		const ready = loadGate(load, 1000, () => t);
		await expect(ready()).rejects.toThrow('out of memory');
		t = 1000;
		await expect(ready()).resolves.toBeUndefined();
	});
});
