import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CardUi, createCardUi } from './card.ts';
import { editorFor } from './editors/index.ts';
import { type CardContext, registerCardSection } from './extensions.ts';
import {
	applyCandidate,
	CHANGED_AFTER_WRITING,
	CHANGED_WHILE_WRITING,
	SETTLE_MS,
} from './features/rewrite-apply.ts';
import { requestRewrite, rewriteStateFor } from './features/rewrite-state.ts';
import { FieldController } from './field-controller.ts';
import type { FieldView } from './overlay/overlay.tsx';
import { generic } from './sites/generic.ts';
import { fakeDeps, fakeScore } from './testing/fake-deps.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Calls `nudge` every 10 ms until `done()` (at most 3 s): a scoring pause and its held score. */
async function poll(done: () => boolean, nudge: () => void): Promise<void> {
	for (let i = 0; i < 300 && !done(); i++) {
		nudge();
		await wait(10);
	}
}
/** One warned field with an underline from x 100 to 160 on the line at y 200. */
const VIEW: FieldView = {
	id: 1,
	level: 'warn',
	summary: '',
	count: 1,
	badge: null,
	underlines: [{ x: 100, y: 200, w: 60, level: 'warn' }],
	dark: false,
};
let controller: AbortController;

/** A card controller wired to the document as session.ts wires it, with the overlay's host in the page. */
/** `withField`: the field's controller is live (else the card's field is already gone). */
function setup(withField = false): { ui: CardUi; button: HTMLButtonElement; field: HTMLTextAreaElement } {
	document.body.innerHTML =
		'<p id="page">Earlier comments</p><textarea></textarea><div data-tactful-host></div>';
	const field = document.querySelector('textarea') as HTMLTextAreaElement;
	const host = document.querySelector('[data-tactful-host]') as HTMLElement;
	const button = document.createElement('button');
	host.attachShadow({ mode: 'open' }).append(button);
	controller = new AbortController();
	const ui = createCardUi({
		doc: document,
		site: generic,
		live: new Map(
			withField
				? [
						[
							1,
							{
								c: { id: 1, editor: { el: field } } as unknown as FieldController,
								stop: new AbortController(),
							},
						],
					]
				: [],
		),
		deps: fakeDeps().deps,
		hostname: 'example.org',
		repaint: () => undefined,
		signal: controller.signal,
	});
	const { signal } = controller;
	document.addEventListener('mousemove', (e) => ui.onMouseMove(e, host), { signal });
	for (const type of ['pointerdown', 'focusin'])
		document.addEventListener(type, (e) => ui.onInteract(e, host), { capture: true, signal });
	document.addEventListener('keydown', (e) => ui.onKeyDown(e, null, null, false), { capture: true, signal });
	ui.view([VIEW]);
	return { ui, button, field };
}
const moveTo = (target: EventTarget, x: number, y: number) =>
	target.dispatchEvent(
		new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true }),
	);

afterEach(() => {
	controller?.abort();
	document.body.innerHTML = '';
});

describe('the card opened by hovering an underline', () => {
	it('closes shortly after the mouse leaves it, also after the mouse passed through the card', async () => {
		const { ui, button } = setup();
		moveTo(document.body, 120, 195);
		expect(ui.isOpen()).toBe(true);
		moveTo(document.body, 120, 260); // on the way to the card
		moveTo(button, 120, 300); // inside the card: stays
		await wait(450);
		expect(ui.isOpen()).toBe(true);
		moveTo(document.body, 600, 600); // away
		await wait(450);
		expect(ui.isOpen()).toBe(false);
	});

	it('stays open once the user clicks in it (a rewrite they asked for keeps going) until Escape', async () => {
		const { ui, button } = setup();
		moveTo(document.body, 120, 195);
		moveTo(button, 120, 300);
		button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
		moveTo(document.body, 600, 600);
		await wait(450);
		expect(ui.isOpen()).toBe(true);
		// Hovering another underline does not swap a card the user is working in.
		moveTo(document.body, 120, 195);
		expect(ui.isOpen()).toBe(true);
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		expect(ui.isOpen()).toBe(false);
	});

	it('stays open once keyboard focus moves into it', async () => {
		const { ui, button } = setup();
		moveTo(document.body, 120, 195);
		button.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
		moveTo(document.body, 600, 600);
		await wait(450);
		expect(ui.isOpen()).toBe(true);
	});

	it('closes when its field goes away, so Escape and hovering the other fields work again', () => {
		const { ui, button } = setup();
		moveTo(document.body, 120, 195);
		button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
		// The field's controller is gone (reply box closed): the next paint finds nothing to show.
		expect(ui.view([VIEW])).toBeNull();
		expect(ui.isOpen()).toBe(false);
		const escapeKey = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
		document.body.dispatchEvent(escapeKey);
		expect(escapeKey.defaultPrevented).toBe(false);
	});

	it('a click elsewhere on the page does not pin it', async () => {
		const { ui } = setup();
		moveTo(document.body, 120, 195);
		document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
		moveTo(document.body, 600, 600);
		await wait(450);
		expect(ui.isOpen()).toBe(false);
	});
});

