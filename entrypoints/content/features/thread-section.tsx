/**
 * The warning card's `thread` slot: says, separately from the draft's own score, when the conversation is at
 * risk of derailing, why (which comments, which tones, the trend), what the draft adds, and how to de-escalate.
 */
import { useEffect, useReducer, useRef } from 'preact/hooks';
import {
	adviceSummary,
	adviseThread,
	type Handle,
	reasonDynamics,
	type ThreadAdvice,
} from '../../../models/derail/advice.ts';
import type { CommentMarker, DerailResult, DraftEffect } from '../../../models/derail/types.ts';
import { threadTension } from '../../../models/rewrite/thread-tension.ts';
import { THREAD_SUMMARY_MAX, type ThreadTension } from '../../../models/rewrite/types.ts';
import type { Editor } from '../editors/types.ts';
import type { CardContext, CardSection } from '../extensions.ts';
import { commentSource } from '../threads/common.ts';
import { handlesFor } from '../threads/handles.ts';
import { outlineComment, pointAtComment } from './point-at-comment.ts';
import { awayAt, leaveReply, onReplyPlaceChange, returnToReply } from './reply-return.ts';
import { onThreadRiskChange, type ThreadRisk, threadRiskFor, threadWarns } from './thread-risk.ts';

const CUE_WORDS: Record<string, string> = {
	'second-person': 'addressing people directly',
	negation: 'flat negations',
	impatience: 'impatience',
	'bitter-frustration': 'bitter frustration',
	exclamation: 'exclamations',
};

const TONE_WORDS: Record<string, string> = {
	uncivil: 'incivility',
	frustration: 'frustration',
	attack: 'personal attacks',
	heat: 'heat',
};

const CSS = `
.tf-thread { margin: 10px 0 4px; padding: 8px 10px; border-radius: 8px; background: var(--tf-btn); }
.tf-thread h3 { font-size: 13px; font-weight: 600; margin: 0 0 4px; }
.tf-thread p { margin: 4px 0; }
.tf-thread ul { margin: 4px 0 0; padding-left: 18px; }
.tf-thread li { margin: 2px 0; }
.tf-thread .tf-who { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer;
  text-decoration: underline dotted; text-underline-offset: 2px; }
.tf-thread .tf-who:hover, .tf-thread .tf-who:focus-visible { text-decoration-style: solid; }
.tf-thread .tf-back { margin: 6px 0 2px; font-weight: 600; }
`;

/** The card's way of writing names on the site a result was read on ("@mel" on GitHub), or as read. */
const handleFor = (result: DerailResult): Handle => handlesFor(result.thread?.site) ?? ((name) => name);

/** "mel (Moderator)'s comment" ("@mel (Moderator)'s comment" with GitHub's handle), or "One comment" when the page shows no author. */
export function whoseComment(marker: CommentMarker, handle: Handle = (name) => name): string {
	const role = marker.role && marker.role !== 'None' ? ` (${marker.role})` : '';
	// A reader may find no author (a deleted account, markup it does not know): never "'s comment".
	return marker.author.trim() ? `${handle(marker.author.trim())}${role}'s comment` : `One comment${role}`;
}

/**
 * Labels for the "Also:" list: a name already used (by the strongest comment or earlier in the list) gets its
 * count, so two buttons pointing at different comments never read the same ("vic's comment (2)").
 */
export function alsoLabels(
	top: CommentMarker | undefined,
	also: readonly CommentMarker[],
	handle?: Handle,
): string[] {
	const seen = new Map<string, number>();
	if (top) seen.set(whoseComment(top, handle), 1);
	return also.map((m) => {
		const label = whoseComment(m, handle);
		const n = (seen.get(label) ?? 0) + 1;
		seen.set(label, n);
		return n > 1 ? `${label} (${n})` : label;
	});
}

/**
 * Whether the card shows the draft's own line: whenever it says something about the draft (turns on the person,
 * raises the risk, reads as heated, calms); a result without a kind falls back to the size of its effect.
 */
export function draftSays(effect: DraftEffect): boolean {
	if (effect.kind) return effect.kind !== 'neutral';
	return effect.delta > 0.02 || effect.delta <= -0.05;
}

/** "mel (Moderator)", the start of a concrete reason line (models/derail/advice.ts names authors this way). */
export function whoName(marker: CommentMarker, handle: Handle = (name) => name): string {
	const role = marker.role && marker.role !== 'None' ? ` (${marker.role})` : '';
	return `${handle(marker.author.trim())}${role}`;
}

const advised = new WeakMap<DerailResult, ThreadAdvice | null>();
/**
 * What this thread's warning says in its own terms (who, their words, what to do about it: advice.ts), once per
 * result; undefined when the thread and draft are calm. Reads only the result's own thread and draft.
 */
