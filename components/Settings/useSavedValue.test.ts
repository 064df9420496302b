import { act, renderHook } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useSavedValue } from './useSavedValue.ts';

/** A slider's parent: shows `value`, sets it on input and reports each saved value, as the popup does. */
function setup(initial: number) {
	const hook = renderHook(({ saved }) => useSavedValue(saved), { initialProps: { saved: initial } });
	const press = (v: number) =>
		act(() => {
			hook.result.current[1](v); // input
			hook.result.current[2](v); // change: saved
		});
	const stored = (saved: number) => hook.rerender({ saved });
	return { value: () => hook.result.current[0], press, stored };
}

describe('useSavedValue', () => {
	it('keeps the value quick key presses set while the stored value catches up', () => {
		const s = setup(0.5);
		s.press(0.55);
		s.press(0.6);
		// The first save comes back while the second is on its way: the thumb must not jump back to it, or the next
		// press would step from there.
		s.stored(0.55);
		expect(s.value()).toBe(0.6);
		s.press(0.65);
		s.stored(0.6);
		expect(s.value()).toBe(0.65);
		s.stored(0.65);
		expect(s.value()).toBe(0.65);
	});

	it('follows a stored value changed elsewhere, also while a save is pending', () => {
		const s = setup(0.5);
		s.stored(0.3);
		expect(s.value()).toBe(0.3);
		s.press(0.35);
		s.stored(0.1); // not one of ours: another window's change wins
		expect(s.value()).toBe(0.1);
		s.stored(0.35); // a late echo after that is a change like any other
		expect(s.value()).toBe(0.35);
	});

	it('shows saves that came back all at once', () => {
		const s = setup(0.5);
		s.press(0.55);
		s.press(0.6);
		s.stored(0.6);
		expect(s.value()).toBe(0.6);
		s.stored(0.4);
		expect(s.value()).toBe(0.4);
	});
});
