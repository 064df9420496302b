import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { historyHandlers } from '../../utils/background/history.ts';
import { pruneHistory } from '../../utils/background/history-retention.ts';
import { TactfulDB } from '../../utils/storage/db.ts';
import { DEFAULT_SETTINGS, updateSettings } from '../../utils/storage/settings.ts';
import { niceMax, toColumns } from './Charts.tsx';
import { HistoryPage, localDay } from './HistoryPage.tsx';

const NOW = new Date(2026, 10, 28, 12, 0, 0).getTime();
let db: TactfulDB;
let n = 0;

beforeEach(async () => {
	db = new TactfulDB(`history-page-${n++}`);
	await db.events.bulkAdd([
		{ at: NOW - 1000, site: 'github.com', level: 'warn', dimensions: ['Toxic Emotions'], action: 'shown' },
		{
			at: NOW - 900,
			site: 'github.com',
			level: 'warn',
			dimensions: ['Toxic Emotions'],
			action: 'rewriteAccepted',
		},
		{
			at: NOW - 86_400_000,
			site: 'reddit.com',
			level: 'caution',
			dimensions: ['Detrimental Orthography'],
			action: 'shown',
		},
	]);
});
afterEach(async () => {
	await db.delete();
});

function setup() {
	const client = historyHandlers(db, {
		now: () => NOW,
		getSettings: async () => structuredClone(DEFAULT_SETTINGS),
	});
	const download = vi.fn();
	render(<HistoryPage client={client} download={download} />);
	return { download };
}

