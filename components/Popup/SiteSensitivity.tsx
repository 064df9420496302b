/**
 * The popup's "Sensitivity on <site>" control: the site follows the global sensitivity, or has its own draft and
 * thread-alert sliders and swearing choice. The choice is a native radio group in a fieldset, so arrow keys, Tab and screen readers
 * work as for any radio group; choosing "Custom" starts from the global values, so nothing changes until a
 * slider moves.
 */
import { type Settings, setSiteSensitivity } from '../../utils/storage/settings.ts';
import { SensitivitySlider, THREAD_RELAXED_HINT } from '../Settings/SensitivitySlider.tsx';
import { SwearingSwitch } from '../Settings/SwearingSwitch.tsx';
import { Switch } from '../Settings/Switch.tsx';
import { useSavedValue } from '../Settings/useSavedValue.ts';

export interface SiteSensitivityProps {
	/** The site key (`siteKey(hostname)`). */
	host: string;
	settings: Settings;
	/** The site's draft sensitivity as shown (it moves while dragging); undefined = same as everywhere. */
	value: number | undefined;
	/** Called while the site's draft slider moves, before it is saved. */
	onInput: (value: number) => void;
	/** Called with each value the site's draft slider saves (see useSavedValue). */
	onCommit?: (value: number) => void;
	disabled?: boolean;
}

/** "Drafts" on screen (the legend names the site); "Drafts on github.com" for screen readers. */
const SiteLabel = ({ text, host }: { text: string; host: string }) => (
	<>
		{text}
		<span class="tf-sr"> on {host}</span>
	</>
);

export function SiteSensitivity({
	host,
	settings,
	value,
	onInput,
	onCommit,
	disabled,
}: SiteSensitivityProps) {
	const site = settings.sites[host];
	const custom =
		site?.sensitivity !== undefined ||
		site?.derailSensitivity !== undefined ||
		site?.allowSwearingAtThings !== undefined ||
		site?.derailAlerts !== undefined;
	const alerts = site?.derailAlerts ?? settings.derailAlerts;
	const savedDerail = site?.derailSensitivity ?? settings.derailSensitivity;
	const [derail, setDerail, derailSaved] = useSavedValue(savedDerail);

	const choose = (useOwn: boolean) =>
		setSiteSensitivity(
			host,
			useOwn
				? { sensitivity: settings.sensitivity, derailSensitivity: settings.derailSensitivity }
				: {
						sensitivity: undefined,
						derailSensitivity: undefined,
						allowSwearingAtThings: undefined,
						derailAlerts: undefined,
					},
		);
	const name = `tf-site-mode-${host}`;
	return (
		<div class="tf-site-sens" data-testid="site-sensitivity">
			<fieldset class="tf-seg" disabled={disabled}>
				<legend class="tf-seg-legend">Sensitivity on {host}</legend>
				<label class="tf-seg-option">
					<input
						type="radio"
						name={name}
						checked={!custom}
						onChange={() => choose(false)}
						data-testid="site-sensitivity-same"
					/>
					<span>Same as everywhere</span>
				</label>
				<label class="tf-seg-option">
					<input
						type="radio"
						name={name}
						checked={custom}
						onChange={() => choose(true)}
						data-testid="site-sensitivity-custom"
					/>
					<span>Custom</span>
				</label>
			</fieldset>
			{custom ? (
				<div class="tf-site-sliders">
					<SensitivitySlider
						id="tf-site-sensitivity"
						label={<SiteLabel text="Drafts" host={host} />}
						value={value ?? settings.sensitivity}
						onInput={onInput}
						onCommit={(sensitivity) => {
							onCommit?.(sensitivity);
							void setSiteSensitivity(host, { sensitivity });
						}}
					/>
					<Switch
						checked={alerts}
						onChange={(derailAlerts) => void setSiteSensitivity(host, { derailAlerts })}
						testId="site-derail-alerts"
					>
						Warn when a thread is heated<span class="tf-sr"> on {host}</span>
					</Switch>
					{alerts ? (
						<SensitivitySlider
							id="tf-site-derail"
							label={<SiteLabel text="Heated-thread alerts" host={host} />}
							value={derail}
							onInput={setDerail}
							onCommit={(derailSensitivity) => {
								derailSaved(derailSensitivity);
								void setSiteSensitivity(host, { derailSensitivity });
							}}
							hint={THREAD_RELAXED_HINT}
						/>
					) : null}
					<SwearingSwitch
						checked={site?.allowSwearingAtThings ?? settings.allowSwearingAtThings}
						onChange={(allowSwearingAtThings) => void setSiteSensitivity(host, { allowSwearingAtThings })}
						testId="site-allow-swearing"
						host={host}
					/>
					<p class="tf-note">Other sites keep the settings above.</p>
				</div>
			) : null}
		</div>
	);
}
