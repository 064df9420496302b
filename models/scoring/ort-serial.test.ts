import type * as Ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { type SerialOrt, serializeOrt } from './ort-serial.ts';

/**
 * A fake ORT shaped like the real one (a session class with a static `create` and `run`/`release` on its
 * prototype) whose calls take a few ticks and record how many are in flight at once.
 */
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
	class FakeSession {
		readonly inputNames = ['ids'];
		constructor(readonly file: string) {}
		static create(file: string) {
			return slow(`create ${file}`, new FakeSession(file));
		}
		async run(feeds: Record<string, unknown>) {
			const out = await slow(`run ${this.file}`, { probs: feeds });
			if (feeds.fail) throw new Error('run failed');
			return out;
		}
		release() {
			return slow(`release ${this.file}`, undefined);
		}
	}
	const ort = { InferenceSession: FakeSession, Tensor: class {} } as unknown as SerialOrt;
	return { ort, most: () => most, order };
}

type Create = (f: string) => Promise<Ort.InferenceSession>;

describe('serializeOrt', () => {
	it('never lets creates and runs of different sessions overlap, and keeps results and properties', async () => {
		const fake = fakeOrt();
		const ort = serializeOrt(fake.ort);
		const create = ort.InferenceSession.create as unknown as Create;
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

	it('also queues sessions another library creates from the same module (transformers.js does)', async () => {
		const fake = fakeOrt();
		// transformers.js keeps its own reference to the module's class and never sees our return value.
		const theirClass = fake.ort.InferenceSession;
		const ours = serializeOrt(fake.ort);
		const [mine, theirs] = await Promise.all([
			(ours.InferenceSession.create as unknown as Create)('scorer'),
			(theirClass.create as unknown as Create)('llm'),
		]);
		await Promise.all([
			theirs.run({ step: 1 } as never),
			mine.run({ x: 1 } as never),
			theirs.run({ step: 2 } as never),
			theirs.release(),
		]);
		expect(fake.most()).toBe(1);
	});

	it('keeps going after a failed call', async () => {
		const ort = serializeOrt(fakeOrt().ort);
		const create = ort.InferenceSession.create as unknown as Create;
		const s = await create('a');
		const [failed, ok] = await Promise.allSettled([s.run({ fail: 1 } as never), s.run({ x: 4 } as never)]);
		expect(failed.status).toBe('rejected');
		expect(ok.status).toBe('fulfilled');
	});

	it('installs one queue per module however often it is called', async () => {
		const fake = fakeOrt();
		const create = serializeOrt(fake.ort).InferenceSession.create;
		expect(serializeOrt(fake.ort).InferenceSession.create).toBe(create);
		const s = await (create as unknown as Create)('a');
		await Promise.all([s.run({ x: 1 } as never), s.run({ x: 2 } as never)]);
		expect(fake.most()).toBe(1);
	});
});