export function adviceFor(result: DerailResult): ThreadAdvice | undefined {
	let advice = advised.get(result);
	if (!Array.isArray(result.thread?.comments)) return undefined;
	if (advice === undefined) {
		try {
			advice =
				adviseThread(result.thread, result.markers, result.draft, {
					handle: handleFor(result),
					...(result.hottest ? { hottest: result.hottest } : {}),
				}) ?? null;
		} catch (err) {
			// Never costs the warning: the general wording stands.
			console.warn('[tactful] thread advice failed; showing the general advice', err);
			advice = null;
		}
		advised.set(result, advice);
	}
	return advice ?? undefined;
}

/**
 * What a rewrite request says about the thread: its tension (thread-tension.ts) and, for a tense one, who and what
 * make it so (`summary`, for the LLM prompt: models/rewrite/prompts.ts).
 */
export function rewriteTension(risk: ThreadRisk): ThreadTension {
	const tension = threadTension(risk.result, risk.threadTense);
	const advice = tension.tense ? adviceFor(risk.result) : undefined;
	const summary = advice ? adviceSummary(advice, THREAD_SUMMARY_MAX) : '';
	return summary ? { ...tension, summary } : tension;
}

/**
 * A short reason line: the strongest comment's author and, when its text is at hand, their words ("dana has
 * waited three weeks and wrote "still broken""), else the tones and cues it shows; then the thread's dynamics,
 * each person named once in the line ("they are waiting for an answer from @sam"); then the trend.
 */
