/** Reads, in the background, what the inference host needs to rewrite: the rewrite settings and the API key. */
import { storage } from '#imports';
import { keyForServer } from '../../models/rewrite/base-url.ts';
import type { LocalModelOverride, RewriteHostConfig } from '../messaging.ts';
import { getApiKey } from '../storage/api-key.ts';
import { effectiveOpenAI, getSettings } from '../storage/settings.ts';
import { hostAccess } from './host-access.ts';

/**
 * Advanced override of the local rewrite model (model id, dtype, hub-layout host); null = the production model
 * from huggingface.co. Not shown in the options page; set by e2e tests (tests/e2e/rewrite-backends.spec.mjs).
 */
export const localModelOverrideItem = storage.defineItem<LocalModelOverride | null>(
	'local:rewriteLocalModel',
	{
		fallback: null,
	},
);

/** The user's yes to downloading the on-device rewrite model (options page, size stated); local only. */
export const localModelConsentItem = storage.defineItem<boolean>('local:localModelConsent', {
	fallback: false,
});

export async function rewriteHostConfig(): Promise<RewriteHostConfig> {
	const [settings, saved, local, localConsent] = await Promise.all([
		getSettings(),
		getApiKey(),
		localModelOverrideItem.getValue(),
		localModelConsentItem.getValue(),
	]);
	const { backend, weight } = settings.rewrite;
	const server = effectiveOpenAI(settings);
	// Only to the server it was saved for: never to one a preset, an edit or a synced settings copy put there since.
	const apiKey = keyForServer(server.baseUrl, saved.key, saved.origin);
	// Asked per request: the user may have allowed (or revoked) access since the last one.
	const access = backend === 'openai' ? await hostAccess(server.baseUrl) : undefined;
	const openai = { ...server, apiKey, ...(access === undefined ? {} : { hostAccess: access }) };
	return { backend, weight, openai, localConsent, ...(local ? { local } : {}) };
}
