import { afterEach, describe, expect, it } from 'vitest';
import { listenerFor } from './listen.ts';
import { watchRepaintTriggers } from './repaint-triggers.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;
afterEach(() => controller?.abort());

function setup(drawn: boolean) {
	controller = new AbortController();
	const count = { repaint: 0 };
	const { signal } = controller;
	watchRepaintTriggers(
		document,
		window,
		signal,
		listenerFor(signal),
		() => count.repaint++,
		() => drawn,
	);
	return count;
}

describe('watchRepaintTriggers', () => {
	it('repaints on scroll and window resize, until the session stops', () => {
		const count = setup(true);
		document.dispatchEvent(new Event('scroll'));
		window.dispatchEvent(new Event('resize'));
		expect(count.repaint).toBe(2);
		controller.abort();
		document.dispatchEvent(new Event('scroll'));
		expect(count.repaint).toBe(2);
	});

	it('works the colours out again when the page switches theme, only once the overlay is drawn', async () => {
		const drawn = setup(true);
		document.documentElement.setAttribute('data-theme', 'dark');
		await wait(0);
		expect(drawn.repaint).toBe(1);
		controller.abort();
		const notYet = setup(false);
		document.documentElement.setAttribute('data-theme', 'light');
		await wait(0);
		expect(notYet.repaint).toBe(0);
	});
});
