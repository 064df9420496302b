/**
 * The inference host's handlers: the engines that need models, created lazily on first use. Runs in the offscreen
 * document (Chrome) or the background page (Firefox); never in a content script.
 *
 * The scorer runs on the WASM execution provider even where WebGPU exists: it is a sparse linear model that
 * scores a 1,000-character draft in well under a millisecond on WASM (see `npm run bench`), so a GPU dispatch can
 * only add latency. WebGPU is used where it pays: the local rewrite model.
 */
import { OnnxScorer } from '../../models/scoring/onnx-scorer.ts';
import { MAX_DRAFT_CHARS } from '../limits.ts';
import type { Handlers } from '../messaging.ts';
import { getOrt, loadModelBytes } from './ort-runtime.ts';

/** Creates the host's handlers; `where` names the context for `ping`. */
export function createHostHandlers(where: string): Handlers {
	let scorer: OnnxScorer | undefined;
	const getScorer = () => {
		scorer ??= new OnnxScorer({ ort: getOrt(), loadBytes: loadModelBytes, executionProviders: ['wasm'] });
		return scorer;
	};
	return {
		ping: () => ({ ok: true, host: where }),
		scoreDraft: async ({ text, options }) => {
			if (text.length > MAX_DRAFT_CHARS) {
				throw new Error(`draft is ${text.length} characters; Tactful checks drafts up to ${MAX_DRAFT_CHARS}`);
			}
			const [result] = await getScorer().score([text], options);
			if (!result) throw new Error('scorer returned no result');
			return result;
		},
	};
}
