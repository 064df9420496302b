/**
 * Warning episodes that outlive the page (session 18). The content script counts a draft's warning once per draft
 * episode (entrypoints/content/warning-count.ts), but its memory goes with the page: a reload with the same draft
 * restored (a site's own draft restore, the browser's form restore) started a new episode, and the one warning was
 * counted twice in the history. So `shown` events carry the episode (a hash of the field's stable key, draftKey,
 * and of the draft text the warning is about) and the background keeps, per field, the drafts already counted, in
 * session storage (it survives a service worker stopping; it is gone when the browser closes). A field emptied
 * (posted, cleared) ends its episode. Only hashes are kept, never a page address or text.
 */
import { storage } from '#imports';

/** Field hash → the draft hashes already counted in its episode, oldest first. */
export type Episodes = Record<string, string[]>;

/** Where the episodes live (storage.session in the extension; a plain object in tests). */
export interface EpisodeStore {
	get(): Promise<Episodes>;
	set(value: Episodes): Promise<void>;
}

export interface WarningEpisodes {
	/** A warning appeared over `draft` in `field`: true when it is new to count (and is remembered from now on). */
	appeared(field: string, draft: string): Promise<boolean>;
	/** `field` was emptied: its episode is over. */
	ended(field: string): Promise<void>;
	/** The history was deleted: every episode is over. */
	clear(): Promise<void>;
	/**
	 * The `shown` event `id` was stored for `field`: what the user does next in that field's card (dismiss, fine,
	 * rewrite…) is about it, so those events are linked to it and go with it when the user deletes it (session 23).
	 */
	warned(field: string, id: number): Promise<void>;
	/** The id of `field`'s latest stored warning in this episode (kept across a reload), if any. */
	warningOf(field: string): Promise<number | undefined>;
	/**
	 * Tab `tabId` closed: its fields' episodes are over. Without this they stayed until the 200-field cap pushed
	 * them out or the browser closed (session 20).
	 */
	tabClosed(tabId: number): Promise<void>;
}

/**
 * An episode's field in its tab: the field's key (page address + field) is the same in two tabs on one page, and
 * a warning in tab B was taken for tab A's (qa19, session 19). A reload keeps the tab, so it stays one episode.
 * No tab (a sender outside a tab): the field alone.
 */
export const fieldInTab = (field: string, tabId: number | undefined): string =>
	tabId === undefined ? field : `${tabId}:${field}`;

/** At most this many fields are remembered (the least recently warned forgotten first). */
export const MAX_FIELDS = 200;
/** At most this many warned-over texts per field (the content script keeps more within a page). */
export const MAX_TEXTS = 50;

/** Field → the id of its latest stored `shown` event (session storage, like the episodes). */
export type WarningLinks = Record<string, number>;
export interface LinkStore {
	get(): Promise<WarningLinks>;
	set(value: WarningLinks): Promise<void>;
}

/** A store in memory (tests; a caller that passes none). */
export function memoryLinks(): LinkStore {
	let value: WarningLinks = {};
	return {
		get: async () => ({ ...value }),
		set: async (next) => {
			value = { ...next };
		},
	};
}

export function warningEpisodes(
	store: EpisodeStore,
	{
		maxFields = MAX_FIELDS,
		maxTexts = MAX_TEXTS,
		links = memoryLinks(),
	}: { maxFields?: number; maxTexts?: number; links?: LinkStore } = {},
): WarningEpisodes {
	// One read-modify-write at a time: two warnings in flight must not both count, nor overwrite each other.
	let queue: Promise<unknown> = Promise.resolve();
	let told = false;
	const serial = <T>(run: () => Promise<T>, fallback: T): Promise<T> => {
		const next = queue.then(run).catch((error) => {
			// Fail open (the warning is counted, as before session 18), and say so once.
			if (!told)
				console.warn('[tactful] warning episodes unavailable; warnings are counted per page:', error);
			told = true;
			return fallback;
		});
		queue = next;
		return next;
	};
	return {
		appeared: (field, draft) =>
			serial(async () => {
				const all = await store.get();
				const seen = all[field] ?? [];
				if (seen.includes(draft)) return false;
				// Re-inserted last: the object's key order is the recency order.
				delete all[field];
				all[field] = [...seen, draft].slice(-maxTexts);
				const fields = Object.keys(all);
				for (const old of fields.slice(0, Math.max(0, fields.length - maxFields))) delete all[old];
				await store.set(all);
				return true;
			}, true),
		ended: (field) =>
			serial(async () => {
				await forget(links, (key) => key === field);
				const all = await store.get();
				if (!(field in all)) return;
				delete all[field];
				await store.set(all);
			}, undefined),
		clear: () =>
			serial(async () => {
				await links.set({});
				await store.set({});
			}, undefined),
		tabClosed: (tabId) =>
			serial(async () => {
				const prefix = fieldInTab('', tabId);
				await forget(links, (key) => key.startsWith(prefix));
				const all = await store.get();
				const gone = Object.keys(all).filter((key) => key.startsWith(prefix));
				if (gone.length === 0) return;
				for (const key of gone) delete all[key];
				await store.set(all);
			}, undefined),
		warned: (field, id) =>
			serial(async () => {
				const all = await links.get();
				delete all[field];
				all[field] = id;
				const fields = Object.keys(all);
				for (const old of fields.slice(0, Math.max(0, fields.length - maxFields))) delete all[old];
				await links.set(all);
			}, undefined),
		warningOf: (field) => serial(async () => (await links.get())[field], undefined),
	};
}

/** Removes the links whose field `gone` names (nothing written when none does). */
async function forget(links: LinkStore, gone: (field: string) => boolean): Promise<void> {
	const all = await links.get();
	const keys = Object.keys(all).filter(gone);
	if (keys.length === 0) return;
	for (const key of keys) delete all[key];
	await links.set(all);
}

/** The extension's store: session storage, so a reload (and a service worker restart) keeps the episodes. */
const episodesItem = storage.defineItem<Episodes>('session:warningEpisodes', { fallback: {} });
export const sessionEpisodeStore: EpisodeStore = {
	get: () => episodesItem.getValue(),
	set: (value) => episodesItem.setValue(value),
};

/** The links from fields to their latest warning, in session storage beside the episodes. */
const linksItem = storage.defineItem<WarningLinks>('session:warningLinks', { fallback: {} });
export const sessionLinkStore: LinkStore = {
	get: () => linksItem.getValue(),
	set: (value) => linksItem.setValue(value),
};
