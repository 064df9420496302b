/**
 * onnxruntime-web with one call at a time per realm. ORT's WASM glue keeps each call's input/output pointer
 * arrays on the shared WASM stack across `await`s, so two sessions created or run concurrently can clobber each
 * other's arrays: Firefox's background page returned a null output ("can't access property 3, e is null") as soon
 * as two drafts were scored back to back. The WASM backend is single-threaded anyway, so queueing costs nothing.
 */
import type * as Ort from 'onnxruntime-web';

/** The part of ORT the scorers use. */
export type SerialOrt = Pick<typeof Ort, 'InferenceSession' | 'Tensor'>;

const wrapped = new WeakMap<object, SerialOrt>();

/**
 * Wraps `ort` so that session creation, run and release never overlap (across every session it creates). The
 * same module always gets the same wrapper, so engines created separately still share one queue.
 */
export function serializeOrt(ort: SerialOrt): SerialOrt {
	const known = wrapped.get(ort);
	if (known) return known;
	const serial = makeSerial(ort);
	wrapped.set(ort, serial);
	return serial;
}

function makeSerial(ort: SerialOrt): SerialOrt {
	let tail: Promise<unknown> = Promise.resolve();
	const queue = <T>(job: () => Promise<T>): Promise<T> => {
		const next = tail.then(job, job);
		tail = next.catch(() => undefined);
		return next;
	};
	const wrap = (session: Ort.InferenceSession): Ort.InferenceSession =>
		new Proxy(session, {
			get(target, prop) {
				const value = Reflect.get(target, prop, target) as unknown;
				if (typeof value !== 'function') return value;
				if (prop === 'run' || prop === 'release')
					return (...args: unknown[]) =>
						queue(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
				return (value as (...a: unknown[]) => unknown).bind(target);
			},
		});
	const create = (...args: unknown[]) =>
		queue(() =>
			(ort.InferenceSession.create as (...a: unknown[]) => Promise<Ort.InferenceSession>)(...args),
		).then(wrap);
	return { InferenceSession: { create } as unknown as SerialOrt['InferenceSession'], Tensor: ort.Tensor };
}
