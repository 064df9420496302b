import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDB } from '../storage/db.ts';
import { catchUpInChunks } from '../storage/rollup-catch-up.ts';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings.ts';
import { hashText, isAllowed } from './adaptation.ts';
import { forgetDraftText, type HistoryHandlers, historyHandlers, turnedDraftsOff } from './history.ts';
import { warningEpisodes } from './warning-episodes.ts';

const NOW = new Date(2026, 10, 28, 12, 0, 0).getTime();
const DAY = 86_400_000;
let db: TactfulDB;
let settings: Settings;
let clock: number;
let h: HistoryHandlers;
let n = 0;

beforeEach(async () => {
	db = new TactfulDB(`history-test-${n++}`);
	settings = structuredClone(DEFAULT_SETTINGS);
	clock = NOW;
	h = historyHandlers(db, { now: () => clock, getSettings: async () => settings });
});
afterEach(async () => {
	await db.delete();
});

describe('recordEvent', () => {
	it('stores the event with a normalized site and no draft unless opted in', async () => {
		const { id } = await h.recordEvent({
			site: 'www.GitHub.com',
			level: 'warn',
			dimensions: ['Toxic Emotions'],
			action: 'shown',
			draft: 'you idiot',
		});
		const row = await db.events.get(id);
		expect(row).toMatchObject({ at: NOW, site: 'github.com', level: 'warn', action: 'shown' });
		expect(row?.draft).toBeUndefined();
	});

	it('keeps the draft when the user opted in', async () => {
		settings.storeDrafts = true;
		const { id } = await h.recordEvent({
			site: 'a.org',
			level: 'caution',
			dimensions: [],
			action: 'reviewed',
			draft: 'hmm',
		});
		expect((await db.events.get(id))?.draft).toBe('hmm');
	});

	it('rejects unknown actions and drops unknown dimensions', async () => {
		await expect(
			h.recordEvent({ site: 'a', level: 'ok', dimensions: [], action: 'nope' as never }),
		).rejects.toThrow(/unknown action/);
		const { id } = await h.recordEvent({
			site: 'a',
			level: 'ok',
			dimensions: ['Bogus' as never, 'Toxic Emotions'],
			action: 'fine',
		});
		expect((await db.events.get(id))?.dimensions).toEqual(['Toxic Emotions']);
	});

	it('keeps the toxic head, so "By reason" lists a warning for insults (it said "No warnings yet." beside 1 shown)', async () => {
		const { id } = await h.recordEvent({
			site: 'github.com',
			level: 'warn',
			dimensions: ['Toxicity'],
			action: 'shown',
		});
		expect((await db.events.get(id))?.dimensions).toEqual(['Toxicity']);
		const stats = await h.getStats({ days: 7 });
		expect(stats.totals.warnings).toBe(1);
		expect(stats.byDimension).toEqual([{ dimension: 'Toxicity', warnings: 1, fixes: 0 }]);
	});
});

