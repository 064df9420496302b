/** Sites with their own choices (off, snoozed): switch them back on, or forget the override. */
import type { Settings } from '../../utils/storage/settings.ts';
import { Switch } from './Switch.tsx';

export interface SiteListProps {
	settings: Settings;
	save: (update: (s: Settings) => Settings) => Promise<void>;
	now: number;
}

export function SiteList({ settings, save, now }: SiteListProps) {
	const hosts = Object.keys(settings.sites).sort();
	if (hosts.length === 0) {
		return (
			<p class="tf-note">
				No site has its own setting yet. Turn a site off from the popup while you are on it.
			</p>
		);
	}
	const forget = (host: string) =>
		save((s) => {
			const { [host]: _gone, ...sites } = s.sites;
			return { ...s, sites };
		});
	return (
		<ul class="tf-sites" data-testid="site-list">
			{hosts.map((host) => {
				const site = settings.sites[host] ?? { enabled: true };
				const snoozed = (site.snoozeUntil ?? 0) > now;
				return (
					<li key={host} class="tf-row">
						<Switch
							checked={site.enabled}
							hint={snoozed ? `Snoozed until ${new Date(site.snoozeUntil ?? 0).toLocaleString()}` : undefined}
							onChange={(enabled) =>
								save((s) => ({ ...s, sites: { ...s.sites, [host]: { ...site, enabled } } }))
							}
						>
							{host}
						</Switch>
						<button type="button" class="tf-btn" onClick={() => forget(host)} aria-label={`Forget ${host}`}>
							Reset
						</button>
					</li>
				);
			})}
		</ul>
	);
}