export function describeThread(result: DerailResult): string {
	const { markers } = result;
	const parts: string[] = [];
	const top = markers.comments[0];
	const advice = adviceFor(result);
	const topLine = top && advice?.comments.find((c) => c.index === top.index);
	if (top && topLine && top.author.trim()) parts.push(topLine.line);
	else if (top) {
		const tones = Object.entries(top.tones)
			.filter(([, v]) => v >= 0.5)
			.map(([k]) => TONE_WORDS[k] ?? k);
		const cues = top.cues.map((c) => CUE_WORDS[c] ?? c.replace(/-/g, ' '));
		const what = [...new Set([...tones, ...cues])].slice(0, 3).join(', ');
		parts.push(`${whoseComment(top, handleFor(result))} shows ${what || 'tension'}`);
	}
	// Each person named once in the line: the dynamics say "they"/"them" for the person just named (advice.ts).
	const dynamics = advice ? reasonDynamics(advice, top?.author) : [];
	if (dynamics.length) parts.push(...dynamics);
	else if (markers.dynamics.includes('maintainer-newcomer'))
		parts.push('maintainers are answering someone from outside the project');
	// After the people, so a "they" refers to the person named just before it, not to the tone.
	if (markers.trend === 'rising') parts.push('the tone has been rising over the last replies');
	if (!parts.length) return 'Recent replies read as tense.';
	const line = parts.join('; ');
	// A quote ending the line with its own "!" or "?" ends the sentence: never '"this is a joke!".'
	return /[.!?…]["”]?$/.test(line) ? line : `${line}.`;
}

/** The thread section's heading and reason line (also the badge's label). */
export function threadSummary(risk: ThreadRisk): { heading: string; detail: string } {
	return risk.threadTense
		? { heading: 'This conversation is getting tense', detail: describeThread(risk.result) }
		: // The thread alone is calm: only the draft tips it; its own line (below) says why.
			{ heading: 'Your reply could make this conversation tense', detail: '' };
}

interface NameProps {
	editor: Editor;
	risk: ThreadRisk;
	marker: CommentMarker;
	label: string;
}

/**
 * A driving comment's name: a button that scrolls to the comment and outlines it (hovering outlines it in place)
 * when the page still shows it, else plain text. The place in the reply is kept (reply-return.ts); clicking the
 * name of the comment shown now goes back to it.
 */
function CommentName({ editor, risk, marker, label }: NameProps) {
	const el = commentSource(risk.read?.comments[marker.index]);
	const release = useRef<(() => void) | undefined>(undefined);
	useEffect(() => () => release.current?.(), []);
	if (!el?.isConnected) return <>{label}</>;
	const letGo = () => {
		release.current?.();
		release.current = undefined;
	};
	return (
		<button
			type="button"
			class="tf-who"
			title="Show this comment on the page"
			onClick={() => {
				letGo();
				if (awayAt(editor) === el) {
					returnToReply(editor);
					return;
				}
				leaveReply(editor, el);
				pointAtComment(el);
			}}
			onMouseEnter={() => {
				letGo();
				release.current = outlineComment(el);
			}}
			onMouseLeave={letGo}
		>
			{label}
		</button>
	);
}

/** The reason line, its first comment's name pointing at the comment, and the other driving comments. */
function Reasons({ editor, risk, detail }: { editor: Editor; risk: ThreadRisk; detail: string }) {
	const [top, ...others] = risk.result.markers.comments;
	const handle = handleFor(risk.result);
	// "mel's comment shows …", or the concrete "mel (Moderator) has waited …": the name is the button either way.
	const whose = top
		? ([whoseComment(top, handle), whoName(top, handle)].find((l) => l && detail.startsWith(l)) ?? '')
		: '';
	const named = top && whose !== '';
	const also = others.filter((m) => commentSource(risk.read?.comments[m.index])?.isConnected);
	const labels = alsoLabels(top, also, handle);
	return (
		<>
			<p>
				{named ? <CommentName editor={editor} risk={risk} marker={top} label={whose} /> : null}
				{named ? detail.slice(whose.length) : detail}
			</p>
			{also.length ? (
				<p>
					Also:{' '}
					{also.map((m, i) => (
						<span key={m.index}>
							{i ? ', ' : ''}
							<CommentName
								editor={editor}
								risk={risk}
								marker={m}
								label={labels[i] ?? whoseComment(m, handle)}
							/>
						</span>
					))}
				</p>
			) : null}
		</>
	);
}

/**
 * Scrolls the card's scrolling middle (`.tf-card-body`) just enough to show `el`, when it is cut off there; a tight
 * card, which scrolls as a whole (styles.ts `.tf-tight`), scrolls itself, `el` kept clear of its pinned rows
 * (session 27: the way back was below a tight card's fold). Only that box's scrollTop moves: the page is mid-scroll
 * to the comment, which scrollIntoView would interrupt.
 */
export function revealInCard(el: Element): void {
	const card = el.closest('.tf-card');
	const tight = card?.classList.contains('tf-tight') ? card : null;
	const body = tight ?? el.closest('.tf-card-body');
	if (!body) return;
	const r = el.getBoundingClientRect();
	const b = body.getBoundingClientRect();
	// Clear of the fade drawn over the middle's last 28 px while more is below it (styles.ts `.tf-more`), or of the
	// tight card's pinned Apply row and own buttons (--tf-pin, measured by WarningCard).
	const pin = tight && Number.parseFloat((tight as HTMLElement).style.getPropertyValue('--tf-pin'));
	const bottom = b.bottom - (tight ? pin || 56 : FADE);
	if (r.top < b.top) body.scrollTop -= b.top - r.top;
	else if (r.bottom > bottom) body.scrollTop += Math.min(r.bottom - bottom, r.top - b.top);
}
const FADE = 28;

function ThreadSection({ ctx }: { ctx: CardContext }) {
	const [, bump] = useReducer((n: number, _action: 'bump') => n + 1, 0);
	useEffect(() => onThreadRiskChange(() => bump('bump')), []);
	useEffect(() => onReplyPlaceChange(() => bump('bump')), []);
	const back = useRef<HTMLButtonElement>(null);
	const away = awayAt(ctx.editor);
	// Pointing at a comment still in view can move the card clear of it (card-place.ts), shorter, its middle
	// scrolling: the way back stays in sight (QA, session 11), each time the card's middle changes size (the card
	// is placed again after it renders, and once its height is measured).
	useEffect(() => {
		const el = back.current;
		// The middle, and the card (a tight card scrolls as a whole, its middle at its natural height).
		const boxes = [el?.closest('.tf-card-body'), el?.closest('.tf-card')].filter((b) => b != null);
		if (!away || !el) return;
		revealInCard(el);
		if (boxes.length === 0 || typeof ResizeObserver === 'undefined') return;
		const watch = new ResizeObserver(() => revealInCard(el));
		for (const b of boxes) watch.observe(b);
		return () => watch.disconnect();
	}, [away]);
	const risk = threadRiskFor(ctx.editor);
	if (!threadWarns(risk)) return null;
	const { result } = risk;
	const draftEffect = result.markers.draft;
	const { heading, detail } = threadSummary(risk);
	const suggestions = adviceFor(result)?.suggestions ?? result.markers.suggestions;
	return (
		<section class="tf-thread" aria-label="Thread at risk" data-tactful="thread">
			<style>{CSS}</style>
			<h3 data-short={risk.threadTense ? 'Tense thread' : 'Thread at risk'}>{heading}</h3>
			{detail ? <Reasons editor={ctx.editor} risk={risk} detail={detail} /> : null}
			{away ? (
				<button type="button" class="tf-back" ref={back} onClick={() => returnToReply(ctx.editor)}>
					↩ Back to your reply
				</button>
			) : null}
			{draftEffect && draftSays(draftEffect) ? <p>{draftEffect.message}</p> : null}
			{suggestions.length ? (
				<ul>
					{suggestions.slice(0, 3).map((s) => (
						<li key={s}>{s}</li>
					))}
				</ul>
			) : null}
		</section>
	);
}

/** The card section; register it from the content script's entrypoint. */
export const threadSection: CardSection = {
	id: 'thread-risk',
	slot: 'thread',
	render: (ctx) => <ThreadSection ctx={ctx} />,
};
