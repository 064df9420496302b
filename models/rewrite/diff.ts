/**
 * Word-level diff between the draft and a rewrite (LCS over word and whitespace tokens), for the card. Drafts
 * are comment-sized, so the O(n·m) table is fine (over the part between the shared start and end); beyond MAX_CELLS
 * that part degrades to "all removed / all added".
 */

/** One run of the diff. */
export interface DiffPart {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

const MAX_CELLS = 4_000_000;

/** Words, whitespace runs and punctuation as separate tokens, so spacing survives the round trip. */
export function tokenize(text: string): string[] {
	return text.match(/\s+|[\p{L}\p{N}_'’-]+|[^\s\p{L}\p{N}_'’-]/gu) ?? [];
}

/** The diff of `before` → `after`; joining the non-removed parts gives `after`, the non-added ones `before`. */
export function wordDiff(before: string, after: string): DiffPart[] {
	const allA = tokenize(before);
	const allB = tokenize(after);
	// The shared start and end are unchanged whatever the table says: only the middle is diffed. A long draft with
	// one sentence rewritten (a 9,900-character CodeMirror draft, session 16) was over MAX_CELLS whole, so the card
	// showed its first lines struck through although Apply changes only the culprit's line.
	let pre = 0;
	while (pre < allA.length && pre < allB.length && allA[pre] === allB[pre]) pre++;
	let post = 0;
	while (
		post < allA.length - pre &&
		post < allB.length - pre &&
		allA[allA.length - 1 - post] === allB[allB.length - 1 - post]
	)
		post++;
	const a = allA.slice(pre, allA.length - post);
	const b = allB.slice(pre, allB.length - post);
	const parts: DiffPart[] = [];
	const push = (kind: DiffPart['kind'], text: string) => {
		if (!text) return;
		const last = parts[parts.length - 1];
		if (last?.kind === kind) last.text += text;
		else parts.push({ kind, text });
	};
	push('same', allA.slice(0, pre).join(''));
	if (a.length * b.length > MAX_CELLS) {
		push('removed', a.join(''));
		push('added', b.join(''));
		push('same', allA.slice(allA.length - post).join(''));
		return parts;
	}
	const width = b.length + 1;
	const lcs = new Uint32Array((a.length + 1) * width);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			lcs[i * width + j] =
				a[i] === b[j]
					? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
					: Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
		}
	}
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			push('same', a[i++] as string);
			j++;
		} else if (
			j < b.length &&
			(i === a.length || (lcs[i * width + j + 1] ?? 0) >= (lcs[(i + 1) * width + j] ?? 0))
		) {
			push('added', b[j++] as string);
		} else {
			push('removed', a[i++] as string);
		}
	}
	push('same', allA.slice(allA.length - post).join(''));
	return groupChanges(parts);
}

/** A lone space between two changes reads as part of them: "a STUPID" → "an unwise", not two edits. */
function groupChanges(parts: DiffPart[]): DiffPart[] {
	const out: DiffPart[] = [];
	let removed = '';
	let added = '';
	const flush = () => {
		if (removed) out.push({ kind: 'removed', text: removed });
		if (added) out.push({ kind: 'added', text: added });
		removed = '';
		added = '';
	};
	parts.forEach((part, i) => {
		const between = part.kind === 'same' && /^\s+$/.test(part.text) && i > 0 && i < parts.length - 1;
		const nextChanges = parts[i + 1]?.kind !== 'same';
		if (part.kind === 'removed' || (between && (removed || added) && nextChanges)) removed += part.text;
		if (part.kind === 'added' || (between && (removed || added) && nextChanges)) added += part.text;
		if (part.kind === 'same' && !(between && (removed || added) && nextChanges)) {
			flush();
			out.push(part);
		}
	});
	flush();
	return out;
}

/** A diff part as the card shows it: `gap` stands for unchanged text left out ("…"). */
export type ShownPart = DiffPart | { kind: 'gap'; text: string };

/** Unchanged text kept on each side of a change, in characters (a line's worth in the card). */
export const DIFF_CONTEXT = 80;
/** Diffs shorter than this are shown whole. */
const ELIDE_FROM = 400;

