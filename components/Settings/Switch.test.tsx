import { act, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { Switch } from './Switch.tsx';

/** Set by the rendered stand-in: lets the stored value arrive when the test says so. */
let deliverNext: () => void = () => undefined;
let delivered = 0;

/** A switch whose stored value comes back (oldest save first) only when the test calls `deliverNext()`. */
function Stored({ saves }: { saves: boolean[] }) {
	const [stored, setStored] = useState(true);
	deliverNext = () => {
		const v = saves[delivered++];
		if (v !== undefined) setStored(v);
	};
	return (
		<Switch checked={stored} onChange={(v) => saves.push(v)} testId="s">
			Label
		</Switch>
	);
}

/** A switch whose stored value is turned off elsewhere by `deliverNext()`. */
function ChangedElsewhere() {
	const [stored, setStored] = useState(true);
	deliverNext = () => setStored(false);
	return (
		<Switch checked={stored} onChange={() => undefined} testId="s">
			Label
		</Switch>
	);
}

const shown = () => screen.getByTestId('s').getAttribute('aria-checked');

describe('Switch', () => {
	// QA session 21: the hint sat inside the switch's name, so a screen reader read "Keep draft text…" as a
	// paragraph-long name; the label is the name and the hint its description.
	it('is named by its label, and described by its hint', () => {
		render(
			<>
				<Switch checked={false} onChange={() => undefined} hint="Swearing at people still does.">
					Don't warn about swearing
				</Switch>
				<Switch checked onChange={() => undefined} hint="Another hint.">
					Second
				</Switch>
			</>,
		);
		const toggle = screen.getByRole('switch', { name: "Don't warn about swearing" });
		expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
		expect(document.getElementById(toggle.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
			'Swearing at people still does.',
		);
		expect(screen.getByRole('switch', { name: 'Second' }).getAttribute('aria-describedby')).not.toBe(
			toggle.getAttribute('aria-describedby'),
		);
	});

	it('without a hint has no description', () => {
		render(
			<Switch checked onChange={() => undefined}>
				Plain
			</Switch>,
		);
		expect(screen.getByRole('switch', { name: 'Plain' }).hasAttribute('aria-describedby')).toBe(false);
	});

	// Session 24: the stored value comes back through storage a moment after each click; a second quick click used
	// to read the old value and save the same state again, so a double-click did not turn the switch back.
	describe('clicked again before the stored value came back', () => {
		it.each([2, 3, 4])(
			'%i clicks save alternating values and end where that many clicks put it',
			async (n) => {
				delivered = 0;
				const saves: boolean[] = [];
				render(<Stored saves={saves} />);
				for (let i = 0; i < n; i++) fireEvent.click(screen.getByTestId('s'));
				expect(saves).toEqual(Array.from({ length: n }, (_, i) => i % 2 === 1));
				const want = String(n % 2 === 0);
				expect(shown()).toBe(want);
				// Older saves coming back do not move it back; the last one leaves it where it is.
				for (let i = 0; i < n; i++) {
					await act(() => deliverNext());
					expect(shown()).toBe(want);
				}
			},
		);

		it('a change made elsewhere (not one of its saves) shows at once', async () => {
			render(<ChangedElsewhere />);
			await act(() => deliverNext());
			expect(shown()).toBe('false');
		});

		it('a save that fails puts it back to the stored value', async () => {
			const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
			render(
				<Switch checked onChange={() => Promise.reject(new Error('quota'))} testId="s">
					Label
				</Switch>,
			);
			fireEvent.click(screen.getByTestId('s'));
			expect(shown()).toBe('false');
			await act(() => new Promise((r) => setTimeout(r, 0)));
			expect(shown()).toBe('true');
			expect(error).toHaveBeenCalledOnce();
			error.mockRestore();
		});
	});
});
