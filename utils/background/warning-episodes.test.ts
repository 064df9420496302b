import { describe, expect, it } from 'vitest';
import { type EpisodeStore, fieldInTab, memoryLinks, warningEpisodes } from './warning-episodes.ts';

/** A store like storage.session: survives the page (and a reload), read and written as a whole. */
function memoryStore(): EpisodeStore & { value: Record<string, string[]> } {
	const store = {
		value: {} as Record<string, string[]>,
		get: async () => structuredClone(store.value),
		set: async (v: Record<string, string[]>) => {
			store.value = structuredClone(v);
		},
	};
	return store;
}

describe('warningEpisodes: one warning episode across reloads of the same draft (session 18)', () => {
	it('the same draft in the same field, again after a reload: counted once', async () => {
		const store = memoryStore();
		expect(await warningEpisodes(store).appeared('field-a', 'draft-1')).toBe(true);
		// A reload: a new content script and a new tracker in the background; the store is what is left.
		expect(await warningEpisodes(store).appeared('field-a', 'draft-1')).toBe(false);
	});

	it('a different draft, or the same draft in another field: counted', async () => {
		const e = warningEpisodes(memoryStore());
		expect(await e.appeared('field-a', 'draft-1')).toBe(true);
		expect(await e.appeared('field-a', 'draft-2')).toBe(true);
		expect(await e.appeared('field-b', 'draft-1')).toBe(true);
	});

	it('a field emptied (posted, cleared) ends its episode: the same words typed again are counted', async () => {
		const store = memoryStore();
		const e = warningEpisodes(store);
		await e.appeared('field-a', 'draft-1');
		await e.appeared('field-b', 'draft-1');
		await e.ended('field-a');
		expect(await warningEpisodes(store).appeared('field-a', 'draft-1')).toBe(true);
		expect(await warningEpisodes(store).appeared('field-b', 'draft-1')).toBe(false);
	});

	it('answers calls in order, even when they overlap', async () => {
		const e = warningEpisodes(memoryStore());
		const got = await Promise.all([e.appeared('f', 'd'), e.appeared('f', 'd'), e.appeared('f', 'd')]);
		expect(got).toEqual([true, false, false]);
	});

	it('stays small: the oldest fields and texts are forgotten first', async () => {
		const store = memoryStore();
		const e = warningEpisodes(store, { maxFields: 2, maxTexts: 2 });
		for (const d of ['1', '2', '3']) await e.appeared('f', d);
		expect(store.value.f).toEqual(['2', '3']);
		await e.appeared('g', '1');
		await e.appeared('h', '1');
		expect(Object.keys(store.value)).toEqual(['g', 'h']);
	});

	it('a store that fails counts the warning (never drops one) and keeps answering', async () => {
		const broken: EpisodeStore = {
			get: () => Promise.reject(new Error('no session storage')),
			set: () => Promise.reject(new Error('no session storage')),
		};
		const e = warningEpisodes(broken);
		expect(await e.appeared('f', 'd')).toBe(true);
		await expect(e.ended('f')).resolves.toBeUndefined();
	});

	it('a closed tab ends the episodes of its fields; other tabs and tabless fields keep theirs (session 20)', async () => {
		const store = memoryStore();
		const e = warningEpisodes(store);
		await e.appeared(fieldInTab('field-a', 3), 'draft-1');
		await e.appeared(fieldInTab('field-b', 3), 'draft-1');
		await e.appeared(fieldInTab('field-a', 33), 'draft-1');
		await e.appeared(fieldInTab('field-a', undefined), 'draft-1');
		await e.tabClosed(3);
		expect(Object.keys(store.value).sort()).toEqual(['33:field-a', 'field-a']);
		await e.tabClosed(3); // again, or a tab that warned nothing: nothing written
		expect(Object.keys(store.value)).toHaveLength(2);
	});

	it("keeps each field's latest warning id across a reload; an emptied field, a closed tab or a clear forgets it (session 23)", async () => {
		const store = memoryStore();
		const links = memoryLinks();
		const e = warningEpisodes(store, { links });
		await e.warned(fieldInTab('f', 1), 7);
		await e.warned(fieldInTab('f', 1), 9);
		await e.warned(fieldInTab('g', 1), 8);
		await e.warned(fieldInTab('f', 2), 10);
		const reloaded = warningEpisodes(store, { links });
		expect(await reloaded.warningOf(fieldInTab('f', 1))).toBe(9);
		await reloaded.ended(fieldInTab('f', 1));
		expect(await reloaded.warningOf(fieldInTab('f', 1))).toBeUndefined();
		expect(await reloaded.warningOf(fieldInTab('g', 1))).toBe(8);
		await reloaded.tabClosed(1);
		expect(await reloaded.warningOf(fieldInTab('g', 1))).toBeUndefined();
		expect(await reloaded.warningOf(fieldInTab('f', 2))).toBe(10);
		await reloaded.clear();
		expect(await reloaded.warningOf(fieldInTab('f', 2))).toBeUndefined();
	});
});
