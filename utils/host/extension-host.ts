/**
 * The inference host's handlers: the engines that need models, created lazily on first use. Runs in the offscreen
 * document (Chrome) or the background page (Firefox); never in a content script.
 *
 * The scorers run on the WASM execution provider even where WebGPU exists: they are sparse linear/MLP models that
 * need a few hundred multiply-adds per draft (see `npm run bench`), so a GPU dispatch only adds latency. WebGPU is
 * used where it pays: the local rewrite model (models/rewrite/local-backend.ts picks it when an adapter exists).
 */
import { OnnxDerailPredictor } from '../../models/derail/onnx-predictor.ts';
import { DERAIL_READS_SCORER } from '../../models/derail/version.ts';
import { OnnxScorer } from '../../models/scoring/onnx-scorer.ts';
import { serializeOrt } from '../../models/scoring/ort-serial.ts';
import { unavailableFrom } from '../health.ts';
import { MAX_DRAFT_CHARS } from '../limits.ts';
import { epochNow, type Handlers, type StreamHandlers } from '../messaging.ts';
import { loadGate } from './load-gate.ts';
import { getOrt, loadModelBytes } from './ort-runtime.ts';
import { createRewriteHost } from './rewrite-host.ts';

/** What `warmUp` scores: short, civil, and never a user's text. */
const WARM_UP_TEXT = 'Thanks, that makes sense to me.';

function checkLength(text: string, what: string): void {
	if (text.length > MAX_DRAFT_CHARS) {
		throw new Error(`${what} is ${text.length} characters; Tactful checks up to ${MAX_DRAFT_CHARS}`);
	}
}

/** The host's message handlers and its stream handlers (the streamed rewrite), sharing one set of engines. */
export interface Host {
	handlers: Handlers;
	streams: StreamHandlers;
}

/** Creates the host; `where` names the context for `ping`. */
export function createHost(where: string): Host {
	let scorer: OnnxScorer | undefined;
	let derail: OnnxDerailPredictor | undefined;
	let ort: ReturnType<typeof serializeOrt> | undefined;
	// Every engine shares one queue: concurrent ORT calls corrupt each other (see ort-serial.ts).
	const serialOrt = () => {
		ort ??= serializeOrt(getOrt());
		return ort;
	};
	const getScorer = () => {
		scorer ??= new OnnxScorer({ ort: serialOrt(), loadBytes: loadModelBytes, executionProviders: ['wasm'] });
		return scorer;
	};
	const getDerail = () => {
		// When the derailment model reads the scoring engine's per-comment probabilities, it shares its cache;
		// when it does not (DERAIL_READS_SCORER), scoring every comment of the thread would only cost time.
		derail ??= new OnnxDerailPredictor({
			ort: serialOrt(),
			loadBytes: loadModelBytes,
			...(DERAIL_READS_SCORER ? { scorer: getScorer() } : {}),
		});
		return derail;
	};
	// A model that fails to load (missing or corrupt file) is not fetched and parsed again at every typing pause.
	const scorerReady = loadGate(() => getScorer().score([WARM_UP_TEXT]));
	const rewrite = createRewriteHost(getScorer);
	const handlers: Handlers = {
		ping: () => ({ ok: true, host: where }),
		warmUp: async () => {
			const cold = scorer === undefined;
			// A real (tiny) score: creates every scoring session and runs each once, which is what a cold first
			// warning waits for. Later calls hit the cache and cost nothing.
			await scorerReady();
			return { cold };
		},
		engineHealth: async ({ retry }) => {
			if (retry) scorerReady.reset();
			try {
				await scorerReady();
				return { ok: true };
			} catch (error) {
				return { ok: false, ...unavailableFrom(error) };
			}
		},
		scoreDraft: async ({ text, options, trace }) => {
			const hostIn = trace ? epochNow() : 0;
			checkLength(text, 'the draft');
			await scorerReady();
			const scoreStart = trace ? epochNow() : 0;
			const [result] = await getScorer().score([text], options);
			if (!result) throw new Error('scorer returned no result');
			return trace ? { ...result, trace: { hostIn, scoreStart, scoreEnd: epochNow() } } : result;
		},
		predictDerailment: async ({ thread, draft, options }) => {
			if (draft) checkLength(draft, 'the draft');
			return getDerail().predict(thread, draft, options);
		},
		rewriteDraft: async (request) => {
			checkLength(request.text, 'the draft');
			return rewrite.rewriteDraft(request);
		},
		recordRewriteOutcome: (request) => rewrite.recordRewriteOutcome(request),
		removeLocalModel: () => rewrite.removeLocalModel(),
		getRewritePreferences: () => rewrite.getRewritePreferences(),
		resetRewritePreferences: () => rewrite.resetRewritePreferences(),
		getModelDownload: () => rewrite.getModelDownload(),
	};
	const streams: StreamHandlers = {
		rewriteDraft: async (request, signal, emit) => {
			checkLength(request.text, 'the draft');
			return rewrite.rewriteDraft(request, signal, emit);
		},
	};
	return { handlers, streams };
}
