/**
 * The technical content of a draft, as a demanding developer would check a rewrite for it: code spans, links,
 * version strings and numbers, issue references, file paths, flags and identifiers (camelCase, snake_case,
 * dotted, `name()`, error codes). A rewrite that loses these lost the user's point, however civil it reads.
 * Used to measure the offline fixer (scripts/check-fixer-content.ts), not at run time.
 */

/** Tokens that are technical on their shape alone, longest kinds first (a code span holds identifiers). */
const SHAPES: RegExp[] = [
	/```[\s\S]*?```|`[^`\n]+`/g,
	/\bhttps?:\/\/[^\s<>()"'`]+[^\s<>()"'`.,;:!?]/g,
	/(?<![\w-])--?[a-z][\w-]*(?:=\S+)?/g,
	/(?:[\w@~-]+)?#\d+\b/g,
	/\b[\w@~-]+(?:[./:][\w@~-]+)+(?:\(\))?/g,
	/\b[A-Za-z_$][\w$]*\(\)/g,
	/\b\w*_\w+\b/g,
	/\b[a-z]+[A-Z][\w$]*\b|\b[A-Z][a-z]+[A-Z][\w$]*\b/g,
	/\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+\b/g,
	/(?<![\w.])[-+]?v?\d+(?:[.,:]\d+)*(?:%|[a-zA-Z]{1,3}\b)?/g,
	/\b[A-Z]{2,}\b/g,
];

/** True when the all-caps word at `index` is part of a shouted run ("WHY IS THIS BROKEN"), not an acronym. */
function shouted(text: string, index: number, length: number): boolean {
	const before = /([A-Z]{2,})\s+$/.test(text.slice(Math.max(0, index - 20), index));
	const after = /^\s+[A-Z]{2,}\b/.test(text.slice(index + length, index + length + 20));
	return before || after;
}

/** The distinct technical tokens of `text`, in order of first appearance. */
export function technicalTokens(text: string): string[] {
	let masked = text;
	const found: { at: number; token: string }[] = [];
	for (const shape of SHAPES) {
		for (const match of masked.matchAll(shape)) {
			const at = match.index ?? 0;
			const token = match[0];
			if (/^[A-Z]{2,}$/.test(token) && shouted(text, at, token.length)) continue;
			found.push({ at, token });
			masked = masked.slice(0, at) + '\u0000'.repeat(token.length) + masked.slice(at + token.length);
		}
	}
	const ordered = found.sort((a, b) => a.at - b.at).map((f) => f.token);
	return ordered.filter((t, i) => ordered.indexOf(t) === i);
}

/** The share of `draft`'s technical tokens that `rewrite` still holds verbatim (1 when the draft has none). */
export function technicalShare(draft: string, rewrite: string): number {
	const tokens = technicalTokens(draft);
	if (tokens.length === 0) return 1;
	return tokens.filter((t) => rewrite.includes(t)).length / tokens.length;
}
