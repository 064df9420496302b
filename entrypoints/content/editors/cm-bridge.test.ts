import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	ANSWER_EVENT,
	ASK_EVENT,
	answerCodeMirror,
	askCodeMirror,
	type CmViewLike,
	SHOW_LIMITS,
	viewOf,
} from './cm-bridge.ts';
import { codemirrorEditor, lineNumberAt } from './codemirror.ts';

const DOC = ['first line', 'second line', 'you are an idiot', 'last line'].join('\n');

/** A stand-in EditorView over `.cm-content` showing only the first two lines (the rest a `.cm-gap`). */
function fakeView(content: HTMLElement, doc = DOC) {
	const state = { doc: { length: doc.length, toString: () => doc }, selection: { main: { head: 3 } } };
	const dispatch = vi.fn();
	class View {
		static scrollIntoView = vi.fn((pos: number) => ({ scrollTo: pos }));
		state = state;
		viewport = { from: 0, to: 22 };
		visibleRanges = [{ from: 0, to: 11 }];
		contentDOM = content;
		posAtDOM = (node: Node) => (node === content.children[0] ? 0 : node === content.children[1] ? 11 : -1);
		dispatch = dispatch;
		focus = vi.fn();
	}
	const view = new View();
	(content as unknown as { cmTile: unknown }).cmTile = { root: { view } };
	return { view: view as unknown as CmViewLike & { focus: ReturnType<typeof vi.fn> }, dispatch, View };
}

function mount(): HTMLElement {
	const content = document.createElement('div');
	content.className = 'cm-content';
	content.contentEditable = 'true';
	content.innerHTML =
		'<div class="cm-line">first line</div><div class="cm-line">second line</div><div class="cm-gap"></div>';
	document.body.append(content);
	return content;
}

let stop: () => void = () => undefined;
let content: HTMLElement;
beforeEach(() => {
	content = mount();
});
afterEach(() => {
	stop();
	content.remove();
});

