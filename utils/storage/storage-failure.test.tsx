import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../../components/History/HistoryPage.tsx';
import { historyHandlers } from '../background/history.ts';
import { TactfulDB } from './db.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { HISTORY_UNAVAILABLE, isStorageUnavailable } from './storage-failure.ts';

// IndexedDB that will not open: Firefox private windows (older versions), a quota exceeded, an open blocked by
// another version, a corrupt database. Forced here on fake-indexeddb by making every open fail as Firefox does.
function breakIndexedDb() {
	vi.spyOn(indexedDB, 'open').mockImplementation(() => {
		throw new DOMException(
			'A mutation operation was attempted on a database that did not allow mutations.',
			'InvalidStateError',
		);
	});
}

afterEach(() => vi.restoreAllMocks());

let n = 0;
const brokenHandlers = () => {
	breakIndexedDb();
	const db = new TactfulDB(`broken-${n++}`);
	return historyHandlers(db, { now: () => 0, getSettings: async () => structuredClone(DEFAULT_SETTINGS) });
};

describe('history when IndexedDB cannot open', () => {
	it('every history read fails with one plain "history is unavailable in this window" error, not a Dexie dump', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const h = brokenHandlers();
		for (const call of [
			() => h.getStats({ days: 30 }),
			() => h.exportHistory({}),
			() => h.listDrafts({}),
			() => h.clearHistory({}),
		]) {
			const error = await call().catch((e: unknown) => e);
			expect(error).toBeInstanceOf(Error);
			expect(isStorageUnavailable(error)).toBe(true);
			expect((error as Error).message).toMatch(/^storage-unavailable: /);
			expect((error as Error).message).toContain(HISTORY_UNAVAILABLE);
		}
		// Logged once with the raw error, not once per call.
		expect(warn.mock.calls.filter(([m]) => /history is unavailable/.test(String(m)))).toHaveLength(1);
	});

	it('what a page sends while writing keeps working: events, feedback and drafts are dropped quietly', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const h = brokenHandlers();
		await expect(
			h.recordEvent({ site: 'github.com', level: 'warn', dimensions: [], action: 'shown' }),
		).resolves.toEqual({ id: 0 });
		await expect(h.recordFeedback({ site: 'github.com', text: 'fine', dimensions: [] })).resolves.toEqual({
			id: 0,
		});
		await expect(h.saveDraft({ key: 'k', site: 'github.com', text: 'draft' })).resolves.toEqual({
			stored: false,
		});
		await expect(h.discardDraft({ key: 'k' })).resolves.toEqual({ ok: true });
		// Nothing learned is available: scoring goes on with the defaults.
		const adaptation = await h.getAdaptation({});
		expect(adaptation).toBeTruthy();
	});

	it('the history page says history is unavailable in this window (not an error dump, not a blank page)', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const client = brokenHandlers();
		render(<HistoryPage client={client} download={() => undefined} />);
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toMatch(/History is unavailable in this window/);
		expect(alert.textContent).toMatch(/Checking drafts and your settings still work/);
		expect(alert.textContent).not.toMatch(/InvalidStateError|mutation operation|Dexie|OpenFailed/);
	});
});
