/**
 * onnxruntime-web with one call at a time per realm. ORT's WASM glue keeps each call's input/output pointer
 * arrays on the shared WASM stack across `await`s, so two sessions created or run concurrently can clobber each
 * other's arrays: Firefox's background page returned a null output ("can't access property 3, e is null") as soon
 * as two drafts were scored back to back. The WASM backend is single-threaded anyway, so queueing costs nothing.
 *
 * The queue is installed on ORT's `InferenceSession` class itself (static `create`, prototype `run`/`release`),
 * not on a wrapper: transformers.js (the local rewrite model) imports the same ORT module in the inference host and
 * calls `InferenceSession.create` and `session.run` directly, so a wrapper would leave its generation steps free
 * to interleave with scoring runs. Queueing per call (not per generation) keeps a scoring run waiting for at most
 * one generation step.
 */
import type * as Ort from 'onnxruntime-web';

/** The part of ORT the scorers use. */
export type SerialOrt = Pick<typeof Ort, 'InferenceSession' | 'Tensor'>;

/** Marks a class that already queues its calls (one queue per class, shared by every importer). */
const QUEUED = Symbol.for('tactful.ortSerialQueue');

type AnyFn = (...args: unknown[]) => Promise<unknown>;
type SessionClass = { create: AnyFn; prototype: Record<string, unknown>; [QUEUED]?: true };

/**
 * Makes session creation, run and release never overlap across every session of `ort`'s `InferenceSession`,
 * whoever created them. Idempotent: calling it again (or from another engine) keeps the one queue. Returns `ort`.
 */
export function serializeOrt<T extends SerialOrt>(ort: T): T {
	const cls = ort.InferenceSession as unknown as SessionClass;
	if (cls[QUEUED]) return ort;
	let tail: Promise<unknown> = Promise.resolve();
	const queue = (job: () => Promise<unknown>): Promise<unknown> => {
		const next = tail.then(job, job);
		tail = next.catch(() => undefined);
		return next;
	};
	const create = cls.create;
	cls.create = (...args) => queue(() => create.apply(cls, args));
	for (const name of ['run', 'release']) {
		const original = cls.prototype[name];
		if (typeof original !== 'function') continue;
		cls.prototype[name] = function (this: unknown, ...args: unknown[]) {
			return queue(() => (original as AnyFn).apply(this, args));
		};
	}
	cls[QUEUED] = true;
	return ort;
}
