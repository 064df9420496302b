import { afterEach, describe, expect, it, vi } from 'vitest';
import { onReturn } from './read-again.ts';

describe('onReturn', () => {
	let stop: (() => void) | undefined;
	afterEach(() => {
		stop?.();
		vi.restoreAllMocks();
	});

	it('reads again when the tab is shown again or its window is focused, once per gap', () => {
		let t = 0;
		const read = vi.fn();
		stop = onReturn(read, 1000, () => t);
		document.dispatchEvent(new Event('visibilitychange'));
		window.dispatchEvent(new Event('focus')); // the same tab switch: not a second read
		expect(read).toHaveBeenCalledTimes(1);
		t = 5000;
		window.dispatchEvent(new Event('focus'));
		expect(read).toHaveBeenCalledTimes(2);
	});

	it('does not read while the page is hidden, nor after it stopped listening', () => {
		const read = vi.fn();
		stop = onReturn(read);
		vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
		document.dispatchEvent(new Event('visibilitychange'));
		expect(read).not.toHaveBeenCalled();
		vi.restoreAllMocks();
		stop();
		window.dispatchEvent(new Event('focus'));
		expect(read).not.toHaveBeenCalled();
	});
});
