/**
 * An accessible on/off switch (a button with role="switch"), named by its visible label and described by its
 * hint: the hint inside the button's name made a paragraph-long name (QA session 21).
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SwitchProps {
	checked: boolean;
	onChange: (checked: boolean) => void;
	children: ComponentChildren;
	/** Smaller secondary line under the label. */
	hint?: string;
	disabled?: boolean;
	testId?: string;
}

export function Switch({ checked, onChange, children, hint, disabled, testId }: SwitchProps) {
	const id = useId();
	return (
		<button
			type="button"
			role="switch"
			class="tf-switch"
			aria-checked={checked}
			aria-labelledby={`${id}-label`}
			aria-describedby={hint ? `${id}-hint` : undefined}
			disabled={disabled}
			data-testid={testId}
			onClick={() => onChange(!checked)}
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
