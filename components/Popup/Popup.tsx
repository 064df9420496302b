/**
 * The toolbar popup: master switch, this-site switch, snooze, sensitivity (global and this site's own) with live
 * preview, the swearing-at-things choice, dimensions.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
	endOfToday,
	inOneHour,
	isActiveOn,
	type Settings,
	siteKey,
	snoozeSite,
} from '../../utils/storage/settings.ts';
import { KeyboardHint } from '../Keys/KeyboardHint.tsx';
import { DimensionToggles } from '../Settings/DimensionToggles.tsx';
import { TOGGLEABLE_DIMENSIONS } from '../Settings/dimension-labels.ts';
import { SensitivitySlider } from '../Settings/SensitivitySlider.tsx';
import { SwearingSwitch } from '../Settings/SwearingSwitch.tsx';
import { Switch } from '../Settings/Switch.tsx';
import { useSavedValue } from '../Settings/useSavedValue.ts';
import { useSettings } from '../Settings/useSettings.ts';
import { EngineProblem, type HealthFn } from './EngineProblem.tsx';
import { LiveExamples, type ScoreFn } from './LiveExamples.tsx';
import { SiteSensitivity } from './SiteSensitivity.tsx';
import { snoozeUntilText } from './snooze-until.ts';
import { useRerenderAt } from './useRerenderAt.ts';

export interface PopupProps {
	/** Hostname of the active tab, or null on pages the extension can't check (browser pages, files). */
	hostname: string | null;
	score: ScoreFn;
	openOptions: () => void;
	openHistory: () => void;
	/** Opens the welcome page again ("Tour"). */
	openTour?: () => void;
	/** Whether the scoring engine can check drafts (a problem is said at the top, with Try again); absent: not asked. */
	health?: HealthFn;
	now?: () => number;
}

/** The next moment a snooze shown here runs out (everywhere, or on this site), or 0 when none is running. */
function nextSnoozeEnd(s: Settings | null, host: string | null, now: number): number {
	const ends = [s?.snoozeUntil ?? 0, (host && s?.sites[host]?.snoozeUntil) || 0].filter((at) => at > now);
	return ends.length ? Math.min(...ends) : 0;
}

/** `engineDown`: the engine cannot check drafts now (EngineProblem says why at the top). */
function statusLine(s: Settings, host: string | null, now: number, engineDown = false): string {
	if (!s.enabled) return 'Off everywhere';
	// The popup's own Snooze is everywhere; say so, a bare "Snoozed until" read as this site's (QA session 19).
	if (s.snoozeUntil > now) return `Snoozed on all sites until ${snoozeUntilText(s.snoozeUntil, now)}`;
	if (!host) return 'Not available on this page';
	const site = s.sites[siteKey(host)];
	if (site && !site.enabled) return `Off on ${siteKey(host)}`;
	if (site?.snoozeUntil && site.snoozeUntil > now)
		return `Snoozed on ${siteKey(host)} until ${snoozeUntilText(site.snoozeUntil, now)}`;
	if (!isActiveOn(s, host, now)) return 'Paused';
	// Not "Watching" under an alert that says nothing can be checked (session 14).
	return engineDown
		? `Not checking drafts on ${siteKey(host)}: see the problem above`
		: `Watching your drafts on ${siteKey(host)}`;
}

