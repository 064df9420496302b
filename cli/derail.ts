/**
 * `tactful derail [--sensitivity S] [FILE|-]`: JSON Lines in, one `{"comments": [{"author", "role"?, "text",
 * "post"?}], "draft"?}` per line; JSON Lines out in the same order, `{"derail": p, "flag": bool, "markers": {…}}`; a thread
 * at risk gets `markers.advice` (models/derail/advice.ts) after the predictor's own fields.
 * Every line is validated before anything is written; bad input names its line and exits 2.
 */
import { adviseThread } from '../models/derail/advice.ts';
import { createNodeDerailPredictor } from '../models/derail/node-predictor.ts';
import type { Thread, ThreadComment } from '../models/derail/types.ts';
import { checkText, decodeUtf8, InputError, parseJsonLines, readInput, THREAD_LINE } from './jsonl.ts';

/** More comments than any page shows at once; beyond it the input is almost surely wrong. */
export const MAX_COMMENTS = 5_000;

const HELP = `usage: tactful derail [--sensitivity S] [FILE|-]

Predicts whether each thread is derailing. Input: JSON Lines, one thread per line:
  {"comments": [{"author": "...", "role": "...", "text": "...", "post": true}, ...], "draft": "..."}
  role, post and draft are optional. "post": true marks a forum's opener (the Hacker News story, the Reddit or
  Lemmy post, a Discourse topic's first post, the Stack Exchange question): not a turn of the exchange under it,
  so the "back-and-forth" dynamic and the advice's "back and forth" count only the replies; p does not read
  it. Only comments[0] may carry it (one post per thread; comments are oldest first); "post": true on any
  later comment is an input error. Leave it out for GitHub, whose issue body is a turn.
Output: JSON Lines in the same order: {"derail": p, "flag": bool, "markers": {...}}
  markers.advice (only when the thread is at risk): {"comments": [{"index", "author", "quote", "waited"?, "line"}],
  "dynamics": [...], "suggestions": [...]}: who and what drive the risk, and the suggestions made specific
  --sensitivity S   0..1 (default 0.5, the calibrated decision point p >= 0.5; higher flags earlier)`;

/** One validated input line. */
export interface DerailRequest {
	thread: Thread;
	draft?: string;
}

function checkComment(value: unknown, line: number, i: number): ThreadComment {
	const where = `comments[${i}]`;
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		throw new InputError(`"${where}" must be an object with "author" and "text"`, line);
	const row = value as Record<string, unknown>;
	if (typeof row.author !== 'string')
		throw new InputError(
			row.author === undefined ? `missing "${where}.author"` : `"${where}.author" must be a string`,
			line,
		);
	if (row.role !== undefined && row.role !== null && typeof row.role !== 'string')
		throw new InputError(`"${where}.role" must be a string`, line);
	// As for role, null reads as absent (a table exported with the column empty on most rows writes null there).
	if (row.post !== undefined && row.post !== null && typeof row.post !== 'boolean')
		throw new InputError(`"${where}.post" must be true or false`, line);
	const text = checkText(row.text, line, `${where}.text`);
	return {
		author: row.author,
		text,
		...(typeof row.role === 'string' ? { role: row.role } : {}),
		// The page readers' shape (models/derail/types.ts): set only on the opener, never `post: false`.
		...(row.post === true ? { post: true as const } : {}),
	};
}

/** Validates one parsed line. */
export function checkRequest(row: Record<string, unknown>, line: number): DerailRequest {
	if (!Array.isArray(row.comments))
		throw new InputError(
			row.comments === undefined ? 'missing "comments" array' : '"comments" must be an array',
			line,
		);
	if (row.comments.length > MAX_COMMENTS)
		throw new InputError(`"comments" has ${row.comments.length} items; the limit is ${MAX_COMMENTS}`, line);
	const comments = row.comments.map((c, i) => checkComment(c, line, i));
	// `post` marks the opener, which the exchange follows (models/derail/types.ts): a thread has at most one, and
	// it is the oldest comment. Marked anywhere else, the input is not what the page readers send (a second post
	// would silently drop a reply from the back and forth), so say so rather than guess.
	const later = comments.findIndex((c, i) => i > 0 && c.post);
	if (later > 0)
		throw new InputError(
			comments[0]?.post
				? `"comments[${later}].post" is true, but comments[0] is already the post; a thread has one post`
				: `"comments[${later}].post" is true, but only the first comment (the opener) can be the post`,
			line,
		);
	if (row.draft === undefined) return { thread: { comments } };
	return { thread: { comments }, draft: checkText(row.draft, line, 'draft') };
}

/** Parses the options; returns the input file (or undefined for stdin) and the sensitivity. */
function parseArgs(argv: string[]): { file?: string; sensitivity: number; help: boolean } {
	let file: string | undefined;
	let sensitivity = 0.5;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (arg === '--help' || arg === '-h') return { sensitivity, help: true };
		if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
			// Same forms and checks as `tactful score`: "--sensitivity 0.3" or "--sensitivity=0.3".
			const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
			const value = Number(raw);
			if (raw === undefined || raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1)
				throw new InputError(`--sensitivity needs a number between 0 and 1, got ${raw || 'nothing'}`);
			sensitivity = value;
		} else if (arg.startsWith('-') && arg !== '-') throw new InputError(`unknown option ${arg}`);
		else if (file !== undefined) throw new InputError('expected at most one FILE');
		else file = arg;
	}
	return { file, sensitivity, help: false };
}

export async function run(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	if (args.help) {
		process.stdout.write(`${HELP}\n`);
		return 0;
	}
	const requests = parseJsonLines(decodeUtf8(await readInput(args.file)), THREAD_LINE).map((row, i) =>
		checkRequest(row, i + 1),
	);
	const predictor = await createNodeDerailPredictor();
	const lines: string[] = [];
	for (const { thread, draft } of requests) {
		const result = await predictor.predict(thread, draft, { sensitivity: args.sensitivity });
		// At risk: `advice` (who and what drive it, the suggestions made specific) after the predictor's own fields.
		const advice = adviseThread(thread, result.markers, draft);
		const markers = advice ? { ...result.markers, advice } : result.markers;
		lines.push(JSON.stringify({ derail: result.derail, flag: result.flag, markers }));
	}
	await predictor.dispose();
	if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
	return 0;
}
