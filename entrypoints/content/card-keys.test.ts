import { afterEach, describe, expect, it } from 'vitest';
import { setCardShortcut } from '../../components/Keys/card-shortcut.ts';
import { DEFAULT_CARD_SHORTCUT } from '../../utils/shortcut.ts';
import { type CardUi, createCardUi } from './card.ts';
import type { FieldController } from './field-controller.ts';
import { generic } from './sites/generic.ts';
import { fakeDeps } from './testing/fake-deps.ts';

let controller: AbortController;

/** A warned field with focus and the card controller listening to the page's keys as session.ts wires it. */
function setup(): {
	ui: CardUi;
	c: FieldController;
	field: HTMLTextAreaElement;
	press: (init: KeyboardEventInit) => KeyboardEvent;
} {
	document.body.innerHTML = '<textarea></textarea><div data-tactful-host></div>';
	const field = document.querySelector('textarea') as HTMLTextAreaElement;
	const c = {
		id: 1,
		editor: { el: field },
		verdict: { level: 'warn' },
		unavailable: null,
	} as unknown as FieldController;
	controller = new AbortController();
	const ui = createCardUi({
		doc: document,
		site: generic,
		live: new Map([[1, { c, stop: new AbortController() }]]),
		deps: fakeDeps().deps,
		hostname: 'example.org',
		repaint: () => undefined,
		signal: controller.signal,
	});
	document.addEventListener('keydown', (e) => ui.onKeyDown(e, c, field, false), {
		signal: controller.signal,
	});
	field.focus();
	const press = (init: KeyboardEventInit) => {
		const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
		field.dispatchEvent(e);
		return e;
	};
	return { ui, c, field, press };
}

const ALT_SHIFT_T = { altKey: true, shiftKey: true, code: 'KeyT', key: 'T' };

afterEach(() => {
	controller?.abort();
	setCardShortcut(DEFAULT_CARD_SHORTCUT);
	document.body.innerHTML = '';
});

describe('the card shortcut: one press, two routes', () => {
	it('the browser command after the key press it came with does not close the card the key opened', () => {
		const { ui, c, press } = setup();
		expect(press(ALT_SHIFT_T).defaultPrevented).toBe(true);
		expect(ui.isOpen()).toBe(true);
		expect(ui.onCommand(c)).toBe('repeat');
		expect(ui.isOpen()).toBe(true);
	});

	it('the key press after the command it came with does not close the card the command opened', () => {
		const { ui, c, press } = setup();
		expect(ui.onCommand(c)).toBe('opened');
		press(ALT_SHIFT_T);
		expect(ui.isOpen()).toBe(true);
	});

	it('the command alone opens and closes the card', () => {
		const { ui, c } = setup();
		expect(ui.onCommand(c)).toBe('opened');
		expect(ui.onCommand(c)).toBe('closed');
		expect(ui.isOpen()).toBe(false);
	});

	it('a held key (auto-repeat) does not flicker the card', () => {
		const { ui, press } = setup();
		press(ALT_SHIFT_T);
		press({ ...ALT_SHIFT_T, repeat: true });
		press({ ...ALT_SHIFT_T, repeat: true });
		expect(ui.isOpen()).toBe(true);
	});

	it('a draft not scored yet has no card to open', () => {
		const { ui, c } = setup();
		(c as { verdict: unknown }).verdict = null;
		expect(ui.onCommand(c)).toBe('no warning');
		expect(ui.isOpen()).toBe(false);
	});

	it('on a field that cannot check, the command opens its "cannot check" card (Try again is in it)', () => {
		// Session 13 made the command an immediate Try again; session 14 gives that state a card of its own
		// (why, what still works, Try again, Details), so the command opens it like a warning's card.
		const { ui, c } = setup();
		let retried = 0;
		Object.assign(c, {
			verdict: null,
			unavailable: { text: '', reason: 'the checker did not answer', details: 'x' },
			retry: () => retried++,
		});
		expect(ui.onCommand(c)).toBe('opened');
		expect(retried).toBe(0);
		expect(ui.isOpen()).toBe(true);
	});
});

describe('the in-page fallback hears the binding the user has now', () => {
	it('rebound to Ctrl+Shift+Y: that key opens the card, Alt+Shift+T is left to the page', () => {
		setCardShortcut('Ctrl+Shift+Y');
		const { ui, press } = setup();
		expect(press(ALT_SHIFT_T).defaultPrevented).toBe(false);
		expect(ui.isOpen()).toBe(false);
		press({ ctrlKey: true, shiftKey: true, code: 'KeyY', key: 'Y' });
		expect(ui.isOpen()).toBe(true);
	});

	it('no shortcut set: no key of ours, the page keeps every key', () => {
		setCardShortcut('');
		const { ui, press } = setup();
		expect(press(ALT_SHIFT_T).defaultPrevented).toBe(false);
		expect(ui.isOpen()).toBe(false);
	});
});
