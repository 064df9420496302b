/** An accessible on/off switch (a button with role="switch"), labelled by its visible text. */
import type { ComponentChildren } from 'preact';

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
	return (
		<button
			type="button"
			role="switch"
			class="tf-switch"
			aria-checked={checked}
			disabled={disabled}
			data-testid={testId}
			onClick={() => onChange(!checked)}
		>
			<span class="tf-switch-text">
				<span class="tf-switch-label">{children}</span>
				{hint ? <span class="tf-hint">{hint}</span> : null}
			</span>
			<span class="tf-switch-track" aria-hidden="true">
				<span class="tf-switch-thumb" />
			</span>
		</button>
	);
}