describe('askCodeMirror / answerCodeMirror', () => {
	it('answers nothing when no MAIN-world side listens (the bridge is unavailable)', () => {
		fakeView(content);
		expect(askCodeMirror(content, { op: 'read' })).toBeNull();
	});

	it('reads the whole document, whether every line is rendered, the caret and the visible range', () => {
		fakeView(content);
		stop = answerCodeMirror(document);
		expect(askCodeMirror(content, { op: 'read' })).toMatchObject({
			text: DOC,
			full: false,
			head: 3,
			top: 0,
			bottom: 11,
		});
		expect(askCodeMirror(content, { op: 'read', lines: true })?.lines).toEqual([0, 11]);
	});

	it('drops answers carrying another nonce (stale or forged) and answers that come after the dispatch', async () => {
		fakeView(content);
		const forged = (e: Event) => {
			const n = JSON.parse((e as CustomEvent).detail).n;
			content.dispatchEvent(
				new CustomEvent(ANSWER_EVENT, {
					detail: JSON.stringify({ n: `${n}x`, text: 'forged', full: false }),
				}),
			);
		};
		content.addEventListener(ASK_EVENT, forged);
		expect(askCodeMirror(content, { op: 'read' })).toBeNull();
		stop = answerCodeMirror(document);
		expect(askCodeMirror(content, { op: 'read' })?.text).toBe(DOC);
		content.removeEventListener(ASK_EVENT, forged);
		stop();
		// A slow answerer: its answer arrives after the request gave up, and is not taken for the next request.
		let late = '';
		const slow = (e: Event) => {
			late = (e as CustomEvent).detail;
		};
		content.addEventListener(ASK_EVENT, slow);
		expect(askCodeMirror(content, { op: 'read' })).toBeNull();
		await new Promise((r) => setTimeout(r, 10));
		content.dispatchEvent(
			new CustomEvent(ANSWER_EVENT, { detail: JSON.stringify({ n: JSON.parse(late).n, text: 'late' }) }),
		);
		content.removeEventListener(ASK_EVENT, slow);
		expect(askCodeMirror(content, { op: 'read' })).toBeNull();
	});

	it('ignores malformed requests and answers, and elements that are not CodeMirror', () => {
		stop = answerCodeMirror(document);
		expect(askCodeMirror(content, { op: 'read' })).toBeNull(); // no view behind this element
		const spy = vi.fn();
		content.addEventListener(ANSWER_EVENT, spy);
		content.dispatchEvent(new CustomEvent(ASK_EVENT, { detail: '{not json' }));
		content.dispatchEvent(new CustomEvent(ASK_EVENT, { detail: { op: 'read', n: '1' } }));
		expect(spy).not.toHaveBeenCalled();
		fakeView(content);
		content.dispatchEvent(new CustomEvent(ANSWER_EVENT, { detail: '{garbage' }));
		expect(askCodeMirror(content, { op: 'read' })?.text).toBe(DOC);
	});

	it('writes through dispatch as its own undo step, and refuses a changed document or a bad range', () => {
		const { dispatch, view } = fakeView(content);
		stop = answerCodeMirror(document);
		const start = DOC.indexOf('idiot');
		const write = { op: 'write', from: start, to: start + 5, insert: 'person' } as const;
		expect(askCodeMirror(content, { ...write, expected: `${DOC}!` })).toMatchObject({
			ok: false,
			why: 'changed',
		});
		expect(askCodeMirror(content, { ...write, to: DOC.length + 1, expected: DOC })).toMatchObject({
			ok: false,
			why: 'range',
		});
		expect(dispatch).not.toHaveBeenCalled();
		expect(askCodeMirror(content, { ...write, expected: DOC })).toMatchObject({ ok: true });
		expect(dispatch).toHaveBeenCalledWith({
			changes: { from: start, to: start + 5, insert: 'person' },
			selection: { anchor: start + 6 },
			scrollIntoView: true,
			userEvent: 'input.tactful',
		});
		expect(view.focus).toHaveBeenCalled();
		dispatch.mockImplementationOnce(() => {
			throw new Error('read-only');
		});
		expect(askCodeMirror(content, { ...write, expected: DOC })).toMatchObject({ ok: false, why: 'failed' });
	});

	it('answers once when two copies listen (an update re-injected the script next to the old one)', () => {
		const { dispatch } = fakeView(content);
		const stopOld = answerCodeMirror(document);
		stop = answerCodeMirror(document);
		const start = DOC.indexOf('idiot');
		expect(
			askCodeMirror(content, { op: 'write', from: start, to: start + 5, insert: 'x', expected: DOC })?.ok,
		).toBe(true);
		expect(dispatch).toHaveBeenCalledTimes(1);
		stopOld();
	});

	it('"show" scrolls with the EditorView class effect and leaves the selection alone', () => {
		const { dispatch, View } = fakeView(content);
		stop = answerCodeMirror(document);
		expect(askCodeMirror(content, { op: 'show', pos: 30 })?.ok).toBe(true);
		expect(View.scrollIntoView).toHaveBeenCalledWith(30, { y: 'center' });
		expect(dispatch).toHaveBeenCalledWith({ effects: { scrollTo: 30 } });
	});

	it('"show" scrolls again while the culprit is still outside the scroller (estimated heights, session 16)', async () => {
		// Firefox 1 in 10: the first scroll to an unmeasured line landed six lines short (lines wrap to two rows).
		const { view, dispatch } = fakeView(content);
		const scroller = document.createElement('div');
		scroller.getBoundingClientRect = () => new DOMRect(0, 40, 700, 240);
		const at = [
			{ top: 500, bottom: 518 },
			{ top: 150, bottom: 168 },
		];
		Object.assign(view, {
			scrollDOM: scroller,
			coordsAtPos: vi.fn(() => (at.length > 1 ? at.shift() : at[0])),
		});
		stop = answerCodeMirror(document);
		expect(askCodeMirror(content, { op: 'show', pos: 30 })?.ok).toBe(true);
		expect(dispatch).toHaveBeenCalledTimes(1);
		await vi.waitFor(() => expect(dispatch).toHaveBeenCalledTimes(2));
		// Shown now: no further scroll.
		await new Promise((r) => setTimeout(r, 100));
		expect(dispatch).toHaveBeenCalledTimes(2);
		expect(dispatch).toHaveBeenLastCalledWith({ effects: { scrollTo: 30 } });
	});

	it('"where" measures the scroller\'s box, not the drawn margin past it (a culprit a row below the edge)', () => {
		// Drawn: the first three lines (CodeMirror draws a margin of lines beyond the box); the box shows rows 1-2.
		const { view } = fakeView(content);
		view.visibleRanges = [{ from: 0, to: 39 }];
		const scroller = document.createElement('div');
		scroller.getBoundingClientRect = () => new DOMRect(0, 100, 700, 40);
		content.getBoundingClientRect = () => new DOMRect(30, 96, 600, 200);
		const rowAt = (y: number) => Math.floor((y - 100) / 20); // 20 px rows from y 100: line 1, line 2, line 3…
		const starts = [0, 11, 23, 40];
		Object.assign(view, {
			scrollDOM: scroller,
			defaultLineHeight: 20,
			posAtCoords: vi.fn(({ x, y }: { x: number; y: number }) => {
				const row = Math.max(0, Math.min(3, rowAt(y)));
				const start = starts[row] as number;
				return x < 100 ? start : (starts[row + 1] ?? DOC.length + 1) - 1;
			}),
		});
		stop = answerCodeMirror(document);
		// Without `where` (and from an older bridge): the drawn ranges, as before.
		expect(askCodeMirror(content, { op: 'read' })).toMatchObject({ top: 0, bottom: 39 });
		expect(askCodeMirror(content, { op: 'read', where: true })).toMatchObject({ top: 0, bottom: 22 });
		const editor = codemirrorEditor(content);
		// "you are an idiot" is drawn (line 3) but one row below the box: below, with its line number.
		expect(editor.locate?.(DOC.indexOf('idiot'))).toEqual({ line: 3, where: 'below' });
		expect(editor.locate?.(DOC.indexOf('second'))).toBeNull();
		// Scrolled by a row and a quarter: line 1 is above; line 2 (three quarters of it show) and line 3 show.
		scroller.getBoundingClientRect = () => new DOMRect(0, 125, 700, 40);
		expect(editor.locate?.(2)).toEqual({ line: 1, where: 'above' });
		expect(editor.locate?.(DOC.indexOf('second'))).toBeNull();
		expect(editor.locate?.(DOC.indexOf('idiot'))).toBeNull();
		// A view that cannot measure (no layout): the drawn ranges stand, never an error.
		(view as { posAtCoords?: unknown }).posAtCoords = () => {
			throw new Error('no layout');
		};
		expect(askCodeMirror(content, { op: 'read', where: true })).toMatchObject({ top: 0, bottom: 39 });
		editor.dispose();
	});

	it('reaches an editor inside an open shadow root', () => {
		const host = document.createElement('div');
		document.body.append(host);
		const shadowRoot = host.attachShadow({ mode: 'open' });
		const inner = mount();
		shadowRoot.append(inner);
		fakeView(inner);
		stop = answerCodeMirror(document);
		expect(askCodeMirror(inner, { op: 'read' })?.text).toBe(DOC);
		host.remove();
	});

	it('finds the view of older CodeMirror versions (cmView) too', () => {
		const el = document.createElement('div');
		const view = { dispatch: () => undefined, state: { doc: {} } };
		(el as unknown as { cmView: unknown }).cmView = { rootView: { view } };
		expect(viewOf(el)).toBe(view);
		expect(viewOf(document.createElement('div'))).toBeNull();
	});
});