describe('undone rewrites (QA, session 13: an undone rewrite still counted as accepted)', () => {
	it('counts accepted minus undone as fixes, per day, site and reason, and says how many were undone', async () => {
		const ev = (action: 'rewriteAccepted' | 'rewriteRejected' | 'dismissed', dims: string[]) =>
			h.recordEvent({ site: 'github.com', level: 'warn', dimensions: dims as never, action });
		await ev('rewriteAccepted', ['Toxicity']);
		await ev('rewriteAccepted', ['Toxicity']);
		await ev('rewriteAccepted', ['Missing Openness']);
		await ev('rewriteRejected', ['Toxicity']);
		await ev('dismissed', ['Missing Openness']);
		const stats = await h.getStats({ days: 7 });
		expect(stats.totals).toMatchObject({ fixes: 2, undone: 1 });
		expect(stats.actions).toMatchObject({ rewriteAccepted: 3, rewriteRejected: 1, dismissed: 1 });
		expect(stats.bySite).toEqual([{ site: 'github.com', warnings: 0, fixes: 2 }]);
		expect(stats.byDay.at(-1)).toMatchObject({ fixes: 2 });
		expect(stats.byDimension).toEqual(
			expect.arrayContaining([
				{ dimension: 'Toxicity', warnings: 0, fixes: 1 },
				{ dimension: 'Missing Openness', warnings: 0, fixes: 1 },
			]),
		);
	});

	it('a redo after the undo takes it back: one rewrite applied, undone and redone is 1 fix, 0 undone (qa28)', async () => {
		const ev = (action: 'rewriteAccepted' | 'rewriteRejected' | 'rewriteRedone') =>
			h.recordEvent({ site: 'github.com', level: 'warn', dimensions: ['Toxicity' as never], action });
		await ev('rewriteAccepted');
		await ev('rewriteRejected');
		await ev('rewriteRedone');
		let stats = await h.getStats({ days: 7 });
		// The page's "1 rewrite accepted" with no "(2 applied, 1 undone)".
		expect(stats.totals).toMatchObject({ fixes: 1, undone: 0 });
		expect(stats.bySite).toEqual([{ site: 'github.com', warnings: 0, fixes: 1 }]);
		expect(stats.byDimension).toEqual([{ dimension: 'Toxicity', warnings: 0, fixes: 1 }]);
		await ev('rewriteRejected'); // Ctrl+Z once more
		stats = await h.getStats({ days: 7 });
		expect(stats.totals).toMatchObject({ fixes: 0, undone: 1 });
	});

	it('never counts below zero where the undo landed on another day than the Apply', async () => {
		clock = NOW - DAY;
		await h.recordEvent({ site: 'a', level: 'warn', dimensions: [], action: 'rewriteAccepted' });
		clock = NOW;
		await h.recordEvent({ site: 'a', level: 'warn', dimensions: [], action: 'rewriteRejected' });
		const stats = await h.getStats({ days: 7 });
		expect(stats.byDay.map((d) => d.fixes).every((f) => f >= 0)).toBe(true);
		expect(stats.totals).toMatchObject({ fixes: 0, undone: 1 });
	});
});

describe('recordFeedback and getAdaptation', () => {
	it('stores only a hash of the text', async () => {
		const { id } = await h.recordFeedback({
			site: 'a.org',
			text: 'This  is FINE ',
			dimensions: ['Toxic Emotions'],
		});
		const row = await db.feedback.get(id);
		expect(row?.textHash).toBe(hashText('this is fine'));
		expect(JSON.stringify(row)).not.toContain('FINE');
	});

	it('allow-lists marked texts and nudges dimensions only after repeated feedback', async () => {
		await h.recordFeedback({ site: 'a', text: 'one', dimensions: ['Toxic Emotions', 'Inappropriateness'] });
		let a = await h.getAdaptation({});
		expect(isAllowed('ONE', a)).toBe(true);
		expect(a.dimensionOffsets).toEqual({});
		expect(a.options.sensitivity).toBe(0.5);
		await h.recordFeedback({ site: 'a', text: 'two', dimensions: ['Toxic Emotions', 'Inappropriateness'] });
		await h.recordFeedback({ site: 'a', text: 'three', dimensions: ['Toxic Emotions', 'Inappropriateness'] });
		a = await h.getAdaptation({});
		expect(a.dimensionOffsets['Toxic Emotions']).toBeCloseTo(0.06);
		expect(a.options.sensitivity).toBeCloseTo(0.44);
		expect(a.feedbackCount).toBe(3);
	});

	it('caps nudges, keeps user-disabled dimensions and forgets feedback older than 90 days', async () => {
		settings.disabledDimensions = ['Detrimental Orthography'];
		for (let i = 0; i < 20; i++)
			await h.recordFeedback({ site: 'a', text: `t${i}`, dimensions: ['Inappropriateness'] });
		let a = await h.getAdaptation({});
		expect(a.dimensionOffsets.Inappropriateness).toBe(0.15);
		expect(a.options.sensitivity).toBeCloseTo(0.35);
		expect(a.options.disabledDimensions).toEqual(['Detrimental Orthography']);
		clock = NOW + 91 * DAY;
		a = await h.getAdaptation({});
		expect(a.feedbackCount).toBe(0);
		expect(a.allowHashes).toEqual([]);
	});
});

