/**
 * `tactful score [FILE|-] [--text] [--sensitivity S] [--allow-swearing-at-things]`: scores drafts and writes one JSON line per input, in
 * order: {"inappropriate", "toxic", "dimensions", "flag", "spans"}. All input is validated before any output.
 */
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import type { ScoreOptions, ScoreResult } from '../models/scoring/types.ts';
import { InputError, readDrafts } from './jsonl.ts';

const HELP = `usage: tactful score [FILE|-] [--text] [--sensitivity S] [--allow-swearing-at-things]

Reads JSON Lines with a "text" field (or, with --text, one draft per line) from FILE or stdin and writes one
JSON line per draft, in the same order:
  {"inappropriate": p, "toxic": p, "dimensions": {...14...}, "flag": bool, "spans": [{"start", "end", "weight"}]}
Offsets are UTF-16 code units into the draft. --sensitivity (0..1, default 0.5) lowers thresholds as it rises.
--allow-swearing-at-things: don't count swearing aimed at code, tools or no one ("Damn, this build is crap");
swearing at people still counts. Off by default, like the extension's setting.`;

interface ScoreArgs {
	file?: string;
	plain: boolean;
	sensitivity?: number;
	allowSwearingAtThings: boolean;
	help: boolean;
}

/** Parses the subcommand's arguments; unknown options are input errors. */
export function parseArgs(argv: string[]): ScoreArgs {
	const args: ScoreArgs = { plain: false, allowSwearingAtThings: false, help: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (arg === '--text') args.plain = true;
		else if (arg === '--help' || arg === '-h') args.help = true;
		else if (arg === '--allow-swearing-at-things') args.allowSwearingAtThings = true;
		else if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
			const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
			const value = Number(raw);
			if (raw === undefined || raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1)
				throw new InputError(`--sensitivity needs a number between 0 and 1, got ${raw ?? 'nothing'}`);
			args.sensitivity = value;
		} else if (arg.startsWith('-') && arg !== '-') throw new InputError(`unknown option ${arg}`);
		else if (args.file === undefined) args.file = arg;
		else throw new InputError(`unexpected argument ${arg} (one input file at most)`);
	}
	return args;
}

/** The CLI's output object for one result, with the field order and no `text` echo. */
export function toOutputLine(r: ScoreResult): string {
	return JSON.stringify({
		inappropriate: r.inappropriate,
		toxic: r.toxic,
		dimensions: r.dimensions,
		flag: r.flag,
		spans: mergeSpans(r.spans),
	});
}

/** Both heads may underline the same word; the CLI's spans carry no head, so keep each range once (max weight). */
function mergeSpans(spans: ScoreResult['spans']): { start: number; end: number; weight: number }[] {
	const byRange = new Map<string, { start: number; end: number; weight: number }>();
	for (const s of spans) {
		const key = `${s.start}:${s.end}`;
		const seen = byRange.get(key);
		if (!seen || seen.weight < s.weight) byRange.set(key, { start: s.start, end: s.end, weight: s.weight });
	}
	return [...byRange.values()].sort((a, b) => a.start - b.start);
}

export async function run(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	if (args.help) {
		process.stdout.write(`${HELP}\n`);
		return 0;
	}
	const drafts = await readDrafts(args.file, args.plain);
	const scorer = await createNodeScorer();
	const options: ScoreOptions = args.sensitivity === undefined ? {} : { sensitivity: args.sensitivity };
	if (args.allowSwearingAtThings) options.allowSwearingAtThings = true;
	const lines: string[] = [];
	const BATCH = 256;
	for (let i = 0; i < drafts.length; i += BATCH) {
		for (const r of await scorer.score(drafts.slice(i, i + BATCH), options)) lines.push(toOutputLine(r));
	}
	// Written only once everything is scored, so a failure never leaves partial output.
	await writeAll(lines.length ? `${lines.join('\n')}\n` : '');
	await scorer.dispose();
	return 0;
}

function writeAll(text: string): Promise<void> {
	return new Promise((resolve, reject) => {
		process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
	});
}
