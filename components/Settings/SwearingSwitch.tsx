/** The opt-in "Don't warn about swearing at code and tools" switch, shared by the popup and the options page. */
import { Switch } from './Switch.tsx';

export interface SwearingSwitchProps {
	checked: boolean;
	onChange: (checked: boolean) => void;
	disabled?: boolean;
	testId: string;
}

export function SwearingSwitch({ checked, onChange, disabled, testId }: SwearingSwitchProps) {
	return (
		<Switch
			checked={checked}
			onChange={onChange}
			disabled={disabled}
			hint={`"Damn, this build is crap" won't warn. Swearing at people still does.`}
			testId={testId}
		>
			Don't warn about swearing at code and tools
		</Switch>
	);
}
