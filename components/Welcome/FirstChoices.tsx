/**
 * The choices a new user makes first, on the welcome page: how readily Tactful warns (the popup's global
 * sensitivity), the casual-swearing opt-in, heated-thread alerts on or off, and the rewrite engine (the offline fixer unless they set up another
 * in the options page's Rewrites section). Saved to the same settings the popup and options page use.
 */
import type { Settings, SettingsPatch } from '../../utils/storage/settings.ts';
import { BACKENDS } from '../Settings/rewrite-choices.ts';
import { SensitivitySlider } from '../Settings/SensitivitySlider.tsx';
import { SwearingSwitch } from '../Settings/SwearingSwitch.tsx';
import { Switch } from '../Settings/Switch.tsx';
import { useSavedValue } from '../Settings/useSavedValue.ts';

export interface FirstChoicesProps {
	settings: Settings;
	save: (patch: SettingsPatch) => Promise<void>;
	/** The options page's Rewrites section (options.html#rewrite). */
	rewriteSettingsUrl: string;
}

export function FirstChoices({ settings, save, rewriteSettingsUrl }: FirstChoicesProps) {
	const [sensitivity, setSensitivity, savedSensitivity] = useSavedValue(settings.sensitivity);
	const backend = settings.rewrite.backend;
	const engine = BACKENDS.find((b) => b.id === backend);
	return (
		<section class="tf-card" aria-labelledby="w-choices" data-testid="welcome-choices">
			<h2 id="w-choices">Choices to start with</h2>
			<p class="tf-muted">You can change them any time from the toolbar button.</p>
			<SensitivitySlider
				id="tf-welcome-sensitivity"
				label="How readily it warns"
				value={sensitivity}
				onInput={setSensitivity}
				onCommit={(v) => {
					savedSensitivity(v);
					void save({ sensitivity: v });
				}}
			/>
			<SwearingSwitch
				checked={settings.allowSwearingAtThings}
				onChange={(allowSwearingAtThings) => void save({ allowSwearingAtThings })}
				testId="welcome-allow-swearing"
			/>
			{/* The popup and options page have it (settings v6): a new user meets the thread warning too (session 15). */}
			<Switch
				checked={settings.derailAlerts}
				onChange={(derailAlerts) => void save({ derailAlerts })}
				hint="Off: no thread warnings; your draft's own warnings stay."
				testId="welcome-derail-alerts"
			>
				Warn when a thread is heated
			</Switch>
			<div class="tf-welcome-engine" data-testid="welcome-engine" data-backend={backend}>
				<h3>Rewrites</h3>
				<p>
					<strong>{engine?.label ?? backend}</strong>
					{backend === 'offline' ? ', the default' : ''}
					{engine ? `. ${engine.hint}` : ''}
				</p>
				<p class="tf-btns">
					{backend === 'offline' ? null : (
						<button
							type="button"
							class="tf-btn"
							data-testid="welcome-use-offline"
							onClick={() => void save({ rewrite: { backend: 'offline' } })}
						>
							Use quick fixes instead
						</button>
					)}
					<a class="tf-link" href={rewriteSettingsUrl} target="_blank" rel="noopener">
						Use a model on this device or a server you choose
					</a>
				</p>
			</div>
		</section>
	);
}
