/** The opt-in "Don't warn about swearing at code and tools" switch, shared by the popup and the options page. */
import { Switch } from './Switch.tsx';

export interface SwearingSwitchProps {
	checked: boolean;
	onChange: (checked: boolean) => void;
	disabled?: boolean;
	testId: string;
	/** For one site's own choice: "… on <host>", without the explanation. */
	host?: string;
	/**
	 * Where the global choice applies, said on screen beside a site's own switch (the popup): both read "Don't warn
	 * about swearing at code and tools" under "Custom", two identical labels for different things (session 24).
	 */
	scope?: string;
}

export function SwearingSwitch({ checked, onChange, disabled, testId, host, scope }: SwearingSwitchProps) {
	return (
		<Switch
			checked={checked}
			onChange={onChange}
			disabled={disabled}
			hint={host ? undefined : `"Damn, this build is crap" won't warn. Swearing at people still does.`}
			testId={testId}
		>
			Don't warn about swearing at code and tools
			{host ? ` on ${host}` : scope ? ` ${scope}` : null}
		</Switch>
	);
}