describe('the card opened from the badge or the keyboard', () => {
	const press = (target: EventTarget) =>
		target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));

	it('closes on a click elsewhere on the page, like any popover, and leaves focus where the user clicked', () => {
		const { ui, field } = setup(true);
		ui.toggle(1, 'badge');
		field.blur();
		press(document.getElementById('page') as HTMLElement);
		expect(ui.isOpen()).toBe(false);
		expect(document.activeElement).not.toBe(field);
	});

	it('Alt+Shift+T (or the badge) over a card the mouse opened on an underline takes it over instead of closing it', async () => {
		const { ui } = setup(true);
		moveTo(document.body, 120, 195);
		expect(ui.isOpen()).toBe(true);
		ui.toggle(1, 'keyboard');
		expect(ui.isOpen()).toBe(true);
		// Now a keyboard-opened card (it takes focus, tests/e2e/a11y.spec.mjs): it stays when the mouse leaves.
		moveTo(document.body, 600, 600);
		await wait(450);
		expect(ui.isOpen()).toBe(true);
		ui.toggle(1, 'keyboard'); // a second press closes it, as always
		expect(ui.isOpen()).toBe(false);
	});

	it('stays open on a click in the card or in its own field (the user is editing the draft it explains)', () => {
		const { ui, button, field } = setup(true);
		ui.toggle(1, 'keyboard');
		press(button);
		press(field);
		expect(ui.isOpen()).toBe(true);
	});
});

describe('the keyboard taking over a hover-opened card (ui7, session 16)', () => {
	it('keeps the same card (its opening: expanded sections, a chosen rewrite), now focused and no longer transient', async () => {
		document.body.innerHTML = '<textarea>you idiot</textarea><div data-tactful-host></div>';
		const field = document.querySelector('textarea') as HTMLTextAreaElement;
		field.getBoundingClientRect = () => new DOMRect(20, 20, 400, 80);
		Object.defineProperties(field, { clientWidth: { value: 400 }, clientHeight: { value: 80 } });
		controller = new AbortController();
		const c = new FieldController(
			1,
			editorFor(field, () => document.body),
			{
				score: async (t, o) => fakeScore(t, o),
				options: () => ({ sensitivity: 0.5 }),
				changed() {},
				signal: controller.signal,
			},
		);
		await c.run();
		expect(c.verdict?.level).toBe('warn');
		const ui = createCardUi({
			doc: document,
			site: generic,
			live: new Map([[1, { c, stop: new AbortController() }]]),
			deps: fakeDeps().deps,
			hostname: 'example.org',
			repaint: () => undefined,
			signal: controller.signal,
		});
		const fv: FieldView = { ...VIEW, badge: { x: 400, y: 80 } };
		ui.toggle(1, 'hover');
		const hovered = ui.view([fv]);
		expect(hovered?.props.autoFocus).toBe(false);
		ui.toggle(1, 'keyboard');
		const taken = ui.view([fv]);
		expect(taken?.opening).toBe(hovered?.opening);
		expect(taken?.props.autoFocus).toBe(true);
		ui.toggle(1, 'keyboard'); // a second press closes it, as always
		expect(ui.isOpen()).toBe(false);
		ui.toggle(1, 'keyboard');
		expect(ui.view([fv])?.opening).not.toBe(hovered?.opening); // a card opened afresh is a new card
	});
});

