/**
 * Sites with their own choices (off, snoozed, own sensitivity, swearing or heated-thread alert choice): switch
 * them back on, return them to the global choices, or forget every override.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { hasCustomSensitivity, type Settings, type SiteSettings } from '../../utils/storage/settings.ts';
import { sensitivityWord } from './SensitivitySlider.tsx';
import { Switch } from './Switch.tsx';

export interface SiteListProps {
	settings: Settings;
	save: (update: (s: Settings) => Settings) => Promise<void>;
	now: number;
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

/**
 * One line saying how a site's own choices differ, e.g. "Own sensitivity · Drafts: Relaxed (30%) · Heated
 * threads: 80%", then its swearing choice if it has one.
 */
export function siteSensitivityText(site: SiteSettings): string {
	const parts: string[] = [];
	if (site.sensitivity !== undefined)
		parts.push(`Drafts: ${sensitivityWord(site.sensitivity)} (${percent(site.sensitivity)})`);
	// While the site's thread alerts are off its thread slider does nothing: "off" is what the row says.
	if (site.derailSensitivity !== undefined && site.derailAlerts !== false)
		parts.push(`Heated threads: ${percent(site.derailSensitivity)}`);
	const lines = parts.length ? [`Own sensitivity · ${parts.join(' · ')}`] : [];
	if (site.derailAlerts === false) lines.push('Heated threads: off');
	else if (site.derailAlerts === true && site.derailSensitivity === undefined)
		lines.push('Heated threads: on');
	if (site.allowSwearingAtThings !== undefined)
		lines.push(`Swearing at code and tools: ${site.allowSwearingAtThings ? 'not warned' : 'warned'}`);
	return lines.join('. ');
}

/**
 * What "use the global …" gives back on a site, named (session 15: the button read "Global sensitivity" but also
 * reset the site's swearing and heated-thread alert choices, which it should: the row lists them as the site's
 * own choices, and a site whose only choice is "heated threads: off" had no other way back to the global one).
 */
export function globalChoices(site: SiteSettings): { label: string; what: string } {
	const parts = [
		hasCustomSensitivity(site) ? 'sensitivity' : '',
		site.allowSwearingAtThings !== undefined ? 'swearing choice' : '',
		site.derailAlerts !== undefined ? 'heated-thread alerts' : '',
	].filter(Boolean);
	const what = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
	return {
		label: parts.length === 1 && parts[0] === 'sensitivity' ? 'Global sensitivity' : 'Global settings',
		what,
	};
}

/** CSS selectors, best first: the first that matches takes keyboard focus once the list has re-rendered. */
type FocusTarget = string[];

export function SiteList({ settings, save, now }: SiteListProps) {
	const hosts = Object.keys(settings.sites).sort();
	// "Reset" removes its row and "Global sensitivity"/"Global settings" removes itself: the pressed button leaves the page and
	// keyboard focus fell back to <body>. Move it to the nearest control that is still there.
	const refocus = useRef<FocusTarget | null>(null);
	useLayoutEffect(() => {
		const target = refocus.current
			?.map((selector) => document.querySelector<HTMLElement>(selector))
			.find(Boolean);
		if (target) {
			target.focus();
			refocus.current = null;
		}
	});
	const row = (host: string) => `[data-testid="site-${CSS.escape(host)}"]`;
	if (hosts.length === 0) {
		return (
			<p class="tf-note" tabIndex={-1} data-testid="site-list-empty">
				No site has its own setting yet. Turn a site off or give it its own sensitivity from the popup while
				you are on it.
			</p>
		);
	}
	/** Where focus goes when `host`'s row disappears: the next site's switch, else the previous, else the note. */
	const afterRow = (host: string) => {
		const i = hosts.indexOf(host);
		return [hosts[i + 1], hosts[i - 1]]
			.filter((h): h is string => h !== undefined)
			.map((h) => `${row(h)} [role="switch"]`)
			.concat('[data-testid="site-list-empty"]');
	};
	const forget = (host: string) => {
		refocus.current = afterRow(host);
		return save((s) => {
			const { [host]: _gone, ...sites } = s.sites;
			return { ...s, sites };
		});
	};
	const followGlobal = (host: string) => {
		// A site left with no choice of its own is dropped from the list altogether.
		refocus.current = [`${row(host)} [data-action="forget"]`, ...afterRow(host)];
		return save((s) => {
			const {
				sensitivity: _s,
				derailSensitivity: _d,
				allowSwearingAtThings: _w,
				derailAlerts: _a,
				...site
			} = s.sites[host] ?? { enabled: true };
			return { ...s, sites: { ...s.sites, [host]: site } };
		});
	};
	return (
		<ul class="tf-sites" data-testid="site-list">
			{hosts.map((host) => {
				const site = settings.sites[host] ?? { enabled: true };
				const snoozed = (site.snoozeUntil ?? 0) > now;
				const custom =
					hasCustomSensitivity(site) ||
					site.allowSwearingAtThings !== undefined ||
					site.derailAlerts !== undefined;
				const hints = [
					snoozed ? `Snoozed until ${new Date(site.snoozeUntil ?? 0).toLocaleString()}` : '',
					custom ? siteSensitivityText(site) : '',
				].filter(Boolean);
				return (
					<li key={host} class="tf-row" data-testid={`site-${host}`}>
						<Switch
							checked={site.enabled}
							hint={hints.length ? hints.join('. ') : undefined}
							onChange={(enabled) =>
								save((s) => ({ ...s, sites: { ...s.sites, [host]: { ...s.sites[host], enabled } } }))
							}
						>
							{host}
						</Switch>
						{custom ? (
							<button
								type="button"
								class="tf-btn"
								onClick={() => followGlobal(host)}
								aria-label={`Use the global ${globalChoices(site).what} on ${host}`}
							>
								{globalChoices(site).label}
							</button>
						) : null}
						<button
							type="button"
							class="tf-btn"
							data-action="forget"
							onClick={() => forget(host)}
							aria-label={`Forget ${host}`}
						>
							Reset
						</button>
					</li>
				);
			})}
		</ul>
	);
}
