import { describe, expect, it } from 'vitest';
import { clipBox, isBlankBeside, overlayHome } from './visibility.ts';

const viewport = { width: 1000, height: 800 };
const rect = (r: DOMRect | null) => r && { x: r.x, y: r.y, w: r.width, h: r.height };

describe('clipBox', () => {
	it('keeps a field that is fully visible as it is', () => {
		expect(rect(clipBox(new DOMRect(100, 100, 400, 90), [], viewport))).toEqual({
			x: 100,
			y: 100,
			w: 400,
			h: 90,
		});
	});

	it('cuts a field down to the part inside its scrolling pane', () => {
		const pane = { box: new DOMRect(50, 150, 600, 200), x: true, y: true };
		expect(rect(clipBox(new DOMRect(100, 100, 400, 90), [pane], viewport))).toEqual({
			x: 100,
			y: 150,
			w: 400,
			h: 40,
		});
	});

	it('has nothing left for a field scrolled out of its pane, even though it is inside the viewport', () => {
		const pane = { box: new DOMRect(50, 300, 600, 200), x: true, y: true };
		expect(clipBox(new DOMRect(100, 100, 400, 90), [pane], viewport)).toBeNull();
	});

	it('clips only the axes an ancestor clips (overflow-x: auto leaves the height alone)', () => {
		const strip = { box: new DOMRect(0, 150, 300, 10), x: true, y: false };
		expect(rect(clipBox(new DOMRect(100, 100, 400, 90), [strip], viewport))).toEqual({
			x: 100,
			y: 100,
			w: 200,
			h: 90,
		});
	});

	it('clips to the viewport', () => {
		expect(rect(clipBox(new DOMRect(-50, 700, 400, 300), [], viewport))).toEqual({
			x: 0,
			y: 700,
			w: 350,
			h: 100,
		});
		expect(clipBox(new DOMRect(100, 900, 400, 90), [], viewport)).toBeNull();
	});
});

describe('overlayHome', () => {
	it('is <html> when no field sits in a top-layer element (missing fields are skipped)', () => {
		document.body.innerHTML = '<textarea></textarea>';
		const ta = document.querySelector('textarea') as HTMLTextAreaElement;
		expect(overlayHome(document, [null, undefined, ta])).toBe(document.documentElement);
		document.body.innerHTML = '';
	});
});

describe('isBlankBeside', () => {
	/** A form holding a field and a button; `at` says what the page shows at each point. */
	function page(at: (x: number, y: number) => 'form' | 'field' | 'button' | 'overlay') {
		const form = document.createElement('form');
		const field = document.createElement('textarea');
		const button = document.createElement('button');
		const overlay = document.createElement('div');
		form.append(field, button);
		document.body.append(form, overlay);
		const els = { form, field, button, overlay };
		// happy-dom lays nothing out: the hit tests are stand-ins (own properties, removed again by `done`).
		const doc = document as unknown as Record<string, unknown>;
		doc.elementFromPoint = (x: number, y: number) => els[at(x, y)];
		doc.elementsFromPoint = (x: number, y: number) => [els[at(x, y)], form];
		const done = () => {
			delete doc.elementFromPoint;
			delete doc.elementsFromPoint;
		};
		return { field, overlay, done };
	}
	const spot = new DOMRect(100, 100, 22, 22);

	it("is true over the empty part of the field's container", () => {
		const p = page(() => 'form');
		expect(isBlankBeside(p.field, spot, p.overlay)).toBe(true);
		p.done();
	});

	it("is false where any point of it is over the page's own control or over the field itself", () => {
		const p = page((x) => (x > 115 ? 'button' : 'form'));
		expect(isBlankBeside(p.field, spot, p.overlay)).toBe(false);
		p.done();
		const q = page((_, y) => (y < 105 ? 'field' : 'form'));
		expect(isBlankBeside(q.field, spot, q.overlay)).toBe(false);
		q.done();
	});

	it("is true over a plain block's blank part (a paragraph's empty end), false over one that draws there", () => {
		// happy-dom lays nothing out: the paragraph's text has no rects, so none reaches the spot.
		const p = page(() => 'button');
		const para = document.createElement('p');
		para.textContent = 'Unrelated branch that must not be read.';
		document.body.append(para);
		const doc = document as unknown as Record<string, unknown>;
		doc.elementFromPoint = () => para;
		expect(isBlankBeside(p.field, spot, p.overlay)).toBe(true);
		para.style.backgroundColor = 'rgb(255, 240, 200)';
		expect(isBlankBeside(p.field, spot, p.overlay)).toBe(false);
		para.style.backgroundColor = '';
		para.setAttribute('role', 'article');
		expect(isBlankBeside(p.field, spot, p.overlay)).toBe(false);
		// A control is never blank, nor anything inside the field.
		doc.elementFromPoint = () => document.createElement('button');
		expect(isBlankBeside(p.field, spot, p.overlay)).toBe(false);
		para.remove();
		p.done();
	});

	it("sees through Tactful's own overlay (the badge itself may be there)", () => {
		const p = page((x) => (x < 110 ? 'overlay' : 'form'));
		expect(isBlankBeside(p.field, spot, p.overlay)).toBe(true);
		p.done();
	});
});
