import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TactfulDB } from '../storage/db.ts';
import { DEFAULT_SETTINGS } from '../storage/settings.ts';
import { historyHandlers } from './history.ts';
import { readHistoryExport } from './history-export.ts';

const NOW = Date.UTC(2026, 11, 1, 12);

describe('history export format (session 24: version 2)', () => {
	it('round-trips: an export of linked events, saved as JSON, reads back as the same document', async () => {
		const db = new TactfulDB(`export-${Math.random()}`);
		const h = historyHandlers(db, { now: () => NOW, getSettings: async () => DEFAULT_SETTINGS });
		await h.recordEvent({
			site: 'a.test',
			level: 'warn',
			dimensions: [],
			action: 'shown',
			episode: { field: 'f', draft: 'd' },
		});
		await h.recordEvent({ site: 'a.test', level: 'warn', dimensions: [], action: 'dismissed', field: 'f' });
		const dump = await h.exportHistory({});
		expect(dump.version).toBe(2);
		expect(dump.events.map((e) => [e.action, typeof e.day, typeof e.warning])).toEqual([
			['shown', 'string', 'undefined'],
			['dismissed', 'string', 'number'],
		]);
		expect(readHistoryExport(JSON.stringify(dump, null, 2))).toEqual(dump);
		db.close();
	});

	it('reads a version 1 file (events without warning or day, no daily) as version 2', () => {
		const v1 = {
			format: 'tactful-history',
			version: 1,
			exportedAt: '2026-11-20T10:00:00.000Z',
			settings: { ...DEFAULT_SETTINGS, sensitivity: 0.7 },
			events: [{ id: 1, at: NOW, site: 'a.test', level: 'warn', dimensions: [], action: 'shown' }],
			feedback: [],
			drafts: [],
			rewriteOutcomes: [],
		};
		const read = readHistoryExport(JSON.stringify(v1));
		expect(read.version).toBe(2);
		expect(read.events).toEqual(v1.events);
		expect(read.daily).toEqual([]);
		expect(read.settings.sensitivity).toBe(0.7);
	});

	it('refuses what it cannot read, saying why', () => {
		expect(() => readHistoryExport('{"format":"other"}')).toThrow('not a Tactful history export');
		expect(() =>
			readHistoryExport({ format: 'tactful-history', version: 3, exportedAt: '2026-12-01T00:00:00Z' }),
		).toThrow('version 3');
		expect(() =>
			readHistoryExport({ format: 'tactful-history', version: 2, exportedAt: 'x', events: {} }),
		).toThrow('"events" is not a list');
	});
});
