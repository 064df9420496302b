/**
 * The settings schema: the v2 shape, every default, the v1 → v2 migration and pure helpers over a Settings
 * value. Storage lives in settings.ts, which re-exports all of this.
 */
import type { Dimension } from '../../models/scoring/types.ts';

export type RewriteBackend = 'offline' | 'local' | 'chrome' | 'openai';

/** Per-site choices, keyed by `siteKey(hostname)`. */
export interface SiteSettings {
	enabled: boolean;
	/** Epoch ms until which warnings are snoozed on this site; 0 or absent = not snoozed. */
	snoozeUntil?: number;
}

export interface RewriteSettings {
	backend: RewriteBackend;
	/** How much the reward model weighs against staying close to the draft, 0..1. */
	weight: number;
	openai: { baseUrl: string; model: string };
}

/** Current (v2) settings shape. */
export interface Settings {
	enabled: boolean;
	/** 0..1; 0.5 is the calibrated decision point (ScoreOptions.sensitivity). */
	sensitivity: number;
	disabledDimensions: Dimension[];
	sites: Record<string, SiteSettings>;
	/** Epoch ms until which warnings are snoozed everywhere; 0 = not snoozed. */
	snoozeUntil: number;
	/** Ask "Post anyway / Review" when a warned draft is submitted. */
	preSubmitNudge: boolean;
	/** 0..1, like `sensitivity` but for thread-derailment warnings. */
	derailSensitivity: number;
	/** Keep draft text in the local history (opt-in). */
	storeDrafts: boolean;
	/** Mirror settings to the browser's `sync` area so they follow the user. */
	syncSettings: boolean;
	rewrite: RewriteSettings;
}

/** Every default, in one place. */
export const DEFAULT_SETTINGS: Settings = {
	enabled: true,
	sensitivity: 0.5,
	disabledDimensions: [],
	sites: {},
	snoozeUntil: 0,
	preSubmitNudge: false,
	derailSensitivity: 0.5,
	storeDrafts: false,
	syncSettings: false,
	rewrite: {
		backend: 'offline',
		weight: 0.5,
		openai: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
	},
};

/** The pre-release v1 shape: a three-step sensitivity and a list of disabled sites. */
export interface SettingsV1 {
	enabled?: boolean;
	sensitivity?: 'low' | 'medium' | 'high';
	disabledSites?: string[];
}

const V1_SENSITIVITY = { low: 0.25, medium: 0.5, high: 0.75 } as const;

/** v1 → v2: map the three steps onto 0..1 and the disabled-site list onto per-site records. */
export function migrateV1(old: SettingsV1): Settings {
	// A v2 blob whose version meta went missing must not be "migrated" into defaults.
	if (typeof (old as { sensitivity?: unknown }).sensitivity === 'number')
		return normalizeSettings(old as Partial<Settings>);
	const sites: Record<string, SiteSettings> = {};
	for (const host of old.disabledSites ?? []) sites[siteKey(host)] = { enabled: false };
	return {
		...structuredClone(DEFAULT_SETTINGS),
		enabled: old.enabled ?? true,
		sensitivity: V1_SENSITIVITY[old.sensitivity ?? 'medium'] ?? 0.5,
		sites,
	};
}

/** Hostname → settings key: lower case, without a leading "www.". */
export function siteKey(hostname: string): string {
	return hostname
		.trim()
		.toLowerCase()
		.replace(/^www\./, '');
}

const clamp01 = (x: unknown, dflt: number) =>
	typeof x === 'number' && Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : dflt;

/** Fills fields a stored blob lacks with defaults, so readers always see a complete, valid Settings. */
export function normalizeSettings(raw: Partial<Settings> | null | undefined): Settings {
	const d = DEFAULT_SETTINGS;
	const r = raw ?? {};
	return {
		enabled: r.enabled ?? d.enabled,
		sensitivity: clamp01(r.sensitivity, d.sensitivity),
		disabledDimensions: Array.isArray(r.disabledDimensions) ? [...r.disabledDimensions] : [],
		sites: { ...(r.sites ?? {}) },
		snoozeUntil: r.snoozeUntil ?? 0,
		preSubmitNudge: r.preSubmitNudge ?? d.preSubmitNudge,
		derailSensitivity: clamp01(r.derailSensitivity, d.derailSensitivity),
		storeDrafts: r.storeDrafts ?? d.storeDrafts,
		syncSettings: r.syncSettings ?? d.syncSettings,
		rewrite: {
			backend: r.rewrite?.backend ?? d.rewrite.backend,
			weight: clamp01(r.rewrite?.weight, d.rewrite.weight),
			openai: { ...d.rewrite.openai, ...(r.rewrite?.openai ?? {}) },
		},
	};
}

/** Drops per-site entries that no longer change anything (on, snooze expired), keeping the sync copy small. */
export function pruneSites(sites: Settings['sites'], now: number): Settings['sites'] {
	return Object.fromEntries(
		Object.entries(sites).filter(([, site]) => site.enabled === false || (site.snoozeUntil ?? 0) > now),
	);
}

/** Whether warnings should show on `hostname` at `now` (epoch ms): on globally, on for the site, not snoozed. */
export function isActiveOn(settings: Settings, hostname: string, now: number = Date.now()): boolean {
	if (!settings.enabled || settings.snoozeUntil > now) return false;
	const site = settings.sites[siteKey(hostname)];
	if (!site) return true;
	return site.enabled && !((site.snoozeUntil ?? 0) > now);
}

/**
 * When a snooze that keeps `hostname` quiet at `now` runs out (epoch ms; the later of the global and the site's
 * snooze), or 0 when no snooze is keeping it quiet. Open pages wake up then without waiting for a settings change.
 */
export function snoozeEndsOn(settings: Settings, hostname: string, now: number = Date.now()): number {
	const global = settings.snoozeUntil > now ? settings.snoozeUntil : 0;
	const site = settings.sites[siteKey(hostname)]?.snoozeUntil ?? 0;
	return Math.max(global, site > now ? site : 0);
}

/** One hour from `now`. */
export const inOneHour = (now: number = Date.now()) => now + 3_600_000;

/** Local midnight at the end of `now`'s day. */
export function endOfToday(now: number = Date.now()): number {
	const d = new Date(now);
	d.setHours(24, 0, 0, 0);
	return d.getTime();
}
