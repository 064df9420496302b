/** The options page: everything the popup doesn't show, plus the full per-site and per-dimension lists. */
import { KeyboardHint } from '../Keys/KeyboardHint.tsx';
import { DimensionToggles } from './DimensionToggles.tsx';
import type { LocalModelPanelProps } from './LocalModelPanel.tsx';
import { RewriteSettings } from './RewriteSettings.tsx';
import { SensitivitySlider, THREAD_RELAXED_HINT } from './SensitivitySlider.tsx';
import { SiteList } from './SiteList.tsx';
import { SwearingSwitch } from './SwearingSwitch.tsx';
import { Switch } from './Switch.tsx';
import { useSavedValue } from './useSavedValue.ts';
import { useSectionFocus } from './useSectionFocus.ts';
import { useSettings } from './useSettings.ts';

export interface OptionsPageProps {
	openHistory: () => void;
	requestAccess?: (origin: string) => Promise<boolean>;
	/** Whether the browser already lets Tactful contact an origin (the rewrite server's permission). */
	hasAccess?: (origin: string) => Promise<boolean>;
	/** The on-device model panel's link to the extension (progress broadcasts, removal). */
	localModel?: LocalModelPanelProps;
	/** Opens the welcome page again ("Tour"). */
	openTour?: () => void;
	now?: () => number;
}

/** A slider that saves on release but moves smoothly while dragging. */
function SavedSlider(props: {
	id: string;
	label: string;
	value: number;
	save: (v: number) => void;
	describe?: (v: number) => string;
	ends?: [string, string];
	hint?: string;
}) {
	const [value, setValue, saved] = useSavedValue(props.value);
	const commit = (v: number) => {
		saved(v);
		props.save(v);
	};
	return <SensitivitySlider {...props} value={value} onInput={setValue} onCommit={commit} />;
}

/** Words for the rewrite dial (reward weight w: 0 = closest to the draft, 1 = most civil). */
export function weightWord(w: number): string {
	if (w < 0.35) return 'Stay close to my words';
	if (w <= 0.65) return 'Balanced (recommended)';
	return 'Prefer calmer wording';
}

export function OptionsPage({
	openHistory,
	requestAccess,
	hasAccess,
	localModel,
	openTour,
	now = Date.now,
}: OptionsPageProps) {
	const { settings, save } = useSettings();
	useSectionFocus(settings !== null, now);
	if (!settings) return <main class="tf-page" aria-busy="true" />;
	return (
		<main class="tf-page" data-testid="options">
			<header class="tf-page-head">
				<h1>Tactful settings</h1>
				<p class="tf-muted">
					Drafts are checked on this device. Nothing you type is sent anywhere unless you pick a server for
					rewrites below.
					{openTour ? (
						<>
							{' '}
							<button type="button" class="tf-link" onClick={openTour} data-testid="open-tour">
								Tour
							</button>
						</>
					) : null}
				</p>
			</header>

			<section class="tf-card" aria-labelledby="s-warn">
				<h2 id="s-warn">Warnings</h2>
				<Switch checked={settings.enabled} onChange={(enabled) => save({ enabled })} testId="opt-enabled">
					Check my drafts as I type
				</Switch>
				<SavedSlider
					id="opt-sensitivity"
					label="Sensitivity"
					value={settings.sensitivity}
					save={(sensitivity) => save({ sensitivity })}
				/>
				<Switch
					checked={settings.preSubmitNudge}
					onChange={(preSubmitNudge) => save({ preSubmitNudge })}
					hint='When you submit a draft that has a warning, ask "Post anyway / Review" first.'
					testId="opt-nudge"
				>
					Ask before posting a warned draft
				</Switch>
				<SwearingSwitch
					checked={settings.allowSwearingAtThings}
					onChange={(allowSwearingAtThings) => save({ allowSwearingAtThings })}
					testId="opt-allow-swearing"
				/>
				<Switch
					checked={settings.derailAlerts}
					onChange={(derailAlerts) => save({ derailAlerts })}
					hint="Off: no thread warnings; your draft's own warnings stay."
					testId="opt-derail-alerts"
				>
					Warn when a thread is heated
				</Switch>
				{settings.derailAlerts ? (
					<SavedSlider
						id="opt-derail"
						label="Heated-thread alerts"
						value={settings.derailSensitivity}
						save={(derailSensitivity) => save({ derailSensitivity })}
						hint={THREAD_RELAXED_HINT}
					/>
				) : null}
				<KeyboardHint />
			</section>

			<section class="tf-card" aria-labelledby="s-dims">
				<h2 id="s-dims">What to watch for</h2>
				<DimensionToggles
					disabled={settings.disabledDimensions}
					onChange={(update) => save((s) => ({ ...s, disabledDimensions: update(s.disabledDimensions) }))}
					showHints
				/>
			</section>

			<section class="tf-card" aria-labelledby="s-sites">
				<h2 id="s-sites">Sites</h2>
				<SiteList settings={settings} save={save} now={now()} />
			</section>

			{/* id: the target of options.html#rewrite and of a rewrite card's "Fix in settings". */}
			<section class="tf-card" id="rewrite" aria-labelledby="s-rewrite">
				<h2 id="s-rewrite">Rewrites</h2>
				<SavedSlider
					id="opt-weight"
					label="Rewrite style"
					value={settings.rewrite.weight}
					describe={weightWord}
					ends={['Keep my words', 'Make it civil']}
					save={(weight) => save({ rewrite: { weight } })}
				/>
				<RewriteSettings
					settings={settings}
					save={save}
					requestAccess={requestAccess}
					hasAccess={hasAccess}
					localModel={localModel}
				/>
			</section>

			<section class="tf-card" aria-labelledby="s-privacy">
				<h2 id="s-privacy">Privacy and sync</h2>
				<Switch
					checked={settings.storeDrafts}
					onChange={(storeDrafts) => save({ storeDrafts })}
					hint="On this device only: the text of warned drafts in your history, and what you are writing until you post or clear it (and the text a rewrite replaced), so a reload or a crash does not lose it — listed on the history page, deleted after 7 days. Off: only counts and categories are kept, and text kept so far is deleted."
					testId="opt-drafts"
				>
					Keep draft text on this device
				</Switch>
				<Switch
					checked={settings.syncSettings}
					onChange={(syncSettings) => save({ syncSettings })}
					hint="Settings follow you to other browsers signed in to the same account. History and API keys never sync."
					testId="opt-sync"
				>
					Sync settings
				</Switch>
				<p>
					<button type="button" class="tf-link" onClick={openHistory}>
						See, export or delete your history
					</button>
				</p>
			</section>
		</main>
	);
}
