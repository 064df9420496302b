import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCardShortcut } from '../../components/Keys/card-shortcut.ts';
import { DEFAULT_CARD_SHORTCUT } from '../../utils/shortcut.ts';
import { createCardUi } from './card.ts';
import { editorFor } from './editors/index.ts';
import type { FieldController } from './field-controller.ts';
import type { FieldView } from './overlay/overlay.tsx';
import { generic } from './sites/generic.ts';
import { fakeDeps, fakeScore } from './testing/fake-deps.ts';

let controller: AbortController;

const DOWN = {
	text: 'you idiot',
	reason: 'Tactful’s checker did not answer. Try again; if it keeps happening, restart the browser',
	details: 'Could not establish connection. Receiving end does not exist.',
};

/** Gives `el` a box in view (happy-dom lays nothing out, and a 0x0 field or container reads as scrolled away). */
function layOut(el: HTMLElement) {
	el.getBoundingClientRect = () => new DOMRect(20, 20, 400, 80);
	Object.defineProperties(el, { clientWidth: { value: 400 }, clientHeight: { value: 80 } });
}

/** A focused field whose draft cannot be checked, and the card controller wired as session.ts wires it. */
function setup(retryEngine: () => Promise<unknown> = async () => ({ ok: true })) {
	document.body.innerHTML = '<textarea>you idiot</textarea><div data-tactful-host></div>';
	const field = document.querySelector('textarea') as HTMLTextAreaElement;
	// happy-dom lays nothing out: without a box the field reads as scrolled out of view, and the card closes
	// (card5, session 14), which is not what these tests are about.
	layOut(field);
	let retried = 0;
	const c = {
		id: 1,
		editor: editorFor(field, () => document.body),
		verdict: null,
		unavailable: { ...DOWN },
		settled: true,
		rescore: () => undefined,
		retry: () => {
			retried++;
			Object.assign(c, { unavailable: null, settled: false });
		},
	} as unknown as FieldController;
	controller = new AbortController();
	const { deps } = fakeDeps();
	const ui = createCardUi({
		doc: document,
		site: generic,
		live: new Map([[1, { c, stop: new AbortController() }]]),
		deps: { ...deps, retryEngine },
		hostname: 'example.org',
		repaint: () => undefined,
		signal: controller.signal,
	});
	document.addEventListener('keydown', (e) => ui.onKeyDown(e, c, field, false), {
		signal: controller.signal,
	});
	field.focus();
	const fv: FieldView = {
		id: 1,
		level: 'ok',
		summary: 'Tactful cannot check drafts right now',
		count: 0,
		badge: { x: 40, y: 50 },
		underlines: [],
		dark: false,
		unavailable: true,
	};
	const press = (init: KeyboardEventInit) => {
		const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
		field.dispatchEvent(e);
		return e;
	};
	return { ui, c, fv, press, retried: () => retried };
}

const ALT_SHIFT_T = { altKey: true, shiftKey: true, code: 'KeyT', key: 'T' };

afterEach(() => {
	controller?.abort();
	setCardShortcut(DEFAULT_CARD_SHORTCUT);
	document.body.innerHTML = '';
});

