/**
 * What the card writes to the user's history (utils/background/history-types.ts): shown / fine / snoozed /
 * posted-anyway / reviewed events, and the "This is fine" feedback that teaches the adaptation.
 */
import type { Signal } from '../../models/scoring/types.ts';
import type { SessionDeps } from './deps.ts';
import { draftKey } from './features/draft-keeper.ts';
import type { FieldController } from './field-controller.ts';
import { textHash } from './warning-count.ts';

/** An action the history records about a card. */
export type CardAction = Parameters<SessionDeps['recordEvent']>[0]['action'];

/** The signals (toxic head, dimensions) a field's verdict gives reasons for. */
export function dimensionsOf(c: FieldController): Signal[] {
	return c.verdict?.reasons.map((r) => r.dimension) ?? [];
}

/** The history recorder of one session's card. */
export interface CardHistory {
	/** Records `action` about the field's current verdict (or `verdict`, the one the card showed). */
	event(c: FieldController, action: CardAction, verdict?: FieldController['verdict']): void;
	/** The user called `text` fine: feedback for the adaptation, and the `fine` event. */
	fine(c: FieldController, text: string): void;
	/** The field was emptied (posted, cleared) after a warning: its episode is over, in the background too. */
	ended(c: FieldController): void;
}

/** The field's key across reloads (page and field, draft-keeper.ts), hashed. */
const fieldHash = (c: FieldController) => textHash(draftKey(c.editor));

/** Creates the recorder; `hostname` is the site every record is filed under. */
export function cardHistory(
	deps: Pick<SessionDeps, 'recordEvent' | 'recordFeedback' | 'endWarningEpisode'>,
	hostname: string,
): CardHistory {
	const event = (c: FieldController, action: CardAction, verdict = c.verdict) => {
		const v = verdict;
		deps.recordEvent({
			site: hostname,
			level: v?.level ?? 'ok',
			toxic: v?.result.toxic,
			inappropriate: v?.result.inappropriate,
			dimensions: v?.reasons.map((r) => r.dimension) ?? [],
			action,
			// A warning shown over the same draft in the same field after a reload is the same episode: counted once.
			// What the user does in the card names the field too: the background links it to the field's warning, so
			// deleting that warning in the history deletes it as well (session 23).
			...(action === 'shown'
				? v
					? { episode: { field: fieldHash(c), draft: textHash(v.result.text) } }
					: {}
				: { field: fieldHash(c) }),
		});
	};
	return {
		event,
		fine(c, text) {
			deps.recordFeedback({ site: hostname, text, dimensions: dimensionsOf(c) });
			event(c, 'fine');
		},
		ended(c) {
			deps.endWarningEpisode?.(fieldHash(c));
		},
	};
}
