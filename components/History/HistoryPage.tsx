/**
 * The history page: charts of warnings and accepted fixes, the recent warnings (each deletable), export as JSON,
 * delete everything (confirmed).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { EVENT_RETENTION_DAYS } from '../../utils/background/history-retention.ts';
import type { HistoryExport, HistoryStats } from '../../utils/background/history-types.ts';
import {
	HISTORY_UNAVAILABLE,
	isStorageUnavailable,
	storageDetails,
} from '../../utils/storage/storage-failure.ts';
import { DIMENSION_LABELS } from '../Settings/dimension-labels.ts';
import { BarList, DayChart, nothingCharted, plural } from './Charts.tsx';
import { type LearnedClient, LearnedPreferences } from './LearnedPreferences.tsx';
import { RecentWarnings, type WarningsClient } from './RecentWarnings.tsx';
import { onReturn } from './read-again.ts';
import { type DraftsClient, SavedDrafts } from './SavedDrafts.tsx';

/** What the page needs from the history store. */
export interface HistoryClient extends DraftsClient, WarningsClient {
	getStats(req: { days?: number }): Promise<HistoryStats>;
	exportHistory(req: Record<string, never>): Promise<HistoryExport>;
	clearHistory(req: Record<string, never>): Promise<{ deleted: number }>;
}

export interface HistoryPageProps {
	client: HistoryClient;
	/** Saves a file for the user (an <a download> in the browser). */
	download: (filename: string, json: string) => void;
	/**
	 * How long the first read may take before the page says it has no answer, with Try again (an answer that comes
	 * later is still shown). The first read after an update rolls the history up into daily counts: seconds, once.
	 */
	answerWithinMs?: number;
	/** The learned rewrite preferences ("What Tactful learned"); absent: the section is not shown. */
	learned?: LearnedClient;
}

/** See `HistoryPageProps.answerWithinMs`. */
export const ANSWER_WITHIN_MS = 20_000;

/** The ranges offered, in days; a year reads the daily roll-up too, so it is as quick as a week. */
const RANGES = [7, 30, 90, 365] as const;
const rangeName = (days: number) => (days === 365 ? '1 year' : `${days} days`);

/**
 * The user's own calendar day of an ISO time, for the export's file name (the UTC date named tomorrow's file for an
 * evening export west of Greenwich, and yesterday's east of it after midnight).
 */