describe('HistoryPage', () => {
	it('shows totals, a day chart and friendly reasons', async () => {
		setup();
		expect((await screen.findByTestId('total-warnings')).textContent).toBe('2');
		expect(screen.getByTestId('total-fixes').textContent).toBe('1');
		expect(screen.getByTestId('by-site').textContent).toContain('github.com');
		expect(screen.getByTestId('by-dimension').textContent).toContain('Shouting or sloppy style');
	});

	it('says "1 rewrite accepted", not "1 rewrites accepted" (QA, session 13: "1 events in this range")', async () => {
		setup();
		await screen.findByTestId('total-fixes');
		const text = screen.getByTestId('history').textContent ?? '';
		expect(text).toContain('1 rewrite accepted');
		expect(text).toContain('2 warnings shown');
		expect(text).toContain(
			'3 events in this range · kept from all dates: 0 “this is fine” notes, 0 saved drafts',
		);
		expect(text).toContain('2026-11-28: 1 warning, 1 fix');
	});

	it('shows rewrites undone after Apply, not as accepted ones (QA, session 13)', async () => {
		await db.events.bulkAdd([
			{
				at: NOW - 800,
				site: 'github.com',
				level: 'warn',
				dimensions: ['Toxicity'],
				action: 'rewriteAccepted',
			},
			{
				at: NOW - 700,
				site: 'github.com',
				level: 'warn',
				dimensions: ['Toxicity'],
				action: 'rewriteRejected',
			},
		]);
		setup();
		await screen.findByTestId('total-fixes');
		await waitFor(() => expect(screen.getByTestId('total-fixes').textContent).toBe('1'));
		const tile = screen.getByTestId('total-fixes').parentElement?.textContent ?? '';
		expect(tile).toContain('1 rewrite accepted (2 applied, 1 undone)');
	});

	it('shows the range picked last, even when an earlier range answers after it (a large history)', async () => {
		const real = historyHandlers(db, {
			now: () => NOW,
			getSettings: async () => structuredClone(DEFAULT_SETTINGS),
		});
		// The 7-day tally is held back until the 90-day one has been shown, as a slow read of many rows can be.
		let release7 = () => {};
		const held7 = new Promise<void>((resolve) => {
			release7 = resolve;
		});
		const client = {
			...real,
			getStats: async (req: { days?: number }) => {
				const stats = await real.getStats(req);
				if (req.days === 7) await held7;
				return stats;
			},
		};
		render(<HistoryPage client={client} download={vi.fn()} />);
		await screen.findByTestId('day-chart');
		fireEvent.click(screen.getByText('7 days'));
		fireEvent.click(screen.getByText('90 days'));
		const chart = () => screen.getByTestId('day-chart').getAttribute('aria-label');
		await waitFor(() => expect(chart()).toMatch(/^Over 90 days/));
		release7();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(chart()).toMatch(/^Over 90 days/);
		expect(screen.getByRole('button', { name: '90 days' }).getAttribute('aria-pressed')).toBe('true');
	});

	it('says it is still counting while a newly picked range loads, instead of showing the old numbers as its own', async () => {
		const real = historyHandlers(db, {
			now: () => NOW,
			getSettings: async () => structuredClone(DEFAULT_SETTINGS),
		});
		let release = () => {};
		const held = new Promise<void>((resolve) => {
			release = resolve;
		});
		const client = {
			...real,
			getStats: async (req: { days?: number }) => {
				const stats = await real.getStats(req);
				if (req.days === 90) await held;
				return stats;
			},
		};
		render(<HistoryPage client={client} download={vi.fn()} />);
		await screen.findByTestId('day-chart');
		expect(screen.getByTestId('range-status').textContent).toBe('');
		fireEvent.click(screen.getByText('90 days'));
		await waitFor(() =>
			expect(screen.getByTestId('range-status').textContent).toBe('Counting the last 90 days…'),
		);
		expect(screen.getByTestId('range-stats').getAttribute('aria-busy')).toBe('true');
		release();
		await waitFor(() => expect(screen.getByTestId('range-status').textContent).toBe(''));
		expect(screen.getByTestId('range-stats').getAttribute('aria-busy')).toBe('false');
		expect(screen.getByTestId('day-chart').getAttribute('aria-label')).toMatch(/^Over 90 days/);
	});

	it('charts a year a week per column, counting a day that only the roll-up still remembers', async () => {
		await db.events.add({
			at: NOW - 300 * 86_400_000,
			site: 'old.example',
			level: 'warn',
			dimensions: ['Toxic Emotions'],
			action: 'shown',
		});
		await pruneHistory(db, { now: NOW, keepDraftText: false });
		expect(await db.events.where('site').equals('old.example').count()).toBe(0);
		setup();
		await screen.findByTestId('day-chart');
		fireEvent.click(screen.getByText('1 year'));
		await waitFor(() =>
			expect(screen.getByTestId('day-chart').getAttribute('aria-label')).toBe(
				'Over 365 days: 3 warnings, 1 accepted fix',
			),
		);
		expect(screen.getByTestId('day-chart').querySelectorAll('.tf-bar-warn')).toHaveLength(53);
		expect(screen.getByTestId('by-site').textContent).toContain('old.example');
		expect(screen.getByTestId('retention').textContent).toContain('90 days');
	});

	describe('before the history answers', () => {
		const realClient = () =>
			historyHandlers(db, { now: () => NOW, getSettings: async () => structuredClone(DEFAULT_SETTINGS) });
		const controls = () =>
			['7 days', '30 days', '90 days', '1 year', 'Export as JSON', 'Delete everything…'].map((name) =>
				screen.getByRole('button', { name }),
			);

		it('shows its controls at once, unavailable while it reads, then usable (not an empty page)', async () => {
			const real = realClient();
			let answer = () => {};
			const held = new Promise<void>((resolve) => {
				answer = resolve;
			});
			const exportHistory = vi.fn(real.exportHistory);
			const client = {
				...real,
				exportHistory,
				getStats: async (req: { days?: number }) => {
					await held;
					return real.getStats(req);
				},
			};
			render(<HistoryPage client={client} download={vi.fn()} />);
			const loading = screen.getByTestId('history-loading');
			expect(loading.getAttribute('aria-busy')).toBe('true');
			expect(screen.getByRole('status').textContent).toContain('Reading your history…');
			// Present, named and reachable by Tab, but saying they cannot act yet; a click does nothing.
			for (const b of controls()) expect(b.getAttribute('aria-disabled')).toBe('true');
			fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
			fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
			fireEvent.click(screen.getByRole('button', { name: '7 days' }));
			expect(exportHistory).not.toHaveBeenCalled();
			expect(screen.queryByTestId('confirm-delete')).toBeNull();
			answer();
			expect((await screen.findByTestId('total-warnings')).textContent).toBe('2');
			for (const b of controls()) expect(b.getAttribute('aria-disabled')).toBeNull();
			expect(screen.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed')).toBe('true');
		});

		it('says so, with Try again, when the store never answers; Try again asks again', async () => {
			const real = realClient();
			let calls = 0;
			const client = {
				...real,
				getStats: (req: { days?: number }) =>
					++calls === 1 ? new Promise<never>(() => {}) : real.getStats(req),
			};
			render(<HistoryPage client={client} download={vi.fn()} answerWithinMs={30} />);
			const alert = await screen.findByRole('alert');
			expect(alert.textContent).toMatch(/Could not read your history/);
			fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
			expect((await screen.findByTestId('total-warnings')).textContent).toBe('2');
			expect(calls).toBe(2);
		});

		it('a read that fails says why, with Try again', async () => {
			const real = realClient();
			let calls = 0;
			const client = {
				...real,
				getStats: (req: { days?: number }) =>
					++calls === 1 ? Promise.reject(new Error('the worker went away')) : real.getStats(req),
			};
			render(<HistoryPage client={client} download={vi.fn()} />);
			expect((await screen.findByRole('alert')).textContent).toContain('the worker went away');
			fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
			expect((await screen.findByTestId('total-warnings')).textContent).toBe('2');
		});

		it('an answer that comes after the wait was given up on still shows the history', async () => {
			const real = realClient();
			let answer = () => {};
			const held = new Promise<void>((resolve) => {
				answer = resolve;
			});
			const client = {
				...real,
				getStats: async (req: { days?: number }) => {
					await held;
					return real.getStats(req);
				},
			};
			render(<HistoryPage client={client} download={vi.fn()} answerWithinMs={30} />);
			await screen.findByRole('alert');
			answer();
			expect((await screen.findByTestId('total-warnings')).textContent).toBe('2');
		});
	});

	describe('when Export or Delete fails (session 16: the click did nothing, the error went to the console)', () => {
		const failing = (what: 'exportHistory' | 'clearHistory') => {
			const real = historyHandlers(db, {
				now: () => NOW,
				getSettings: async () => structuredClone(DEFAULT_SETTINGS),
			});
			return { ...real, [what]: () => Promise.reject(new Error('the worker went away')) };
		};

		it('a failed export says so and why, and downloads nothing', async () => {
			const download = vi.fn();
			render(<HistoryPage client={failing('exportHistory')} download={download} />);
			await screen.findByTestId('total-warnings');
			fireEvent.click(screen.getByTestId('export'));
			const said = await screen.findByTestId('data-message');
			expect(said.getAttribute('role')).toBe('alert');
			expect(said.textContent).toBe(
				'Could not export your history: the worker went away. Nothing was saved.',
			);
			expect(download).not.toHaveBeenCalled();
		});

		it('a failed delete says nothing was deleted, closes the confirmation and keeps the history shown', async () => {
			render(<HistoryPage client={failing('clearHistory')} download={vi.fn()} />);
			await screen.findByTestId('total-warnings');
			fireEvent.click(screen.getByTestId('delete'));
			fireEvent.click(screen.getByTestId('confirm-delete'));
			const said = await screen.findByTestId('data-message');
			expect(said.getAttribute('role')).toBe('alert');
			expect(said.textContent).toBe(
				'Could not delete your history: the worker went away. Nothing was deleted.',
			);
			await waitFor(() => expect(screen.queryByTestId('confirm-delete')).toBeNull());
			expect(screen.getByTestId('total-warnings').textContent).toBe('2');
			expect(await db.events.count()).toBe(3);
		});

		it('after a failure, a successful export replaces the error with the plain status', async () => {
			const real = historyHandlers(db, {
				now: () => NOW,
				getSettings: async () => structuredClone(DEFAULT_SETTINGS),
			});
			let calls = 0;
			const client = {
				...real,
				exportHistory: (req: Record<string, never>) =>
					++calls === 1 ? Promise.reject(new Error('busy')) : real.exportHistory(req),
			};
			render(<HistoryPage client={client} download={vi.fn()} />);
			await screen.findByTestId('total-warnings');
			fireEvent.click(screen.getByTestId('export'));
			await screen.findByRole('alert');
			fireEvent.click(screen.getByTestId('export'));
			await waitFor(() => expect(screen.getByTestId('data-message').textContent).toBe('Exported 3 events.'));
			expect(screen.getByTestId('data-message').getAttribute('role')).toBe('status');
		});
	});

	it('reads again when the user comes back to the page: warnings written in another tab meanwhile show (qa31)', async () => {
		setup();
		expect((await screen.findByTestId('total-warnings')).textContent).toBe('2');
		await db.events.add({
			at: NOW - 500,
			site: 'news.ycombinator.com',
			level: 'warn',
			dimensions: ['Toxicity'],
			action: 'shown',
		});
		expect(screen.getByTestId('total-warnings').textContent).toBe('2'); // nothing polls while the page is left alone
		window.dispatchEvent(new Event('focus'));
		await waitFor(() => expect(screen.getByTestId('total-warnings').textContent).toBe('3'));
		await waitFor(() => expect(screen.getByTestId('history').textContent).toContain('news.ycombinator.com'));
	});

	it('switches the range', async () => {
		setup();
		await screen.findByTestId('day-chart');
		fireEvent.click(screen.getByText('7 days'));
		await waitFor(() =>
			expect(screen.getByTestId('day-chart').getAttribute('aria-label')).toMatch(/^Over 7 days/),
		);
	});

	it('exports everything as a dated JSON file', async () => {
		const { download } = setup();
		await screen.findByTestId('history'); // the button is there (unavailable) while the page reads
		fireEvent.click(screen.getByTestId('export'));
		await waitFor(() => expect(download).toHaveBeenCalledOnce());
		const [filename, json] = download.mock.calls[0] as [string, string];
		expect(filename).toBe(`tactful-history-${localDay(new Date(NOW).toISOString())}.json`);
		expect(JSON.parse(json).events).toHaveLength(3);
	});

	it('deletes only after confirmation', async () => {
		setup();
		await screen.findByTestId('history');
		fireEvent.click(screen.getByTestId('delete'));
		fireEvent.click(screen.getByText('Cancel'));
		expect(await db.events.count()).toBe(3);
		fireEvent.click(screen.getByTestId('delete'));
		fireEvent.click(screen.getByTestId('confirm-delete'));
		expect(
			await screen.findByText(
				'Deleted 3 records and the rewrite preferences learned from them. Your settings are unchanged.',
			),
		).toBeTruthy();
		await waitFor(() => expect(screen.getByTestId('total-warnings').textContent).toBe('0'));
		expect(await db.events.count()).toBe(0);
	});

	it('the delete confirmation works from the keyboard: focus on Cancel, Escape backs out, focus returns', async () => {
		setup();
		await screen.findByTestId('history');
		const ask = screen.getByTestId('delete');
		ask.focus();
		fireEvent.click(ask);
		// The safe choice is focused, so a stray Enter does not delete anything.
		await waitFor(() => expect(document.activeElement).toBe(screen.getByText('Cancel')));
		fireEvent.keyDown(screen.getByText('Cancel'), { key: 'Escape' });
		await waitFor(() => expect(screen.queryByTestId('confirm-delete')).toBeNull());
		expect(document.activeElement).toBe(screen.getByTestId('delete'));
		fireEvent.click(screen.getByTestId('delete'));
		await screen.findByText('Cancel');
		fireEvent.click(screen.getByText('Cancel'));
		await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('delete')));
		expect(await db.events.count()).toBe(3);
	});

	it('"Delete everything" also empties the kept-drafts list on screen', async () => {
		await db.drafts.put({ key: 'a.com/x#0', site: 'a.com', text: 'Text I asked to forget', updatedAt: NOW });
		setup();
		await screen.findByTestId('kept-draft');
		fireEvent.click(screen.getByTestId('delete'));
		fireEvent.click(screen.getByTestId('confirm-delete'));
		await screen.findByText(/Deleted \d+ records/);
		await waitFor(() => expect(screen.queryByTestId('kept-draft')).toBeNull());
		expect(screen.queryByText('Text I asked to forget')).toBeNull();
	});

	it('says "1 accepted fix", not "1 accepted fixes"', async () => {
		setup();
		await screen.findByTestId('day-chart');
		expect(screen.getByTestId('day-chart').getAttribute('aria-label')).toBe(
			'Over 30 days: 2 warnings, 1 accepted fix',
		);
	});

	it('an empty "Over time" says what will appear there and when, instead of a blank chart (session 16)', async () => {
		await db.events.clear();
		setup();
		const empty = await screen.findByTestId('day-chart-empty');
		expect(empty.textContent).toBe('Nothing yet: warnings and rewrites you accept appear here by day.');
		expect(screen.queryByTestId('day-chart')).toBeNull();
		// Over a year the columns are weeks, and the sentence says so.
		fireEvent.click(screen.getByRole('button', { name: '1 year' }));
		await waitFor(() =>
			expect(screen.getByTestId('day-chart-empty').textContent).toBe(
				'Nothing yet: warnings and rewrites you accept appear here by week.',
			),
		);
	});

	it('the chart has a table of its counts for screen readers: each day with any, then the days with none', async () => {
		setup();
		const table = await screen.findByTestId('day-chart-table');
		expect(screen.getByTestId('day-chart').getAttribute('aria-describedby')).toBe(table.id);
		expect(table.querySelector('caption')?.textContent).toBe(
			'Warnings and accepted fixes by day (days not listed had none)',
		);
		const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.children].map((cell) => cell.textContent),
		);
		expect(rows).toEqual([
			['2026-11-27', '1', '0'],
			['2026-11-28', '1', '1'],
		]);
		expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
			'Day',
			'Warnings',
			'Accepted fixes',
		]);
	});

	it('a history over many sites lists the top ones and sums the rest in one line', async () => {
		await db.events.bulkAdd(
			Array.from({ length: 15 }, (_, i) => ({
				at: NOW - 5000,
				site: `site${i}.example`,
				level: 'warn' as const,
				dimensions: [],
				action: 'shown' as const,
			})),
		);
		setup();
		const list = await screen.findByTestId('by-site');
		expect(list.querySelectorAll('li')).toHaveLength(13);
		expect(screen.getByTestId('by-site-more').textContent).toBe('and 5 more (5 warnings)');
	});

	it('lists the warnings shown and deletes one, named for a screen reader; the totals and charts follow (qa21 #4)', async () => {
		setup();
		const rows = await screen.findAllByTestId('warning-row');
		// Newest first; the rewrite accepted is not a warning of its own.
		expect(rows.map((r) => r.textContent)).toEqual([
			expect.stringContaining('github.com'),
			expect.stringContaining('reddit.com'),
		]);
		expect(rows[0]?.textContent).toContain('Toxic emotions');
		const del = screen.getByRole('button', { name: /^Delete the warning on reddit\.com, \d+ (h|days) ago$/ });
		expect((await screen.findByTestId('total-warnings')).textContent).toBe('2');
		fireEvent.click(del);
		await waitFor(() => expect(screen.getAllByTestId('warning-row')).toHaveLength(1));
		await waitFor(() => expect(screen.getByTestId('total-warnings').textContent).toBe('1'));
		expect(screen.getByTestId('by-site').textContent).not.toContain('reddit.com');
		expect(screen.getByTestId('warnings-status').textContent).toBe(
			'Deleted the warning on reddit.com. The charts no longer count it.',
		);
		expect(await db.events.count()).toBe(2);
		// Focus goes to the Delete that took the deleted one's place (here the one left), not to the page's body.
		await waitFor(() =>
			expect(document.activeElement?.getAttribute('aria-label')).toMatch(
				/^Delete the warning on github\.com/,
			),
		);
		fireEvent.click(document.activeElement as HTMLElement);
		await waitFor(() => expect(screen.queryAllByTestId('warning-row')).toHaveLength(0));
		await waitFor(() => expect(document.activeElement?.id).toBe('h-warnings'));
	});

	it('deleting a warning deletes what the user did with it: the rewrite accepted after it goes, and the totals follow (session 23)', async () => {
		setup();
		expect((await screen.findByTestId('total-fixes')).textContent).toBe('1');
		fireEvent.click(await screen.findByRole('button', { name: /^Delete the warning on github\.com/ }));
		await waitFor(() => expect(screen.getByTestId('total-fixes').textContent).toBe('0'));
		expect(screen.getByTestId('total-warnings').textContent).toBe('1');
		expect(screen.getByTestId('warnings-status').textContent).toBe(
			'Deleted the warning on github.com and what you did with it. The charts no longer count them.',
		);
		expect((await db.events.toArray()).map((e) => [e.site, e.action])).toEqual([['reddit.com', 'shown']]);
	});

	it('says there are no warnings yet', async () => {
		await db.events.clear();
		setup();
		const section = await screen.findByTestId('recent-warnings');
		await waitFor(() => expect(section.textContent).toContain('No warnings yet.'));
	});

	it('lists kept drafts to copy back, and deletes one', async () => {
		await db.drafts.put({
			key: 'github.com/o/r/issues/1#new_comment_field',
			site: 'github.com',
			text: 'The half-written reply I lost',
			updatedAt: NOW - 5 * 60_000,
		});
		const writeText = vi.fn(async () => undefined);
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		setup();
		const kept = await screen.findByTestId('kept-draft');
		expect(kept.textContent).toContain('The half-written reply I lost');
		expect(kept.textContent).toContain('new_comment_field');
		fireEvent.click(screen.getByText('Copy'));
		await waitFor(() => expect(writeText).toHaveBeenCalledWith('The half-written reply I lost'));
		fireEvent.click(screen.getByRole('button', { name: /^Delete the draft on github\.com/ }));
		await waitFor(() => expect(screen.queryByTestId('kept-draft')).toBeNull());
		expect(await db.drafts.count()).toBe(0);
	});

	it("names each kept draft's Copy and Delete for a screen reader (two drafts: not two bare 'Copy' buttons)", async () => {
		for (const [key, site] of [
			['github.com/o/r/issues/1#new_comment_field', 'github.com'],
			['reddit.com/r/x/comments/abc#0', 'reddit.com'],
		] as const)
			await db.drafts.put({ key, site, text: `A reply on ${site}`, updatedAt: NOW - 60_000 });
		setup();
		await waitFor(() => expect(screen.getAllByTestId('kept-draft')).toHaveLength(2));
		expect(screen.getByRole('button', { name: 'Copy the draft on github.com/o/r/issues/1' })).toBeTruthy();
		expect(
			screen.getByRole('button', { name: 'Delete the draft on reddit.com/r/x/comments/abc' }),
		).toBeTruthy();
	});

	it('explains kept drafts when there are none', async () => {
		setup();
		const section = await screen.findByTestId('kept-drafts');
		await waitFor(() =>
			expect(section.textContent).toMatch(/None\. With “Keep draft text on this device” on/),
		);
	});

	it('with "Keep draft text" already on, the empty list does not tell the user to turn it on', async () => {
		await updateSettings({ storeDrafts: true });
		setup();
		const section = await screen.findByTestId('kept-drafts');
		await waitFor(() => expect(section.textContent).toMatch(/None right now\./));
		expect(section.textContent).not.toMatch(/With “Keep draft text on this device” on/);
	});
});