describe('the card of a draft that cannot be checked (session 14)', () => {
	it('the badge opens a card that says why, with Try again and the raw text, focus on the card', () => {
		const { ui, fv, retried } = setup();
		ui.toggle(1, 'badge');
		const view = ui.view([fv]);
		expect(view?.props.unavailable).toMatchObject({
			reason: DOWN.reason,
			details: DOWN.details,
			trying: false,
		});
		expect(view?.props.autoFocus).toBe(true);
		// Opening it is not yet a retry: the user reads first.
		expect(retried()).toBe(0);
		ui.toggle(1, 'badge');
		expect(ui.isOpen()).toBe(false);
	});

	it('the card shortcut in the field opens and closes it', () => {
		const { ui, fv, press, retried } = setup();
		expect(press(ALT_SHIFT_T).defaultPrevented).toBe(true);
		expect(ui.view([fv])?.props.unavailable?.reason).toBe(DOWN.reason);
		press(ALT_SHIFT_T);
		expect(ui.isOpen()).toBe(false);
		expect(retried()).toBe(0);
	});

	it('the browser command opens and closes it', () => {
		const { ui, c, fv } = setup();
		expect(ui.onCommand(c)).toBe('opened');
		expect(ui.view([fv])?.props.unavailable).toBeTruthy();
		expect(ui.onCommand(c)).toBe('closed');
	});

	it('Try again: "Trying…" until the answer; still failing, the card stays with the reason again', async () => {
		let release: (v: unknown) => void = () => undefined;
		const { ui, c, fv, retried } = setup(() => new Promise((r) => (release = r)));
		ui.toggle(1, 'badge');
		ui.view([fv])?.props.unavailable?.onTryAgain();
		expect(ui.view([fv])?.props.unavailable?.trying).toBe(true);
		release({ ok: false });
		await vi.waitFor(() => expect(retried()).toBe(1));
		// Rescoring: no "unavailable" on the field now, and no verdict; the card still says it is trying.
		ui.noteVerdict(c);
		expect(ui.view([fv])?.props.unavailable?.trying).toBe(true);
		// The rescore failed again.
		Object.assign(c, { unavailable: { ...DOWN }, settled: true });
		ui.noteVerdict(c);
		const view = ui.view([fv]);
		expect(view?.props.unavailable).toMatchObject({ reason: DOWN.reason, trying: false });
	});

	it('Try again that works on a rude draft: the same card now shows the warning', async () => {
		const { ui, c, fv, retried } = setup();
		ui.toggle(1, 'badge');
		ui.view([fv])?.props.unavailable?.onTryAgain();
		await vi.waitFor(() => expect(retried()).toBe(1));
		const result = fakeScore('you idiot');
		Object.assign(c, {
			verdict: {
				text: 'you idiot',
				level: 'warn',
				spans: result.spans,
				reasons: [],
				summary: 'rude',
				result,
			},
			settled: true,
		});
		ui.noteVerdict(c);
		const view = ui.view([{ ...fv, level: 'warn', unavailable: undefined }]);
		expect(view?.props.unavailable).toBeUndefined();
		expect(view?.props.level).toBe('warn');
	});

	it('Try again that works on a calm draft: the card closes (nothing left to say) and focus goes back', async () => {
		const { ui, c, fv, retried } = setup();
		ui.toggle(1, 'badge');
		ui.view([fv])?.props.unavailable?.onTryAgain();
		await vi.waitFor(() => expect(retried()).toBe(1));
		const result = { ...fakeScore('thanks'), text: 'you idiot' };
		Object.assign(c, {
			verdict: { text: 'you idiot', level: 'ok', spans: [], reasons: [], summary: 'fine', result },
			settled: true,
		});
		ui.noteVerdict(c);
		expect(ui.isOpen()).toBe(false);
		expect(document.activeElement?.tagName).toBe('TEXTAREA');
	});
});

describe('a pre-submit nudge on a field whose checker failed after it warned', () => {
	it('keeps its own card with Post anyway (the "cannot check" card would strand the post)', () => {
		const { ui, c, fv } = setup();
		const result = fakeScore('you idiot');
		Object.assign(c, {
			verdict: {
				text: 'you idiot',
				level: 'warn',
				spans: result.spans,
				reasons: [],
				summary: 'rude',
				result,
			},
			unavailable: { ...DOWN, text: 'you idiot!!' },
		});
		const form = document.createElement('form');
		// happy-dom lays nothing out and computes no overflow: the 0x0 form would read as a clip that hides the field.
		Object.assign(form.style, { overflowX: 'visible', overflowY: 'visible' });
		form.append(c.editor.el);
		document.body.append(form);
		const submit = new SubmitEvent('submit', { cancelable: true });
		form.dispatchEvent(submit);
		ui.onSubmit(submit, true);
		expect(ui.isOpen()).toBe(true);
		const view = ui.view([{ ...fv, level: 'ok' }]);
		expect(view?.props.unavailable).toBeUndefined();
		expect(view?.props.nudge).toBeTruthy();
	});
});
