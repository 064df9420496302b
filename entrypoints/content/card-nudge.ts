/**
 * The pre-submit nudge's flow (opt-in): a post of a warned draft is stopped and the card asks "Post anyway /
 * Review". Posting anyway replays the post once with the nudge stepping aside, so it is not stopped again.
 */
import type { CardHistory } from './card-history.ts';
import type { FieldController } from './field-controller.ts';
import type { PendingPost } from './nudge.ts';

/** The nudge card's two answers. */
export interface NudgeAnswers {
	onPostAnyway(): void;
	onReview(): void;
}

interface NudgeEnv {
	/** Opens the card of field `c` as a nudge with these answers. */
	show(c: FieldController, answers: NudgeAnswers): void;
	close(refocus: boolean): void;
	event: CardHistory['event'];
}

/** Stops posts of warned drafts and lets one through when the user says so. */
export interface NudgeGate {
	/** A post the user chose to make anyway is going through: do not stop it. */
	passing(): boolean;
	/** Stops the event of `pending` (when there is one) and shows the nudge instead. */
	interrupt(e: Event, pending: PendingPost | null): void;
}

/** Creates the nudge flow of one session's card. */
export function nudgeGate(env: NudgeEnv): NudgeGate {
	let bypass = false;
	const answersFor = (c: FieldController, post: () => void): NudgeAnswers => ({
		onPostAnyway: () => {
			env.event(c, 'postedAnyway');
			env.close(false);
			bypass = true;
			try {
				post();
			} finally {
				bypass = false;
			}
		},
		onReview: () => {
			env.event(c, 'reviewed');
			env.close(true);
		},
	});
	return {
		passing: () => bypass,
		interrupt(e, pending) {
			if (!pending) return;
			e.preventDefault();
			e.stopImmediatePropagation();
			env.show(pending.field, answersFor(pending.field, pending.post));
		},
	};
}
