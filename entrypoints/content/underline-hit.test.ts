import { describe, expect, it } from 'vitest';
import type { FieldView } from './overlay/overlay.tsx';
import { underlineAt } from './underline-hit.ts';

const view = (id: number, x: number, y: number, w: number) =>
	({ id, underlines: [{ x, y, w, level: 'warn' }] }) as unknown as FieldView;

describe('underlineAt', () => {
	const views = [view(1, 100, 200, 60), view(2, 100, 300, 40)];

	it("finds the underline under the pointer, over the word's height above the line", () => {
		expect(underlineAt(views, 130, 190)?.fieldId).toBe(1);
		expect(underlineAt(views, 100, 182)?.fieldId).toBe(1);
		expect(underlineAt(views, 160, 203)?.fieldId).toBe(1);
		expect(underlineAt(views, 120, 295)?.fieldId).toBe(2);
	});

	it('anchors the card to the underlined word', () => {
		expect(underlineAt(views, 130, 190)?.anchor).toMatchObject({ x: 100, y: 182, width: 60, height: 21 });
	});

	it('misses beside, above and below the underline', () => {
		expect(underlineAt(views, 99, 195)).toBeNull();
		expect(underlineAt(views, 161, 195)).toBeNull();
		expect(underlineAt(views, 130, 181)).toBeNull();
		expect(underlineAt(views, 130, 204)).toBeNull();
		expect(underlineAt([], 130, 190)).toBeNull();
	});
});
