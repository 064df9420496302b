/**
 * An accessible on/off switch (a button with role="switch"), named by its visible label and described by its
 * hint: the hint inside the button's name made a paragraph-long name (QA session 21).
 *
 * It flips as soon as it is clicked and asks for the flipped value, not `!checked`: `checked` comes back through a
 * storage round trip, and a second quick click on the same switch read the old value and saved the same state
 * again, so a double-click left it off instead of back on (session 24, popup e2e). Values coming back for clicks
 * still on their way do not move it back (useSavedValue); a change from elsewhere shows at once.
 */
import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { useSavedValue } from './useSavedValue.ts';

export interface SwitchProps {
	checked: boolean;
	/** Asked for the new value; a returned promise that rejects (the save failed) puts the switch back. */
	onChange: (checked: boolean) => unknown;
	children: ComponentChildren;
	/** Smaller secondary line under the label. */
	hint?: string;
	disabled?: boolean;
	testId?: string;
}

export function Switch({ checked, onChange, children, hint, disabled, testId }: SwitchProps) {
	const id = useId();
	const [shown, setShown, asked, reset] = useSavedValue(checked);
	// The value shown after the last click, read by the next one even before a re-render.
	const latest = useRef(shown);
	latest.current = shown;
	const flip = () => {
		const next = !latest.current;
		latest.current = next;
		setShown(next);
		asked(next);
		const saving = onChange(next);
		if (saving instanceof Promise)
			saving.catch((error) => {
				reset();
				console.error('[tactful] a switch could not be saved:', error);
			});
	};
	return (
		<button
			type="button"
			role="switch"
			class="tf-switch"
			aria-checked={shown}
			aria-labelledby={`${id}-label`}
			aria-describedby={hint ? `${id}-hint` : undefined}
			disabled={disabled}
			data-testid={testId}
			onClick={flip}
		>
			<span class="tf-switch-text">
				<span class="tf-switch-label" id={`${id}-label`}>
					{children}
				</span>
				{hint ? (
					<span class="tf-hint" id={`${id}-hint`}>
						{hint}
					</span>
				) : null}
			</span>
			<span class="tf-switch-track" aria-hidden="true">
				<span class="tf-switch-thumb" />
			</span>
		</button>
	);
}
