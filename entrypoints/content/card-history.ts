/**
 * What the card writes to the user's history (utils/background/history-types.ts): shown / fine / snoozed /
 * posted-anyway / reviewed events, and the "This is fine" feedback that teaches the adaptation.
 */
import type { Signal } from '../../models/scoring/types.ts';
import type { SessionDeps } from './deps.ts';
import type { FieldController } from './field-controller.ts';

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
}

/** Creates the recorder; `hostname` is the site every record is filed under. */
export function cardHistory(
	deps: Pick<SessionDeps, 'recordEvent' | 'recordFeedback'>,
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
		});
	};
	return {
		event,
		fine(c, text) {
			deps.recordFeedback({ site: hostname, text, dimensions: dimensionsOf(c) });
			event(c, 'fine');
		},
	};
}
