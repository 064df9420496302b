/**
 * Reads the CLI's JSON Lines (or plain text) input and validates every line before any output is written,
 * so bad input gives one clear error naming the line, a non-zero exit and nothing on stdout.
 */
import { readFile } from 'node:fs/promises';
import { MAX_DRAFT_CHARS } from '../utils/limits.ts';

/** The longest draft we accept (characters). A comment box never holds more; beyond it is almost surely a mistake. */
export const MAX_TEXT_CHARS = MAX_DRAFT_CHARS;

export class InputError extends Error {
	constructor(
		message: string,
		readonly line?: number,
	) {
		super(line === undefined ? message : `line ${line}: ${message}`);
		this.name = 'InputError';
	}
}

/** Reads a file, or stdin for '-' / undefined, as raw bytes. */
export async function readInput(file: string | undefined): Promise<Uint8Array> {
	if (file && file !== '-') {
		try {
			return await readFile(file);
		} catch (error) {
			throw new InputError(`cannot read ${file}: ${readErrorText(error as NodeJS.ErrnoException)}`);
		}
	}
	// Run bare in a terminal, the command would otherwise sit silently waiting; say what it waits for.
	if (process.stdin.isTTY)
		process.stderr.write('reading drafts from the terminal; end with Ctrl+D (or give a FILE, see --help)\n');
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/** Plain words for the file errors people actually hit; anything else keeps Node's message. */
function readErrorText(error: NodeJS.ErrnoException): string {
	if (error.code === 'ENOENT') return 'no such file';
	if (error.code === 'EISDIR') return 'it is a folder, not a file';
	if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
	return error.message ?? String(error);
}

/** Decodes bytes as strict UTF-8; rejects binary input with the line where it starts. */
export function decodeUtf8(bytes: Uint8Array): string {
	// Windows tools save "Unicode" text as UTF-16 with a byte-order mark; its NUL bytes are not binary data.
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		throw new InputError('input is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8');
	const nul = bytes.indexOf(0);
	if (nul >= 0)
		throw new InputError('input looks binary (NUL byte); expected UTF-8 text', lineAt(bytes, nul));
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		throw new InputError('input is not valid UTF-8', firstBadUtf8Line(bytes));
	}
}

function lineAt(bytes: Uint8Array, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
	return line;
}

function firstBadUtf8Line(bytes: Uint8Array): number | undefined {
	let start = 0;
	let line = 1;
	const decoder = new TextDecoder('utf-8', { fatal: true });
	for (let i = 0; i <= bytes.length; i++) {
		if (i === bytes.length || bytes[i] === 10) {
			try {
				decoder.decode(bytes.subarray(start, i));
			} catch {
				return line;
			}
			start = i + 1;
			line++;
		}
	}
	return undefined;
}

/** Splits into lines; a single trailing newline (and CRLF endings) is normal and not an empty line. */
export function splitLines(text: string): string[] {
	const body = text.replace(/^\uFEFF/, '');
	if (body === '') return [];
	const lines = body.split(/\r?\n/);
	if (lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** True when the string holds a lone surrogate, which no UTF-8 encoder can write back out faithfully. */
export function hasLoneSurrogate(text: string): boolean {
	return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** Checks one draft string and returns it, or throws naming the line and field. */
export function checkText(value: unknown, line: number, field = 'text'): string {
	if (typeof value !== 'string') {
		throw new InputError(
			value === undefined ? `missing "${field}" field` : `"${field}" must be a string, got ${typeOf(value)}`,
			line,
		);
	}
	if (value.length > MAX_TEXT_CHARS) {
		throw new InputError(
			`"${field}" is ${count(value.length)} characters; the limit is ${count(MAX_TEXT_CHARS)}`,
			line,
		);
	}
	if (hasLoneSurrogate(value))
		throw new InputError(`"${field}" holds invalid UTF-16 (a lone surrogate)`, line);
	return value;
}

function count(n: number): string {
	return n.toLocaleString('en-US');
}

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return typeof value;
}

/** How long one input line may be before it is refused unparsed, and what a line holds (for the message). */
export interface LineLimit {
	chars: number;
	/** e.g. 'a draft': "the limit for a draft is …". */
	what: string;
	/** The limit the message names (a draft's own, not the line's JSON-escaped size). */
	shown: number;
}

/** A draft line: the draft limit, with room for JSON escapes (\uXXXX is 6 characters for 1). */
export const DRAFT_LINE: LineLimit = { chars: MAX_TEXT_CHARS * 7, what: 'a draft', shown: MAX_TEXT_CHARS };

/**
 * A line that carries a thread (`tactful derail`, a rewrite's `context`): many comments, each within the draft
 * limit, so the line may be far longer than a draft (90 comments of 9,000 characters were refused under the
 * draft's line limit). 20 M characters still parses in a fraction of a second; beyond it the line is surely not
 * one page's thread.
 */
export const THREAD_LINE: LineLimit = { chars: 20_000_000, what: 'a line with a thread', shown: 20_000_000 };

/** Parses every line as a JSON object; throws on the first bad one with its line number. */
export function parseJsonLines(text: string, limit: LineLimit = DRAFT_LINE): Record<string, unknown>[] {
	return splitLines(text).map((raw, i) => {
		const line = i + 1;
		if (raw.trim() === '') throw new InputError('empty line; expected a JSON object', line);
		if (raw.length > limit.chars)
			throw new InputError(
				`line is ${count(raw.length)} characters; the limit for ${limit.what} is ${count(limit.shown)}`,
				line,
			);
		let value: unknown;
		try {
			value = JSON.parse(raw);
		} catch (error) {
			throw new InputError(`malformed JSON (${(error as Error).message})`, line);
		}
		if (value === null || typeof value !== 'object' || Array.isArray(value)) {
			throw new InputError(`expected a JSON object, got ${typeOf(value)}`, line);
		}
		return value as Record<string, unknown>;
	});
}

/** Reads drafts: JSON Lines with a `text` field, or with `plain` one draft per line. */
export async function readDrafts(file: string | undefined, plain: boolean): Promise<string[]> {
	const text = decodeUtf8(await readInput(file));
	if (plain) {
		return splitLines(text).map((line, i) => {
			if (line.trim() === '') throw new InputError('empty line; expected a draft', i + 1);
			return checkText(line, i + 1);
		});
	}
	return parseJsonLines(text).map((row, i) => checkText(row.text, i + 1));
}
