/**
 * The warning card's `thread` slot: says, separately from the draft's own score, when the conversation is at
 * risk of derailing, why (which comments, which tones, the trend), what the draft adds, and how to de-escalate.
 */
import { useEffect, useReducer } from 'preact/hooks';
import type { DerailResult } from '../../../models/derail/types.ts';
import type { CardContext, CardSection } from '../extensions.ts';
import { onThreadRiskChange, type ThreadRisk, threadRiskFor } from './thread-risk.ts';

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
`;

/** A short reason line: the strongest comment's author and what it shows. */
export function describeThread(result: DerailResult): string {
	const { markers } = result;
	const parts: string[] = [];
	const top = markers.comments[0];
	if (top) {
		const tones = Object.entries(top.tones)
			.filter(([, v]) => v >= 0.5)
			.map(([k]) => TONE_WORDS[k] ?? k);
		const cues = top.cues.map((c) => CUE_WORDS[c] ?? c.replace(/-/g, ' '));
		const what = [...new Set([...tones, ...cues])].slice(0, 3).join(', ');
		const role = top.role && top.role !== 'None' ? ` (${top.role})` : '';
		// A reader may find no author (a deleted account, markup it does not know): never "'s comment".
		const whose = top.author.trim() ? `${top.author.trim()}${role}'s comment` : `One comment${role}`;
		parts.push(`${whose} shows ${what || 'tension'}`);
	}
	if (markers.trend === 'rising') parts.push('the tone has been rising over the last replies');
	if (markers.dynamics.includes('maintainer-newcomer')) parts.push('it is a maintainer–newcomer exchange');
	return parts.length ? `${parts.join('; ')}.` : 'Recent replies read as tense.';
}

/** The thread section's heading and reason line (also the badge's label). */
export function threadSummary(risk: ThreadRisk): { heading: string; detail: string } {
	return risk.threadTense
		? { heading: 'This conversation is getting tense', detail: describeThread(risk.result) }
		: // The thread alone is calm: only the draft tips it; its own line (below) says why.
			{ heading: 'Your reply could make this conversation tense', detail: '' };
}

function ThreadSection({ ctx }: { ctx: CardContext }) {
	const [, bump] = useReducer((n: number, _action: 'bump') => n + 1, 0);
	useEffect(() => onThreadRiskChange(() => bump('bump')), []);
	const risk = threadRiskFor(ctx.editor);
	if (!risk?.result.flag) return null;
	const { result } = risk;
	const draftEffect = result.markers.draft;
	const { heading, detail } = threadSummary(risk);
	return (
		<section class="tf-thread" aria-label="Thread at risk" data-tactful="thread">
			<style>{CSS}</style>
			<h3>{heading}</h3>
			{detail ? <p>{detail}</p> : null}
			{draftEffect && draftEffect.delta > 0.02 ? <p>{draftEffect.message}</p> : null}
			{result.markers.suggestions.length ? (
				<ul>
					{result.markers.suggestions.slice(0, 3).map((s) => (
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
