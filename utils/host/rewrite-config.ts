/** Reads, in the background, what the inference host needs to rewrite: the rewrite settings and the API key. */
import type { RewriteHostConfig } from '../messaging.ts';
import { getSettings, openaiKeyItem } from '../storage/settings.ts';

export async function rewriteHostConfig(): Promise<RewriteHostConfig> {
	const [settings, apiKey] = await Promise.all([getSettings(), openaiKeyItem.getValue()]);
	const { backend, weight, openai } = settings.rewrite;
	return { backend, weight, openai: { ...openai, apiKey } };
}
