/**
 * Names and addresses in a draft are not the user's words: an @handle ("cc @idiot-ci") names an account, and a
 * link's destination (`[the guide](https://…/stupid-idiot-tricks)`, `<https://…>`, `[x]: https://…`, a bare
 * URL) is where it points. Their words were chosen by someone else, so a draft is scored with them blanked.
 * The link TEXT stays: it is what the user says. A blanked stretch becomes "@" and spaces, so the blanked draft
 * has the draft's length and every offset computed on it (spans, underlines) is an offset into the draft.
 *
 * Draft scoring only, at scoring time (onnx-scorer.ts): the trainers and the derailment inputs read drafts
 * through `maskNonAuthored` (text/mask.ts) unchanged, and thread comments (`wholeDraft`) keep the models'
 * own scores, which the derailment model was trained on.
 */

import { INSULT_NOUNS } from './insult-at-others.ts';

/** A blanked stretch of a draft, UTF-16 offsets, end exclusive. */
export interface AddressRange {
	start: number;
	end: number;
	kind: 'handle' | 'link';
}

/**
 * An @handle: GitHub/GitLab/Discourse style names with hyphens, underscores and inner dots, optionally
 * `@org/team`. Not an e-mail address or a path (a word character, dot, @ or slash right before the @).
 */
const HANDLE =
	/(?<![\p{L}\p{N}_.@/+-])@[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9]))*(?:\/[A-Za-z0-9][\w.-]*)?/gu;

/** "@moron fix it" uses @ to call someone a name: a handle that is a bare insult noun stays the user's words. */
function calledName(handle: string): boolean {
	return INSULT_NOUNS.has(handle.toLowerCase());
}

/** `](destination "title")` of an inline link or image: the destination up to its first space or `)`. */
const INLINE_LINK = /\]\(\s*(<[^>\n]*>|[^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*)/g;

/** An autolink, `<https://…>` or `<mailto:…>`. */
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/g;

/** A reference definition line, `[label]: destination "title"`: the destination. */
const REFERENCE = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;

/** A bare URL or www. address, up to whitespace or a closing bracket/quote; trailing punctuation stays text. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]*[^\s<>()[\]"'`.,;:!?]/gi;

function rangesOf(pattern: RegExp, text: string, kind: AddressRange['kind'], group?: 1): AddressRange[] {
	const ranges: AddressRange[] = [];
	for (const m of text.matchAll(pattern)) {
		const whole = m.index ?? 0;
		const part = group ? m[group] : m[0];
		if (part === undefined) continue;
		const start = group ? whole + m[0].lastIndexOf(part) : whole;
		ranges.push({ start, end: start + part.length, kind });
	}
	return ranges;
}

/** The handles and link destinations in `text`, sorted by start, none inside another. */
export function addressRanges(text: string): AddressRange[] {
	if (!/[@:]|www\.|\]\(/i.test(text)) return [];
	const found = [
		...rangesOf(HANDLE, text, 'handle').filter((r) => !calledName(text.slice(r.start + 1, r.end))),
		...rangesOf(INLINE_LINK, text, 'link', 1),
		...rangesOf(AUTOLINK, text, 'link'),
		...rangesOf(REFERENCE, text, 'link', 1),
		...rangesOf(BARE_URL, text, 'link'),
	].sort((a, b) => a.start - b.start || b.end - a.end);
	// A link destination is also a bare URL: keep the outermost stretch.
	return found.filter((r, i) => !found.slice(0, i).some((o) => o.start <= r.start && r.end <= o.end));
}

/**
 * `text` with each handle and link destination blanked to "@" and spaces (same length); `text` itself when
 * none. The "@" (no word, no layout feature) keeps a blanked line from starting with spaces, which could make it
 * an indented code block (text/mask.ts: "@bob you are an idiot" would be masked whole), or a blank line.
 */
export function blankAddresses(text: string): string {
	const ranges = addressRanges(text);
	if (ranges.length === 0) return text;
	const chars = text.split('');
	for (const r of ranges) {
		chars.fill(' ', r.start, r.end);
		chars[r.start] = '@';
	}
	return chars.join('');
}
