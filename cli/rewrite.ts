/**
 * `tactful rewrite [--backend offline|openai|local] [--base-url URL] [--model M] [--weight W] [FILE|-]`:
 * JSON Lines in ({"text", "context"?: [...]}), one JSON line out per draft, same order:
 * {"rewrite", "reward", "appropriate", "similarity", "strategy"}. All input is validated before any output.
 */
import { suggestRewrite } from '../models/rewrite/engine.ts';
import { RewriteError, userMessageOf } from '../models/rewrite/errors.ts';
import { createNodeBackend, createNodeScorerFor, LOCAL_MODELS_DIR } from '../models/rewrite/node-setup.ts';
import type { BackendId } from '../models/rewrite/types.ts';
import { checkText, decodeUtf8, InputError, parseJsonLines, readInput, THREAD_LINE } from './jsonl.ts';

const HELP = `usage: tactful rewrite [--backend offline|openai|local] [--base-url URL] [--model M] [--weight W]
                       [--n N] [--scorer auto|onnx|lexicon] [FILE|-]

Reads JSON Lines {"text": "...", "context"?: ["earlier comment", ...]} and writes one line per draft:
  {"rewrite": "..." | null, "reward": r, "appropriate": p, "similarity": s, "strategy": "..." | null}
rewrite is null (with "reason") when no candidate passed the checks (still flagged, or dropped code, links,
mentions, #refs, quotes or numbers). --weight W (0..1, default 0.5) trades civility (1) for similarity (0).
openai: --base-url defaults to Ollama (http://localhost:11434/v1); the key comes from $TACTFUL_API_KEY or
$OPENAI_API_KEY. local: loads --model from local files only (default: the tiny test model).`;

/** Parsed options. */
export interface RewriteArgs {
	backend: BackendId;
	baseUrl?: string;
	model?: string;
	weight?: number;
	n?: number;
	scorer: 'auto' | 'onnx' | 'lexicon';
	file?: string;
	help: boolean;
}

function numberArg(name: string, raw: string | undefined, min: number, max: number): number {
	const value = Number(raw);
	if (raw === undefined || raw.trim() === '' || !Number.isFinite(value) || value < min || value > max)
		throw new InputError(`${name} needs a number between ${min} and ${max}, got ${raw ?? 'nothing'}`);
	return value;
}

/** Parses argv; unknown options are input errors (exit 2). */
export function parseArgs(argv: string[]): RewriteArgs {
	const args: RewriteArgs = { backend: 'offline', scorer: 'auto', help: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		const [flag, inline] =
			arg.startsWith('--') && arg.includes('=')
				? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
				: [arg, undefined];
		const value = () => inline ?? argv[++i];
		if (flag === '--help' || flag === '-h') args.help = true;
		else if (flag === '--backend') {
			const b = value();
			if (b !== 'offline' && b !== 'openai' && b !== 'local')
				throw new InputError(`--backend must be offline, openai or local, got ${b ?? 'nothing'}`);
			args.backend = b;
		} else if (flag === '--base-url') args.baseUrl = value();
		else if (flag === '--model') args.model = value();
		else if (flag === '--weight') args.weight = numberArg('--weight', value(), 0, 1);
		else if (flag === '--n') args.n = numberArg('--n', value(), 1, 16);
		else if (flag === '--scorer') {
			const s = value();
			if (s !== 'auto' && s !== 'onnx' && s !== 'lexicon')
				throw new InputError(`--scorer must be auto, onnx or lexicon`);
			args.scorer = s;
		} else if (arg.startsWith('-') && arg !== '-') throw new InputError(`unknown option ${arg}`);
		else if (args.file === undefined) args.file = arg;
		else throw new InputError(`unexpected argument ${arg} (one input file at most)`);
	}
	if (args.baseUrl !== undefined && args.backend !== 'openai')
		throw new InputError('--base-url needs --backend openai');
	return args;
}

/** Reads and validates every input line: {"text": string, "context"?: string[]}. */
export function parseRewriteInput(text: string): { text: string; context?: string[] }[] {
	return parseJsonLines(text, THREAD_LINE).map((row, i) => {
		const line = i + 1;
		const draft = checkText(row.text, line);
		if (row.context === undefined) return { text: draft };
		if (!Array.isArray(row.context)) throw new InputError('"context" must be an array of strings', line);
		return { text: draft, context: row.context.map((c, j) => checkText(c, line, `context[${j}]`)) };
	});
}

export async function run(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	if (args.help) {
		process.stdout.write(`${HELP}\n`);
		return 0;
	}
	const inputs = parseRewriteInput(decodeUtf8(await readInput(args.file)));
	const backend = createNodeBackend({ backend: args.backend, baseUrl: args.baseUrl, model: args.model });
	const { scorer } = await createNodeScorerFor(args.scorer);
	let inputLine = 0;
	const lines: string[] = [];
	try {
		for (const input of inputs) {
			inputLine++;
			const { suggestion } = await suggestRewrite(input, { backend, scorer, weight: args.weight, n: args.n });
			const best = suggestion.candidates[0];
			lines.push(
				JSON.stringify(
					best
						? {
								rewrite: best.rewrite,
								reward: best.reward,
								appropriate: best.appropriate,
								similarity: best.similarity,
								strategy: best.strategy,
							}
						: {
								rewrite: null,
								reward: 0,
								appropriate: null,
								similarity: null,
								strategy: null,
								reason: suggestion.rejected.map((c) => c.rejected).join('; ') || 'no candidates',
							},
				),
			);
		}
	} catch (error) {
		// The extension's "enable it in the options" does not apply here: the CLI loads local folders only.
		const message =
			args.backend === 'local' && error instanceof RewriteError && error.code === 'not-opted-in'
				? `no local model "${args.model ?? 'tiny-llm'}" in ${LOCAL_MODELS_DIR} (the CLI never downloads models)`
				: `${userMessageOf(error)} (${(error as Error).message})`;
		process.stderr.write(`tactful rewrite: line ${inputLine}: ${message}\n`);
		return 1;
	} finally {
		await backend.dispose?.();
		await scorer.dispose?.();
	}
	// Output only after every draft succeeded, so a failure never leaves a partial file that looks complete.
	process.stdout.write(lines.map((l) => `${l}\n`).join(''));
	return 0;
}
