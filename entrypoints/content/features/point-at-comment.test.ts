import { afterEach, describe, expect, it, vi } from 'vitest';
import { pointAtComment } from './point-at-comment.ts';

describe('pointAtComment', () => {
	afterEach(() => vi.unstubAllGlobals());
	const scrolled = (reduce: boolean) => {
		vi.stubGlobal('matchMedia', (q: string) => ({ matches: reduce && q.includes('reduce'), media: q }));
		const el = document.createElement('div');
		document.body.append(el);
		const scroll = vi.fn();
		el.scrollIntoView = scroll;
		pointAtComment(el);
		el.remove();
		return scroll.mock.calls[0]?.[0];
	};

	it('scrolls the comment to the middle smoothly', () => {
		expect(scrolled(false)).toEqual({ block: 'center', behavior: 'smooth' });
	});

	it('jumps instead of gliding for someone who asked for less motion (prefers-reduced-motion)', () => {
		expect(scrolled(true)).toEqual({ block: 'center', behavior: 'instant' });
	});
});
