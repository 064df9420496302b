/**
 * Keeps one session's settings and learned adaptation current: the first read, every later change, the
 * adaptation reloaded after each, and a wake-up when a snooze on the site runs out (no settings change marks
 * that moment, also after the computer slept through it). The timer and listeners are tied to `signal`.
 */
import type { Adaptation } from '../../utils/background/history-types.ts';
import { DEFAULT_SETTINGS, type Settings, snoozeEndsOn } from '../../utils/storage/settings.ts';
import type { SessionDeps } from './deps.ts';
import { type SessionScoreOptions, scoreOptionsFor } from './score-options.ts';

/** The settings state a session reads. */
export interface SettingsSync {
	settings(): Settings;
	/** The latest adaptation, also while a settings change has made it stale (its allow list still holds). */
	adaptation(): Adaptation | null;
	options(): SessionScoreOptions;
}

interface SettingsSyncEnv {
	deps: Pick<SessionDeps, 'getSettings' | 'watchSettings' | 'adaptation'>;
	hostname: string;
	win: Window;
	signal: AbortSignal;
	/** `settings` were (re)applied; `optionsChanged`: drafts must be scored again. */
	applied(settings: Settings, optionsChanged: boolean): void;
}

/** Starts reading settings for a session; `applied` runs after each change (also the first read). */
export function syncSettings({ deps, hostname, win, signal, applied }: SettingsSyncEnv): SettingsSync {
	let settings: Settings = DEFAULT_SETTINGS;
	let adaptation: Adaptation | null = null;
	/** Adaptation was computed from the current settings (a newer slider value wins until it is refreshed). */
	let adaptationFresh = false;
	let wake = 0;
	/** When the pending snooze ends (epoch ms), 0 when none: the timer below may fire late, see `wakeIfDue`. */
	let wakeAt = 0;
	signal.addEventListener('abort', () => win.clearTimeout(wake));
	const options = () =>
		scoreOptionsFor(settings, hostname, adaptation && adaptationFresh ? adaptation : null);
	const apply = (next: Settings) => {
		const before = JSON.stringify(options());
		settings = next;
		applied(settings, JSON.stringify(options()) !== before);
		// A snooze ends without any settings change: wake up then (capped: timers overflow past ~24.8 days).
		win.clearTimeout(wake);
		const ends = snoozeEndsOn(settings, hostname);
		wakeAt = ends;
		if (ends) wake = win.setTimeout(() => apply(settings), Math.min(ends - Date.now() + 20, 2 ** 31 - 1));
	};
	// Timers do not count time the computer sleeps (Chromium and Firefox on Linux and macOS): a snooze ending at
	// midnight, lid shut at 22:00, would wake the page hours after it is opened again. The first focus, key, click
	// or return to the tab after the end wakes it; capture on the window, so it runs before the session's handlers.
	const wakeIfDue = () => {
		if (wakeAt && Date.now() >= wakeAt) apply(settings);
	};
	for (const type of ['focus', 'focusin', 'keydown', 'pointerdown'])
		win.addEventListener(type, wakeIfDue, { capture: true, signal });
	win.document.addEventListener('visibilitychange', wakeIfDue, { signal });
	const loadAdaptation = () =>
		deps.adaptation().then((a) => {
			adaptation = a;
			adaptationFresh = a !== null;
			apply(settings);
		});
	void deps.getSettings().then((s) => {
		if (signal.aborted) return;
		// Drafts already in the page (restored by the site) are scored without waiting for a keystroke.
		apply(s);
		void loadAdaptation();
	});
	const unwatch = deps.watchSettings((s) => {
		adaptationFresh = false;
		apply(s);
		void loadAdaptation();
	});
	signal.addEventListener('abort', unwatch);
	return { settings: () => settings, adaptation: () => adaptation, options };
}
