import { describe, expect, it, vi } from 'vitest';
import { childController } from './listen.ts';

describe('childController', () => {
	it('ends with its parent', () => {
		const parent = new AbortController();
		const child = childController(parent.signal);
		parent.abort();
		expect(child.signal.aborted).toBe(true);
	});

	it('ended on its own, leaves its parent holding no listener of its', () => {
		const parent = new AbortController();
		const added = vi.spyOn(parent.signal, 'addEventListener');
		const removed = vi.spyOn(parent.signal, 'removeEventListener');
		const child = childController(parent.signal);
		child.abort();
		expect(added).toHaveBeenCalledTimes(1);
		expect(removed).toHaveBeenCalledWith('abort', added.mock.calls[0]?.[1]);
		expect(parent.signal.aborted).toBe(false);
	});
});
