/**
 * A deterministic stand-in for the extension (scorer, settings, history) used by unit tests and the UI bench:
 * it flags drafts containing words from a small insult list and returns their spans.
 */
import {
	DIMENSIONS,
	type Dimension,
	type ScoreOptions,
	type ScoreResult,
} from '../../../models/scoring/types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/storage/settings.ts';
import type { SessionDeps } from '../deps.ts';

const INSULTS = /\b(idiot|stupid|moron|garbage|clown)\b/gi;

/** Scores like a very small toxicity model: each insult is a span, any insult flags. */
export function fakeScore(text: string, options: ScoreOptions = {}): ScoreResult {
	const spans = [...text.matchAll(INSULTS)].map((m) => ({
		start: m.index ?? 0,
		end: (m.index ?? 0) + m[0].length,
		weight: 1,
		head: 'toxic' as const,
	}));
	const toxic = spans.length ? 0.92 : 0.03;
	const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, 0.02])) as Record<Dimension, number>;
	if (spans.length) Object.assign(dimensions, { Inappropriateness: 0.9, 'Toxic Emotions': 0.85 });
	const threshold = 1 - (options.sensitivity ?? 0.5);
	return { text, toxic, inappropriate: toxic, dimensions, flag: toxic >= threshold, spans };
}

/** Fake session dependencies; `calls` records what was sent. */
export function fakeDeps(settings: Partial<Settings> = {}) {
	let current: Settings = { ...DEFAULT_SETTINGS, ...settings };
	const watchers = new Set<(s: Settings) => void>();
	const calls = {
		score: [] as string[],
		events: [] as string[],
		feedback: 0,
		snoozed: [] as string[],
		resumed: [] as string[],
		warmUps: 0,
	};
	const deps: SessionDeps = {
		score: async (text, options) => {
			calls.score.push(text);
			return fakeScore(text, options);
		},
		getSettings: async () => current,
		watchSettings: (cb) => {
			watchers.add(cb);
			return () => watchers.delete(cb);
		},
		adaptation: async () => null,
		recordEvent: (req) => calls.events.push(req.action),
		recordFeedback: () => {
			calls.feedback++;
		},
		snooze: async (host) => {
			calls.snoozed.push(host);
		},
		resume: async (host) => {
			calls.resumed.push(host);
		},
		warmUp: async () => {
			calls.warmUps++;
		},
	};
	const setSettings = (patch: Partial<Settings>) => {
		current = { ...current, ...patch };
		for (const w of watchers) w(current);
	};
	return { deps, calls, setSettings };
}
