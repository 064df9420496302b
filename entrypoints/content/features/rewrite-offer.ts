/**
 * When the card offers a rewrite: the draft itself is flagged (caution or warn), or the thread signal says this
 * reply raises the risk of a conversation that warns (issue 4: "the rewrite takes the thread into account"). A
 * reply under the draft's own threshold can still tip a calm thread, turning to the person; then the card says
 * so in the draft's effect sentence, and a rewrite that de-escalates is the concrete help.
 */
import { DRAFT_DELTA_TENSE } from '../../../models/rewrite/thread-tension.ts';
import type { Level } from '../levels.ts';
import { type ThreadRisk, threadWarns } from './thread-risk.ts';

/**
 * Whether this reply raises the thread's risk: the thread warns, and either only the draft tips it (the thread
 * alone is calm) or the draft moves the derailment probability by as much as makes a thread tense on its own
 * (the rewrite's tension uses the same step, thread-tension.ts).
 */
export function draftRaisesRisk(risk: ThreadRisk | undefined): boolean {
	if (!threadWarns(risk)) return false;
	const delta = risk.result.markers.draft?.delta ?? 0;
	return (risk.result.flag && !risk.threadTense) || delta >= DRAFT_DELTA_TENSE;
}

/** Whether the card asks for a rewrite of the draft at `level` with the field's thread assessment `risk`. */
export function rewriteWanted(level: Level, risk: ThreadRisk | undefined): boolean {
	return level !== 'ok' || draftRaisesRisk(risk);
}
