import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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

	it('is cleared, row and all', async () => {
		await saveApiKey('sk-1', OPENAI, db);
		await clearApiKey(db);
		expect(await getApiKey(db)).toEqual({ key: '', origin: '' });
		expect(await db.secrets.count()).toBe(0);
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
