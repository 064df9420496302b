/**
 * Where the thread's comments show their text: the line boxes of the comments the thread warning is about (their
 * bodies where the reader knows them, threads/common.ts `commentBody`), so the open card can keep clear of them
 * (overlay/card-place.ts `Avoid.thread`). Session 19's github-issue screenshot
 * showed the card over the line ends of the earlier comments the user was reading while it named them.
 */

import type { Editor } from './editors/types.ts';
import { threadReadFor, threadRiskFor, threadWarns } from './features/thread-risk.ts';
import { commentBody } from './threads/common.ts';

/** More line boxes than this are not looked at (a long thread in view): the card's placement stays cheap. */
const MAX_BOXES = 300;
/** A draft, a hidden part or another box's text is not a comment's text on screen. */
const NOT_TEXT = 'textarea, input, [contenteditable]:not([contenteditable="false"]), [hidden], script, style';

/**
 * The viewport boxes of the text lines of `elements` that show in a viewport `vh` tall: one box per line of each
 * text node (Range.getClientRects), blank text and the boxes out of the window left out, at most MAX_BOXES.
 */
export function textLineBoxes(elements: readonly Element[], vh: number): DOMRect[] {
	const out: DOMRect[] = [];
	for (const el of elements) {
		if (!el.isConnected) continue;
		const r = el.getBoundingClientRect();
		if (r.bottom <= 0 || r.top >= vh || r.width === 0) continue;
		const doc = el.ownerDocument;
		const walk = doc.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
			acceptNode: (n) =>
				n.nodeType === Node.ELEMENT_NODE
					? (n as Element).matches(NOT_TEXT)
						? NodeFilter.FILTER_REJECT
						: NodeFilter.FILTER_SKIP
					: (n.nodeValue ?? '').trim()
						? NodeFilter.FILTER_ACCEPT
						: NodeFilter.FILTER_SKIP,
		});
		const range = doc.createRange();
		for (let n = walk.nextNode(); n; n = walk.nextNode()) {
			range.selectNodeContents(n);
			for (const line of range.getClientRects()) {
				if (line.width === 0 || line.height === 0 || line.bottom <= 0 || line.top >= vh) continue;
				out.push(DOMRect.fromRect(line));
				if (out.length >= MAX_BOXES) return out;
			}
		}
	}
	return out;
}

/**
 * The text lines, in view, of the comments of the thread the field's reply joins, while the card warns about that
 * thread (its section names them); null otherwise, and the card is placed as before.
 */
export function threadTextBoxes(editor: Editor): DOMRect[] | null {
	const risk = threadRiskFor(editor);
	return threadWarns(risk) ? commentTextBoxes(editor) : null;
}

/**
 * The text lines, in view, of the thread's comments as last read for the field, whether or not the thread warns or
 * could be assessed; null when it has not been read (heated-thread alerts off, or no thread reader for the site). A draft-only card keeps no more of them
 * hidden when it moves aside of the badge (card-place.ts `linesKept`; qa30: Hacker News at 600x400, the card moved
 * 26 px further over the comment line under the box).
 */
export function commentTextBoxes(editor: Editor): DOMRect[] | null {
	const read = threadRiskFor(editor)?.read ?? threadReadFor(editor);
	if (!read) return null;
	const bodies = read.comments.map((c) => commentBody(c)).filter((el): el is Element => el !== undefined);
	const elements = (KIN_SITES.has(read.site ?? '') ? withKin(bodies) : bodies).filter(
		(el) => !el.contains(editor.el),
	);
	const boxes = textLineBoxes(elements, editor.el.ownerDocument.documentElement.clientHeight);
	return boxes.length ? boxes : null;
}

/**
 * Whether the thread card may be cut short to a band clear of the thread's lines (card-place.ts `threadBand`): not on
 * GitHub. Session 23 turned it off there because its header badges counted as lines; with only comment bodies
 * counted (session 24) the band still shows 1 of 3 suggestion lines at 800x600 (whole card 4/4 over 315 px of two
 * line ends) and is not taken at the other sizes, so the card stays whole there.
 */
export function threadBandAllowed(editor: Editor): boolean {
	return threadRiskFor(editor)?.read?.site !== 'github';
}

/**
 * Sites whose reader leaves out comments laid out as siblings of the ones it reads (Hacker News: its rows of one
 * table, the item's direct replies read, the nested replies between them not). Only there: the other sites were
 * not measured with it (session 23).
 */
const KIN_SITES = new Set(['hackernews']);

/**
 * The read comments' elements, then their siblings of the same kind (tag and classes): the comments between them
 * are read on screen too, though the thread reader left them out (session 23: Hacker News reads only the item's
 * direct replies, so the card placed clear of those lines covered the nested replies between them).
 */
export function withKin(elements: readonly Element[]): Element[] {
	const out = new Set(elements);
	for (const el of elements)
		for (const sibling of el.parentElement?.children ?? [])
			if (sibling.tagName === el.tagName && sibling.className === el.className) out.add(sibling);
	return [...out];
}
