import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldController } from './field-controller.ts';
import { fieldRootsIn, PREFILLED_CAP, watchPrefilled } from './prefilled.ts';

/** A stand-in IntersectionObserver: the test says which observed boxes came into view. */
class FakeIntersection {
	static last: FakeIntersection;
	observed = new Set<Element>();
	constructor(readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
		FakeIntersection.last = this;
	}
	observe(el: Element) {
		this.observed.add(el);
	}
	unobserve(el: Element) {
		this.observed.delete(el);
	}
	disconnect() {
		this.observed.clear();
	}
	show(...els: Element[]) {
		this.callback(
			els.filter((el) => this.observed.has(el)).map((target) => ({ target, isIntersecting: true })),
		);
	}
}

const box = (text: string) => {
	const t = document.createElement('textarea');
	t.value = text;
	document.body.append(t);
	return t;
};

let stop: AbortController;
let scheduled: HTMLElement[];
let controllers: Map<HTMLElement, FieldController>;
const start = () =>
	watchPrefilled(document, {
		win: window,
		signal: stop.signal,
		active: () => true,
		attach: (el) => {
			let c = controllers.get(el);
			if (!c) {
				c = { verdict: null, schedule: () => scheduled.push(el) } as unknown as FieldController;
				controllers.set(el, c);
			}
			return c;
		},
		repaint: () => undefined,
	});
const settle = () => new Promise((r) => setTimeout(r, 120));

beforeEach(() => {
	vi.stubGlobal('IntersectionObserver', FakeIntersection);
	stop = new AbortController();
	scheduled = [];
	controllers = new Map();
});
afterEach(() => {
	stop.abort();
	vi.unstubAllGlobals();
	document.body.replaceChildren();
});