/** Where the kept head of an unchanged run ends: at its first line break, else at a word boundary. */
function headEnd(text: string): number {
	const line = text.indexOf('\n');
	if (line >= 0 && line <= DIFF_CONTEXT) return line;
	const cut = text.lastIndexOf(' ', DIFF_CONTEXT);
	return cut > DIFF_CONTEXT / 2 ? cut : DIFF_CONTEXT;
}

/** Where the kept tail of an unchanged run starts: at its last line break, else at a word boundary. */
function tailStart(text: string): number {
	const from = text.length - DIFF_CONTEXT;
	const line = text.lastIndexOf('\n');
	if (line >= from) return line;
	const cut = text.indexOf(' ', from);
	return cut >= 0 && cut < from + DIFF_CONTEXT / 2 ? cut : from;
}

/**
 * A diff shorter than ELIDE_FROM still folds a run of this many whole unchanged lines: a review comment's
 * ```suggestion block (fence, code, fence) above a rude sentence filled a tight card's one suggestion line with
 * "```suggestion" (qa28 #6).
 */
export const FOLD_LINES_FROM = 3;

/**
 * How many lines text[head, tail) is when it is whole lines (it starts at a line's start and ends at a line's end;
 * `first` / `last`: the run starts / ends the draft), else 0.
 */
function wholeLines(text: string, head: number, tail: number, first: boolean, last: boolean): number {
	const draftStart = head === 0 && first;
	const draftEnd = tail === text.length && last;
	if (tail <= head || !(draftStart || text[head] === '\n') || !(draftEnd || text[tail] === '\n')) return 0;
	// Inside the draft the stretch starts at the break that ends the kept line; at its end, a last break ends no line.
	let stretch = text.slice(draftStart ? 0 : head + 1, tail);
	if (draftEnd) {
		if (stretch === '') return 0;
		if (stretch.endsWith('\n')) stretch = stretch.slice(0, -1);
	}
	return stretch.split('\n').length;
}

/**
 * Folds long unchanged stretches of a long diff into a gap, keeping the line (or ~DIFF_CONTEXT characters) around
 * each change: a rewrite that touches two sentences of a twelve-paragraph draft otherwise fills the card with the
 * whole draft and pushes Apply out of sight. In any diff, FOLD_LINES_FROM or more whole unchanged lines fold too.
 * A gap of whole lines says how many ("… 3 unchanged lines …"). Changes are never shortened.
 */
export function elideUnchanged(parts: readonly DiffPart[]): ShownPart[] {
	if (!parts.some((p) => p.kind !== 'same')) return [...parts];
	const long = parts.reduce((n, p) => n + p.text.length, 0) >= ELIDE_FROM;
	const out: ShownPart[] = [];
	parts.forEach((part, i) => {
		if (part.kind !== 'same') {
			out.push(part);
			return;
		}
		const text = part.text;
		const first = i === 0;
		const last = i === parts.length - 1;
		// A long diff keeps ~a line around each change; a short one folds only whole lines, so it cuts at line breaks.
		const head = first ? 0 : long ? headEnd(text) : text.indexOf('\n');
		const tail = last ? text.length : long ? tailStart(text) : text.lastIndexOf('\n');
		const lines = head < 0 || tail < 0 ? 0 : wholeLines(text, head, tail, first, last);
		if (long ? tail - head < 40 : lines < FOLD_LINES_FROM) {
			out.push(part);
			return;
		}
		// The kept head stops before a line break or space, the kept tail starts with one: the gap goes between.
		const sep = text.slice(head, tail).includes('\n') ? '\n' : ' ';
		const mark = lines > 0 ? `… ${lines} unchanged ${lines === 1 ? 'line' : 'lines'} …` : '…';
		if (head > 0) out.push({ kind: 'same', text: text.slice(0, head) });
		// After a change the gap starts its own line (or word) even when the kept head is empty. Whole lines before
		// the first change take their line break with them, so a card that hides the gap (a tight card's "what Apply
		// writes", WarningCard) starts at the change.
		const lead = first && lines > 0 && tail < text.length;
		out.push({ kind: 'gap', text: first ? (lead ? `${mark}\n` : mark) : `${sep}${mark}` });
		const rest = text.slice(lead ? tail + 1 : tail);
		if (rest) out.push({ kind: 'same', text: rest });
	});
	return out;
}