describe('getStats', () => {
	it('tallies warnings and fixes by day, site and dimension within the range', async () => {
		const ev = (at: number, site: string, action: 'shown' | 'rewriteAccepted', dims: string[]) =>
			h.recordEvent({ at, site, level: 'warn', dimensions: dims as never, action });
		await ev(NOW - 1000, 'github.com', 'shown', ['Toxic Emotions']);
		await ev(NOW - 900, 'github.com', 'rewriteAccepted', ['Toxic Emotions']);
		await ev(NOW - 2 * DAY, 'reddit.com', 'shown', ['Excessive Intensity', 'Toxic Emotions']);
		await ev(NOW - 40 * DAY, 'old.example', 'shown', ['Toxic Emotions']);
		const s = await h.getStats({ days: 7 });
		expect(s.byDay).toHaveLength(7);
		expect(s.byDay.at(-1)).toMatchObject({ warnings: 1, fixes: 1 });
		expect(s.byDay.at(-3)).toMatchObject({ warnings: 1, fixes: 0 });
		expect(s.bySite.map((x) => x.site)).toEqual(['github.com', 'reddit.com']);
		expect(s.byDimension[0]).toEqual({ dimension: 'Toxic Emotions', warnings: 2, fixes: 1 });
		expect(s.totals).toMatchObject({ warnings: 2, fixes: 1, events: 3 });
		expect(s.actions.shown).toBe(2);
	});
});

describe('drafts, export and clear', () => {
	it('saves drafts only when opted in, discards and prunes them', async () => {
		expect(await h.saveDraft({ key: 'k', site: 'a', text: 'x' })).toEqual({ stored: false });
		settings.storeDrafts = true;
		expect(await h.saveDraft({ key: 'k', site: 'a', text: 'x' })).toEqual({ stored: true });
		await h.discardDraft({ key: 'k' });
		expect(await db.drafts.count()).toBe(0);
		await h.saveDraft({ key: 'old', site: 'a', text: 'x' });
		clock = NOW + 8 * DAY;
		await h.saveDraft({ key: 'new', site: 'a', text: 'y' });
		expect((await db.drafts.toArray()).map((d) => d.key)).toEqual(['new']);
	});

	it('keeps a long pasted draft whole (a restored draft must not lose its end)', async () => {
		settings.storeDrafts = true;
		const text = `${'calm words '.repeat(12_000)}the last sentence the user typed.`;
		await h.saveDraft({ key: 'long', site: 'a', text });
		expect((await db.drafts.get('long'))?.text).toBe(text);
	});

	it('lists kept drafts newest first and prunes week-old ones', async () => {
		settings.storeDrafts = true;
		await h.saveDraft({ key: 'old', site: 'a', text: 'x' });
		clock = NOW + 8 * DAY;
		await db.drafts.put({ key: 'stale', site: 'a', text: 'z', updatedAt: NOW });
		await h.saveDraft({ key: 'first', site: 'a', text: 'y' });
		clock += 1000;
		await h.saveDraft({ key: 'second', site: 'b', text: 'w' });
		const { drafts } = await h.listDrafts({});
		expect(drafts.map((d) => d.key)).toEqual(['second', 'first']);
		expect(drafts[0]).toEqual({ key: 'second', site: 'b', text: 'w', updatedAt: clock });
	});

	it('exports everything as JSON and clears every table', async () => {
		await h.recordEvent({ site: 'a', level: 'warn', dimensions: [], action: 'shown' });
		await h.recordFeedback({ site: 'a', text: 'fine', dimensions: [] });
		await db.rewriteOutcomes.add({ strategy: 'soften', at: NOW, accepted: true });
		const dump = await h.exportHistory({});
		expect(dump).toMatchObject({
			format: 'tactful-history',
			version: 2,
			exportedAt: new Date(NOW).toISOString(),
		});
		expect([dump.events.length, dump.feedback.length, dump.rewriteOutcomes.length]).toEqual([1, 1, 1]);
		expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
		expect(await h.clearHistory({})).toEqual({ deleted: 3 });
		expect((await h.exportHistory({})).events).toEqual([]);
	});
});