describe('watchPrefilled', () => {
	it('scores a box holding text once it is visible, not while it is hidden, and only once', async () => {
		const w = start();
		const rude = box('you are an idiot');
		w.watch(rude);
		await settle();
		expect(scheduled).toEqual([]);
		FakeIntersection.last.show(rude);
		await settle();
		expect(scheduled).toEqual([rude]);
		FakeIntersection.last.show(rude);
		await settle();
		expect(scheduled).toEqual([rude]);
	});

	it('leaves empty boxes alone and keeps watching them', async () => {
		const w = start();
		const empty = box('   ');
		w.watch(empty);
		FakeIntersection.last.show(empty);
		await settle();
		expect(scheduled).toEqual([]);
		expect(FakeIntersection.last.observed.has(empty)).toBe(true);
	});

	it('finds boxes the page adds later', async () => {
		start();
		const form = document.createElement('form');
		form.innerHTML = '<textarea>you are an idiot</textarea><div contenteditable="true"><p>hi</p></div>';
		document.body.append(form);
		await settle();
		expect(FakeIntersection.last.observed.size).toBe(2);
	});

	it('finds a prefilled box in the shadow root of a widget the page adds later', async () => {
		start();
		const host = document.createElement('comment-widget');
		host.attachShadow({ mode: 'open' }).innerHTML = '<textarea>you are an idiot</textarea>';
		document.body.append(host);
		await settle();
		const inShadow = host.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
		expect(FakeIntersection.last.observed.has(inShadow)).toBe(true);
		FakeIntersection.last.show(inShadow);
		await settle();
		expect(scheduled).toEqual([inShadow]);
	});

	it('finds a box a widget already on the page renders later inside its shadow root (Reply clicked, a draft restored)', async () => {
		const host = document.createElement('reply-thread');
		host.attachShadow({ mode: 'open' }).innerHTML = '<button>Reply</button><div class="slot"></div>';
		document.body.append(host);
		const w = start();
		w.scan();
		await settle();
		// The widget renders its box only now, inside the shadow root the page's own observer cannot see into.
		const late = document.createElement('textarea');
		late.value = 'you are an idiot';
		host.shadowRoot?.querySelector('.slot')?.append(late);
		await settle();
		expect(FakeIntersection.last.observed.has(late)).toBe(true);
		FakeIntersection.last.show(late);
		await settle();
		expect(scheduled).toEqual([late]);
	});

	it('follows nested shadow roots and a shadow root whose content is swapped; not the overlay, not after stop', async () => {
		start();
		const outer = document.createElement('outer-card');
		const shadow = outer.attachShadow({ mode: 'open' });
		shadow.innerHTML = '<inner-editor></inner-editor>';
		const inner = (shadow.querySelector('inner-editor') as Element).attachShadow({ mode: 'open' });
		inner.innerHTML = '<p>loading…</p>';
		document.body.append(outer);
		await settle();
		// The nested component swaps its whole content for an editor holding a restored draft.
		inner.innerHTML = '<div contenteditable="true"><p>you are an idiot</p></div>';
		await settle();
		const editor = inner.querySelector('[contenteditable]') as HTMLElement;
		expect(FakeIntersection.last.observed.has(editor)).toBe(true);
		// Tactful's own overlay host is never looked into.
		const own = document.createElement('div');
		own.setAttribute('data-tactful-host', '');
		const ownRoot = own.attachShadow({ mode: 'open' });
		document.documentElement.append(own);
		await settle();
		ownRoot.innerHTML = '<textarea>x</textarea>';
		await settle();
		expect(FakeIntersection.last.observed.has(ownRoot.querySelector('textarea') as Element)).toBe(false);
		own.remove();
		stop.abort();
		inner.innerHTML = '<textarea>you are an idiot</textarea>';
		await settle();
		expect(FakeIntersection.last.observed.size).toBe(0);
	});

	it('observes the shadow roots around a field the user reached (a component that attached its root late)', async () => {
		const w = start();
		const host = document.createElement('late-root');
		document.body.append(host);
		await settle();
		const shadow = host.attachShadow({ mode: 'open' });
		shadow.innerHTML = '<textarea id="first"></textarea>';
		await settle();
		w.knowRootsOf(shadow.querySelector('textarea') as HTMLElement);
		const second = document.createElement('textarea');
		second.value = 'you are an idiot';
		shadow.append(second);
		await settle();
		expect(FakeIntersection.last.observed.has(second)).toBe(true);
	});

	it(`scores at most ${PREFILLED_CAP} boxes per page`, async () => {
		const w = start();
		const boxes = Array.from({ length: PREFILLED_CAP + 5 }, (_, i) => box(`idiot number ${i}`));
		for (const b of boxes) w.watch(b);
		FakeIntersection.last.show(...boxes);
		await settle();
		expect(scheduled).toHaveLength(PREFILLED_CAP);
	});
});

describe('fieldRootsIn', () => {
	it('returns the node itself or the field roots inside it, skipping opted-out ones', () => {
		const div = document.createElement('div');
		div.innerHTML = '<textarea id="a"></textarea><textarea data-tactful="off"></textarea>';
		expect(fieldRootsIn(div).map((el) => el.id)).toEqual(['a']);
		const t = document.createElement('textarea');
		expect(fieldRootsIn(t)).toEqual([t]);
	});

	it("finds the fields in an added node's open shadow roots (a comment widget the page mounts later)", () => {
		const host = document.createElement('comment-widget');
		const shadow = host.attachShadow({ mode: 'open' });
		shadow.innerHTML = '<form><textarea id="in-shadow">old text</textarea></form>';
		const inner = document.createElement('inner-box');
		inner.attachShadow({ mode: 'open' }).innerHTML = '<textarea id="nested"></textarea>';
		shadow.querySelector('form')?.append(inner);
		const wrap = document.createElement('div');
		wrap.append(host);
		expect(fieldRootsIn(wrap).map((el) => el.id)).toEqual(['in-shadow', 'nested']);
		expect(fieldRootsIn(host).map((el) => el.id)).toEqual(['in-shadow', 'nested']);
	});
});