describe('a card drawn again after a frame without it (races5, session 18)', () => {
	it('does not take the focus from the draft the user went back to; with the focus in it or nowhere, it does', async () => {
		document.body.innerHTML = '<textarea>you idiot</textarea><div data-tactful-host></div>';
		const field = document.querySelector('textarea') as HTMLTextAreaElement;
		field.getBoundingClientRect = () => new DOMRect(20, 20, 400, 80);
		Object.defineProperties(field, { clientWidth: { value: 400 }, clientHeight: { value: 80 } });
		controller = new AbortController();
		const c = new FieldController(
			1,
			editorFor(field, () => document.body),
			{
				score: async (t, o) => fakeScore(t, o),
				options: () => ({ sensitivity: 0.5 }),
				changed() {},
				signal: controller.signal,
			},
		);
		await c.run();
		const ui = createCardUi({
			doc: document,
			site: generic,
			live: new Map([[1, { c, stop: new AbortController() }]]),
			deps: fakeDeps().deps,
			hostname: 'example.org',
			repaint: () => undefined,
			signal: controller.signal,
		});
		const fv: FieldView = { ...VIEW, badge: { x: 400, y: 80 } };
		ui.toggle(1, 'badge');
		const first = ui.view([fv]);
		expect(first?.props.autoFocus).toBe(true); // opened on request: it takes the focus
		// A frame without the card (after Apply its field's view is pending), and the user goes back to the draft…
		expect(ui.view([])).toBeNull();
		field.focus();
		// …then the late answer draws the card again (WarningCard focuses on mount): not from the draft.
		const again = ui.view([fv]);
		expect(again?.opening).toBe(first?.opening);
		expect(again?.props.autoFocus).toBe(false);
		field.blur(); // the focus nowhere (or in the card): a keyboard user's card drawn again takes it back
		expect(ui.view([fv])?.props.autoFocus).toBe(true);
		ui.toggle(1, 'badge');
		field.focus();
		ui.toggle(1, 'keyboard'); // a new opening asked for from the draft takes the focus, as always
		expect(ui.view([fv])?.props.autoFocus).toBe(true);
	});
});

