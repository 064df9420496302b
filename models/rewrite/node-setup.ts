/**
 * Node wiring shared by `tactful rewrite` and `npm run eval:rewrite`: builds the chosen backend and the scorer
 * (the ONNX scorer from models/scoring when it loads, else the word-list stand-in, and says which).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scorer } from '../scoring/types.ts';
import { createLexiconScorer } from './lexicon-scorer.ts';
import { createLocalBackend } from './local-backend.ts';
import { createOfflineBackend } from './offline-fixer.ts';
import { createOpenAIBackend, OPENAI_PRESETS } from './openai-backend.ts';
import type { BackendId, RewriterBackend } from './types.ts';

/** Backend options as the command line gives them. */
export interface NodeBackendOptions {
	backend: BackendId;
	baseUrl?: string;
	model?: string;
	apiKey?: string;
	timeoutMs?: number;
	/** Local backend: folder holding <model>/ (default: the tiny test fixture's folder). */
	localModelPath?: string;
}

/** Where the CLI's local backend looks for `--model` folders (it never downloads). */
export const LOCAL_MODELS_DIR = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../../tests/fixtures',
);

/** Builds a backend for Node. The local backend never downloads here: it loads from `localModelPath`. */
export function createNodeBackend(options: NodeBackendOptions): RewriterBackend {
	switch (options.backend) {
		case 'offline':
			return createOfflineBackend();
		case 'openai':
			return createOpenAIBackend({
				baseUrl: options.baseUrl ?? OPENAI_PRESETS.ollama.baseUrl,
				model: options.model ?? OPENAI_PRESETS.ollama.model,
				apiKey: options.apiKey ?? process.env.TACTFUL_API_KEY ?? process.env.OPENAI_API_KEY,
				timeoutMs: options.timeoutMs,
			});
		case 'local':
			return createLocalBackend({
				modelId: options.model ?? 'tiny-llm',
				localModelPath: options.localModelPath ?? LOCAL_MODELS_DIR,
				dtype: 'fp32',
				device: 'cpu',
				allowRemote: false,
			});
		default:
			throw new Error(
				`backend "${options.backend}" is not available in Node (chrome runs only in the browser)`,
			);
	}
}

/** The scorer to rank with: 'onnx' (models/scoring), 'lexicon' (stand-in), or 'auto' (onnx, else lexicon). */
export async function createNodeScorerFor(
	kind: 'auto' | 'onnx' | 'lexicon' = 'auto',
): Promise<{ scorer: Scorer; name: string }> {
	if (kind !== 'lexicon') {
		try {
			const mod = (await import('../scoring/node-scorer.ts')) as { createNodeScorer(): Promise<Scorer> };
			return { scorer: await mod.createNodeScorer(), name: 'onnx (models/scoring)' };
		} catch (error) {
			if (kind === 'onnx') throw error;
			process.stderr.write(
				`note: ONNX scorer unavailable (${(error as Error).message}); using the word-list stand-in\n`,
			);
		}
	}
	return { scorer: createLexiconScorer(), name: 'lexicon stand-in (not a model)' };
}
