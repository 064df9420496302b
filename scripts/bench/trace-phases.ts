/**
 * Reads a Chromium trace (JSON `traceEvents`) for the tail bench (chromium-tail.ts): each draft's window between
 * its performance marks `tail-s-N` / `tail-e-N`, and, on the thread that set the marks, the garbage collection and
 * the tasks inside that window.
 */

/** The fields of a trace event read here (timestamps and durations in microseconds). */
export interface TraceEvent {
	name: string;
	cat?: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
}

/** A draft's window on the page's main thread, in trace microseconds. */
export interface DraftWindow {
	start: number;
	end: number;
}

/** What happened on the main thread inside one draft's window, in ms. */
export interface WindowPhases {
	/** Main-thread garbage collection (MinorGC / MajorGC / V8.GC* events, nested ones counted once). */
	gcMs: number;
	/** Tasks that started inside the window: more than 0 means the score waited for another task (a hop). */
	tasks: number;
}

const GC = /^(MinorGC|MajorGC|V8\.GC)/;

/** Each draft's window by variant, and the thread (pid:tid) that set its marks. */
export function draftWindows(events: readonly TraceEvent[]): {
	windows: Map<number, DraftWindow>;
	thread?: string;
} {
	const starts = new Map<number, number>();
	const windows = new Map<number, DraftWindow>();
	let thread: string | undefined;
	for (const e of events) {
		const m = /^tail-([se])-(\d+)$/.exec(e.name);
		if (!m || !e.cat?.includes('user_timing')) continue;
		thread ??= `${e.pid}:${e.tid}`;
		const variant = Number(m[2]);
		if (m[1] === 's') starts.set(variant, e.ts);
		else {
			const start = starts.get(variant);
			if (start !== undefined) windows.set(variant, { start, end: e.ts });
		}
	}
	return { windows, thread };
}

/** Sorted, merged [start, end) intervals (nested or overlapping events counted once). */
export function mergeIntervals(intervals: readonly [number, number][]): [number, number][] {
	const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
	const out: [number, number][] = [];
	for (const [s, e] of sorted) {
		const last = out[out.length - 1];
		if (last && s <= last[1]) last[1] = Math.max(last[1], e);
		else out.push([s, e]);
	}
	return out;
}

/** How much of merged `intervals` lies inside [start, end). */
export function overlap(intervals: readonly [number, number][], start: number, end: number): number {
	let sum = 0;
	for (const [s, e] of intervals) {
		if (e <= start) continue;
		if (s >= end) break;
		sum += Math.min(e, end) - Math.max(s, start);
	}
	return sum;
}

/** Per draft window: main-thread GC ms and the tasks started inside it. */
export function windowPhases(events: readonly TraceEvent[]): Map<number, WindowPhases> {
	const { windows, thread } = draftWindows(events);
	const onThread = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X');
	const gc = mergeIntervals(
		onThread.filter((e) => GC.test(e.name)).map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]),
	);
	const taskStarts = onThread
		.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
		.map((e) => e.ts)
		.sort((a, b) => a - b);
	const out = new Map<number, WindowPhases>();
	for (const [variant, w] of windows) {
		let tasks = 0;
		for (const t of taskStarts) if (t > w.start && t < w.end) tasks++;
		out.set(variant, { gcMs: overlap(gc, w.start, w.end) / 1000, tasks });
	}
	return out;
}
