import { describe, expect, it } from 'vitest';
import { badgePosition } from './overlay.tsx';

const viewport = { width: 1000, height: 800 };

describe('badgePosition', () => {
	it('sits inside the bottom-right corner of a field that fits the viewport, clear of its scrollbar', () => {
		expect(badgePosition(new DOMRect(100, 100, 400, 200), 0, viewport)).toEqual({ x: 472, y: 272 });
		expect(badgePosition(new DOMRect(100, 100, 400, 200), 15, viewport)).toEqual({ x: 457, y: 272 });
	});

	it('stays on screen for a field taller than the viewport (a long auto-grown draft)', () => {
		expect(badgePosition(new DOMRect(100, -500, 400, 3000), 0, viewport)).toEqual({ x: 472, y: 772 });
		expect(badgePosition(new DOMRect(100, 600, 400, 3000), 0, viewport)).toEqual({ x: 472, y: 772 });
	});

	it('stays on screen for a field wider than the viewport, and never leaves the field', () => {
		expect(badgePosition(new DOMRect(0, 100, 1600, 200), 0, viewport)).toEqual({ x: 972, y: 272 });
		expect(badgePosition(new DOMRect(990, 790, 400, 300), 0, viewport)).toEqual({ x: 990, y: 790 });
	});
});
