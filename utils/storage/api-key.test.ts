import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import {
	clearApiKey,
	getApiKey,
	keepApiKeyMoved,
	legacyKeyItems,
	migrateApiKey,
	resetMigrationLog,
	saveApiKey,
} from './api-key.ts';
import { TactfulDB } from './db.ts';
import { apiKeyChangedAtItem } from './settings.ts';

let db: TactfulDB;
let n = 0;
const OPENAI = 'https://api.openai.com';
const local = () => fakeBrowser.storage.local.get(null);
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(async () => {
	db = new TactfulDB(`api-key-test-${n++}`);
	await db.open();
	resetMigrationLog();
});
afterEach(async () => {
	vi.restoreAllMocks();
	await db.delete();
});

describe('the API key', () => {
	it('is saved in the database, bound to its origin, and never in storage.local', async () => {
		expect(await getApiKey(db)).toEqual({ key: '', origin: '' });
		await saveApiKey('sk-secret', OPENAI, db);
		expect(await getApiKey(db)).toEqual({ key: 'sk-secret', origin: OPENAI });
		expect(await db.secrets.get('openaiApiKey')).toEqual({
			name: 'openaiApiKey',
			value: 'sk-secret',
			origin: OPENAI,
			rev: expect.any(String),
		});
		expect(JSON.stringify(await local())).not.toContain('sk-secret');
	});

	it('tells content scripts when it changed (a time, never the key)', async () => {
		const seen: number[] = [];
		const stop = apiKeyChangedAtItem.watch((at) => seen.push(at));
		await saveApiKey('sk-1', OPENAI, db);
		await settle();
		await clearApiKey(db);
		await settle();
		stop();
		expect(seen).toHaveLength(2);
		expect(Object.keys(await local())).toEqual(['openaiApiKeyChangedAt']);
	});

	it('is cleared: the row keeps no key and no origin, only a fresh rev (a change the move can see)', async () => {
		await saveApiKey('sk-1', OPENAI, db);
		const before = await db.secrets.get('openaiApiKey');
		await clearApiKey(db);
		expect(await getApiKey(db)).toEqual({ key: '', origin: '' });
		const row = await db.secrets.get('openaiApiKey');
		expect(row).toEqual({ name: 'openaiApiKey', value: '', origin: '', rev: expect.any(String) });
		expect(row?.rev).not.toBe(before?.rev);
	});

	it('reads a row without a rev (saved by session 26) as before', async () => {
		await db.secrets.put({ name: 'openaiApiKey', value: 'sk-26', origin: OPENAI });
		expect(await getApiKey(db)).toEqual({ key: 'sk-26', origin: OPENAI });
	});

	it('an unreadable database reads as no key, logged once', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.spyOn(db.secrets, 'get').mockRejectedValue(new Error('DatabaseClosedError'));
		expect(await getApiKey(db)).toEqual({ key: '', origin: '' });
		expect(await getApiKey(db)).toEqual({ key: '', origin: '' });
		expect(warn).toHaveBeenCalledTimes(1);
	});

	it('a key still in storage.local (not moved yet) is the newest one', async () => {
		await saveApiKey('sk-old', OPENAI, db);
		await fakeBrowser.storage.local.set({
			openaiApiKey: 'sk-new',
			openaiApiKeyOrigin: 'http://localhost:11434',
		});
		expect(await getApiKey(db)).toEqual({ key: 'sk-new', origin: 'http://localhost:11434' });
	});

	it('saving removes a legacy key, which would otherwise win and be moved over the saved one', async () => {
		await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-legacy', openaiApiKeyOrigin: OPENAI });
		await saveApiKey('sk-typed', OPENAI, db);
		expect(await getApiKey(db)).toEqual({ key: 'sk-typed', origin: OPENAI });
		expect(await migrateApiKey(db)).toBe('nothing');
		expect(await getApiKey(db)).toEqual({ key: 'sk-typed', origin: OPENAI });
	});
});

