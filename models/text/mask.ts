/**
 * Masks the parts of a draft that are not the user's own words: quoted reply lines (`> …`), fenced and
 * indented code blocks, and `inline code`. Masked characters become spaces (newlines stay), so the masked
 * string has the same length as the draft and every offset computed on it is an offset into the draft.
 */

/** A masked stretch of the draft, UTF-16 offsets, end exclusive. */
export interface MaskedRange {
	start: number;
	end: number;
	kind: 'quote' | 'code' | 'inline-code';
}

/** The draft with masked stretches blanked out, and the stretches themselves. */
export interface MaskResult {
	text: string;
	ranges: MaskedRange[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
const INDENTED = /^( {4}|\t)/;

interface Line {
	start: number;
	text: string;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (const part of text.split('\n')) {
		lines.push({ start, text: part });
		start += part.length + 1;
	}
	return lines;
}

function blockRanges(lines: Line[]): MaskedRange[] {
	const ranges: MaskedRange[] = [];
	let fence: string | undefined;
	let previousBlank = true;
	let inIndented = false;
	for (const line of lines) {
		const end = line.start + line.text.length;
		const blank = line.text.trim() === '';
		if (fence !== undefined) {
			ranges.push({ start: line.start, end, kind: 'code' });
			if (line.text.trim().startsWith(fence)) fence = undefined;
		} else {
			const opened = FENCE.exec(line.text);
			if (opened) {
				fence = opened[1];
				ranges.push({ start: line.start, end, kind: 'code' });
			} else if (QUOTE.test(line.text)) {
				ranges.push({ start: line.start, end, kind: 'quote' });
			} else if (!blank && INDENTED.test(line.text) && (previousBlank || inIndented)) {
				inIndented = true;
				ranges.push({ start: line.start, end, kind: 'code' });
			} else if (!blank) {
				inIndented = false;
			}
		}
		previousBlank = blank;
	}
	return ranges;
}

/** Inline code: a run of N backticks up to the next run of exactly N backticks (CommonMark's rule). */
function inlineRanges(text: string, blocked: (i: number) => boolean): MaskedRange[] {
	const ranges: MaskedRange[] = [];
	const runs = [...text.matchAll(/`+/g)].filter((m) => !blocked(m.index ?? 0));
	for (let i = 0; i < runs.length; i++) {
		const open = runs[i];
		if (!open) continue;
		const closeIndex = runs.findIndex((m, k) => k > i && m[0].length === open[0].length);
		if (closeIndex < 0) continue;
		const close = runs[closeIndex];
		if (!close) continue;
		ranges.push({ start: open.index ?? 0, end: (close.index ?? 0) + close[0].length, kind: 'inline-code' });
		i = closeIndex;
	}
	return ranges;
}

/** Blanks quotes and code out of `text`, keeping its length and its newlines. */
export function maskNonAuthored(text: string): MaskResult {
	const blocks = blockRanges(splitLines(text));
	const inBlock = new Uint8Array(text.length);
	for (const r of blocks) inBlock.fill(1, r.start, r.end);
	const ranges = [...blocks, ...inlineRanges(text, (i) => inBlock[i] === 1)].sort(
		(a, b) => a.start - b.start,
	);
	if (ranges.length === 0) return { text, ranges };
	const chars = text.split('');
	for (const r of ranges) {
		for (let i = r.start; i < r.end; i++) if (chars[i] !== '\n') chars[i] = ' ';
	}
	return { text: chars.join(''), ranges };
}
