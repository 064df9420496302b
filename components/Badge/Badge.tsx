/**
 * The small round badge Tactful places at the corner of a text box: a calm dot when the draft reads fine, an
 * amber or orange mark (with the number of concerns) when it may land badly. It is a real <button>, so it is
 * reachable by keyboard and announces a plain-words summary to screen readers.
 */
import { cardShortcutAria, cardShortcutLabel } from '../Keys/card-shortcut.ts';
import { notePointerOpen } from '../WarningCard/pointer-open.ts';

export type BadgeLevel = 'ok' | 'caution' | 'warn';

export interface BadgeProps {
	level: BadgeLevel;
	/** Plain-words summary, used as the accessible name and tooltip. */
	summary: string;
	/** How many concerns (underlined passages or reasons); shown on caution/warn. */
	count: number;
	/** The conversation around the field is at risk: a ring around the badge, whatever the draft's level. */
	thread?: boolean;
	expanded: boolean;
	/** The draft's text runs under the badge: drawn see-through until pointed at or focused. */
	faded?: boolean;
	/**
	 * Nothing about this field is still being scored: what the badge says is about the text as it is now. Only a
	 * hook (`data-settled`), so tests and automation wait on a state rather than a sleep; nothing is drawn for it.
	 */
	settled?: boolean;
	/** The draft cannot be checked (the models failed to load): a dashed, dashed-out badge; `summary` says why. */
	unavailable?: boolean;
	/** The first score is still pending (the models are loading): a turning ring, `aria-busy`, never the calm dot. */
	loading?: boolean;
	/**
	 * The settings changed and the new score is slow: the level shown is the previous one, kept (not dropped, which
	 * made the badge go and come back) and marked as being checked again (`aria-busy`, a dashed ring).
	 */
	rechecking?: boolean;
	onActivate: () => void;
	style?: Record<string, string>;
}

/** The badge; `data-tactful="badge"`, `data-level` and `data-settled` are stable hooks for tests and automation. */
export function Badge({
	level,
	summary,
	count,
	thread,
	expanded,
	faded,
	settled,
	unavailable,
	loading,
	rechecking,
	onActivate,
	style,
}: BadgeProps) {
	// The binding the user has now (none: the tooltip names no key).
	const keys = cardShortcutLabel();
	return (
		<button
			type="button"
			class={`tf-badge tf-${level}${thread ? ' tf-thread-risk' : ''}${faded ? ' tf-faded' : ''}${unavailable ? ' tf-unavailable' : ''}${loading ? ' tf-loading' : ''}${rechecking ? ' tf-rechecking' : ''}`}
			data-tactful="badge"
			data-level={level}
			data-thread={thread ? 'risk' : undefined}
			data-settled={settled ? 'true' : undefined}
			data-unavailable={unavailable ? 'true' : undefined}
			data-loading={loading ? 'true' : undefined}
			data-rechecking={rechecking ? 'true' : undefined}
			aria-busy={loading || rechecking ? 'true' : undefined}
			aria-label={summary}
			// The card also opens from the text box itself: Tab from there does not reach this badge (overlay at the end of
			// the page), so the tooltip and assistive tech name the key.
			title={keys ? `${summary} (${keys})` : summary}
			aria-keyshortcuts={cardShortcutAria() || undefined}
			aria-haspopup="dialog"
			aria-expanded={expanded}
			style={style}
			onMouseDown={(e) => e.preventDefault() /* keep the caret in the user's text box */}
			onClick={(e) => {
				notePointerOpen(e);
				onActivate();
			}}
		>
			{unavailable ? (
				<span aria-hidden="true">–</span>
			) : loading ? (
				<span class="tf-spin" aria-hidden="true" />
			) : level === 'ok' ? (
				<span class="tf-dot" aria-hidden="true" />
			) : (
				<span aria-hidden="true">{count || '!'}</span>
			)}
		</button>
	);
}