describe('migrateApiKey', () => {
	it('moves the key and its origin out of storage.local, once', async () => {
		await fakeBrowser.storage.local.set({
			openaiApiKey: 'sk-legacy',
			openaiApiKeyOrigin: OPENAI,
			settings: {},
		});
		expect(await migrateApiKey(db)).toBe('moved');
		expect(await db.secrets.get('openaiApiKey')).toMatchObject({ value: 'sk-legacy', origin: OPENAI });
		const left = await local();
		expect(Object.keys(left).sort()).toEqual(['openaiApiKeyChangedAt', 'settings']);
		expect(JSON.stringify(left)).not.toContain('sk-legacy');
		// Idempotent: run again (every background start) it changes nothing.
		expect(await migrateApiKey(db)).toBe('nothing');
		expect(await getApiKey(db)).toEqual({ key: 'sk-legacy', origin: OPENAI });
	});

	it('the key it already holds, written there again: moved away without a change signal', async () => {
		await saveApiKey('sk-same', OPENAI, db);
		const before = await apiKeyChangedAtItem.getValue();
		await new Promise((r) => setTimeout(r, 5));
		await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-same', openaiApiKeyOrigin: OPENAI });
		expect(await migrateApiKey(db)).toBe('moved');
		expect(await apiKeyChangedAtItem.getValue()).toBe(before);
		expect(Object.keys(await local())).toEqual(['openaiApiKeyChangedAt']);
		await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-other', openaiApiKeyOrigin: OPENAI });
		await new Promise((r) => setTimeout(r, 5));
		expect(await migrateApiKey(db)).toBe('moved');
		expect(await apiKeyChangedAtItem.getValue()).not.toBe(before);
		expect(await getApiKey(db)).toEqual({ key: 'sk-other', origin: OPENAI });
	});

	it('moves a key saved before keys were bound (no origin) as unbound', async () => {
		await legacyKeyItems.key.setValue('sk-unbound');
		expect(await migrateApiKey(db)).toBe('moved');
		expect(await getApiKey(db)).toEqual({ key: 'sk-unbound', origin: '' });
	});

	it('with no key there, only removes an empty leftover and keeps the saved key', async () => {
		await saveApiKey('sk-saved', OPENAI, db);
		await fakeBrowser.storage.local.set({ openaiApiKey: '', openaiApiKeyOrigin: '' });
		expect(await migrateApiKey(db)).toBe('nothing');
		expect(Object.keys(await local())).toEqual(['openaiApiKeyChangedAt']);
		expect(await getApiKey(db)).toEqual({ key: 'sk-saved', origin: OPENAI });
	});

	it('a failed write keeps the key where it was, still used, and is logged once', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-legacy', openaiApiKeyOrigin: OPENAI });
		vi.spyOn(db.secrets, 'put').mockRejectedValue(new Error('QuotaExceededError'));
		expect(await migrateApiKey(db)).toBe('failed');
		expect(await migrateApiKey(db)).toBe('failed');
		expect(warn).toHaveBeenCalledTimes(1);
		expect(await local()).toEqual({ openaiApiKey: 'sk-legacy', openaiApiKeyOrigin: OPENAI });
		expect(await getApiKey(db)).toEqual({ key: 'sk-legacy', origin: OPENAI });
		// The next start (the database writable again) moves it.
		vi.mocked(db.secrets.put).mockRestore();
		expect(await migrateApiKey(db)).toBe('moved');
		expect(await db.secrets.get('openaiApiKey')).toMatchObject({ value: 'sk-legacy' });
	});
});

describe('keepApiKeyMoved', () => {
	it('moves the key at start and each time one is written to storage.local', async () => {
		await legacyKeyItems.key.setValue('sk-at-start');
		const stop = keepApiKeyMoved(db);
		await vi.waitFor(async () => expect((await db.secrets.get('openaiApiKey'))?.value).toBe('sk-at-start'));
		// As an e2e spec (or an older copy of the extension) writes it.
		await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-later' });
		await vi.waitFor(async () => expect((await db.secrets.get('openaiApiKey'))?.value).toBe('sk-later'));
		await vi.waitFor(async () => expect(await legacyKeyItems.key.getValue()).toBe(''));
		stop();
		await settle();
		expect(JSON.stringify(await local())).not.toContain('sk-');
	});
});

/**
 * Runs `other` to its end inside the first call of `target[method]` (after that call's own work, or before it), as if
 * it landed there from another context, then lets the paused call go on. Only places outside a database transaction:
 * awaiting other work inside one would end it.
 */
function landInside(
	target: object,
	method: string,
	when: 'before' | 'after',
	other: () => Promise<unknown>,
): { landed: () => boolean } {
	const host = target as Record<string, (...args: unknown[]) => Promise<unknown>>;
	const original = host[method]?.bind(target);
	if (!original) throw new Error(`no method ${method}`);
	let landed = false;
	vi.spyOn(host, method).mockImplementationOnce(async (...args: unknown[]) => {
		if (when === 'before') await other();
		const result = await original(...args);
		if (when === 'after') await other();
		landed = true;
		return result;
	});
	return { landed: () => landed };
}