export function Popup({
	hostname,
	score,
	openOptions,
	openHistory,
	openTour,
	health,
	now = Date.now,
}: PopupProps) {
	const { settings, save } = useSettings();
	const [sensitivity, setSensitivity, savedSensitivity] = useSavedValue(settings?.sensitivity);
	const host = hostname ? siteKey(hostname) : null;
	// This site's own draft sensitivity as shown (moves while dragging); undefined = same as everywhere.
	const savedSiteSensitivity = host ? settings?.sites[host]?.sensitivity : undefined;
	// Synced at commit, not after paint: a slider move right after "Custom" must not be overwritten by a late sync.
	const [siteSensitivity, setSiteSensitivity, savedSite] = useSavedValue(savedSiteSensitivity);
	/** Which slider the live preview follows: the one moved last, else the value in effect on this site. */
	const [previewSite, setPreviewSite] = useState<boolean | null>(null);
	/** The engine answered that it cannot check drafts (EngineProblem): the status line must not say "Watching". */
	const [engineDown, setEngineDown] = useState(false);
	// Snooze and Resume replace each other: the pressed button leaves the page and keyboard focus fell back to
	// <body>. This names the control that takes focus once it has been rendered.
	const refocus = useRef<string | null>(null);
	useLayoutEffect(() => {
		const el = refocus.current && document.querySelector<HTMLElement>(`[data-testid="${refocus.current}"]`);
		if (el) {
			el.focus();
			refocus.current = null;
		}
	});
	const focusNext = (testId: string) => {
		refocus.current = testId;
	};
	// "Snoozed until 14:05" must turn back into "Watching…" at 14:05 while the popup stays open.
	useRerenderAt(nextSnoozeEnd(settings, host, now()), now);
	if (!settings || sensitivity === undefined) return <main class="tf-popup" aria-busy="true" />;

	const t = now();
	const site = host ? settings.sites[host] : undefined;
	const preview = siteSensitivity !== undefined && previewSite !== false ? siteSensitivity : sensitivity;
	const snoozed = settings.snoozeUntil > t;
	return (
		<main class="tf-popup" data-testid="popup">
			{health && <EngineProblem health={health} onProblem={(p) => setEngineDown(p !== null)} />}
			<header class="tf-header">
				<h1 class="tf-title">Tactful</h1>
				<Switch checked={settings.enabled} onChange={(enabled) => save({ enabled })} testId="enabled">
					<span class="tf-sr">Warnings </span>
					{settings.enabled ? 'On' : 'Off'}
				</Switch>
			</header>
			<p
				class={`tf-status ${isActiveOn(settings, hostname ?? '', t) && host && !engineDown ? 'tf-status-on' : ''}`}
				data-testid="status"
			>
				{statusLine(settings, hostname, t, engineDown)}
			</p>

			<div class="tf-card">
				{host ? (
					<Switch
						checked={site?.enabled ?? true}
						onChange={(enabled) =>
							save((s) => ({ ...s, sites: { ...s.sites, [host]: { ...s.sites[host], enabled } } }))
						}
						disabled={!settings.enabled}
						testId="site-enabled"
					>
						On {host}
					</Switch>
				) : null}
				{/* This site's snooze (as the card's "Snooze here for 1 hour"): under its switch, named by the site. Hidden
				    while every site is snoozed: that snooze is what holds, and its row says how to end it. */}
				{host && !snoozed && (site?.enabled ?? true) ? (
					<div class="tf-row">
						<span class="tf-row-label">Snooze on {host}</span>
						{(site?.snoozeUntil ?? 0) > t ? (
							<button
								type="button"
								class="tf-btn"
								data-testid="resume-site"
								aria-label={`Resume on ${host}`}
								onClick={() => {
									focusNext('snooze-site-hour');
									void snoozeSite(host, 0);
								}}
							>
								Resume here
							</button>
						) : (
							<button
								type="button"
								class="tf-btn"
								data-testid="snooze-site-hour"
								aria-label={`Snooze on ${host} for 1 hour`}
								disabled={!settings.enabled}
								onClick={() => {
									focusNext('resume-site');
									void snoozeSite(host, inOneHour(now()));
								}}
							>
								1 hour
							</button>
						)}
					</div>
				) : null}
				{/* The status line above says until when; the rows name what each snooze covers, not repeat it. */}
				<div class="tf-row">
					<span class="tf-row-label">Snooze all sites</span>
					{snoozed ? (
						<button
							type="button"
							class="tf-btn"
							data-testid="resume"
							aria-label="Resume all sites now"
							onClick={() => {
								focusNext('snooze-hour');
								save({ snoozeUntil: 0 });
							}}
						>
							Resume now
						</button>
					) : (
						<span class="tf-btns">
							<button
								type="button"
								class="tf-btn"
								data-testid="snooze-hour"
								// The row's label is not the button's: a screen reader would say just "1 hour".
								aria-label="Snooze all sites for 1 hour"
								disabled={!settings.enabled}
								onClick={() => {
									focusNext('resume');
									save({ snoozeUntil: inOneHour(now()) });
								}}
							>
								1 hour
							</button>
							<button
								type="button"
								class="tf-btn"
								data-testid="snooze-today"
								aria-label="Snooze all sites for the rest of today"
								disabled={!settings.enabled}
								onClick={() => {
									focusNext('resume');
									save({ snoozeUntil: endOfToday(now()) });
								}}
							>
								Rest of today
							</button>
						</span>
					)}
				</div>
			</div>

			<div class="tf-card">
				<SensitivitySlider
					id="tf-sensitivity"
					label="Sensitivity"
					value={sensitivity}
					onInput={(v) => {
						setPreviewSite(false);
						setSensitivity(v);
					}}
					onCommit={(v) => {
						savedSensitivity(v);
						void save({ sensitivity: v });
					}}
				/>
				{/* Above this site's own choices, whose note says "Other sites keep the settings above". */}
				<SwearingSwitch
					checked={settings.allowSwearingAtThings}
					onChange={(allowSwearingAtThings) => save({ allowSwearingAtThings })}
					disabled={!settings.enabled}
					testId="allow-swearing"
					scope={
						!host ? undefined : site?.allowSwearingAtThings === undefined ? 'on all sites' : 'on other sites'
					}
				/>
				{host ? (
					<SiteSensitivity
						host={host}
						settings={settings}
						value={siteSensitivity}
						onInput={(v) => {
							setPreviewSite(true);
							setSiteSensitivity(v);
						}}
						onCommit={savedSite}
					/>
				) : null}
				<LiveExamples sensitivity={preview} disabledDimensions={settings.disabledDimensions} score={score} />
			</div>

			<details class="tf-card tf-details">
				<summary>
					What to watch for
					<span class="tf-muted">
						{' '}
						· {TOGGLEABLE_DIMENSIONS.filter((d) => !settings.disabledDimensions.includes(d)).length} of{' '}
						{TOGGLEABLE_DIMENSIONS.length} on
					</span>
				</summary>
				<DimensionToggles
					disabled={settings.disabledDimensions}
					onChange={(update) => save((s) => ({ ...s, disabledDimensions: update(s.disabledDimensions) }))}
				/>
			</details>

			<KeyboardHint />

			<footer class="tf-footer">
				<button type="button" class="tf-link" onClick={openOptions}>
					More options
				</button>
				<button type="button" class="tf-link" onClick={openHistory}>
					Your history
				</button>
				{openTour ? (
					<button type="button" class="tf-link" onClick={openTour} data-testid="open-tour">
						Tour
					</button>
				) : null}
			</footer>
		</main>
	);
}