describe('"Show me" re-scroll loop: bounded, and tied to the content script\'s lifetime', () => {
	/** Frames run by hand; performance.now() moves by hand. */
	let frames: Map<number, FrameRequestCallback>;
	let clock = 0;
	const runFrame = () => {
		const due = [...frames.values()];
		frames.clear();
		for (const f of due) f(clock);
		return due.length;
	};
	beforeEach(() => {
		frames = new Map();
		clock = 0;
		let id = 0;
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => {
			frames.set(++id, f);
			return id;
		});
		vi.stubGlobal('cancelAnimationFrame', (n: number) => frames.delete(n));
		vi.spyOn(performance, 'now').mockImplementation(() => clock);
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
	});

	/** A view whose culprit never comes into the scroller (a page that keeps moving it). */
	function neverShown() {
		const { view, dispatch } = fakeView(content);
		const editorDom = document.createElement('div');
		editorDom.append(content);
		document.body.append(editorDom);
		const scroller = document.createElement('div');
		scroller.getBoundingClientRect = () => new DOMRect(0, 40, 700, 240);
		Object.assign(view, {
			dom: editorDom,
			scrollDOM: scroller,
			coordsAtPos: () => ({ top: 900, bottom: 918 }),
		});
		stop = answerCodeMirror(document);
		return { view, dispatch, editorDom };
	}

	it('stops after SHOW_LIMITS.frames frames at most, and after SHOW_LIMITS.ms however many frames came', () => {
		const { dispatch } = neverShown();
		askCodeMirror(content, { op: 'show', pos: 30 });
		let ran = 0;
		while (runFrame() > 0) ran++;
		expect(ran).toBe(SHOW_LIMITS.frames);
		expect(dispatch).toHaveBeenCalledTimes(1 + SHOW_LIMITS.frames);
		dispatch.mockClear();
		askCodeMirror(content, { op: 'show', pos: 30 });
		runFrame();
		clock = SHOW_LIMITS.ms + 1; // a background tab: the next frame comes late
		expect(runFrame()).toBe(1);
		expect(runFrame()).toBe(0);
		expect(dispatch).toHaveBeenCalledTimes(2);
	});

	it('stops when the content script says "stop" (its field ended: editor.dispose())', () => {
		const { dispatch } = neverShown();
		const editor = codemirrorEditor(content);
		expect(editor.reveal?.(30)).toBe(true);
		runFrame();
		expect(frames.size).toBe(1);
		editor.dispose();
		expect(frames.size).toBe(0);
		const before = dispatch.mock.calls.length;
		expect(runFrame()).toBe(0);
		expect(dispatch).toHaveBeenCalledTimes(before);
	});

	it('stops when the user scrolls, clicks or types in the editor: it never pulls the editor back', () => {
		const { editorDom } = neverShown();
		for (const type of ['wheel', 'pointerdown', 'keydown']) {
			askCodeMirror(content, { op: 'show', pos: 30 });
			runFrame();
			expect(frames.size).toBe(1);
			content.dispatchEvent(new Event(type, { bubbles: true }));
			expect(frames.size).toBe(0);
		}
		// Its listeners went with it: a later wheel finds nothing to stop, and a new Show me runs again.
		editorDom.dispatchEvent(new Event('wheel'));
		askCodeMirror(content, { op: 'show', pos: 30 });
		expect(frames.size).toBe(1);
	});

	it('a second "Show me" replaces the first: one loop per editor', () => {
		const { dispatch } = neverShown();
		askCodeMirror(content, { op: 'show', pos: 30 });
		askCodeMirror(content, { op: 'show', pos: 5 });
		expect(frames.size).toBe(1);
		dispatch.mockClear();
		runFrame();
		expect(dispatch).toHaveBeenCalledTimes(1);
		expect(dispatch).toHaveBeenLastCalledWith({ effects: { scrollTo: 5 } });
	});

	it('stops when the editor leaves the page (a single-page app navigated)', () => {
		const { editorDom } = neverShown();
		askCodeMirror(content, { op: 'show', pos: 30 });
		editorDom.remove();
		expect(runFrame()).toBe(1);
		expect(frames.size).toBe(0);
	});

	it('"stop" with no loop running neither scrolls nor writes', () => {
		const { dispatch } = neverShown();
		expect(askCodeMirror(content, { op: 'stop' })).toMatchObject({ ok: true });
		expect(dispatch).not.toHaveBeenCalled();
	});
});

