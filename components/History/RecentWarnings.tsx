/**
 * The warnings shown, newest first, each with its own Delete (qa21 #4: the page could only delete everything).
 * Deleting one takes it out of the charts too; the page re-reads its numbers through `onDeleted`.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ShownWarning } from '../../utils/background/history-types.ts';
import { DIMENSION_LABELS } from '../Settings/dimension-labels.ts';
import { ago } from './SavedDrafts.tsx';

/** What the section needs from the history store. */
export interface WarningsClient {
	listWarnings(req: { limit?: number }): Promise<{ warnings: ShownWarning[] }>;
	deleteWarning(req: { id: number }): Promise<{ deleted: number; with?: number }>;
}

export interface RecentWarningsProps {
	client: WarningsClient;
	now?: () => number;
	/** Bumped by the page when it deleted data, so the list re-reads instead of showing deleted rows. */
	generation?: number;
	/** Called after a warning was deleted (the page's charts count it). */
	onDeleted?: () => void;
}

/** How many are listed: enough to find the one just shown; older ones live on in the charts. */
export const LISTED = 50;

const reasons = (w: ShownWarning) =>
	w.dimensions.map((d) => DIMENSION_LABELS[d]?.label ?? d).join(', ') || 'No reason recorded';

export function RecentWarnings({ client, now = Date.now, generation = 0, onDeleted }: RecentWarningsProps) {
	const [warnings, setWarnings] = useState<ShownWarning[] | null>(null);
	const [status, setStatus] = useState<{ text: string; failed?: boolean } | null>(null);
	// biome-ignore lint/correctness/useExhaustiveDependencies: generation is the page's "data changed, read again"
	const load = useCallback(() => {
		client.listWarnings({ limit: LISTED }).then(
			(r) => setWarnings(r.warnings),
			(e: unknown) =>
				setStatus({
					text: `Could not read your warnings: ${e instanceof Error ? e.message : String(e)}`,
					failed: true,
				}),
		);
	}, [client, generation]);
	useEffect(load, [load]);

	// The clicked Delete goes with its row: focus moves to the Delete now in its place (or the last one), or to the
	// heading when none is left, instead of falling to the page's body.
	const listRef = useRef<HTMLUListElement>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const focusAt = useRef<{ id: number; index: number } | null>(null);
	useEffect(() => {
		const at = focusAt.current;
		// A list read before the delete (it still holds the row) is not the one to move focus in.
		if (at === null || warnings === null || warnings.some((w) => w.id === at.id)) return;
		focusAt.current = null;
		const buttons = listRef.current?.querySelectorAll('button') ?? [];
		(buttons[Math.min(at.index, buttons.length - 1)] ?? headingRef.current)?.focus();
	}, [warnings]);

	const remove = async (w: ShownWarning) => {
		focusAt.current = { id: w.id, index: Math.max(0, warnings?.indexOf(w) ?? 0) };
		try {
			const { deleted, with: also = 0 } = await client.deleteWarning({ id: w.id });
			// What the user did with it (dismissed, fine, a rewrite) went too: said, so nobody looks for it.
			const withIt =
				also === 1 ? ' and what you did with it' : also > 1 ? ` and the ${also} things you did with it` : '';
			setStatus({
				text: deleted
					? `Deleted the warning on ${w.site}${withIt}. The charts no longer count ${also ? 'them' : 'it'}.`
					: 'That warning was already gone.',
			});
			onDeleted?.();
		} catch (e) {
			setStatus({
				text: `Could not delete that warning: ${e instanceof Error ? e.message : String(e)}. Nothing was deleted.`,
				failed: true,
			});
		}
		load();
	};

	return (
		<section class="tf-card" aria-labelledby="h-warnings" data-testid="recent-warnings">
			<h2 id="h-warnings" ref={headingRef} tabIndex={-1}>
				Recent warnings
			</h2>
			{warnings && warnings.length === 0 ? <p class="tf-muted">No warnings yet.</p> : null}
			{warnings && warnings.length > 0 ? (
				<p class="tf-muted">
					The {warnings.length === LISTED ? `${LISTED} newest` : 'warnings'} still kept in detail. Deleting
					one also takes it out of the charts; what you did with it (a rewrite, “this is fine”) stays.
				</p>
			) : null}
			{warnings && warnings.length > 0 ? (
				<ul class="tf-warnings" ref={listRef}>
					{warnings.map((w) => {
						const when = ago(w.at, now());
						return (
							<li key={w.id} class="tf-draft" data-testid="warning-row">
								{/* One line a warning, its Delete at the end: fifty of them stay a list to scan, not a page. */}
								<div class="tf-warning-head">
									<p class="tf-muted">
										<strong>{w.site}</strong> · {when} · {w.level === 'warn' ? 'warning' : 'caution'} ·{' '}
										{reasons(w)}
									</p>
									<button
										type="button"
										class="tf-btn tf-btn-danger"
										aria-label={`Delete the warning on ${w.site}, ${when}`}
										onClick={() => remove(w)}
									>
										Delete
									</button>
								</div>
								{w.draft ? <pre class="tf-draft-text">{w.draft}</pre> : null}
							</li>
						);
					})}
				</ul>
			) : null}
			{status ? (
				<p class="tf-note" role={status.failed ? 'alert' : 'status'} data-testid="warnings-status">
					{status.text}
				</p>
			) : null}
		</section>
	);
}
