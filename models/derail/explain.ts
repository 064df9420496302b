/**
 * Turns per-comment tones and probabilities into what the UI shows: the comments and tones that drive the
 * prediction, the trend, thread dynamics, what the draft changes, and concrete de-escalation suggestions.
 * Pure: shared by every DerailPredictor so the ONNX engine and the fake explain themselves the same way.
 */
import type { PreparedComment } from './features.ts';
import { cueNames } from './text.ts';
import type {
	CommentMarker,
	DerailMarkers,
	DraftEffect,
	DraftEffectKind,
	Thread,
	ToneScores,
} from './types.ts';
import { TONES } from './types.ts';

const MAINTAINER_ROLES = /^(owner|member|collaborator|maintainer|moderator|admin|staff)$/i;
// Everyone who is not a maintainer: a Contributor has landed changes before but is still outside the project.
const NEWCOMER_ROLES = /^(none|first[- ]time contributor|first[- ]timer|contributor|new user|newcomer)$/i;
/**
 * An automated account as the thread readers mark it (entrypoints/content/threads/common.ts `BOT`): its text is
 * not a person's voice, so it is never named as driving the risk and does not count in the trend or the dynamics.
 * Since session 19 the model does not read it either (`peopleOnly`); the data sets carry no roles, so every
 * dataset prediction is unchanged (scripts/derail-hash.ts).
 */
export const isBotRole = (role: string | undefined) => /^bot$/i.test(role ?? '');

/**
 * What the predictors give the model and explain(): the thread's comments written by people, and where each of
 * them sits in the thread as read (`at[i]`). A stale bot's capitalised "CLOSING" warnings read as heat to the tone
 * heads (heat ~0.48 on the GitHub bot snapshot) and moved the thread's probability though nobody wrote them.
 */
export function peopleOnly(thread: Thread): { thread: Thread; at: number[] } {
	const at: number[] = [];
	thread.comments.forEach((c, i) => {
		if (!isBotRole(c.role)) at.push(i);
	});
	if (at.length === thread.comments.length) return { thread, at };
	return {
		thread: { ...thread, comments: at.map((i) => thread.comments[i] as Thread['comments'][number]) },
		at,
	};
}

/** Markers computed on `peopleOnly(thread).thread`, their comment indices put back into the thread as read. */
export function placeMarkers(markers: DerailMarkers, at: readonly number[]): DerailMarkers {
	if (at.every((i, k) => i === k)) return markers;
	return { ...markers, comments: markers.comments.map((m) => ({ ...m, index: at[m.index] ?? m.index })) };
}

/** Everything explain needs from one model run. */
export interface ExplainInput {
	thread: Thread;
	prepared: readonly PreparedComment[];
	/** Tones of the thread's comments, [N, T] row-major. */
	tones: Float32Array;
	threadDerail: number;
	threshold: number;
	/**
	 * `hostile`: the scoring engine reads the draft as toxic (its own comment heads are weaker on insults, and in a
	 * thread already at ~1 the delta is 0, so without it an insulting reply read "does not add heat").
	 */
	draft?: { prepared: PreparedComment; tones: ToneScores; derail: number; hostile?: boolean };
}

export const toneRow = (tones: Float32Array, i: number): ToneScores =>
	Object.fromEntries(TONES.map((t, k) => [t, round(tones[i * TONES.length + k] ?? 0)])) as ToneScores;

const round = (x: number) => Math.round(x * 1000) / 1000;
/** How heated one comment reads: the strongest of the incivility heads, the thread-context head counting half. */
export const heatOf = (t: ToneScores) => Math.max(t.uncivil, t.frustration, t.attack, t.heat * 0.75);

function toneCues(t: ToneScores): string[] {
	const cues: string[] = [];
	if (t.frustration >= 0.5) cues.push('bitter-frustration');
	if (t.attack >= 0.5) cues.push('attacking-tone');
	if (t.uncivil >= 0.5 && cues.length === 0) cues.push('uncivil-tone');
	return cues;
}

const mergeCues = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** Imran et al.'s markers of a derailing comment; one of them lowers the tone needed to name the comment. */
const DERAIL_CUES = new Set(['bitter-frustration', 'impatience', 'second-person']);
/** Whether a comment is named as driving the prediction: heated tone, or a milder tone with a derailment cue. */
const named = (heat: number, cues: readonly string[]) =>
	heat >= 0.4 || (heat >= 0.3 && cues.some((c) => DERAIL_CUES.has(c)));