describe('a save and the move landing at the same time (session 27)', () => {
	// Each place where one context's writer awaits, with the other run in full there.
	const moveInsideSave = {
		'the save removed the legacy key': [storage, 'removeItems', 'after'],
		'the save wrote its row': ['db.secrets', 'put', 'after'],
	} as const;
	const saveInsideMove = {
		'the move read the row': ['db.secrets', 'get', 'after'],
		'the move read the legacy key': [legacyKeyItems.key, 'getValue', 'after'],
		'the move wrote, before it removes the legacy key': [storage, 'removeItems', 'before'],
	} as const;
	const places = [
		...Object.entries(saveInsideMove).map(([name, at]) => ({ name, at, first: 'move' as const })),
		...Object.entries(moveInsideSave).map(([name, at]) => ({ name, at, first: 'save' as const })),
	];
	const cases = places.flatMap((place) =>
		[
			{ before: 'no row', typed: 'sk-typed' },
			{ before: 'no row', typed: '' },
			{ before: 'a session-26 row', typed: 'sk-typed' },
			{ before: 'a session-26 row', typed: '' },
			{ before: 'the legacy key itself', typed: 'sk-typed' },
			{ before: 'a saved row', typed: 'sk-legacy' },
		].map((c) => ({ ...place, ...c })),
	);

	it.each(cases)(
		'$name, $first paused, row before: $before, typed: "$typed": the typed key stays',
		async (c) => {
			await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-legacy', openaiApiKeyOrigin: OPENAI });
			if (c.before === 'a session-26 row')
				await db.secrets.put({ name: 'openaiApiKey', value: 'sk-old', origin: OPENAI });
			if (c.before === 'the legacy key itself')
				await db.secrets.put({ name: 'openaiApiKey', value: 'sk-legacy', origin: OPENAI });
			if (c.before === 'a saved row') {
				await saveApiKey('sk-old', OPENAI, db);
				await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-legacy', openaiApiKeyOrigin: OPENAI });
			}
			const origin = c.typed ? 'http://localhost:11434' : '';
			const save = () => saveApiKey(c.typed, origin, db);
			const move = () => migrateApiKey(db);
			const [target, method, when] = c.at;
			const probe = landInside(
				target === 'db.secrets' ? db.secrets : target,
				method,
				when,
				c.first === 'move' ? save : move,
			);
			const result = await (c.first === 'move' ? move() : save());
			expect(probe.landed()).toBe(true);
			if (c.first === 'move') expect(result).not.toBe('failed');
			expect(await getApiKey(db)).toEqual({ key: c.typed, origin });
			expect((await db.secrets.get('openaiApiKey'))?.value).toBe(c.typed);
			expect(JSON.stringify(await local())).not.toContain('sk-legacy');
			// And the next start moves nothing over it.
			expect(await migrateApiKey(db)).toBe('nothing');
			expect(await getApiKey(db)).toEqual({ key: c.typed, origin });
		},
	);

	it('a key written to storage.local after the save is newer, and is moved over it', async () => {
		await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-legacy', openaiApiKeyOrigin: OPENAI });
		landInside(legacyKeyItems.key, 'getValue', 'after', async () => {
			await saveApiKey('sk-typed', OPENAI, db);
			await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-spec', openaiApiKeyOrigin: OPENAI });
		});
		expect(await migrateApiKey(db)).toBe('moved');
		expect(await getApiKey(db)).toEqual({ key: 'sk-spec', origin: OPENAI });
		expect(JSON.stringify(await local())).not.toContain('sk-spec');
	});

	it('gives up, logged, when saves keep landing inside the move, leaving the legacy key in place', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		await fakeBrowser.storage.local.set({ openaiApiKey: 'sk-legacy', openaiApiKeyOrigin: OPENAI });
		// A save that (unlike saveApiKey) leaves the legacy key: the move finds it again each time, and the row changed.
		const get = db.secrets.get.bind(db.secrets);
		let reads = 0;
		vi.spyOn(db.secrets, 'get').mockImplementation(((key: string) => {
			reads++;
			// The transaction's own read (every second one) sees a row someone else just wrote.
			if (reads % 2 === 0)
				return Promise.resolve({ name: key, value: `sk-${reads}`, origin: OPENAI, rev: `${reads}` });
			return get(key);
		}) as never);
		expect(await migrateApiKey(db)).toBe('failed');
		expect(reads).toBe(6);
		expect(warn).toHaveBeenCalledTimes(1);
		expect(await legacyKeyItems.key.getValue()).toBe('sk-legacy');
		expect(await db.secrets.count()).toBe(0);
	});
});