describe('toColumns', () => {
	const days = (n: number) => Array.from({ length: n }, (_, i) => ({ day: `d${i}`, warnings: i, fixes: 1 }));

	it('keeps one column a day up to 120 days', () => {
		expect(toColumns(days(90))).toHaveLength(90);
		expect(toColumns(days(3))[2]).toEqual({ day: 'd2', last: 'd2', warnings: 2, fixes: 1 });
	});

	it('sums longer ranges by week, the newest week ending today and nothing lost', () => {
		const columns = toColumns(days(365));
		expect(columns).toHaveLength(53);
		expect(columns.at(-1)).toEqual({
			day: 'd358',
			last: 'd364',
			warnings: 358 + 359 + 360 + 361 + 362 + 363 + 364,
			fixes: 7,
		});
		expect(columns[0]).toEqual({ day: 'd0', last: 'd0', warnings: 0, fixes: 1 });
		expect(columns.reduce((n, c) => n + c.fixes, 0)).toBe(365);
	});
});

describe('niceMax', () => {
	it('the axis top is even, so the middle gridline is a whole count where its label says (session 16)', () => {
		// A busiest day of 7 drew its middle line at 3.5 labelled "4": days with 3 warnings sat just under "4".
		for (const max of [0, 1, 3, 4, 5, 7, 9, 11, 17, 35, 70, 95, 130, 999]) {
			const top = niceMax(max);
			expect(top).toBeGreaterThanOrEqual(max);
			expect(Number.isInteger(top / 2)).toBe(true);
		}
		expect([niceMax(7), niceMax(9), niceMax(40), niceMax(41)]).toEqual([8, 10, 40, 50]);
	});
});

describe('localDay (the export file name)', () => {
	const tz = process.env.TZ;
	afterEach(() => {
		process.env.TZ = tz;
	});
	it("names the day on the user's own calendar, not the UTC one", () => {
		process.env.TZ = 'America/New_York';
		expect(localDay('2026-12-01T03:30:00.000Z')).toBe('2026-11-30');
		process.env.TZ = 'Asia/Tokyo';
		expect(localDay('2026-11-30T20:00:00.000Z')).toBe('2026-12-01');
		process.env.TZ = 'UTC';
		expect(localDay('2026-11-30T20:00:00.000Z')).toBe('2026-11-30');
	});
});
