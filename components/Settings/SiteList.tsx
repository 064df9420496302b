/**
 * Sites with their own choices (off, snoozed, own sensitivity): switch them back on, return them to the global
 * sensitivity, or forget every override.
 */
import { hasCustomSensitivity, type Settings, type SiteSettings } from '../../utils/storage/settings.ts';
import { sensitivityWord } from './SensitivitySlider.tsx';
import { Switch } from './Switch.tsx';

export interface SiteListProps {
	settings: Settings;
	save: (update: (s: Settings) => Settings) => Promise<void>;
	now: number;
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** One line saying how a site's own sensitivity differs, e.g. "Drafts: Relaxed (30%) · Heated threads: 80%". */
export function siteSensitivityText(site: SiteSettings): string {
	const parts: string[] = [];
	if (site.sensitivity !== undefined)
		parts.push(`Drafts: ${sensitivityWord(site.sensitivity)} (${percent(site.sensitivity)})`);
	if (site.derailSensitivity !== undefined) parts.push(`Heated threads: ${percent(site.derailSensitivity)}`);
	return `Own sensitivity · ${parts.join(' · ')}`;
}

export function SiteList({ settings, save, now }: SiteListProps) {
	const hosts = Object.keys(settings.sites).sort();
	if (hosts.length === 0) {
		return (
			<p class="tf-note">
				No site has its own setting yet. Turn a site off or give it its own sensitivity from the popup while
				you are on it.
			</p>
		);
	}
	const forget = (host: string) =>
		save((s) => {
			const { [host]: _gone, ...sites } = s.sites;
			return { ...s, sites };
		});
	const followGlobal = (host: string) =>
		save((s) => {
			const { sensitivity: _s, derailSensitivity: _d, ...site } = s.sites[host] ?? { enabled: true };
			return { ...s, sites: { ...s.sites, [host]: site } };
		});
	return (
		<ul class="tf-sites" data-testid="site-list">
			{hosts.map((host) => {
				const site = settings.sites[host] ?? { enabled: true };
				const snoozed = (site.snoozeUntil ?? 0) > now;
				const custom = hasCustomSensitivity(site);
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
								save((s) => ({ ...s, sites: { ...s.sites, [host]: { ...site, enabled } } }))
							}
						>
							{host}
						</Switch>
						{custom ? (
							<button
								type="button"
								class="tf-btn"
								onClick={() => followGlobal(host)}
								aria-label={`Use the global sensitivity on ${host}`}
							>
								Global sensitivity
							</button>
						) : null}
						<button type="button" class="tf-btn" onClick={() => forget(host)} aria-label={`Forget ${host}`}>
							Reset
						</button>
					</li>
				);
			})}
		</ul>
	);
}
