/**
 * The derailment assessment of a thread (models/derail), reduced to what a rewrite needs: is the conversation
 * tense, are people frustrated, does the draft talk to the person, is it impatient. The content script builds it
 * from the field's latest assessment and sends it with the rewrite request; the offline fixer de-escalates with
 * it (fixer-thread.ts) and the LLM prompt says it.
 */
import type { DerailResult } from '../derail/types.ts';
import { THREAD_SUMMARY_MAX, type ThreadTension } from './types.ts';

/** A draft that raises the derailment probability by this much makes the thread tense on its own. */
export const DRAFT_DELTA_TENSE = 0.1;

/** The tension of a thread from its assessment; `threadTense`: the thread alone is past the threshold. */
export function threadTension(result: DerailResult, threadTense: boolean): ThreadTension {
	const { markers } = result;
	const draftCues = markers.draft?.cues ?? [];
	return {
		tense: threadTense || result.flag || (markers.draft?.delta ?? 0) >= DRAFT_DELTA_TENSE,
		frustrated: markers.comments.some(
			(c) => c.cues.includes('bitter-frustration') || c.cues.includes('impatience'),
		),
		secondPerson: draftCues.includes('second-person'),
		impatient: draftCues.includes('impatience'),
	};
}

/** Whether a value received over messaging is a ThreadTension (the page is not trusted to send one). */
export function isThreadTension(value: unknown): value is ThreadTension {
	if (!value || typeof value !== 'object') return false;
	const v = value as Record<string, unknown>;
	const summary =
		v.summary === undefined || (typeof v.summary === 'string' && v.summary.length <= THREAD_SUMMARY_MAX);
	return (
		summary && ['tense', 'frustrated', 'secondPerson', 'impatient'].every((k) => typeof v[k] === 'boolean')
	);
}
