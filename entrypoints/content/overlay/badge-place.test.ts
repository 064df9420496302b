import { describe, expect, it } from 'vitest';
import { type BadgeRoom, placeBadge, spotAt } from './badge-place.ts';

const viewport = { width: 1000, height: 800 };
const field = new DOMRect(40, 100, 480, 84); // the badge's corner: x 492..514, y 156..178
const corner = { x: 492, y: 156 };
const line = (top: number, left: number, right: number) => new DOMRect(left, top, right - left, 22);
const room = (over: Partial<BadgeRoom> = {}): BadgeRoom => ({
	outer: field,
	corner,
	viewport,
	text: [],
	edges: { right: true, bottom: true, top: true, left: true },
	free: () => true,
	...over,
});

describe('placeBadge', () => {
	it('stays in the field corner while the text is clear of it', () => {
		const text = [line(107, 47, 510), line(129, 47, 300), line(151, 47, 420)];
		expect(placeBadge(room({ text }))).toEqual({
			x: 492,
			y: 156,
			outside: false,
			faded: false,
			where: 'corner',
		});
	});

	it('moves just outside the field, beside its bottom-right corner, when the last line runs under it', () => {
		const text = [line(107, 47, 510), line(151, 47, 505)];
		expect(placeBadge(room({ text }))).toEqual({
			x: 524,
			y: 162,
			outside: true,
			faded: false,
			where: 'beside',
		});
	});

	it('right-to-left text starting under the corner moves it too', () => {
		expect(placeBadge(room({ text: [line(151, 300, 513)] })).outside).toBe(true);
	});

	it('goes under the field when the page has something beside it (or the window ends there)', () => {
		const text = [line(151, 47, 505)];
		const besideTaken = (r: DOMRect) => r.left < field.right;
		expect(placeBadge(room({ text, free: besideTaken }))).toEqual({
			x: 492,
			y: 188,
			outside: true,
			faded: false,
			where: 'under',
		});
		const edge = new DOMRect(0, 100, 1000, 84);
		expect(
			placeBadge(room({ outer: edge, corner: { x: 972, y: 156 }, text: [line(151, 7, 995)] })),
		).toMatchObject({ x: 972, y: 188, outside: true });
	});

	it('with no free room outside (a control under the corner, the window edge), stays and fades', () => {
		const text = [line(151, 47, 505)];
		expect(placeBadge(room({ text, free: () => false }))).toEqual({
			x: 492,
			y: 156,
			outside: false,
			faded: true,
			where: 'faded',
		});
	});

	it('never goes outside an edge of the field the user cannot see (cut by a scrolling pane or the window)', () => {
		const text = [line(151, 47, 505)];
		const spot = placeBadge(room({ text, edges: { right: false, bottom: false, top: false, left: false } }));
		expect(spot).toMatchObject({ outside: false, faded: true });
	});

	it('outside spots stay inside the window', () => {
		// A field across the window's bottom: beside, under and before are off the window; above it is not.
		const low = new DOMRect(0, 700, 1000, 100);
		const args = { outer: low, corner: { x: 972, y: 772 }, text: [line(770, 47, 990)] };
		expect(placeBadge(room(args))).toMatchObject({ x: 972, y: 674, outside: true, where: 'above' });
		// The page shows something above it too: nowhere outside is left in the window.
		const aboveTaken = (r: DOMRect) => r.top >= low.top;
		expect(placeBadge(room({ ...args, free: aboveTaken }))).toMatchObject({ outside: false, faded: true });
	});

	it("Hacker News' two-line box (its button beside it, a comment under it, the story above): outside its left", () => {
		const hn = new DOMRect(439, 102, 182, 36);
		const button = new DOMRect(621, 122, 97, 21);
		const story = new DOMRect(439, 80, 248, 17);
		const comment = new DOMRect(439, 150, 400, 40);
		const hits = (r: DOMRect, b: DOMRect) =>
			r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top;
		const free = (r: DOMRect) => !hits(r, button) && !hits(r, comment) && !hits(r, story);
		const text = [new DOMRect(442, 105, 168, 15), new DOMRect(442, 120, 150, 15)];
		const at = { outer: hn, corner: { x: 593, y: 110 }, text };
		// The button's top is 20 px under the box's top: no room for the badge beside the top-right corner either.
		expect(placeBadge(room({ ...at, free }))).toEqual({
			x: 413,
			y: 116,
			outside: true,
			faded: false,
			where: 'before',
		});
		// With the button lower, beside the top-right corner comes first.
		const lower = (r: DOMRect) =>
			!hits(r, new DOMRect(621, 124, 97, 20)) && !hits(r, comment) && !hits(r, story);
		expect(placeBadge(room({ ...at, free: lower }))).toEqual({
			x: 625,
			y: 102,
			outside: true,
			faded: false,
			where: 'beside-top',
		});
	});

	it('above the top-right corner when only that is free; not when the top edge is cut off', () => {
		const text = [line(151, 47, 505)];
		const free = (r: DOMRect) => r.bottom <= field.top;
		expect(placeBadge(room({ text, free }))).toEqual({
			x: 492,
			y: 74,
			outside: true,
			faded: false,
			where: 'above',
		});
		const cut = { right: true, bottom: true, top: false, left: false };
		expect(placeBadge(room({ text, free, edges: cut }))).toMatchObject({ faded: true });
	});

	it('a kept place is given again while usable, whatever the text; null once the page or the window takes it', () => {
		expect(spotAt(room(), 'beside')).toEqual({
			x: 524,
			y: 162,
			outside: true,
			faded: false,
			where: 'beside',
		});
		expect(spotAt(room(), 'faded')).toMatchObject({ x: 492, y: 156, faded: true });
		expect(spotAt(room({ free: () => false }), 'beside')).toBeNull();
		expect(
			spotAt(room({ edges: { right: true, bottom: false, top: true, left: true } }), 'under'),
		).toBeNull();
	});
});