describe('codemirrorEditor over the bridge', () => {
	it('reads the whole document when lines are unrendered, and the DOM text when every line is', () => {
		const { view } = fakeView(content);
		stop = answerCodeMirror(document);
		const editor = codemirrorEditor(content);
		expect(editor.read()).toBe(DOC);
		expect(editor.partial?.()).toBe(false);
		view.viewport = { from: 0, to: DOC.length };
		expect(editor.read()).toBe('first line\nsecond line');
		editor.dispose();
	});

	it('says where an off-screen offset is, and that only the rendered part was read without the bridge', () => {
		fakeView(content);
		const editor = codemirrorEditor(content);
		expect(editor.partial?.()).toBe(true);
		expect(editor.read()).toBe('first line\nsecond line');
		stop = answerCodeMirror(document);
		expect(editor.locate?.(DOC.indexOf('idiot'))).toEqual({ line: 3, where: 'below' });
		expect(editor.locate?.(2)).toBeNull();
		editor.dispose();
	});

	it('draws no rects for unrendered lines, and refuses a write when the bridge does not answer', async () => {
		fakeView(content);
		let bridge = true;
		const ask: typeof askCodeMirror = ((root: HTMLElement, req: Parameters<typeof askCodeMirror>[1]) =>
			bridge ? askCodeMirror(root, req) : null) as typeof askCodeMirror;
		stop = answerCodeMirror(document);
		const editor = codemirrorEditor(content, ask);
		const at = DOC.indexOf('idiot');
		expect(editor.rects(at, at + 5)).toEqual([]);
		// The bridge answers the read but not the write (the page removed it between): nothing written, false.
		const real = ask;
		let reads = 0;
		const flaky = ((root: HTMLElement, req: Parameters<typeof askCodeMirror>[1]) =>
			req.op === 'read' && ++reads < 5 ? real(root, req) : null) as typeof askCodeMirror;
		const editor2 = codemirrorEditor(content, flaky);
		expect(await editor2.replace(at, at + 5, 'person', DOC)).toBe(false);
		bridge = false;
		expect(editor.read()).toBe('first line\nsecond line');
		editor.dispose();
		editor2.dispose();
	});

	it('numbers lines from 1', () => {
		expect(lineNumberAt('a\nb\nc', 0)).toBe(1);
		expect(lineNumberAt('a\nb\nc', 2)).toBe(2);
		expect(lineNumberAt('a\nb\nc', 4)).toBe(3);
	});
});