describe('the card after its own write, while the written draft is scored (races6, session 19)', () => {
	/** A field warned about `text`, its card opened from the badge, and the card's rewrite section's context. */
	async function opened(text: string) {
		document.body.innerHTML = `<textarea>${text}</textarea><div data-tactful-host></div>`;
		const field = document.querySelector('textarea') as HTMLTextAreaElement;
		field.getBoundingClientRect = () => new DOMRect(20, 20, 400, 80);
		Object.defineProperties(field, { clientWidth: { value: 400 }, clientHeight: { value: 80 } });
		controller = new AbortController();
		let release: () => void = () => {};
		const c = new FieldController(
			1,
			editorFor(field, () => document.body),
			{
				score: async (t, o) => {
					if (t !== text)
						await new Promise<void>((r) => {
							release = r;
						});
					return fakeScore(t, o);
				},
				options: () => ({ sensitivity: 0.5 }),
				changed() {},
				signal: controller.signal,
			},
		);
		await c.run();
		let ctx: CardContext | undefined;
		registerCardSection({
			id: 'rewrite',
			slot: 'rewrite',
			render: (x) => {
				ctx = x;
				return null;
			},
		});
		const ui = createCardUi({
			doc: document,
			site: generic,
			live: new Map([[1, { c, stop: new AbortController() }]]),
			deps: fakeDeps().deps,
			hostname: 'example.org',
			repaint: () => undefined,
			signal: controller.signal,
		});
		const fv: FieldView = { ...VIEW, badge: { x: 400, y: 80 } };
		ui.toggle(1, 'badge');
		expect(ui.view([fv])?.props.level).toBe('warn');
		return { c, ui, fv, field, ctx: () => ctx as CardContext, release: () => release() };
	}

	it('Apply, then Ctrl+Z before the rewrite is answered: the late answer draws no card, and the card stays closed', async () => {
		const { c, ui, fv, field, ctx, release } = await opened('Fix it, you idiot.');
		field.value = 'Please fix it.'; // Apply wrote the rewrite
		ctx().rescore();
		await wait(5);
		expect(ui.view([{ ...fv, level: 'ok' }])).toBeNull(); // waits for the rewrite's verdict
		expect(ui.isOpen()).toBe(true);
		field.value = 'Fix it, you idiot.'; // Ctrl+Z (the remembered warning is back on the badge)
		c.onInput(null, 'historyUndo');
		expect(ui.view([fv])).toBeNull(); // the user went back to the draft: the card closed, not drawn over it
		expect(ui.isOpen()).toBe(false);
		release();
		await wait(250);
		expect(ui.view([fv])).toBeNull(); // the late answer opens nothing
	});

	it("the editor tidies the applied text with no key: the card waits for the tidied text's verdict and draws it", async () => {
		const { c, ui, fv, field, ctx, release } = await opened('Fix it, you idiot.');
		field.value = 'Fix it -- you idiot!'; // Apply wrote a rewrite that still warns
		ctx().rescore();
		await wait(5);
		expect(ui.view([fv])).toBeNull(); // waits for the written text's verdict
		// The editor's own tidy ("--" to "—", session 20's normalising fixture): no key, undo step or paste since.
		field.value = 'Fix it \u2014 you idiot!';
		c.onInput(null, 'insertReplacementText');
		expect(ui.view([fv])).toBeNull(); // still waiting: for the tidied text's verdict, not closed
		expect(ui.isOpen()).toBe(true);
		release(); // the written text's verdict: about a text the field no longer holds
		await wait(5);
		expect(ui.view([fv])).toBeNull();
		await poll(() => c.verdict?.result.text === 'Fix it \u2014 you idiot!', release);
		const drawn = ui.view([fv]);
		expect(drawn?.props.level).toBe('warn'); // the verdict on the text the field holds
		expect(c.verdict?.result.text).toBe(field.value);
	});

	it("the same change after a key press is the user's: the card closes as before", async () => {
		const { ui, fv, field, ctx } = await opened('Fix it, you idiot.');
		field.value = 'Fix it -- you idiot!';
		ctx().rescore();
		await wait(5);
		expect(ui.view([fv])).toBeNull();
		ui.onKeyDown(new KeyboardEvent('keydown', { key: 'x' }), null, null, false);
		field.value = 'Fix it -- you idiot!x';
		expect(ui.view([fv])).toBeNull();
		expect(ui.isOpen()).toBe(false);
	});

	it('the editor changed the text around Apply and the text it left is calm: the card stays to say so (draft9)', async () => {
		const { c, ui, fv, field, release } = await opened('Fix it, you idiot.');
		ui.noteVerdict(c); // the warning the card opened on, as the session notes every verdict
		// The write's check failed, yet the field changed (rewrite-apply.ts CHANGED_WHILE_WRITING): the card's
		// message says so. The text it left scores calm; before session 22 that verdict closed the card, message and
		// all, and the user never learned their draft was touched.
		const mixed = 'Please fix it, thanks.';
		field.value = mixed;
		Object.assign(rewriteStateFor(c.editor), {
			applied: { original: 'Fix it, you idiot.', rewrite: mixed },
			error: CHANGED_WHILE_WRITING,
		});
		c.rescore();
		await poll(() => c.verdict?.result.text === mixed, release);
		expect(c.verdict?.level).toBe('ok');
		ui.noteVerdict(c);
		expect(ui.isOpen()).toBe(true);
		expect(ui.view([{ ...fv, level: 'ok' }])?.props.level).toBe('ok'); // drawn, with the rewrite section's message
		// The user edits the text: it is theirs again, and a calm verdict closes the card as usual.
		field.value = `${mixed} Cheers.`;
		c.rescore();
		await poll(() => c.verdict?.result.text === field.value, release);
		ui.noteVerdict(c);
		expect(ui.isOpen()).toBe(false);
		rewriteStateFor(c.editor).error = undefined;
	});

	/** Apply of a calm rewrite through rewrite-apply.ts, the field's write stubbed (jsdom runs no execCommand). */
	async function applyCalm(c: FieldController, field: HTMLTextAreaElement, rewrite: string) {
		const source = field.value;
		const deps = {
			rewrite: async () => ({
				source,
				backend: 'offline' as const,
				weight: 0.5,
				context: 'Toxic Emotions',
				rejected: [],
				candidates: [{ rewrite, strategy: 'soften.none.t0', reward: 0.8, appropriate: 0.9, similarity: 0.7 }],
			}),
			recordOutcome: vi.fn(),
		};
		await requestRewrite(c.editor, source, [], deps, () => undefined);
		c.editor.replace = async (start, end, text, expected) => {
			if (field.value !== expected) return false;
			field.value = field.value.slice(0, start) + text + field.value.slice(end);
			return true;
		};
		const candidate = rewriteStateFor(c.editor).suggestion?.candidates[0];
		if (!candidate) throw new Error('no candidate');
		expect(await applyCandidate(c.editor, candidate, deps)).toBe(true);
	}

	it("a calm Apply closes the card at once; the editor's change inside the settle window opens it again to say so (draft10)", async () => {
		const { c, ui, fv, field, ctx, release } = await opened('Fix it, you idiot.');
		ui.noteVerdict(c); // the warning the card opened on
		field.focus();
		await applyCalm(c, field, 'Please fix it -- thanks.');
		ctx().rescore();
		await poll(() => c.verdict?.result.text === field.value, release);
		expect(c.verdict?.level).toBe('ok');
		ui.noteVerdict(c);
		// Closed at once: draft9 held it open for the write's settle window (up to 800 ms), nothing to tell.
		expect(ui.isOpen()).toBe(false);
		// Inside the window, the editor changes the written text with no key (a mark, not a typographic tidy), by
		// execCommand: an input of insertText with no beforeinput (insertReplacementText is the user's: session 24).
		field.value = 'Please fix it -- thanks!';
		field.dispatchEvent(new InputEvent('input', { inputType: 'insertText' }));
		await wait(0);
		expect(rewriteStateFor(c.editor).error).toBe(CHANGED_AFTER_WRITING);
		expect(ui.isOpen()).toBe(true);
		const again = ui.view([{ ...fv, level: 'ok' }]);
		expect(again?.props.level).toBe('ok'); // drawn, with the rewrite section's message
		expect(again?.props.autoFocus).toBe(false); // not taken from the draft
		// The calm verdict on the changed text keeps it; the user's edit makes the text theirs, and it closes.
		c.rescore();
		await poll(() => c.verdict?.result.text === field.value, release);
		ui.noteVerdict(c);
		expect(ui.isOpen()).toBe(true);
		field.value = 'Please fix it -- thanks! Cheers.';
		c.rescore();
		await poll(() => c.verdict?.result.text === field.value, release);
		ui.noteVerdict(c);
		expect(ui.isOpen()).toBe(false);
	});

	it('a calm Apply the editor leaves alone: the card closes at once and stays closed past the settle window', async () => {
		const { c, ui, field, ctx, release } = await opened('Fix it, you idiot.');
		ui.noteVerdict(c);
		field.focus();
		await applyCalm(c, field, 'Please fix it, thanks.');
		ctx().rescore();
		await poll(() => c.verdict?.result.text === field.value, release);
		ui.noteVerdict(c);
		expect(ui.isOpen()).toBe(false);
		await wait(SETTLE_MS + 50);
		expect(ui.isOpen()).toBe(false);
		expect(rewriteStateFor(c.editor).error).toBeUndefined();
	});

	it('Apply answered on the written text: a draft still cautioned draws the card again, with its Undo', async () => {
		const { c, ui, fv, field, ctx, release } = await opened('Fix it, you idiot.');
		field.value = 'Fix it, you idiot!'; // a rewrite that still warns
		ctx().rescore();
		await wait(5);
		expect(ui.view([fv])).toBeNull();
		release();
		await wait(5);
		expect(c.verdict?.result.text).toBe('Fix it, you idiot!');
		field.focus(); // where the write left it
		const again = ui.view([fv]);
		expect(again?.props.level).toBe('warn');
		expect(again?.props.autoFocus).toBe(false); // the write left the focus in the field
	});
});