describe('exportHistory while the roll-up is catching up', () => {
	it('exports daily counts that include events the roll-up has not counted yet', async () => {
		await h.recordEvent({ site: 'a', level: 'warn', dimensions: [], action: 'shown' });
		// Rows written straight into the table (an import, a history from before the roll-up): not counted yet.
		await db.events.bulkAdd([
			{ at: NOW - DAY, site: 'a', level: 'warn', dimensions: [], action: 'shown' },
			{ at: NOW - DAY, site: 'b', level: 'warn', dimensions: [], action: 'rewriteAccepted' },
		]);
		const during = (await h.exportHistory({})).daily;
		await catchUpInChunks(db);
		expect(during).toEqual(await db.daily.orderBy('day').toArray());
		expect(during).toHaveLength(2);
	});
});

describe('turning "Keep draft text" off', () => {
	it('forgets every kept text: saved drafts and the draft text of past events, keeping the counts', async () => {
		settings.storeDrafts = true;
		await h.recordEvent({ site: 'a.com', level: 'warn', dimensions: [], action: 'shown', draft: 'you fool' });
		await h.recordEvent({ site: 'a.com', level: 'warn', dimensions: [], action: 'shown' });
		await h.saveDraft({ key: 'a.com/x#0', site: 'a.com', text: 'half a reply' });
		expect(await forgetDraftText(db)).toBe(2);
		expect(await db.drafts.count()).toBe(0);
		const events = await db.events.toArray();
		expect(events).toHaveLength(2);
		expect(events.every((e) => !('draft' in e))).toBe(true);
	});

	it('fires only on the change from on to off', () => {
		const on = { ...DEFAULT_SETTINGS, storeDrafts: true };
		const off = { ...DEFAULT_SETTINGS, storeDrafts: false };
		expect(turnedDraftsOff(off, on)).toBe(true);
		expect(turnedDraftsOff(off, off)).toBe(false);
		expect(turnedDraftsOff(on, off)).toBe(false);
		expect(turnedDraftsOff(off, null)).toBe(false);
	});
});

describe('clearHistory', () => {
	it('also forgets the rewrite preferences learned from the deleted outcomes', async () => {
		let forgotten = 0;
		const handlers = historyHandlers(db, { now: () => clock, forgetLearned: () => void forgotten++ });
		await db.rewriteOutcomes.add({ strategy: 'soften.none.t0@toxic', at: NOW, accepted: true });
		expect(await handlers.clearHistory({})).toEqual({ deleted: 1 });
		expect(forgotten).toBe(1);
	});

	it('keeps the API key: it is a setting kept in the database, not history (session 26)', async () => {
		await db.secrets.put({ name: 'openaiApiKey', value: 'sk-kept', origin: 'https://api.openai.com' });
		await db.events.add({ at: NOW, site: 'github.com', level: 'warn', dimensions: [], action: 'shown' });
		expect(await h.clearHistory({})).toEqual({ deleted: 1 });
		expect(await db.events.count()).toBe(0);
		expect((await db.secrets.get('openaiApiKey'))?.value).toBe('sk-kept');
	});
});

