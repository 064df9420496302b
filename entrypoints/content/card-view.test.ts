import { describe, expect, it } from 'vitest';
import { cardViewFor, strongestQuotes, underlinedInOrder } from './card-view.ts';
import { editorFor } from './editors/index.ts';
import type { FieldController, Verdict } from './field-controller.ts';
import type { FieldView } from './overlay/overlay.tsx';
import { generic } from './sites/generic.ts';
import { fakeScore } from './testing/fake-deps.ts';

const span = (start: number, end: number, weight: number) => ({ start, end, weight, head: 'toxic' as const });

describe('underlinedInOrder', () => {
	it('lists every underlined passage in the order it stands in the draft, each once (what a screen reader is told)', () => {
		const text = 'aa bb cc dd ee ff bb';
		const spans = [span(6, 8, 0.9), span(0, 2, 0.2), span(18, 20, 0.5), span(15, 17, 0.7), span(3, 5, 0.4)];
		expect(underlinedInOrder({ text, spans })).toEqual(['aa', 'bb', 'cc', 'ff']);
	});
});

describe('strongestQuotes', () => {
	it('quotes the strongest passages first, each once, at most four', () => {
		const text = 'a b c d e f';
		const spans = [
			span(0, 1, 0.1),
			span(2, 3, 0.9),
			span(4, 5, 0.5),
			span(2, 3, 0.8),
			span(6, 7, 0.4),
			span(8, 9, 0.3),
		];
		expect(strongestQuotes({ text, spans })).toEqual(['b', 'c', 'd', 'e']);
	});
});

describe('cardViewFor', () => {
	document.body.innerHTML = '<textarea></textarea>';
	const el = document.querySelector('textarea') as HTMLTextAreaElement;
	const c = {
		id: 7,
		editor: editorFor(el, () => document.body),
		rescore: () => undefined,
	} as unknown as FieldController;
	const result = fakeScore('you idiot');
	const v = {
		text: 'you idiot',
		level: 'warn',
		spans: result.spans,
		reasons: [],
		summary: '',
		result,
	} as Verdict;
	const fv: FieldView = {
		id: 7,
		level: 'warn',
		summary: '',
		count: 1,
		badge: { x: 40, y: 50 },
		underlines: [],
		dark: true,
	} as FieldView;
	const actions = {
		close: () => undefined,
		onClose: () => undefined,
		onFine: () => undefined,
		onSnooze: () => undefined,
	};

	it('anchors to the badge unless the opening gave an anchor (an underline), and takes focus as told', () => {
		const fromBadge = cardViewFor(c, v, fv, generic, { autoFocus: true }, actions);
		expect(fromBadge.anchor).toMatchObject({ x: 40, y: 50, width: 22, height: 22 });
		expect(fromBadge).toMatchObject({ fieldId: 7, dark: true });
		expect(fromBadge.props).toMatchObject({ level: 'warn', quotes: ['idiot'], autoFocus: true });
		const anchor = new DOMRect(1, 2, 3, 4);
		const fromHover = cardViewFor(c, v, fv, generic, { anchor, autoFocus: false }, actions);
		expect(fromHover.anchor).toBe(anchor);
		expect(fromHover.props.autoFocus).toBe(false);
	});

	it('an ok draft (a draft in another language, say) quotes nothing: the page underlined nothing', () => {
		const ok = { ...v, level: 'ok', reasons: [], otherLanguage: true } as Verdict;
		const view = cardViewFor(c, ok, fv, generic, { autoFocus: true }, actions);
		expect(view.props).toMatchObject({ level: 'ok', quotes: [], otherLanguage: true });
	});

	it("wires the card's buttons to the actions", () => {
		const view = cardViewFor(c, v, fv, generic, { autoFocus: true }, actions);
		expect(view.props.onClose).toBe(actions.onClose);
		expect(view.props.onFine).toBe(actions.onFine);
		expect(view.props.onSnooze).toBe(actions.onSnooze);
	});
});
