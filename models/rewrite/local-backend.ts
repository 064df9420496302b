/**
 * On-device LLM backend with @huggingface/transformers: WebGPU when the browser has an adapter, WASM otherwise
 * (CPU in Node). Streams text as tokens are generated (token-stream.ts), stops when the signal fires, and reports
 * a generation that used all of `max_new_tokens` without an end-of-sequence token as cut off
 * (`finish: 'length'`). The production model is downloaded from the Hugging Face hub ONLY after the user opted in
 * (`allowRemote`), with its size stated up front and progress reported; otherwise only local files load.
 * `wasmPaths` must be given in extension pages so ONNX Runtime never fetches its wasm from a CDN.
 */
import { RewriteError } from './errors.ts';
import { contextLength, eosIds, fitPrompt } from './local-fit.ts';
import { hitLimit, StablePieces } from './token-stream.ts';
import type { GenerateRequest, RewriterBackend } from './types.ts';

type Transformers = typeof import('@huggingface/transformers');
type Tokenizer = Awaited<ReturnType<Transformers['AutoTokenizer']['from_pretrained']>>;
type CausalLM = Awaited<ReturnType<Transformers['AutoModelForCausalLM']['from_pretrained']>>;

/**
 * The model users opt in to. The download size is an ESTIMATE from the architecture (0.36 B non-embedding
 * weights at 4 bit ≈ 190 MB + the 151,936 × 896 embedding kept in fp32 ≈ 545 MB + tokenizer ≈ 7 MB): the hub
 * was unreachable here, so check it against the repository's file list before release.
 */
export const PRODUCTION_MODEL = {
	id: 'onnx-community/Qwen2.5-0.5B-Instruct',
	dtype: 'q4',
	approxDownloadMB: 750,
	license: 'Apache-2.0',
} as const;

/** Download/load progress as transformers reports it, reduced to what a progress bar needs. */
export interface LoadProgress {
	file: string;
	/** 0..100 for the file, when known. */
	progress?: number;
	loaded?: number;
	total?: number;
	status: string;
}

/** How to load the model. */
export interface LocalModelConfig {
	modelId: string;
	dtype?: 'fp32' | 'fp16' | 'q8' | 'q4' | 'q4f16';
	/** 'auto' picks webgpu when an adapter exists, else wasm (cpu in Node). */
	device?: 'auto' | 'webgpu' | 'wasm' | 'cpu';
	/**
	 * Folder, site-relative path or chrome-extension:// URL holding `<modelId>/…`. Not an http(s) URL:
	 * transformers 4.3.2's file-existence check skips those, so nothing would load (checked in Chromium).
	 */
	localModelPath?: string;
	/** The user's opt-in: only then may files come from the hub. */
	allowRemote?: boolean;
	/**
	 * A server in the hub's URL layout (`{remoteHost}{modelId}/resolve/main/{file}`) to download from instead of
	 * huggingface.co; e2e tests serve the tiny fixture model this way.
	 */
	remoteHost?: string;
	/** ORT wasm asset URLs from the extension package (never a CDN). Required in extension pages. */
	wasmPaths?: { wasm: string; mjs?: string };
	onProgress?: (progress: LoadProgress) => void;
	maxNewTokens?: number;
	/** Injectable loader (tests, or a pre-imported module). */
	loadTransformers?: () => Promise<Transformers>;
}

/** 'webgpu' when navigator.gpu yields an adapter, else 'wasm'; 'cpu' outside browsers. */
export async function pickDevice(): Promise<'webgpu' | 'wasm' | 'cpu'> {
	const nav = (globalThis as { navigator?: { gpu?: { requestAdapter(): Promise<unknown> } } }).navigator;
	const isBrowser =
		typeof (globalThis as { document?: unknown }).document !== 'undefined' ||
		'ServiceWorkerGlobalScope' in globalThis;
	if (!isBrowser) return 'cpu';
	try {
		if (nav?.gpu && (await nav.gpu.requestAdapter())) return 'webgpu';
	} catch {
		// No usable adapter: WASM below.
	}
	return 'wasm';
}

function isBrowserPage(): boolean {
	const g = globalThis as { document?: unknown; process?: { versions?: { node?: string } } };
	return typeof g.document !== 'undefined' && !g.process?.versions?.node;
}

/** Deletes the downloaded model files (transformers.js keeps them in the Cache API under this name). */
export async function removeDownloadedModels(cacheName = 'transformers-cache'): Promise<boolean> {
	const cacheStorage = (globalThis as { caches?: CacheStorage }).caches;
	return cacheStorage ? cacheStorage.delete(cacheName) : false;
}

function loadError(error: unknown, config: LocalModelConfig): RewriteError {
	const message = error instanceof Error ? error.message : String(error);
	if (/quota/i.test(message) || (error as { name?: string })?.name === 'QuotaExceededError')
		return new RewriteError('quota', message);
	if (!config.allowRemote) return new RewriteError('not-opted-in', message);
	return new RewriteError('download-failed', message);
}

/** transformers' default `env.remoteHost` (the real hub), read before any backend overrides it. */
let defaultRemoteHost: string | undefined;

