/** Small dependency-free charts: an SVG column chart over days and CSS bar lists; each has a text alternative. */
import type { Tally } from '../../utils/background/history-types.ts';

const W = 640;
const H = 160;
const PAD = { top: 10, right: 8, bottom: 22, left: 28 };

/**
 * Round the axis maximum up to a friendly, even number: the middle gridline (max / 2) must be a whole count, or its
 * rounded label sits above or below where that count is drawn (a top of 7 put "4" at 3.5; session 16).
 */
export function niceMax(max: number): number {
	if (max <= 4) return 4;
	const step = 10 ** Math.floor(Math.log10(max));
	const top = Math.ceil(max / step) * step;
	return top % 2 === 0 ? top : top + step;
}

/** "1 warning", "2 warnings": a count with its noun, for labels a screen reader reads out. */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** More days than this are charted a week per column: a year of daily columns would be thinner than a pixel. */
export const MAX_DAY_COLUMNS = 120;

/** One chart column: the days from `day` to `last` (the same day unless weeks are charted). */
export type Column = Tally & { day: string; last: string };

/** Days as columns: one each, or summed by 7 (oldest first, the last column ending today) past MAX_DAY_COLUMNS. */
export function toColumns(days: readonly (Tally & { day: string })[]): Column[] {
	const size = days.length > MAX_DAY_COLUMNS ? 7 : 1;
	const columns: Column[] = [];
	// Counted back from today, so the newest column is a whole week and a partial one, if any, is the oldest.
	for (let end = days.length; end > 0; end -= size) {
		const group = days.slice(Math.max(0, end - size), end);
		columns.unshift({
			day: group[0]?.day ?? '',
			last: group.at(-1)?.day ?? '',
			warnings: group.reduce((n, d) => n + d.warnings, 0),
			fixes: group.reduce((n, d) => n + d.fixes, 0),
		});
	}
	return columns;
}

/** True when the days hold no warning and no accepted fix: the chart would be bare axes. */
export const nothingCharted = (daily: readonly Tally[]) =>
	daily.every((d) => d.warnings === 0 && d.fixes <= 0);

/** The id of the day chart's table of counts (one chart per page). */
const TABLE_ID = 'tf-daychart-table';

/**
 * Warnings and accepted fixes per day (per week over long ranges), as paired columns, with a table of the same
 * counts for screen readers (the columns' tooltips are not reachable without a mouse). With nothing to chart it
 * says what will appear there and when, instead of empty axes (session 16).
 */
export function DayChart({ days: daily }: { days: (Tally & { day: string })[] }) {
	const days = toColumns(daily);
	const unit = days.length < daily.length ? 'week' : 'day';
	if (nothingCharted(days))
		return (
			<p class="tf-note" data-testid="day-chart-empty">
				Nothing yet: warnings and rewrites you accept appear here by {unit}.
			</p>
		);
	const max = niceMax(Math.max(0, ...days.map((d) => Math.max(d.warnings, d.fixes))));
	const innerW = W - PAD.left - PAD.right;
	const innerH = H - PAD.top - PAD.bottom;
	const slot = innerW / Math.max(1, days.length);
	const barW = Math.max(1.5, Math.min(10, slot / 2.6));
	const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
	const labelEvery = Math.ceil(days.length / 8);
	const total = days.reduce((a, d) => ({ warnings: a.warnings + d.warnings, fixes: a.fixes + d.fixes }), {
		warnings: 0,
		fixes: 0,
	});
	const span = (d: Column) => (d.day === d.last ? d.day : `${d.day} to ${d.last}`);
	return (
		<>
			<svg
				class="tf-daychart"
				viewBox={`0 0 ${W} ${H}`}
				role="img"
				aria-label={`Over ${daily.length} days: ${plural(total.warnings, 'warning')}, ${plural(total.fixes, 'accepted fix', 'accepted fixes')}`}
				aria-describedby={TABLE_ID}
				data-testid="day-chart"
			>
				{[0, max / 2, max].map((v) => (
					<g key={v}>
						<line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="tf-grid" />
						<text x={PAD.left - 6} y={y(v) + 4} class="tf-axis" text-anchor="end">
							{Math.round(v)}
						</text>
					</g>
				))}
				{days.map((d, i) => {
					const cx = PAD.left + slot * i + slot / 2;
					return (
						<g key={d.day}>
							<title>{`${span(d)}: ${plural(d.warnings, 'warning')}, ${plural(d.fixes, 'fix', 'fixes')}`}</title>
							<rect
								x={cx - barW - 0.5}
								y={y(d.warnings)}
								width={barW}
								height={y(0) - y(d.warnings)}
								class="tf-bar-warn"
								rx={1.5}
							/>
							<rect
								x={cx + 0.5}
								y={y(d.fixes)}
								width={barW}
								height={y(0) - y(d.fixes)}
								class="tf-bar-fix"
								rx={1.5}
							/>
							{i % labelEvery === 0 ? (
								<text x={cx} y={H - 6} class="tf-axis" text-anchor="middle">
									{d.day.slice(5)}
								</text>
							) : null}
						</g>
					);
				})}
			</svg>
			<table class="tf-sr" id={TABLE_ID} data-testid="day-chart-table">
				<caption>{`Warnings and accepted fixes by ${unit} (${unit}s not listed had none)`}</caption>
				<thead>
					<tr>
						<th scope="col">{unit === 'day' ? 'Day' : 'Week'}</th>
						<th scope="col">Warnings</th>
						<th scope="col">Accepted fixes</th>
					</tr>
				</thead>
				<tbody>
					{days
						.filter((d) => d.warnings > 0 || d.fixes > 0)
						.map((d) => (
							<tr key={d.day}>
								<th scope="row">{span(d)}</th>
								<td>{d.warnings}</td>
								<td>{Math.max(0, d.fixes)}</td>
							</tr>
						))}
				</tbody>
			</table>
		</>
	);
}

/** Horizontal bars (warnings, with accepted fixes overlaid) for a ranked list such as sites or dimensions. */
export function BarList({
	rows,
	empty,
	testId,
	limit = 12,
}: {
	rows: (Tally & { label: string })[];
	empty: string;
	testId: string;
	/** Rows shown (ranked first); the rest are summed into one "N more" line so a long history stays readable. */
	limit?: number;
}) {
	if (rows.length === 0) return <p class="tf-note">{empty}</p>;
	const max = Math.max(1, ...rows.map((r) => r.warnings));
	const rest = rows.slice(limit);
	const restWarnings = rest.reduce((sum, r) => sum + r.warnings, 0);
	return (
		<ul class="tf-barlist" data-testid={testId}>
			{rows.slice(0, limit).map((r) => (
				<li key={r.label}>
					<span class="tf-barlist-label">{r.label}</span>
					<span class="tf-barlist-track" aria-hidden="true">
						<span class="tf-barlist-warn" style={{ width: `${(r.warnings / max) * 100}%` }} />
						<span
							class="tf-barlist-fix"
							style={{ width: `${(Math.min(r.fixes, r.warnings || r.fixes) / max) * 100}%` }}
						/>
					</span>
					<span class="tf-barlist-num">
						{r.warnings}
						<span class="tf-muted"> / {r.fixes}</span>
						<span class="tf-sr">
							{' '}
							{r.warnings === 1 ? 'warning' : 'warnings'}, {plural(r.fixes, 'fix', 'fixes')}
						</span>
					</span>
				</li>
			))}
			{rest.length > 0 ? (
				<li class="tf-muted" data-testid={`${testId}-more`}>
					and {rest.length} more ({plural(restWarnings, 'warning')})
				</li>
			) : null}
		</ul>
	);
}
