import { browser, defineBackground } from '#imports';
import {
	type CardCommandDeps,
	type CommandChange,
	cardShortcutNow,
	noteCommandChange,
	publishCardShortcut,
	runCardCommand,
} from '../utils/background/card-command.ts';
import { WELCOME_PATH, welcomeOnInstall } from '../utils/background/first-run.ts';
import { forgetDraftText, historyHandlers, turnedDraftsOff } from '../utils/background/history.ts';
import { openSettings } from '../utils/background/open-settings.ts';
import { reinjectOnInstall } from '../utils/background/reinject.ts';
import {
	sessionEpisodeStore,
	sessionLinkStore,
	warningEpisodes,
} from '../utils/background/warning-episodes.ts';
import {
	createBackgroundHandlers,
	createBackgroundStreams,
	type RouterOptions,
} from '../utils/host/background-router.ts';
import type { Host } from '../utils/host/extension-host.ts';
import { ensureOffscreenHost } from '../utils/host/offscreen-lifecycle.ts';
import { rewriteHostConfig } from '../utils/host/rewrite-config.ts';
import { onMessages, sendToTab } from '../utils/messaging.ts';
import { keepApiKeyMoved } from '../utils/storage/api-key.ts';
import { cardShortcutBoundItem, cardShortcutNowItem } from '../utils/storage/card-shortcut.ts';
import { getDb } from '../utils/storage/db.ts';
import { catchUpSoon } from '../utils/storage/rollup-catch-up.ts';
import { localSettingsItem, syncSettingsItem } from '../utils/storage/settings.ts';
import { onStreams } from '../utils/streaming.ts';

/** The manifest's MAIN-world content scripts' files (the CodeMirror bridge). */
const mainWorldFiles = () =>
	(browser.runtime.getManifest().content_scripts ?? [])
		.filter((c) => (c as { world?: string }).world === 'MAIN')
		.flatMap((c) => c.js ?? []);

export default defineBackground({
	type: 'module',
	main() {
		// Registered first, synchronously: the install event fires once, as the background first starts.
		browser.runtime.onInstalled.addListener((details) => {
			welcomeOnInstall(details, () =>
				browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }),
			).catch((error) => console.warn('[tactful] could not open the welcome page:', error));
			// Chrome leaves open tabs with the old (now orphaned) content script after an update or a reload;
			// Firefox injects the new one into them itself.
			if (!import.meta.env.FIREFOX)
				reinjectOnInstall(details, {
					tabs: () => browser.tabs.query({}),
					inject: async (tabId, files) => {
						// The manifest's own paths, so WXT's typed list of public paths does not know them as such.
						// The CodeMirror bridge (entrypoints/cm-bridge.content.ts) belongs in the page's world; a tab that
						// refuses it still gets the content script, which then reads what CodeMirror renders.
						const main = files.filter((f) => mainWorldFiles().includes(f));
						const target = { tabId, allFrames: true };
						if (main.length > 0)
							await browser.scripting
								.executeScript({ target, files: main as never, world: 'MAIN' })
								.catch(() => undefined);
						const isolated = files.filter((f) => !main.includes(f));
						return browser.scripting.executeScript({ target, files: isolated as never });
					},
					files: () => (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.js ?? []),
				}).catch((error) => console.warn('[tactful] could not re-inject the content script:', error));
		});
		// The card's shortcut (manifest `commands`): tell the active tab's frames; the focused box's frame opens its card.
		const commandDeps: CardCommandDeps = {
			activeTab: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0],
			send: (tabId) => sendToTab(tabId, 'openCard', {}),
		};
		browser.commands.onCommand.addListener((command, tab) => {
			void runCardCommand(command, tab, commandDeps);
		});
		/** The binding in effect, remembered (ever bound) and published to the content scripts (card-command.ts). */
		const shortcutNow = async () =>
			publishCardShortcut(
				await cardShortcutNow(
					await browser.commands.getAll(),
					Boolean(import.meta.env.FIREFOX),
					cardShortcutBoundItem,
				),
				cardShortcutNowItem,
			);
		const shortcutFailed = (error: unknown) =>
			console.warn('[tactful] could not read the card shortcut:', error);
		// Read as the background starts: a key the browser gave at install (Firefox binds the suggestion) or the user
		// set while no page asked is remembered, so removing it later reads as removed, not as never bound.
		shortcutNow().catch(shortcutFailed);
		// Firefox tells of each rebinding (Chrome has no such event: there the binding is read at start and on each
		// focus in a box, and a key set and removed with no read between stays unseen).
		(
			browser.commands as { onChanged?: { addListener(fn: (c: CommandChange) => void): void } }
		).onChanged?.addListener((change) => {
			noteCommandChange(change, cardShortcutBoundItem)
				.then((ours) => (ours ? shortcutNow() : undefined))
				.catch(shortcutFailed);
		});
		// e2e hook (tests/e2e/keys.spec.mjs): a browser command cannot be pressed from Playwright, so the spec runs
		// this same handler from the service worker. Only extension code can reach this global.
		(globalThis as { tactfulCommand?: unknown }).tactfulCommand = (command: string, tab?: { id?: number }) =>
			runCardCommand(command, tab, commandDeps);
		let localHost: Promise<Host> | undefined;
		const loadHost = () => {
			localHost ??= import('../utils/host/extension-host.ts').then((m) => m.createHost('background'));
			return localHost;
		};
		// Chrome runs models in an offscreen document; Firefox has no offscreen API, but its background is a page.
		const host: RouterOptions['host'] = import.meta.env.FIREFOX
			? {
					kind: 'local',
					handlers: async () => (await loadHost()).handlers,
					streams: async () => (await loadHost()).streams,
				}
			: { kind: 'offscreen', ensure: ensureOffscreenHost };
		const episodes = warningEpisodes(sessionEpisodeStore, { links: sessionLinkStore });
		// A closed tab's warning episodes are over (they were kept until the 200-field cap or the browser closing).
		browser.tabs.onRemoved.addListener((tabId) => {
			void episodes.tabClosed(tabId);
		});
		const router: RouterOptions = {
			host,
			local: {
				...historyHandlers(getDb(), { episodes }),
				openSettings: ({ section }) => openSettings(section),
				getCardShortcut: shortcutNow,
			},
			enrich: { rewriteDraft: async (request) => ({ ...request, hostConfig: await rewriteHostConfig() }) },
		};
		onMessages('background', createBackgroundHandlers(router));
		// The API key leaves storage.local (readable by content scripts) for the database: a key an older version left
		// there at start, and one written there later (e2e specs set it so).
		keepApiKeyMoved(getDb());
		// After an update, events stored before the daily roll-up existed are counted in small background chunks
		// (nothing heavy runs in the database upgrade itself); a no-op read once it has caught up.
		void catchUpSoon(getDb());
		onStreams('background', createBackgroundStreams(router));
		// "Off: only counts and categories are kept" must hold for text kept while it was on, too.
		for (const item of [localSettingsItem, syncSettingsItem])
			item.watch((next, previous) => {
				if (turnedDraftsOff(next, previous))
					forgetDraftText(getDb()).catch((error) =>
						console.warn('[tactful] could not forget drafts:', error),
					);
			});
	},
});
