/**
 * Word-level diff between the draft and a rewrite (LCS over word and whitespace tokens), for the card. Drafts
 * are comment-sized, so the O(n·m) table is fine; beyond MAX_CELLS it degrades to "all removed / all added".
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
	const a = tokenize(before);
	const b = tokenize(after);
	if (a.length * b.length > MAX_CELLS) {
		return [
			{ kind: 'removed' as const, text: before },
			{ kind: 'added' as const, text: after },
		].filter((p) => p.text);
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
	const parts: DiffPart[] = [];
	const push = (kind: DiffPart['kind'], text: string) => {
		const last = parts[parts.length - 1];
		if (last?.kind === kind) last.text += text;
		else parts.push({ kind, text });
	};
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
