/**
 * Wires the rewrite service into the inference host. The host cannot read extension storage (Chrome gives
 * offscreen documents only `runtime`), so the background attaches what the service needs from settings, and the
 * API key, to each `rewriteDraft` request as `hostConfig`. Bandit state lives in the host's localStorage (same
 * extension origin, survives restarts); each outcome is also appended to Dexie's rewriteOutcomes, from which the
 * bandit can be rebuilt.
 */

import { browser } from '#imports';
import { createChromeBackend } from '../../models/rewrite/chrome-backend.ts';
import { DownloadProgress } from '../../models/rewrite/download-progress.ts';
import {
	createLocalBackend,
	PRODUCTION_MODEL,
	removeDownloadedModels,
} from '../../models/rewrite/local-backend.ts';
import { createOfflineBackend } from '../../models/rewrite/offline-fixer.ts';
import { createOpenAIBackend } from '../../models/rewrite/openai-backend.ts';
import { createRewriteService } from '../../models/rewrite/service.ts';
import type { BackendId, RewriterBackend } from '../../models/rewrite/types.ts';
import type { Scorer } from '../../models/scoring/types.ts';
import type { ModelProgressBroadcast, RewriteHostConfig } from '../messaging.ts';
import { getDb } from '../storage/db.ts';
import { isStorageFailure } from '../storage/storage-failure.ts';

/** Whether this host already logged that rewrite outcomes cannot be kept (once, not per outcome). */
let toldNoHistory = false;

import { REWRITE_BANDIT_KEY } from '../storage/rewrite-preferences.ts';
import { ortWasmPaths } from './ort-runtime.ts';

export const DEFAULT_HOST_CONFIG: RewriteHostConfig = {
	backend: 'offline',
	weight: 0.5,
	openai: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: '' },
};

/** The rewrite handlers for the host; `getScorer` is shared with scoreDraft so the reward uses the same model. */
export function createRewriteHost(getScorer: () => Scorer) {
	let config = DEFAULT_HOST_CONFIG;
	const backends = new Map<string, RewriterBackend>();
	const download = new DownloadProgress();
	const backendFor = async (id: BackendId): Promise<RewriterBackend> => {
		const { local } = config;
		const key =
			id === 'openai'
				? `openai ${config.openai.baseUrl} ${config.openai.model} ${config.openai.apiKey} ${config.openai.hostAccess}`
				: id === 'local' && local
					? `local ${local.modelId} ${local.dtype} ${local.remoteHost}`
					: id === 'local'
						? `local ${Boolean(config.localConsent)}`
						: id;
		let backend = backends.get(key);
		if (!backend) {
			if (id === 'openai') backend = createOpenAIBackend({ ...config.openai });
			else if (id === 'local')
				backend = createLocalBackend({
					modelId: local?.modelId ?? PRODUCTION_MODEL.id,
					dtype: local ? local.dtype : PRODUCTION_MODEL.dtype,
					remoteHost: local?.remoteHost,
					// Only the user's yes in the options page (size stated there) lets files come from the hub; the
					// advanced/test override names its own server, so setting it is that yes.
					allowRemote: Boolean(config.localConsent) || Boolean(local),
					wasmPaths: ortWasmPaths(),
					onProgress: (progress) => {
						download.track(progress);
						const broadcast: ModelProgressBroadcast = { tactfulModelProgress: progress };
						// Heard by an open options page; nobody listening is fine.
						browser.runtime.sendMessage(broadcast).catch(() => undefined);
					},
				});
			else if (id === 'chrome') backend = createChromeBackend();
			else backend = createOfflineBackend();
			backends.set(key, backend);
		}
		return backend;
	};
	const service = createRewriteService({
		getScorer: async () => getScorer(),
		getSettings: async () => ({ backend: config.backend, weight: config.weight }),
		getBackend: backendFor,
		loadBandit: async () => {
			const saved = globalThis.localStorage?.getItem(REWRITE_BANDIT_KEY);
			return saved ? JSON.parse(saved) : undefined;
		},
		saveBandit: async (state) => globalThis.localStorage?.setItem(REWRITE_BANDIT_KEY, JSON.stringify(state)),
		addOutcomeRow: async (row) => {
			// The history row is a record, not the rewrite: with IndexedDB unavailable (a private window, quota) the
			// outcome still reaches the bandit (localStorage above) and the rewrite goes on.
			await getDb()
				.rewriteOutcomes.add(row)
				.catch((error: unknown) => {
					if (!isStorageFailure(error)) throw error;
					if (!toldNoHistory)
						console.warn('[tactful] rewrite outcomes are not kept: history is unavailable:', error);
					toldNoHistory = true;
				});
		},
	});
	return {
		/** One rewrite; `signal` and `onProgress` come with the streamed request (see service.rewriteDraft). */
		rewriteDraft: (
			{
				hostConfig,
				...request
			}: Parameters<typeof service.rewriteDraft>[0] & { hostConfig?: RewriteHostConfig },
			signal?: AbortSignal,
			onProgress?: Parameters<typeof service.rewriteDraft>[2],
		) => {
			if (hostConfig) config = hostConfig;
			return service.rewriteDraft(request, signal, onProgress).catch((error: unknown) => {
				// A failed load is not "still downloading"; a cancelled request leaves the load (and its progress) going.
				download.requestFailed(error, signal);
				throw error;
			});
		},
		recordRewriteOutcome: service.recordRewriteOutcome,
		getRewritePreferences: service.getRewritePreferences,
		resetRewritePreferences: service.resetRewritePreferences,
		getModelDownload: async () => download.snapshot(),
		removeLocalModel: async () => {
			download.reset();
			for (const key of [...backends.keys()]) if (key.startsWith('local')) backends.delete(key);
			return { removed: await removeDownloadedModels() };
		},
	};
}
