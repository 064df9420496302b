import { afterEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('../../utils/messaging.ts', async (importActual) => ({
	...(await importActual<typeof import('../../utils/messaging.ts')>()),
	sendMessageRetrying: (...args: unknown[]) => send(...args),
}));

const { perfFor } = await import('./perf.ts');
const { requestScore, traceScores } = await import('./score-trace.ts');

const result = { text: 'hi', scores: {} };

afterEach(() => {
	send.mockReset();
	vi.restoreAllMocks();
	document.documentElement.removeAttribute('data-tactful-bench');
});

describe('score tracing', () => {
	it('sends the plain request when no bench listens', async () => {
		send.mockResolvedValue(result);
		expect(await requestScore('hi', {})).toEqual(result);
		expect(send).toHaveBeenCalledWith('scoreDraft', { text: 'hi', options: {} });
	});

	it('asks the host for its stamps while a bench listens, and hands back the result without them', async () => {
		const seen: unknown[] = [];
		const stop = new AbortController();
		traceScores((t) => seen.push(t), stop.signal);
		const trace = { hostIn: 1, scoreStart: 2, scoreEnd: 3 };
		send.mockResolvedValue({ ...result, trace });
		expect(await requestScore('hi', {})).toEqual(result);
		expect(send).toHaveBeenCalledWith('scoreDraft', { text: 'hi', options: {}, trace: true });
		expect(seen).toEqual([expect.objectContaining(trace)]);
		stop.abort();
		send.mockResolvedValue(result);
		await requestScore('hi', {});
		expect(send).toHaveBeenLastCalledWith('scoreDraft', { text: 'hi', options: {} });
	});

	it('splits an answered pause into stages: debounce, request, host, reply, frame, draw', async () => {
		document.documentElement.setAttribute('data-tactful-bench', '');
		const stop = new AbortController();
		const perf = perfFor(document, stop.signal);
		if (!perf) throw new Error('bench on');
		const origin = performance.timeOrigin;
		const now = vi.spyOn(performance, 'now');
		perf.key(100); // the last key
		// the debounce fires at 250; sent at 251; the host: in 253, scoring 254 → 258; received at 260
		now.mockReturnValueOnce(251);
		now.mockReturnValueOnce(260);
		send.mockResolvedValue({
			...result,
			trace: { hostIn: origin + 253, scoreStart: origin + 254, scoreEnd: origin + 258 },
		});
		await requestScore('hi', {});
		now.mockReturnValue(275); // the paint that started at 270 ended
		perf.answered(250, 270);
		document.dispatchEvent(new Event('tactful-bench-dump'));
		const got = JSON.parse(document.documentElement.getAttribute('data-tactful-bench-result') ?? '{}');
		const one = (k: string) => Math.round(got[k][0] * 1000) / 1000;
		expect(
			['total', 'debounce', 'prepare', 'hopOut', 'hostQueue', 'scoring', 'hopBack', 'toFrame', 'draw'].map(
				(k) => one(`stage:${k}`),
			),
		).toEqual([175, 150, 1, 2, 1, 4, 2, 10, 5]);
		expect(got.warn).toEqual([25]);
		stop.abort();
	});
});
