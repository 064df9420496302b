import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Switch } from './Switch.tsx';

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
});
