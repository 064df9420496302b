import type * as Ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { type SerialOrt, serializeOrt } from './ort-serial.ts';

/** A fake ORT whose calls take a few ticks and record how many are in flight at once. */
function fakeOrt() {
	let inFlight = 0;
	let most = 0;
	const order: string[] = [];
	const slow = async <T>(name: string, value: T): Promise<T> => {
		inFlight++;
		most = Math.max(most, inFlight);
		order.push(`start ${name}`);
		for (let i = 0; i < 3; i++) await Promise.resolve();
		order.push(`end ${name}`);
		inFlight--;
		return value;
	};
	const session = (file: string) => ({
		inputNames: ['ids'],
		run: async (feeds: Record<string, unknown>) => {
			const out = await slow(`run ${file}`, { probs: feeds });
			if (feeds.fail) throw new Error('run failed');
			return out;
		},
		release: () => slow(`release ${file}`, undefined),
	});
	const ort = {
		InferenceSession: { create: (file: string) => slow(`create ${file}`, session(file)) },
		Tensor: class {},
	} as unknown as SerialOrt;
	return { ort, most: () => most, order };
}

describe('serializeOrt', () => {
	it('never lets creates and runs of different sessions overlap, and keeps results and properties', async () => {
		const fake = fakeOrt();
		const ort = serializeOrt(fake.ort);
		const create = ort.InferenceSession.create as unknown as (f: string) => Promise<Ort.InferenceSession>;
		const [a, b] = await Promise.all([create('a'), create('b')]);
		expect(a.inputNames).toEqual(['ids']);
		const runs = await Promise.all([
			a.run({ x: 1 } as never),
			b.run({ x: 2 } as never),
			a.run({ x: 3 } as never),
		]);
		expect(runs.map((r) => (r as unknown as { probs: { x: number } }).probs.x)).toEqual([1, 2, 3]);
		expect(fake.most()).toBe(1);
		expect(fake.order.slice(0, 4)).toEqual([
			'start create a',
			'end create a',
			'start create b',
			'end create b',
		]);
	});

	it('keeps going after a failed call', async () => {
		const ort = serializeOrt(fakeOrt().ort);
		const create = ort.InferenceSession.create as unknown as (f: string) => Promise<Ort.InferenceSession>;
		const s = await create('a');
		const [failed, ok] = await Promise.allSettled([s.run({ fail: 1 } as never), s.run({ x: 4 } as never)]);
		expect(failed.status).toBe('rejected');
		expect(ok.status).toBe('fulfilled');
	});

	it('gives the same module the same queue', () => {
		const { ort } = fakeOrt();
		expect(serializeOrt(ort)).toBe(serializeOrt(ort));
	});
});
