/**
 * The settings schema: the v6 shape, every default, the v1 → v2 → v3 → v4 → v5 → v6 migrations and pure helpers over a
 * Settings value. Storage lives in settings.ts, which re-exports all of this.
 */
import { SIGNALS, type Signal } from '../../models/scoring/types.ts';

/**
 * The schema version settings.ts stores with the blob (WXT item meta `v`). Raised with each migration; test
 * helpers (tests/e2e/harness.mjs, firefox-harness.mjs, `storedSettings` below) write this, never a number of their
 * own, so a stored blob is never re-migrated behind a test's back.
 */
export const SETTINGS_VERSION = 6;

/** Every rewrite backend, in the order the options page lists them. */
export const REWRITE_BACKENDS = ['offline', 'local', 'chrome', 'openai'] as const;
export type RewriteBackend = (typeof REWRITE_BACKENDS)[number];

/** Per-site choices, keyed by `siteKey(hostname)`. */
export interface SiteSettings {
	enabled: boolean;
	/** Epoch ms until which warnings are snoozed on this site; 0 or absent = not snoozed. */
	snoozeUntil?: number;
	/** 0..1 draft sensitivity on this site (since v3); absent = follow the global `sensitivity`. */
	sensitivity?: number;
	/** 0..1 thread-derailment sensitivity on this site (since v3); absent = follow `derailSensitivity`. */
	derailSensitivity?: number;
	/** Don't warn about swearing at code and tools on this site (since v4); absent = follow the global choice. */
	allowSwearingAtThings?: boolean;
	/** Heated-thread alerts on this site (since v6); absent = follow the global `derailAlerts`. */
	derailAlerts?: boolean;
}

export interface RewriteSettings {
	backend: RewriteBackend;
	/** How much the reward model weighs against staying close to the draft, 0..1. */
	weight: number;
	/**
	 * The OpenAI-compatible server as the user typed it; '' = left empty, so `OPENAI_DEFAULTS` applies (read it
	 * through `effectiveOpenAI`).
	 */
	openai: { baseUrl: string; model: string };
}

