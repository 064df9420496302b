/** The opt-in "Don't warn about swearing at code and tools" switch, shared by the popup and the options page. */
import { Switch } from './Switch.tsx';

export interface SwearingSwitchProps {
	checked: boolean;
	onChange: (checked: boolean) => void;
	disabled?: boolean;
	testId: string;
	/** For one site's own choice: named "… on <host>" for screen readers, without the explanation. */
	host?: string;
}

export function SwearingSwitch({ checked, onChange, disabled, testId, host }: SwearingSwitchProps) {
	return (
		<Switch
			checked={checked}
			onChange={onChange}
			disabled={disabled}
			hint={host ? undefined : `"Damn, this build is crap" won't warn. Swearing at people still does.`}
			testId={testId}
		>
			Don't warn about swearing at code and tools
			{host ? <span class="tf-sr"> on {host}</span> : null}
		</Switch>
	);
}
