/** What the rewrite settings offer, in words: the backends, the server presets, the defaults an empty field means. */
import { OPENAI_PRESETS } from '../../models/rewrite/openai-backend.ts';
import { OPENAI_DEFAULTS, type RewriteBackend } from '../../utils/storage/settings.ts';

/** The rewrite backends, in words, in the order the options page lists them. */
export const BACKENDS: { id: RewriteBackend; label: string; hint: string }[] = [
	{
		id: 'offline',
		label: 'Quick fixes (built in)',
		hint: 'Instant, no model: softens or removes the words responsible.',
	},
	{
		id: 'local',
		label: 'Small model on this device',
		hint: 'Downloaded once, only after you confirm. Nothing leaves your computer.',
	},
	{
		id: 'chrome',
		label: "Browser's built-in AI",
		hint: 'Used when your browser offers one; quick fixes otherwise.',
	},
	{
		id: 'openai',
		label: 'OpenAI-compatible server',
		// The thread's last comments go along as context (rewrite-section.tsx), so the wording must say so.
		hint: 'Ollama, LM Studio, OpenAI or others. Your warned drafts, with the last few comments of the thread for context, are sent to that server.',
	},
];

/** Which empty field falls back to which default, in words (an empty field is never saved as the default). */
export function defaultsInUse(baseUrl: string, model: string): string {
	const empty = [
		...(baseUrl.trim() ? [] : [`the server ${OPENAI_DEFAULTS.baseUrl}`]),
		...(model.trim() ? [] : [`the model ${OPENAI_DEFAULTS.model}`]),
	];
	return `Empty, so Tactful uses the default: ${empty.join(' and ')}.`;
}

// A preset sets the model too: keeping the previous server's model name (say gpt-4o-mini on Ollama) only 404s.
/** One click fills in a server people already run, with a model it serves. */
export const PRESETS = [
	{ label: 'Ollama', ...OPENAI_PRESETS.ollama },
	{ label: 'LM Studio', ...OPENAI_PRESETS.lmstudio },
	{ label: 'OpenAI', ...OPENAI_PRESETS.openai },
];

/** The origin of a base URL as saved ('' = the default server), for permissions and messages. */
export const originOf = (baseUrl: string) => {
	try {
		return new URL(baseUrl || OPENAI_DEFAULTS.baseUrl).origin;
	} catch {
		return '';
	}
};
