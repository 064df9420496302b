import { describe, expect, it } from 'vitest';
import { notePointerOpen, takePointerOpen } from './pointer-open.ts';

describe('pointer-open', () => {
	it('is true once after a pointer click, never after a keyboard click (Enter/Space: detail 0)', () => {
		notePointerOpen({ detail: 1 });
		expect(takePointerOpen()).toBe(true);
		expect(takePointerOpen()).toBe(false); // consumed: a later shortcut open shows its ring
		notePointerOpen({ detail: 0 });
		expect(takePointerOpen()).toBe(false);
	});
});
