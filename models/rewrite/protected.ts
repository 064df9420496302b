/**
 * Tokens a rewrite must carry over verbatim: code blocks, inline code, links, @mentions, #references, quoted
 * text and numbers. Changing any of them changes what the comment says (a version, an issue, a quote), so a
 * candidate that drops or alters one is rejected, however civil it reads.
 */

import { normalize } from '../text/normalize.ts';
import { insultWord } from './insult-words.ts';

/** Which kind of protected token a range is. */
export type ProtectedKind =
	| 'code-block'
	| 'inline-code'
	| 'link'
	| 'mention'
	| 'reference'
	| 'quote'
	| 'number';

/** A protected stretch of a text (UTF-16 offsets, end exclusive). */
export interface ProtectedRange {
	start: number;
	end: number;
	kind: ProtectedKind;
	text: string;
}

// Order matters: earlier kinds mask their ranges so later patterns cannot match inside them (a number inside a
// URL, an @ inside inline code).
const PATTERNS: [ProtectedKind, RegExp][] = [
	['code-block', /```[\s\S]*?```|~~~[\s\S]*?~~~/g],
	['inline-code', /`[^`\n]+`/g],
	['link', /\bhttps?:\/\/[^\s<>()"'`]+[^\s<>()"'`.,;:!?]|\bwww\.[^\s<>()"'`]+[^\s<>()"'`.,;:!?]/g],
	['mention', /(?<![\w@])@[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9_.-]+)?/g],
	[
		'reference',
		/(?<![\w#&])(?:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)?#\d+\b|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/g,
	],
	['quote', /"[^"\n]{1,400}"|“[^”\n]{1,400}”|^>[^\n]*$/gm],
	['number', /(?<![\w.])[-+]?v?\d+(?:[.,:]\d+)*(?:%|[a-zA-Z]{1,3}\b)?/g],
];

/**
 * Scare quotes: one plain lower-case word in quote marks after a possessive or "this"/"that"/"another" ("your
 * "optimization"", "another "fix""). They quote no one; they mock, so they are not protected and the fixer takes
 * the marks off (unquoteScare). Not before a word that makes the quote a literal name ("your "strict" flag").
 */
const SCARE_QUOTE =
	/(?<=\b(?:[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[Aa]nother)\s+)(?:"(\p{Ll}+(?:-\p{Ll}+)?)"|“(\p{Ll}+(?:-\p{Ll}+)?)”)(?!\s+(?:flag|option|setting|settings|field|key|value|param|parameter|argument|variable|property|column|table|button|tab|label|keyword|command|mode|branch|tag|file|folder|directory|package|module|function|method|class|type|header|role|scope|event)s?\b)/gu;

/** `text` with the marks taken off its scare quotes ("your "fix" broke it" → "your fix broke it"). */
export function unquoteScare(text: string): string {
	return text.replace(SCARE_QUOTE, (_m, straight?: string, curly?: string) => straight ?? curly ?? '');
}

/** All protected ranges of `text`, sorted by start; ranges never overlap. */
export function protectedRanges(text: string): ProtectedRange[] {
	let masked = text;
	const ranges: ProtectedRange[] = [];
	const scare = new Set([...text.matchAll(SCARE_QUOTE)].map((m) => m.index));
	for (const [kind, pattern] of PATTERNS) {
		for (const match of masked.matchAll(pattern)) {
			const start = match.index ?? 0;
			if (kind === 'quote' && scare.has(start)) continue;
			const end = start + match[0].length;
			if (kind === 'number' && inDisguisedWord(text, start, end)) continue;
			ranges.push({ start, end, kind, text: text.slice(start, end) });
		}
		for (const range of ranges) {
			masked =
				masked.slice(0, range.start) + '\u0000'.repeat(range.end - range.start) + masked.slice(range.end);
		}
	}
	return ranges.sort((a, b) => a.start - b.start);
}

/**
 * Digits standing for letters in a camouflaged insult ("1d10t", "sh1t"): part of a word, not a number to keep
 * (session 23: every rewrite of "You absolute 1d1ot, …" was rejected for dropping the number "1").
 */
function inDisguisedWord(text: string, start: number, end: number): boolean {
	let from = start;
	let to = end;
	while (from > 0 && /[\p{L}\d$@*!|]/u.test(text[from - 1] ?? '')) from--;
	while (to < text.length && /[\p{L}\d$@*!|]/u.test(text[to] ?? '')) to++;
	const token = text.slice(from, to);
	if (!/\p{L}/u.test(token)) return false;
	const plain = normalize(token).text;
	return /^\p{L}+$/u.test(plain) && insultWord(plain) !== undefined;
}

/** True when offset range [start, end) touches any protected range. */
export function overlapsProtected(ranges: readonly ProtectedRange[], start: number, end: number): boolean {
	return ranges.some((range) => range.start < end && start < range.end);
}

/**
 * Why `candidate` fails to keep the protected tokens of `source`, or undefined when it keeps them all. Each
 * token must appear as many times as in the source; new links and mentions (invented by a model) also fail.
 */
export function protectedViolation(source: string, candidate: string): string | undefined {
	const counts = new Map<string, number>();
	for (const range of protectedRanges(source)) {
		const key = `${range.kind}\u0001${range.text}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	for (const [key, count] of counts) {
		const [kind, token] = key.split('\u0001') as [ProtectedKind, string];
		if (occurrences(candidate, token) < count) return `dropped or changed ${kind} ${clip(token)}`;
	}
	for (const range of protectedRanges(candidate)) {
		if ((range.kind === 'link' || range.kind === 'mention') && !source.includes(range.text)) {
			return `added ${range.kind} ${clip(range.text)}`;
		}
	}
	return brokenBlock(source, candidate);
}

const atLineStart = (s: string, at: number) => at === 0 || s[at - 1] === '\n';
const atLineEnd = (s: string, end: number) => /^[ \t]*(?:\n|$)/.test(s.slice(end));

/**
 * A code block or a `>` quoted line the draft has on lines of its own that the candidate runs into the text around
 * it: the same characters, but no longer a fence or a quote in Markdown, or the user's own words taken into the
 * quote (a model that joins the draft's paragraphs writes "tests: ```ts … ``` > I tested it No you did not", and
 * Apply turns the rest of the comment into code).
 */
function brokenBlock(source: string, candidate: string): string | undefined {
	const needed = new Map<string, { range: ProtectedRange; end: boolean; count: number }>();
	for (const range of protectedRanges(source)) {
		const block = range.kind === 'code-block' || (range.kind === 'quote' && range.text.startsWith('>'));
		if (!block || !atLineStart(source, range.start)) continue;
		const end = atLineEnd(source, range.end);
		const key = `${range.kind}\u0001${end}\u0001${range.text}`;
		const entry = needed.get(key) ?? { range, end, count: 0 };
		entry.count++;
		needed.set(key, entry);
	}
	for (const { range, end, count } of needed.values()) {
		let found = 0;
		for (let at = candidate.indexOf(range.text); at >= 0; at = candidate.indexOf(range.text, at + 1)) {
			if (atLineStart(candidate, at) && (!end || atLineEnd(candidate, at + range.text.length))) found++;
		}
		if (found < count) return `ran ${range.kind} ${clip(range.text)} into the text around it`;
	}
	return undefined;
}

function occurrences(haystack: string, needle: string): number {
	let count = 0;
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
	return count;
}

function clip(token: string): string {
	return JSON.stringify(token.length > 40 ? `${token.slice(0, 37)}…` : token);
}