/** The server and model used while the user leaves the fields empty (shown as the fields' placeholders). */
export const OPENAI_DEFAULTS = { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' } as const;

/**
 * Current (v6) settings shape; v3 added the optional per-site sensitivities to `SiteSettings`, v4 the swearing
 * choice (`allowSwearingAtThings`, global and optionally per site), v5 the toxic head as a signal the user can
 * switch off (`TOXICITY` in `disabledDimensions`), v6 an off switch for heated-thread alerts (`derailAlerts`,
 * global and optionally per site).
 */
export interface Settings {
	enabled: boolean;
	/** 0..1; 0.5 is the calibrated decision point (ScoreOptions.sensitivity). */
	sensitivity: number;
	/** Signals switched off: dimensions, and since v5 the toxic head ("Insults, threats and slurs", `TOXICITY`). */
	disabledDimensions: Signal[];
	/**
	 * Don't warn about swearing at code and tools ("Damn, this build system is crap"); off by default, as the
	 * CLI (ScoreOptions.allowSwearingAtThings). Since v4.
	 */
	allowSwearingAtThings: boolean;
	sites: Record<string, SiteSettings>;
	/** Epoch ms until which warnings are snoozed everywhere; 0 = not snoozed. */
	snoozeUntil: number;
	/** Ask "Post anyway / Review" when a warned draft is submitted. */
	preSubmitNudge: boolean;
	/** 0..1, like `sensitivity` but for thread-derailment warnings. */
	derailSensitivity: number;
	/** Warn when a thread is heated (the derailment signal); the draft's own warnings don't depend on it. Since v6. */
	derailAlerts: boolean;
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
	allowSwearingAtThings: false,
	sites: {},
	snoozeUntil: 0,
	preSubmitNudge: false,
	derailSensitivity: 0.5,
	derailAlerts: true,
	storeDrafts: false,
	syncSettings: false,
	rewrite: {
		backend: 'offline',
		weight: 0.5,
		// Empty, not the defaults: a value is stored only once the user typed one (OPENAI_DEFAULTS fills in).
		openai: { baseUrl: '', model: '' },
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
	const disabled: unknown[] = Array.isArray(old.disabledSites) ? old.disabledSites : [];
	for (const host of disabled) if (typeof host === 'string') sites[siteKey(host)] = { enabled: false };
	return {
		...structuredClone(DEFAULT_SETTINGS),
		enabled: typeof old.enabled === 'boolean' ? old.enabled : true,
		sensitivity: V1_SENSITIVITY[old.sensitivity ?? 'medium'] ?? 0.5,
		sites,
	};
}

/**
 * v2 → v3: the v3 fields are optional per-site overrides, so every v2 blob is already a valid v3 value; the step
 * only re-validates it, so a v2 blob stays exactly as it was (no site gains an override).
 */
export function migrateV2(old: Partial<Settings>): Settings {
	return normalizeSettings(old);
}

/**
 * v3 → v4: adds `allowSwearingAtThings`, off, so a v3 user keeps being warned about swearing exactly as before
 * (v3 had no such choice); no site gains an override.
 */
export function migrateV3(old: Partial<Settings>): Settings {
	return normalizeSettings(old);
}

/**
 * v4 → v5: the toxic head becomes a signal of its own (`TOXICITY`), on unless switched off, so a v4 user keeps
 * every dimension choice and the new "Insults, threats and slurs" row starts on (v4 had no such row: insults
 * warned even with "Toxic emotions" off, so nothing a v4 user chose is taken to mean it). No site changes.
 */
export function migrateV4(old: Partial<Settings>): Settings {
	return normalizeSettings(old);
}

/**
 * v5 → v6: adds `derailAlerts`, on, so a v5 user keeps getting heated-thread alerts exactly as before (v5 had no
 * off switch); no site gains an override.
 */
export function migrateV5(old: Partial<Settings>): Settings {
	return normalizeSettings(old);
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
// Stored blobs are not trusted to match the type: a copy synced from another build or edited by hand may hold
// "false" or "yes", and a truthy string must never turn on draft storage or keep a switched-off extension on.
const bool = (x: unknown, dflt: boolean) => (typeof x === 'boolean' ? x : dflt);
/** An optional 0..1 override: a finite number is clamped, anything else (absent, "0.3", NaN) means "none". */
const level = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? clamp01(x, 0) : undefined);
const time = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : 0);
/**
 * A field the user types, where '' means "use the default". A stored copy of the default reads as '' too: every
 * save before this rule (and the v3 → v4 migration) wrote the defaults into the blob, where they then looked typed.
 */
const typed = (x: unknown, dflt: string) => (typeof x === 'string' && x.trim() !== dflt ? x.trim() : '');
const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function normalizeSites(raw: unknown): Record<string, SiteSettings> {
	if (!isObject(raw)) return {};
	const sites: Record<string, SiteSettings> = {};
	for (const [key, site] of Object.entries(raw)) {
		if (!isObject(site)) continue;
		const snoozeUntil = time(site.snoozeUntil);
		const sensitivity = level(site.sensitivity);
		const derailSensitivity = level(site.derailSensitivity);
		const swearing = site.allowSwearingAtThings;
		const alerts = site.derailAlerts;
		sites[key] = {
			enabled: bool(site.enabled, true),
			...(snoozeUntil ? { snoozeUntil } : {}),
			...(sensitivity !== undefined ? { sensitivity } : {}),
			...(derailSensitivity !== undefined ? { derailSensitivity } : {}),
			...(typeof swearing === 'boolean' ? { allowSwearingAtThings: swearing } : {}),
			...(typeof alerts === 'boolean' ? { derailAlerts: alerts } : {}),
		};
	}
	return sites;
}

/** Fills fields a stored blob lacks (or holds with the wrong type) with defaults, so readers see valid Settings. */
export function normalizeSettings(raw: Partial<Settings> | null | undefined): Settings {
	const d = DEFAULT_SETTINGS;
	const r: Record<string, unknown> = isObject(raw) ? raw : {};
	const rewrite = isObject(r.rewrite) ? r.rewrite : {};
	const openai = isObject(rewrite.openai) ? rewrite.openai : {};
	const backend = REWRITE_BACKENDS.find((b) => b === rewrite.backend) ?? d.rewrite.backend;
	return {
		enabled: bool(r.enabled, d.enabled),
		sensitivity: clamp01(r.sensitivity, d.sensitivity),
		disabledDimensions: Array.isArray(r.disabledDimensions)
			? SIGNALS.filter((signal) => (r.disabledDimensions as unknown[]).includes(signal))
			: [],
		allowSwearingAtThings: bool(r.allowSwearingAtThings, d.allowSwearingAtThings),
		sites: normalizeSites(r.sites),
		snoozeUntil: time(r.snoozeUntil),
		preSubmitNudge: bool(r.preSubmitNudge, d.preSubmitNudge),
		derailSensitivity: clamp01(r.derailSensitivity, d.derailSensitivity),
		derailAlerts: bool(r.derailAlerts, d.derailAlerts),
		storeDrafts: bool(r.storeDrafts, d.storeDrafts),
		syncSettings: bool(r.syncSettings, d.syncSettings),
		rewrite: {
			backend,
			weight: clamp01(rewrite.weight, d.rewrite.weight),
			openai: {
				baseUrl: typed(openai.baseUrl, OPENAI_DEFAULTS.baseUrl),
				model: typed(openai.model, OPENAI_DEFAULTS.model),
			},
		},
	};
}

/** The JS type each stored top-level field must have; a field of another type is read as its default. */
const FIELD_KINDS: Record<keyof Settings, 'boolean' | 'number' | 'array' | 'object'> = {
	enabled: 'boolean',
	sensitivity: 'number',
	disabledDimensions: 'array',
	allowSwearingAtThings: 'boolean',
	sites: 'object',
	snoozeUntil: 'number',
	preSubmitNudge: 'boolean',
	derailSensitivity: 'number',
	derailAlerts: 'boolean',
	storeDrafts: 'boolean',
	syncSettings: 'boolean',
	rewrite: 'object',
};

/** The JS type each stored per-site field must have (absent is fine: the site follows the global value). */
const SITE_FIELD_KINDS: Record<keyof SiteSettings, 'boolean' | 'number'> = {
	enabled: 'boolean',
	snoozeUntil: 'number',
	sensitivity: 'number',
	derailSensitivity: 'number',
	allowSwearingAtThings: 'boolean',
	derailAlerts: 'boolean',
};

const wrongKind = (x: unknown, kind: 'boolean' | 'number' | 'array' | 'object') => {
	if (kind === 'array') return !Array.isArray(x);
	if (kind === 'object') return !isObject(x);
	if (kind === 'number') return typeof x !== 'number' || !Number.isFinite(x);
	return typeof x !== kind;
};

/**
 * What normalizeSettings had to throw away in a stored blob: [] for a readable blob (or none stored), else
 * "not an object" or the fields present with the wrong type: top-level ones, and since session 24 one site's entry
 * or field (`sites["github.com"].enabled`) and the rewrite fields (`rewrite.backend`), which are dropped one by one
 * too. Said once in the console, so a user's choices reset by a broken blob leave a trace instead of vanishing
 * silently; a blob with problems is repaired in storage at load (settings.ts).
 */
export function settingsProblems(raw: unknown): string[] {
	if (raw === null || raw === undefined) return [];
	if (!isObject(raw)) return [`not an object (${Array.isArray(raw) ? 'array' : typeof raw})`];
	const problems = (Object.keys(FIELD_KINDS) as (keyof Settings)[]).filter(
		(key) => raw[key] !== undefined && wrongKind(raw[key], FIELD_KINDS[key]),
	) as string[];
	if (isObject(raw.sites))
		for (const [host, site] of Object.entries(raw.sites)) {
			const where = `sites[${JSON.stringify(host)}]`;
			if (!isObject(site)) problems.push(where);
			else
				for (const key of Object.keys(SITE_FIELD_KINDS) as (keyof SiteSettings)[])
					if (site[key] !== undefined && wrongKind(site[key], SITE_FIELD_KINDS[key]))
						problems.push(`${where}.${key}`);
		}
	if (isObject(raw.rewrite)) {
		const { backend, weight, openai } = raw.rewrite;
		if (backend !== undefined && !REWRITE_BACKENDS.some((b) => b === backend))
			problems.push('rewrite.backend');
		if (weight !== undefined && wrongKind(weight, 'number')) problems.push('rewrite.weight');
		if (openai !== undefined && !isObject(openai)) problems.push('rewrite.openai');
		else if (isObject(openai))
			for (const key of ['baseUrl', 'model'])
				if (openai[key] !== undefined && typeof openai[key] !== 'string')
					problems.push(`rewrite.openai.${key}`);
	}
	return problems;
}

/** The OpenAI-compatible server and model rewrites use: what the user typed, the default where a field is empty. */
export function effectiveOpenAI(settings: Settings): { baseUrl: string; model: string } {
	const { baseUrl, model } = settings.rewrite.openai;
	return { baseUrl: baseUrl || OPENAI_DEFAULTS.baseUrl, model: model || OPENAI_DEFAULTS.model };
}

/** Whether a site entry holds its own sensitivity (draft or thread). */
export const hasCustomSensitivity = (site: SiteSettings | undefined): boolean =>
	site?.sensitivity !== undefined || site?.derailSensitivity !== undefined;

/**
 * Drops per-site entries that no longer change anything (on, snooze expired, no own sensitivity, swearing or
 * thread-alert choice), keeping the sync copy small.
 */
export function pruneSites(sites: Settings['sites'], now: number): Settings['sites'] {
	return Object.fromEntries(
		Object.entries(sites).filter(
			([, site]) =>
				site.enabled === false ||
				(site.snoozeUntil ?? 0) > now ||
				hasCustomSensitivity(site) ||
				site.allowSwearingAtThings !== undefined ||
				site.derailAlerts !== undefined,
		),
	);
}

/** The draft sensitivity that applies on `hostname`: the site's own value, else the global one. */
export function effectiveSensitivity(settings: Settings, hostname: string): number {
	return settings.sites[siteKey(hostname)]?.sensitivity ?? settings.sensitivity;
}

/** The thread-derailment sensitivity that applies on `hostname`: the site's own value, else the global one. */
export function effectiveDerailSensitivity(settings: Settings, hostname: string): number {
	return settings.sites[siteKey(hostname)]?.derailSensitivity ?? settings.derailSensitivity;
}

/** Whether heated-thread alerts show on `hostname`: the site's own choice, else the global one. */
export function effectiveDerailAlerts(settings: Settings, hostname: string): boolean {
	return settings.sites[siteKey(hostname)]?.derailAlerts ?? settings.derailAlerts;
}

/** Whether swearing at code and tools is let pass on `hostname`: the site's own choice, else the global one. */
export function effectiveAllowSwearing(settings: Settings, hostname: string): boolean {
	return settings.sites[siteKey(hostname)]?.allowSwearingAtThings ?? settings.allowSwearingAtThings;
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

/**
 * What the settings module stores for `settings` (the blob and the WXT meta, as settings.ts's `save` writes them):
 * for tests that seed storage directly, so they hold the current version and shape, never an old one by accident.
 */
export function storedSettings(
	settings: Partial<Settings>,
	savedAt: number = Date.now(),
): { settings: Settings; settings$: { v: number; savedAt: number } } {
	return { settings: normalizeSettings(settings), settings$: { v: SETTINGS_VERSION, savedAt } };
}