/** Least-squares slope of the comments' heat over the last (up to) six comments. */
function trendOf(heats: readonly number[]): DerailMarkers['trend'] {
	const tail = heats.slice(-6);
	if (tail.length < 3) return 'steady';
	const mean = (tail.length - 1) / 2;
	const avg = tail.reduce((s, h) => s + h, 0) / tail.length;
	let num = 0;
	let den = 0;
	tail.forEach((h, i) => {
		num += (i - mean) * (h - avg);
		den += (i - mean) ** 2;
	});
	const slope = (num / den) * (tail.length - 1);
	return slope > 0.2 ? 'rising' : slope < -0.2 ? 'falling' : 'steady';
}

function dynamicsOf(thread: Thread, allHeats: readonly number[]): string[] {
	// People only: a bot's comments are left out of who answers whom, how many voices, and the opener's returns.
	const people = thread.comments.flatMap((c, i) =>
		isBotRole(c.role) ? [] : [{ c, heat: allHeats[i] ?? 0 }],
	);
	const comments = people.map((p) => p.c);
	const heats = people.map((p) => p.heat);
	const out: string[] = [];
	const heated = (i: number) => (heats[i] ?? 0) >= 0.5;
	const roleOf = (i: number) => comments[i]?.role ?? '';
	const maintainers = comments.some((_, i) => MAINTAINER_ROLES.test(roleOf(i)));
	const heatedOutsider = comments.some((_, i) => NEWCOMER_ROLES.test(roleOf(i)) && heated(i));
	if (maintainers && heatedOutsider) out.push('maintainer-newcomer');
	// A forum's opener (the story, post or question) is not a turn of the exchange under it (advice.ts agrees).
	const last4 = comments
		.filter((c) => !c.post)
		.slice(-4)
		.map((c) => c.author);
	if (last4.length === 4 && new Set(last4).size === 2 && last4.every((a, i) => i === 0 || a !== last4[i - 1]))
		out.push('back-and-forth');
	if (new Set(comments.map((c) => c.author)).size >= 6) out.push('many-voices');
	const opener = comments[0]?.author;
	const pushes = comments.slice(1).filter((c, i) => c.author === opener && heated(i + 1)).length;
	if (opener && pushes >= 2) out.push('issue-author-pushing');
	return out;
}

function draftMessage(
	effect: Omit<DraftEffect, 'message'>,
	tense: boolean,
	hostile: boolean,
): { kind: DraftEffectKind; message: string } {
	const personal =
		effect.cues.includes('second-person') &&
		(hostile || effect.tones.attack >= 0.4 || effect.tones.uncivil >= 0.5);
	const where = tense ? ', in a thread that is already tense' : '';
	if (personal)
		return { kind: 'person', message: `Your reply addresses the person, not the problem${where}.` };
	if (effect.delta >= 0.1)
		return { kind: 'derail', message: `Your reply makes this thread more likely to derail${where}.` };
	if (hostile || heatOf(effect.tones) >= 0.5)
		return { kind: 'heated', message: `Your reply reads as heated${where}.` };
	if (effect.delta <= -0.05) return { kind: 'calming', message: 'Your reply helps calm this thread.' };
	return {
		kind: 'neutral',
		message: tense
			? 'Your reply does not add heat, but the thread is already tense.'
			: 'Your reply keeps the thread calm.',
	};
}

/** The general suggestions; advice.ts makes each specific to the thread and draft where it can. */
export const SUGGEST = {
	person: 'Talk about the problem, not the person: "this change breaks X" rather than "you broke X".',
	wait: 'Consider waiting before you post; a reply written later is usually calmer.',
	waited: 'Acknowledge the wait first ("I see this has been waiting a long time") before answering.',
	frustrated: 'Acknowledge the frustration first ("I can see this has cost you time") before answering.',
	channel:
		'Take it to a smaller channel (a direct message, a separate issue, or a call) rather than another round here.',
	newcomer:
		'Say what happens next (who looks at it, and when): someone outside the project reads silence or a bare "no" as dismissal.',
	ask: 'Ask a question about what they need instead of arguing the point.',
	pushing:
		'The person who opened this keeps coming back to it: ask what would settle it for them (a fix, a workaround, or a date) rather than another round on the details.',
	specifics: 'Move to specifics: the exact version, error, or change you mean.',
} as const;

