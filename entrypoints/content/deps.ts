/**
 * What a session needs from the rest of the extension, behind one interface so unit tests and the bench can
 * pass fakes. The real implementation talks to the background over utils/messaging.ts and reads settings from
 * utils/storage/settings.ts; content scripts never open Dexie or load models.
 */
import type { ScoreOptions, ScoreResult } from '../../models/scoring/types.ts';
import type {
	Adaptation,
	RecordEventRequest,
	RecordFeedbackRequest,
} from '../../utils/background/history-types.ts';
import {
	type NOT_HERE,
	onMessages,
	type ResponseOf,
	sendMessage,
	sendMessageRetrying,
} from '../../utils/messaging.ts';
import { cardShortcutNowItem } from '../../utils/storage/card-shortcut.ts';
import {
	getSettings,
	inOneHour,
	type Settings,
	snoozeSite,
	watchSettings,
} from '../../utils/storage/settings.ts';
import { scoreLongDraft } from './long-drafts.ts';
import { requestScore } from './score-trace.ts';

export interface SessionDeps {
	score(text: string, options: ScoreOptions): Promise<ScoreResult>;
	getSettings(): Promise<Settings>;
	watchSettings(cb: (s: Settings) => void): () => void;
	/** The user's learned adjustments; null when unavailable. */
	adaptation(): Promise<Adaptation | null>;
	recordEvent(req: RecordEventRequest): void;
	recordFeedback(req: RecordFeedbackRequest): void;
	/** A field's warning episode is over (emptied after a warning): warning-episodes.ts. Absent in fakes. */
	endWarningEpisode?(field: string): void;
	snooze(hostname: string): Promise<void>;
	/** Ends the site's snooze (the snooze note's Resume, as the popup's "Resume here"). Absent in some fakes. */
	resume?(hostname: string): Promise<void>;
	/** Has the host load the scoring models ahead of the first score (warm-up.ts); absent in fakes. */
	warmUp?(): Promise<unknown>;
	/** The card command's current binding ('' none) and where to set it (background: commands.getAll). */
	cardShortcut?(): Promise<ResponseOf<'getCardShortcut'>>;
	/** Hears the binding in effect whenever the background publishes a new one (a rebinding); returns the unsubscribe. */
	onCardShortcut?(cb: (now: ResponseOf<'getCardShortcut'>) => void): () => void;
	/**
	 * Hears the background's `openCard` (the browser's card command); `handle` returns NOT_HERE when this frame's
	 * focus is not in a watched box. Returns the unsubscribe.
	 */
	onOpenCard?(handle: () => ResponseOf<'openCard'> | typeof NOT_HERE): () => void;
	/** "Try again" on a badge that says checking is unavailable: the host forgets a failed load and loads again. */
	retryEngine?(): Promise<unknown>;
}

const quietly = (p: Promise<unknown>) => void p.catch((e) => console.debug('[tactful] message failed:', e));

/** The production dependencies. */
export function extensionDeps(): SessionDeps {
	return {
		// Longer drafts than the host takes in one call are scored in windows (never silently passed).
		score: (text, options) => scoreLongDraft(text, options, requestScore),
		getSettings,
		watchSettings,
		adaptation: () => sendMessageRetrying('getAdaptation', {}).catch(() => null),
		recordEvent: (req) => quietly(sendMessage('recordEvent', req)),
		recordFeedback: (req) => quietly(sendMessage('recordFeedback', req)),
		endWarningEpisode: (field) => quietly(sendMessage('endWarningEpisode', { field })),
		warmUp: () => sendMessage('warmUp', {}),
		cardShortcut: () => sendMessage('getCardShortcut', {}),
		onOpenCard: (handle) => onMessages('content', { openCard: handle }),
		onCardShortcut: (cb) => {
			const unwatch = cardShortcutNowItem.watch((now) => {
				if (now) cb(now);
			});
			return () => {
				try {
					unwatch();
				} catch {
					// An orphaned content script (the extension reloaded): its storage listener went with the context.
				}
			};
		},
		retryEngine: () => sendMessageRetrying('engineHealth', { retry: true }),
		snooze: async (hostname) => {
			await snoozeSite(hostname, inOneHour());
		},
		resume: async (hostname) => {
			await snoozeSite(hostname, 0);
		},
	};
}