export function localDay(iso: string): string {
	const d = new Date(iso);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function HistoryPage({
	client,
	download,
	answerWithinMs = ANSWER_WITHIN_MS,
	learned,
}: HistoryPageProps) {
	const [days, setDays] = useState<number>(30);
	const [stats, setStats] = useState<HistoryStats | null>(null);
	const [error, setError] = useState('');
	const [confirming, setConfirming] = useState(false);
	/** The "Your data" section's last word: what Export or Delete did, or why it could not (`failed`: an alert). */
	const [message, setMessage] = useState<{ text: string; failed?: boolean } | null>(null);
	const [generation, setGeneration] = useState(0);
	// The confirmation replaces the button that opened it: put keyboard focus on its safe choice (Cancel) and,
	// once it closes, back on that button, instead of leaving it on <body>.
	const askRef = useRef<HTMLButtonElement>(null);
	const cancelRef = useRef<HTMLButtonElement>(null);
	const asked = useRef(false);
	useEffect(() => {
		if (confirming) cancelRef.current?.focus();
		else if (asked.current) askRef.current?.focus();
		asked.current = confirming;
	}, [confirming]);

	// Only the newest request may paint: on a large history a range clicked earlier can answer after the one
	// clicked last, and the page then showed 7 days of numbers under a pressed "90 days".
	const latest = useRef(0);
	// No answer in time (the store stuck, say, behind an upgrade another tab holds): say so rather than stay blank.
	const [unanswered, setUnanswered] = useState(false);
	const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
	const load = useCallback(() => {
		const request = ++latest.current;
		setError('');
		setUnanswered(false);
		clearTimeout(timer.current);
		timer.current = setTimeout(() => request === latest.current && setUnanswered(true), answerWithinMs);
		const answered = () => {
			if (request !== latest.current) return false;
			clearTimeout(timer.current);
			setUnanswered(false);
			return true;
		};
		client.getStats({ days }).then(
			(next) => answered() && setStats(next),
			(e: unknown) => answered() && setError(e instanceof Error ? e.message : String(e)),
		);
	}, [client, days, answerWithinMs]);
	useEffect(() => {
		load();
		return () => clearTimeout(timer.current);
	}, [load]);
	// Back on the page after writing elsewhere: the totals, the lists and what Tactful learned are read again
	// (kept on screen until the new answer, so nothing flickers).
	useEffect(
		() =>
			onReturn(() => {
				load();
				setGeneration((g) => g + 1);
			}),
		[load],
	);

	// A failure is said where the button is, with the reason (session 16: the click did nothing and the error went
	// only to the console). The store deletes everything in one transaction, so a failed delete deleted nothing.
	const why = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
	const exportAll = async () => {
		try {
			const dump = await client.exportHistory({});
			download(`tactful-history-${localDay(dump.exportedAt)}.json`, JSON.stringify(dump, null, 2));
			setMessage({ text: `Exported ${plural(dump.events.length, 'event')}.` });
		} catch (e) {
			setMessage({ text: `Could not export your history: ${why(e)}. Nothing was saved.`, failed: true });
		}
	};
	const deleteAll = async () => {
		try {
			const { deleted } = await client.clearHistory({});
			setMessage({
				text: `Deleted ${plural(deleted, 'record')} and the rewrite preferences learned from them. Your settings are unchanged.`,
			});
			setGeneration((g) => g + 1);
			load();
		} catch (e) {
			setMessage({ text: `Could not delete your history: ${why(e)}. Nothing was deleted.`, failed: true });
		}
		setConfirming(false);
	};

	if (error && isStorageUnavailable(error))
		return (
			<main class="tf-page" data-testid="history-unavailable">
				<div role="alert">
					<h1>{HISTORY_UNAVAILABLE}</h1>
					<p>
						This browser window does not let Tactful keep anything (a private window, a full disk, or a
						damaged store), so there are no charts, exports or kept drafts here. Checking drafts and your
						settings still work.
					</p>
				</div>
				<details>
					<summary>Details</summary>
					<code>{storageDetails(error)}</code>
				</details>
			</main>
		);
	if (error || (unanswered && !stats))
		return (
			<main class="tf-page" data-testid="history-error">
				<div role="alert">
					<h1>Could not read your history</h1>
					<p>
						{error ||
							`No answer from Tactful's store in ${Math.round(answerWithinMs / 1000)} seconds. It may still come; Try again asks again.`}
					</p>
				</div>
				<button type="button" class="tf-btn" onClick={load}>
					Try again
				</button>
			</main>
		);
	// Until the first answer (the first read after an update rolls the history up: seconds, once) the page shows
	// its controls, named and reachable, but unavailable (aria-disabled: a click does nothing) instead of nothing.
	const off = stats === null;
	const unless = <T,>(fn: T) => (off ? undefined : fn);
	const disabled = off ? 'true' : undefined;
	// A newly picked range can take seconds on a large history: say so rather than show the old range's numbers.
	const counting = stats !== null && stats.days !== days;
	return (
		<main
			class="tf-page tf-history"
			data-testid={off ? 'history-loading' : 'history'}
			aria-busy={off ? 'true' : undefined}
		>
			<header class="tf-page-head">
				<h1>Your Tactful history</h1>
				<p class="tf-muted">
					Kept only on this device. It counts warnings and what you did with them, not what you wrote (unless
					you chose to keep drafts).
				</p>
			</header>

			{/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not a form section */}
			<div class="tf-range" role="group" aria-label="Time range">
				{RANGES.map((r) => (
					<button
						key={r}
						type="button"
						class="tf-btn"
						aria-pressed={days === r}
						aria-disabled={disabled}
						onClick={unless(() => setDays(r))}
					>
						{rangeName(r)}
					</button>
				))}
			</div>
			<p class="tf-note" role="status" data-testid="range-status">
				{off
					? 'Reading your history…'
					: counting
						? `Counting the last ${rangeName(days).replace(/^1 /, '')}…`
						: ''}
			</p>

			{stats && (
				<div class={counting ? 'tf-stale' : undefined} aria-busy={counting} data-testid="range-stats">
					<section class="tf-tiles" aria-label="Totals">
						<div class="tf-tile">
							<strong data-testid="total-warnings">{stats.totals.warnings}</strong>{' '}
							{stats.totals.warnings === 1 ? 'warning' : 'warnings'} shown
						</div>
						<div class="tf-tile">
							<strong data-testid="total-fixes">{stats.totals.fixes}</strong>{' '}
							{stats.totals.fixes === 1 ? 'rewrite' : 'rewrites'} accepted
							{/* Undone rewrites (card's Undo, Ctrl+Z after Apply) are not counted as accepted; the tile says how many. */}
							{stats.totals.undone > 0 && (
								<span class="tf-muted" data-testid="total-undone">
									{' '}
									({stats.totals.fixes + stats.totals.undone} applied, {stats.totals.undone} undone)
								</span>
							)}
						</div>
						<div class="tf-tile">
							<strong>{stats.actions.fine}</strong> marked “this is fine”
						</div>
						<div class="tf-tile">
							<strong>{stats.actions.reviewed}</strong> reviewed before posting
						</div>
					</section>

					<section class="tf-card" aria-labelledby="h-time">
						<h2 id="h-time">Over time</h2>
						{nothingCharted(stats.byDay) ? null : (
							<p class="tf-legend" aria-hidden="true">
								<span class="tf-key tf-key-warn" /> warnings <span class="tf-key tf-key-fix" /> accepted fixes
							</p>
						)}
						<DayChart days={stats.byDay} />
					</section>

					<div class="tf-two">
						<section class="tf-card" aria-labelledby="h-site">
							<h2 id="h-site">By site</h2>
							<BarList
								testId="by-site"
								empty="No warnings yet."
								rows={stats.bySite.map((s) => ({ ...s, label: s.site }))}
							/>
						</section>
						<section class="tf-card" aria-labelledby="h-dim">
							<h2 id="h-dim">By reason</h2>
							<BarList
								testId="by-dimension"
								empty="No warnings yet."
								rows={stats.byDimension.map((d) => ({ ...d, label: DIMENSION_LABELS[d.dimension].label }))}
							/>
						</section>
					</div>
				</div>
			)}

			{stats && <RecentWarnings client={client} generation={generation} onDeleted={load} />}

			{stats && <SavedDrafts client={client} generation={generation} />}

			{learned && <LearnedPreferences client={learned} generation={generation} />}

			<section class="tf-card" aria-labelledby="h-data">
				<h2 id="h-data">Your data</h2>
				{stats && (
					<p class="tf-muted">
						{plural(stats.totals.events, 'event')} in this range · kept from all dates:{' '}
						{plural(stats.totals.feedback, '“this is fine” note')},{' '}
						{plural(stats.totals.drafts, 'saved draft')}
					</p>
				)}
				<p class="tf-muted" data-testid="retention">
					Each warning is kept in detail for {EVENT_RETENTION_DAYS} days; after that only its daily counts
					stay (for two years), which is all these charts use. Warnings with draft text you chose to keep stay
					as long as “Keep draft text” is on.
				</p>
				<div class="tf-row">
					<button
						type="button"
						class="tf-btn"
						aria-disabled={disabled}
						onClick={unless(exportAll)}
						data-testid="export"
					>
						Export as JSON
					</button>
					{confirming ? (
						<span
							class="tf-confirm"
							role="alertdialog"
							aria-label="Confirm delete"
							onKeyDown={(e) => {
								if (e.key === 'Escape') setConfirming(false);
							}}
						>
							Delete all history on this device? This can’t be undone.{' '}
							<button
								type="button"
								class="tf-btn tf-btn-danger-solid"
								onClick={deleteAll}
								data-testid="confirm-delete"
							>
								Delete everything
							</button>{' '}
							<button type="button" class="tf-btn" ref={cancelRef} onClick={() => setConfirming(false)}>
								Cancel
							</button>
						</span>
					) : (
						<button
							type="button"
							class="tf-btn tf-btn-danger"
							ref={askRef}
							aria-disabled={disabled}
							onClick={unless(() => setConfirming(true))}
							data-testid="delete"
						>
							Delete everything…
						</button>
					)}
				</div>
				{message ? (
					<p class="tf-note" role={message.failed ? 'alert' : 'status'} data-testid="data-message">
						{message.text}
					</p>
				) : null}
			</section>
		</main>
	);
}