describe('recordEvent: one warning episode across a reload (session 18)', () => {
	const store = () => {
		let value = {};
		return {
			get: async () => structuredClone(value),
			set: async (v: object) => {
				value = structuredClone(v);
			},
		};
	};
	const shown = (draft: string, field = 'f1') => ({
		site: 'example.com',
		level: 'warn' as const,
		dimensions: [],
		action: 'shown' as const,
		episode: { field, draft },
	});

	it('the same draft warned again after a reload is stored once; another draft or field counts', async () => {
		const s = store();
		const page1 = historyHandlers(db, { now: () => clock, episodes: warningEpisodes(s) });
		expect((await page1.recordEvent(shown('d1'))).id).toBeGreaterThan(0);
		// The reload: a new content script, the same field and text.
		const page2 = historyHandlers(db, { now: () => clock, episodes: warningEpisodes(s) });
		expect(await page2.recordEvent(shown('d1'))).toEqual({ id: 0, repeated: true });
		expect((await page2.recordEvent(shown('d2'))).id).toBeGreaterThan(0);
		expect((await page2.recordEvent(shown('d1', 'f2'))).id).toBeGreaterThan(0);
		expect(await db.events.where('action').equals('shown').count()).toBe(3);
		expect((await page2.getStats({ days: 1 })).actions.shown).toBe(3);
	});

	it('an emptied field ends the episode: the same words warned again are counted', async () => {
		const h2 = historyHandlers(db, { now: () => clock, episodes: warningEpisodes(store()) });
		await h2.recordEvent(shown('d1'));
		await h2.endWarningEpisode({ field: 'f1' });
		expect((await h2.recordEvent(shown('d1'))).id).toBeGreaterThan(0);
	});

	it('deleting the history forgets the episodes: the same draft warned again is counted', async () => {
		const h2 = historyHandlers(db, {
			now: () => clock,
			episodes: warningEpisodes(store()),
			forgetLearned: () => {},
		});
		await h2.recordEvent(shown('d1'));
		await h2.clearHistory({});
		expect((await h2.recordEvent(shown('d1'))).id).toBeGreaterThan(0);
	});

	it('two tabs on the same page keep their own episodes: tab B warning is counted, its emptied field leaves tab A alone (qa19)', async () => {
		const h = historyHandlers(db, { now: () => clock, episodes: warningEpisodes(store()) });
		const tabA = { tab: { id: 11 } };
		const tabB = { tab: { id: 12 } };
		expect((await h.recordEvent(shown('d1'), tabA)).id).toBeGreaterThan(0);
		// The same page address, field and words in another tab: a warning of its own.
		expect((await h.recordEvent(shown('d1'), tabB)).id).toBeGreaterThan(0);
		// Tab B posts (its field emptied): tab A's reload with its draft restored is still tab A's one warning.
		await h.endWarningEpisode({ field: 'f1' }, tabB);
		expect(await h.recordEvent(shown('d1'), tabA)).toEqual({ id: 0, repeated: true });
		expect((await h.getStats({ days: 1 })).actions.shown).toBe(2);
	});

	it('a closed tab frees its episodes, and only its own (session 20)', async () => {
		const s = store();
		const episodes = warningEpisodes(s);
		const h = historyHandlers(db, { now: () => clock, episodes });
		// What the message contract hands the handler: the browser's sender, with the tab the page is in.
		await h.recordEvent(shown('d1'), { tab: { id: 1 } });
		await h.recordEvent(shown('d2', 'f2'), { tab: { id: 1 } });
		await h.recordEvent(shown('d1'), { tab: { id: 11 } });
		await h.recordEvent(shown('d1'));
		expect(Object.keys(await s.get()).sort()).toEqual(['11:f1', '1:f1', '1:f2', 'f1']);
		await episodes.tabClosed(1);
		expect(Object.keys(await s.get()).sort()).toEqual(['11:f1', 'f1']);
		// Tab 11 still holds its episode: its reload with the same draft is the one warning already counted.
		expect(await h.recordEvent(shown('d1'), { tab: { id: 11 } })).toEqual({ id: 0, repeated: true });
	});

	it('other actions are never held back by an episode', async () => {
		const h2 = historyHandlers(db, { now: () => clock, episodes: warningEpisodes(store()) });
		await h2.recordEvent(shown('d1'));
		expect((await h2.recordEvent({ ...shown('d1'), action: 'fine' })).id).toBeGreaterThan(0);
	});
});

