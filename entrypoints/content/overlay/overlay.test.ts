import { describe, expect, it } from 'vitest';
import { badgePosition, cardStyle } from './overlay.tsx';

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

describe('cardStyle', () => {
	it('opens below the anchor when there is room, no taller than that room', () => {
		expect(cardStyle(new DOMRect(100, 100, 22, 22), viewport)).toEqual({
			left: '100px',
			top: '128px',
			maxHeight: '664px',
		});
	});

	it('opens above an anchor near the bottom, no taller than the room above', () => {
		expect(cardStyle(new DOMRect(100, 700, 22, 22), viewport)).toEqual({
			left: '100px',
			bottom: '106px',
			maxHeight: '686px',
		});
	});

	it('spans the height of a viewport too short for either side (a small iframe), staying inside it', () => {
		expect(cardStyle(new DOMRect(900, 60, 22, 22), { width: 1000, height: 110 })).toEqual({
			left: '672px',
			top: '8px',
			maxHeight: '94px',
		});
	});
});
