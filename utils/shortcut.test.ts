import { describe, expect, it } from 'vitest';
import { ariaShortcut, formatShortcut, matchesShortcut, parseShortcut } from './shortcut.ts';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('card shortcut', () => {
	it('reads the manifest form and Chrome-on-macOS symbols alike', () => {
		expect(parseShortcut('Alt+Shift+T', false)).toEqual({
			ctrl: false,
			alt: true,
			shift: true,
			meta: false,
			key: 'T',
		});
		expect(parseShortcut('⌥⇧T', true)).toEqual({
			ctrl: false,
			alt: true,
			shift: true,
			meta: false,
			key: 'T',
		});
		// Manifest "Ctrl" is Command on macOS, "MacCtrl" the Control key.
		expect(parseShortcut('Ctrl+Shift+Y', true)).toMatchObject({ meta: true, ctrl: false });
		expect(parseShortcut('MacCtrl+Shift+Y', true)).toMatchObject({ meta: false, ctrl: true });
		expect(parseShortcut('Ctrl+Shift+Y', false)).toMatchObject({ meta: false, ctrl: true });
		expect(parseShortcut('⇧⌘Y', true)).toMatchObject({ meta: true, shift: true, key: 'Y' });
		expect(parseShortcut('Alt+Comma', false)).toMatchObject({ alt: true, key: 'Comma' });
	});

	it('an unbound command (empty shortcut) is no shortcut', () => {
		expect(parseShortcut('', false)).toBeNull();
		expect(parseShortcut(undefined, false)).toBeNull();
	});

	it('is written the platform way: ⌥⇧T on macOS, Alt+Shift+T elsewhere', () => {
		expect(formatShortcut(parseShortcut('Alt+Shift+T', true), true)).toBe('⌥⇧T');
		expect(formatShortcut(parseShortcut('⌥⇧T', true), true)).toBe('⌥⇧T');
		expect(formatShortcut(parseShortcut('Ctrl+Shift+Y', true), true)).toBe('⇧⌘Y');
		expect(formatShortcut(parseShortcut('Alt+Shift+T', false), false)).toBe('Alt+Shift+T');
		expect(formatShortcut(parseShortcut('Ctrl+Alt+Up', false), false)).toBe('Ctrl+Alt+Up');
		expect(formatShortcut(null, false)).toBe('');
	});

	it('names keys for aria-keyshortcuts with ARIA modifier names', () => {
		expect(ariaShortcut(parseShortcut('Alt+Shift+T', false))).toBe('Alt+Shift+T');
		expect(ariaShortcut(parseShortcut('Ctrl+Shift+Y', true))).toBe('Shift+Meta+Y');
		expect(ariaShortcut(parseShortcut('Ctrl+Up', false))).toBe('Control+ArrowUp');
		expect(ariaShortcut(null)).toBe('');
	});

	it('matches a key press by its physical key, whatever character the layout gives (⌥⇧T types ˇ on a Mac)', () => {
		const s = parseShortcut('Alt+Shift+T', false);
		expect(matchesShortcut(key({ altKey: true, shiftKey: true, code: 'KeyT', key: 'ˇ' }), s)).toBe(true);
		expect(matchesShortcut(key({ altKey: true, code: 'KeyT', key: 't' }), s)).toBe(false);
		expect(matchesShortcut(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyT' }), s)).toBe(
			false,
		);
		expect(matchesShortcut(key({ altKey: true, shiftKey: true, code: 'KeyY' }), s)).toBe(false);
		expect(
			matchesShortcut(
				key({ ctrlKey: true, altKey: true, code: 'ArrowUp' }),
				parseShortcut('Ctrl+Alt+Up', false),
			),
		).toBe(true);
		expect(matchesShortcut(key({ altKey: true, code: 'Digit3' }), parseShortcut('Alt+3', false))).toBe(true);
		expect(matchesShortcut(key({ altKey: true, shiftKey: true, code: 'KeyT' }), null)).toBe(false);
	});
});