describe('one warning at a time (qa21 #4: the history page could only delete everything)', () => {
	const shown = (at: number, site: string, dims: string[], draft?: string) =>
		h.recordEvent({ at, site, level: 'warn', dimensions: dims as never, action: 'shown', draft });

	it('lists the warnings shown, newest first, with their kept text only when opted in', async () => {
		settings.storeDrafts = true;
		await shown(NOW - 2 * DAY, 'reddit.com', ['Toxic Emotions'], 'older words');
		await h.recordEvent({ site: 'github.com', level: 'warn', dimensions: [], action: 'dismissed' });
		await shown(NOW - 1000, 'github.com', ['Excessive Intensity'], 'newer words');
		const { warnings } = await h.listWarnings({});
		expect(warnings.map((w) => [w.site, w.draft])).toEqual([
			['github.com', 'newer words'],
			['reddit.com', 'older words'],
		]);
		expect(warnings[0]).toMatchObject({ at: NOW - 1000, level: 'warn', dimensions: ['Excessive Intensity'] });
		expect((await h.listWarnings({ limit: 1 })).warnings).toHaveLength(1);
	});

	it('deletes one warning: its row and its count in the charts, the others stay', async () => {
		const { id: keep } = await shown(NOW - 1000, 'github.com', ['Toxic Emotions']);
		const { id: gone } = await shown(NOW - 500, 'github.com', ['Toxic Emotions', 'Excessive Intensity']);
		expect((await h.getStats({ days: 7 })).totals.warnings).toBe(2);
		expect(await h.deleteWarning({ id: gone })).toEqual({ deleted: 1, with: 0 });
		expect(await db.events.get(gone)).toBeUndefined();
		expect(await db.events.get(keep)).toBeDefined();
		const s = await h.getStats({ days: 7 });
		expect(s.totals.warnings).toBe(1);
		expect(s.bySite).toEqual([{ site: 'github.com', warnings: 1, fixes: 0 }]);
		expect(s.byDimension).toEqual([{ dimension: 'Toxic Emotions', warnings: 1, fixes: 0 }]);
		// The export's daily counts agree with the charts.
		const site = (await h.exportHistory({})).daily[0]?.sites[0];
		expect(site?.actions.shown).toBe(1);
		expect(site?.dimensions.shown).toEqual({ 'Toxic Emotions': 1 });
	});

	it('a warning the roll-up has not counted yet is deleted without touching the counts; a second delete deletes nothing', async () => {
		await shown(NOW - 1000, 'a.org', []);
		const id = await db.events.add({
			at: NOW - DAY,
			site: 'b.org',
			level: 'warn',
			dimensions: [],
			action: 'shown',
		});
		expect(await h.deleteWarning({ id })).toEqual({ deleted: 1, with: 0 });
		await catchUpInChunks(db);
		expect((await h.getStats({ days: 7 })).bySite.map((x) => x.site)).toEqual(['a.org']);
		expect(await h.deleteWarning({ id })).toEqual({ deleted: 0 });
		expect((await h.getStats({ days: 7 })).totals.warnings).toBe(1);
	});

	it('deletes only warnings: another kind of event is not deleted by its id', async () => {
		const { id } = await h.recordEvent({
			site: 'a.org',
			level: 'warn',
			dimensions: [],
			action: 'rewriteAccepted',
		});
		expect(await h.deleteWarning({ id })).toEqual({ deleted: 0 });
		expect(await db.events.get(id)).toBeDefined();
	});
});