/**
 * De-escalation advice, most specific first (the card shows the first three): what this draft does, then how
 * people in the thread feel, then the thread's dynamics, then general advice. Advice about others' frustration
 * comes from the thread's own comments, never from the draft's.
 */
function suggestionsFor(
	threadCues: ReadonlySet<string>,
	dynamics: readonly string[],
	draft?: DraftEffect,
	draftHostile = false,
	viewerOpened = false,
): string[] {
	const out: string[] = [];
	const hostileDraft =
		draft !== undefined && (draftHostile || draft.tones.attack >= 0.5 || draft.tones.uncivil >= 0.5);
	if (draft?.cues.includes('second-person') && (hostileDraft || draft.delta > 0.02)) out.push(SUGGEST.person);
	if (threadCues.has('impatience')) out.push(SUGGEST.waited);
	else if (threadCues.has('bitter-frustration')) out.push(SUGGEST.frustrated);
	if (hostileDraft) out.push(SUGGEST.wait);
	// The opener pressing their point again and again: the question to ask is what would settle it for them (it
	// takes the general "ask" question's place). Not when the user writing is the opener.
	const pushing = dynamics.includes('issue-author-pushing') && !viewerOpened;
	if (pushing) out.push(SUGGEST.pushing);
	if (dynamics.includes('back-and-forth') || dynamics.includes('many-voices')) out.push(SUGGEST.channel);
	if (dynamics.includes('maintainer-newcomer')) out.push(SUGGEST.newcomer);
	const ask = pushing ? [] : [SUGGEST.ask];
	// A draft that argues (negations, "always"/"never") is helped most by specifics; otherwise ask first.
	if (draft?.cues.includes('negation')) out.push(SUGGEST.specifics, ...ask);
	else out.push(...ask, SUGGEST.specifics);
	return out;
}

/** Builds the markers for one prediction. */
export function explain(input: ExplainInput): DerailMarkers {
	const { thread, prepared, tones, threadDerail, threshold, draft } = input;
	const rows = prepared.map((_, i) => toneRow(tones, i));
	const heats = rows.map(heatOf);
	const human = rows.filter((_, i) => !isBotRole(thread.comments[i]?.role));
	const maxTones = Object.fromEntries(
		TONES.map((t) => [t, round(Math.max(0, ...human.map((r) => r[t])))]),
	) as ToneScores;
	const markers: CommentMarker[] = rows
		.map((tonesOfComment, index) => {
			const comment = thread.comments[index];
			return {
				index,
				author: comment?.author ?? '',
				...(comment?.role ? { role: comment.role } : {}),
				tones: tonesOfComment,
				cues: mergeCues(toneCues(tonesOfComment), prepared[index] ? cueNames(prepared[index].cues) : []),
			};
		})
		.filter((m) => !isBotRole(m.role) && named(heats[m.index] ?? 0, m.cues))
		.sort((a, b) => (heats[b.index] ?? 0) - (heats[a.index] ?? 0) || b.index - a.index)
		.slice(0, 3);
	const dynamics = dynamicsOf(thread, heats);
	const tense = threadDerail >= threshold;
	let draftEffect: DraftEffect | undefined;
	if (draft) {
		const partial = {
			// `|| 0` turns -0 into 0 so the result survives a JSON round trip unchanged.
			delta: round(draft.derail - threadDerail) || 0,
			tones: draft.tones,
			cues: mergeCues(toneCues(draft.tones), cueNames(draft.prepared.cues)),
		};
		const { kind, message } = draftMessage(partial, tense, draft.hostile === true);
		draftEffect = { ...partial, message, kind };
	}
	const atRisk = tense || (draft !== undefined && draft.derail >= threshold);
	const threadCues = new Set(markers.flatMap((m) => m.cues));
	return {
		thread: round(threadDerail),
		tones: maxTones,
		comments: markers,
		trend: trendOf(heats.filter((_, i) => !isBotRole(thread.comments[i]?.role))),
		dynamics,
		...(draftEffect ? { draft: draftEffect } : {}),
		suggestions: atRisk
			? suggestionsFor(
					threadCues,
					dynamics,
					draftEffect,
					draft?.hostile === true,
					thread.viewer !== undefined && thread.viewer !== '' && thread.viewer === thread.comments[0]?.author,
				)
			: [],
	};
}