/** Creates the backend; the model loads lazily on first use and is kept until dispose(). */
export function createLocalBackend(config: LocalModelConfig): RewriterBackend {
	let loading: Promise<{ hf: Transformers; tokenizer: Tokenizer; model: CausalLM }> | undefined;
	let queue: Promise<unknown> = Promise.resolve();

	const load = () => {
		if (!config.wasmPaths && isBrowserPage())
			// transformers.js would otherwise point ONNX Runtime at cdn.jsdelivr.net: never allowed here.
			throw new RewriteError('unavailable', 'wasmPaths must be set in browser pages');
		loading ??= (async () => {
			const hf = await (config.loadTransformers ?? (() => import('@huggingface/transformers')))();
			hf.env.allowRemoteModels = config.allowRemote === true;
			hf.env.allowLocalModels = config.localModelPath !== undefined;
			// env is global to the realm: remember transformers' own hub so a backend without an override gets it back.
			defaultRemoteHost ??= hf.env.remoteHost;
			hf.env.remoteHost = config.remoteHost ?? defaultRemoteHost;
			if (config.localModelPath) hf.env.localModelPath = config.localModelPath;
			const onnx = hf.env.backends.onnx as { wasm?: { wasmPaths?: unknown; numThreads?: number } };
			if (config.wasmPaths && onnx.wasm) onnx.wasm.wasmPaths = config.wasmPaths;
			const device = config.device && config.device !== 'auto' ? config.device : await pickDevice();
			const progress_callback = (info: Record<string, unknown>) =>
				config.onProgress?.({
					file: String(info.file ?? info.name ?? ''),
					status: String(info.status ?? ''),
					progress: typeof info.progress === 'number' ? info.progress : undefined,
					loaded: typeof info.loaded === 'number' ? info.loaded : undefined,
					total: typeof info.total === 'number' ? info.total : undefined,
				});
			try {
				const tokenizer = await hf.AutoTokenizer.from_pretrained(config.modelId, { progress_callback });
				const model = await hf.AutoModelForCausalLM.from_pretrained(config.modelId, {
					dtype: config.dtype ?? 'q4',
					device,
					progress_callback,
				});
				return { hf, tokenizer, model };
			} catch (error) {
				loading = undefined; // let a later call retry (e.g. after the user opts in)
				throw loadError(error, config);
			}
		})();
		return loading;
	};

	return {
		id: 'local',
		async *generate(request: GenerateRequest, signal?: AbortSignal) {
			if (signal?.aborted) throw new RewriteError('aborted');
			const { hf, tokenizer, model } = await load();
			if (signal?.aborted) throw new RewriteError('aborted'); // the first load can take minutes
			const maxNewTokens = config.maxNewTokens ?? Math.min(512, 32 + Math.ceil(request.text.length / 2));
			const prompt = fitPrompt(tokenizer, request, contextLength(model.config) - maxNewTokens);
			const decode = (ids: readonly bigint[]) =>
				tokenizer.decode(ids as bigint[], { skip_special_tokens: true }) as string;
			const pieces = new StablePieces();
			const generated: bigint[] = [];
			let wake: (() => void) | undefined;
			let done = false;
			let failure: unknown;
			const stop = new hf.InterruptableStoppingCriteria();
			// Stop reaches the model: generation halts after the token being computed.
			const onAbort = () => stop.interrupt();
			signal?.addEventListener('abort', onAbort, { once: true });
			let promptSeen = false;
			// Decodes all generated ids on each token (not piecewise like TextStreamer), so what streams is exactly
			// a prefix of the final decode and the chunks join to the text that is scored.
			const streamer = {
				put(value: bigint[][]) {
					if (!promptSeen) {
						promptSeen = true; // generate() first hands over the prompt
						return;
					}
					generated.push(...(value[0] ?? []));
					pieces.update(decode(generated));
					wake?.();
				},
				end() {},
			};
			const run = queue.then(async () => {
				try {
					if (signal?.aborted) return; // cancelled while an earlier generation ran
					const inputs = tokenizer(prompt);
					await model.generate({
						...inputs,
						max_new_tokens: maxNewTokens,
						do_sample: request.strategy.temperature > 0,
						temperature: Math.max(request.strategy.temperature, 0.01),
						stopping_criteria: [stop],
						streamer: streamer as unknown as InstanceType<Transformers['TextStreamer']>,
					});
				} catch (error) {
					failure = error;
				} finally {
					done = true;
					wake?.();
				}
			});
			// One generation at a time: the session is single-threaded and KV caches are per call.
			queue = run;
			try {
				for (;;) {
					const piece = pieces.take();
					if (piece) yield piece;
					else if (done) break;
					else await new Promise<void>((resolve) => (wake = resolve));
				}
				if (signal?.aborted) throw new RewriteError('aborted');
				if (failure) throw new RewriteError('server', String(failure));
				const text = decode(generated);
				const rest = pieces.finish(text);
				if (rest) yield rest;
				return { text, finish: hitLimit(generated, maxNewTokens, eosIds(model)) ? 'length' : 'stop' };
			} finally {
				signal?.removeEventListener('abort', onAbort);
				stop.interrupt();
				await run;
			}
		},
		async dispose() {
			const loaded = await loading?.catch(() => undefined);
			await loaded?.model?.dispose?.();
			loading = undefined;
		},
	};
}