describe('deleting a warning deletes what the user did with it (session 23)', () => {
	beforeEach(() => {
		// Episodes of this test alone (the default's session storage outlives a test).
		const store = {
			value: {},
			get: async () => ({ ...store.value }),
			set: async (v: object) => {
				store.value = v;
			},
		};
		h = historyHandlers(db, {
			now: () => clock,
			getSettings: async () => settings,
			episodes: warningEpisodes(store as never),
		});
	});
	const act = (
		action: 'dismissed' | 'fine' | 'rewriteAccepted' | 'rewriteRejected',
		field?: string,
		site = 'a.org',
	) =>
		h.recordEvent({
			site,
			level: 'warn',
			dimensions: ['Toxic Emotions'],
			action,
			...(field ? { field } : {}),
		});
	const warn = (field: string, draft: string, site = 'a.org') =>
		h.recordEvent({
			site,
			level: 'warn',
			dimensions: ['Toxic Emotions'],
			action: 'shown',
			episode: { field, draft },
		});

	it("links the card's events to the field's latest warning and deletes them with it; the charts and the export agree", async () => {
		const { id: first } = await warn('f1', 'd1');
		clock += 1000;
		const { id: dismissed } = await act('dismissed', 'f1');
		const { id: accepted } = await act('rewriteAccepted', 'f1');
		const { id: other } = await warn('f2', 'd2');
		const { id: otherFine } = await act('fine', 'f2');
		// A field with no stored warning (a caution's card): linked to none.
		const { id: none } = await act('rewriteAccepted', 'f3');
		expect((await db.events.get(dismissed))?.warning).toBe(first);
		expect((await db.events.get(accepted))?.warning).toBe(first);
		expect((await db.events.get(otherFine))?.warning).toBe(other);
		expect((await db.events.get(none))?.warning).toBe(0);
		expect((await h.getStats({ days: 7 })).totals).toMatchObject({ warnings: 2, fixes: 2 });

		expect(await h.deleteWarning({ id: first })).toEqual({ deleted: 1, with: 2 });
		const left = (await h.exportHistory({})).events.map((e) => e.id);
		expect(left).toEqual([other, otherFine, none]);
		const stats = await h.getStats({ days: 7 });
		expect(stats.totals).toMatchObject({ warnings: 1, fixes: 1 });
		expect(stats.actions).toMatchObject({ shown: 1, dismissed: 0, fine: 1, rewriteAccepted: 1 });
		const day = (await h.exportHistory({})).daily[0]?.sites[0];
		expect(day?.actions).toEqual({ shown: 1, fine: 1, rewriteAccepted: 1 });
	});

	it('the same draft warned again after a reload (not stored again): what the user does then is still linked to it', async () => {
		const { id } = await warn('f1', 'd1');
		expect(await warn('f1', 'd1')).toEqual({ id: 0, repeated: true });
		const { id: dismissed } = await act('dismissed', 'f1');
		expect((await db.events.get(dismissed))?.warning).toBe(id);
	});

	it('events stored before the link existed: those after the warning on its site, up to its next one, go with it', async () => {
		const legacy = (at: number, action: 'shown' | 'dismissed' | 'rewriteAccepted', site = 'a.org') =>
			db.events.add({ at, site, level: 'warn', dimensions: [], action });
		const warning = await legacy(NOW - 5000, 'shown');
		const mine = await legacy(NOW - 4000, 'rewriteAccepted');
		const elsewhere = await legacy(NOW - 3500, 'dismissed', 'b.org');
		const next = await legacy(NOW - 3000, 'shown');
		const nextOwn = await legacy(NOW - 2000, 'dismissed');
		await catchUpInChunks(db);
		expect(await h.deleteWarning({ id: warning })).toEqual({ deleted: 1, with: 1 });
		expect(await db.events.get(mine)).toBeUndefined();
		expect((await db.events.toArray()).map((e) => e.id)).toEqual([elsewhere, next, nextOwn]);
		expect((await h.getStats({ days: 7 })).totals).toMatchObject({ warnings: 1, fixes: 0 });
	});

	it('a warning deleted after the time zone changed leaves no count behind on the day it was counted', async () => {
		const zone = process.env.TZ;
		try {
			// 20:00 UTC: the next day in Tokyo, the same day in New York.
			const at = Date.UTC(2026, 10, 27, 20, 0, 0);
			process.env.TZ = 'Asia/Tokyo';
			const { id } = await h.recordEvent({
				at,
				site: 'a.org',
				level: 'warn',
				dimensions: [],
				action: 'shown',
			});
			// One stored before session 23 (no day with it), counted in Tokyo too.
			const old = await db.events.add({
				at: at + 1,
				site: 'b.org',
				level: 'warn',
				dimensions: [],
				action: 'shown',
			});
			await catchUpInChunks(db);
			expect((await h.exportHistory({})).daily.map((r) => r.day)).toEqual(['2026-11-28']);
			process.env.TZ = 'America/New_York';
			expect(await h.deleteWarning({ id })).toMatchObject({ deleted: 1 });
			expect(await h.deleteWarning({ id: old })).toMatchObject({ deleted: 1 });
			expect((await h.exportHistory({})).daily).toEqual([]);
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		}
	});
});
