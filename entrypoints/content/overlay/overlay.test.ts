import { afterEach, describe, expect, it } from 'vitest';
import { badgePosition, type CardView, Overlay } from './overlay.tsx';

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

describe('Overlay: each opening of the card is a new card', () => {
	afterEach(() => {
		document.body.innerHTML = '';
		for (const h of document.querySelectorAll('[data-tactful-host]')) h.remove();
	});

	const card = (opening: number): CardView => ({
		fieldId: 1,
		anchor: new DOMRect(10, 10, 200, 40),
		dark: false,
		opening,
		props: {
			level: 'warn',
			reasons: [{ title: 'Toxic emotions', explanation: 'insulting the person.' }],
			quotes: [],
			onFine: () => {},
			onSnooze: () => {},
			onClose: () => {},
			autoFocus: true,
		},
	});
	const inCard = (o: Overlay) => o.root.activeElement?.closest('[data-tactful="card"]') != null;

	it('takes focus again when closed and opened between two frames (Escape, then the shortcut at once)', () => {
		document.body.innerHTML = '<textarea></textarea>';
		const field = document.querySelector('textarea') as HTMLTextAreaElement;
		const o = new Overlay(document, () => {});
		o.render([], card(1));
		expect(inCard(o)).toBe(true);
		// Escape: focus back in the field; the shortcut opens the card again before a frame drew it closed.
		field.focus();
		o.render([], card(2));
		expect(inCard(o)).toBe(true);
		o.destroy();
	});

	it('a repaint of the same opening leaves focus where the user put it', () => {
		document.body.innerHTML = '<textarea></textarea>';
		const field = document.querySelector('textarea') as HTMLTextAreaElement;
		const o = new Overlay(document, () => {});
		o.render([], card(1));
		field.focus();
		o.render([], card(1));
		expect(document.activeElement).toBe(field);
		expect(inCard(o)).toBe(false);
		o.destroy();
	});
});

describe('Overlay on a right-to-left page', () => {
	afterEach(() => {
		document.documentElement.removeAttribute('dir');
		for (const h of document.querySelectorAll('[data-tactful-host]')) h.remove();
	});

	it("is English laid out left to right, whatever the page's direction (qa31: the card read '.readers take personally')", () => {
		document.documentElement.dir = 'rtl';
		const overlay = new Overlay(document, () => {});
		const host = document.querySelector<HTMLElement>('[data-tactful-host]');
		expect(host?.dir).toBe('ltr');
		expect(host?.lang).toBe('en');
		overlay.destroy();
	});
});
