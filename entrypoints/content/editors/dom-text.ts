/**
 * Reads a contenteditable's text through its DOM and maps text offsets back to DOM positions. Shared by every
 * rich editor (plain contenteditable, Lexical, ProseMirror, CodeMirror): they differ only in what to skip.
 */

/** Text of an editable root plus where each Text node starts in it. */
export interface TextModel {
	text: string;
	nodes: Text[];
	starts: number[];
}

const BLOCK = new Set([
	'P',
	'DIV',
	'LI',
	'UL',
	'OL',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'PRE',
	'BLOCKQUOTE',
	'TR',
	'TABLE',
	'SECTION',
	'ARTICLE',
	'HEADER',
	'FOOTER',
	'FIGURE',
	'HR',
	'DD',
	'DT',
	'DL',
]);

/** Elements that are never part of the user's text: widgets, placeholders, hidden helpers. */
export const DEFAULT_SKIP = '[contenteditable="false"],[aria-hidden="true"],script,style,template,img';

/** Walks `root` and returns its text, with one "\n" between blocks and for each <br>. */
export function readDom(root: Node, skip: string = DEFAULT_SKIP): TextModel {
	const model: TextModel = { text: '', nodes: [], starts: [] };
	let text = '';
	// Tracked, not read back: `text.endsWith()` flattens the growing string each time, which made a read of a
	// 1,000-paragraph draft quadratic (~80 ms per keystroke in Chromium).
	let atLineStart = true;
	const visit = (node: Node) => {
		for (let child = node.firstChild; child; child = child.nextSibling) {
			if (child.nodeType === 3) {
				const data = (child as Text).data;
				if (!data) continue;
				model.nodes.push(child as Text);
				model.starts.push(text.length);
				text += data;
				atLineStart = data.charCodeAt(data.length - 1) === 10;
			} else if (child.nodeType === 1) {
				const el = child as Element;
				if (el.matches(skip)) continue;
				if (el.tagName === 'BR') {
					text += '\n';
					atLineStart = true;
					continue;
				}
				if (BLOCK.has(el.tagName) && !atLineStart) {
					text += '\n';
					atLineStart = true;
				}
				visit(el);
			}
		}
	};
	visit(root);
	model.text = text;
	return model;
}

/** Index of the last node starting at or before `offset` (binary search; 0 when none does). */
function nodeIndexAt(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] ?? 0) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * The DOM position of a text offset. `edge` decides between the end of one node and the start of the next
 * (a span's start prefers the next node, its end the previous one); offsets on synthetic "\n"s clamp.
 */
export function positionAt(model: TextModel, offset: number, edge: 'start' | 'end'): [Text, number] | null {
	const { nodes, starts } = model;
	if (nodes.length === 0) return null;
	const i = nodeIndexAt(starts, edge === 'start' ? offset : offset - 1);
	const node = nodes[i] as Text;
	const local = offset - (starts[i] ?? 0);
	if (edge === 'end') return [node, Math.max(0, Math.min(local, node.data.length))];
	if (local < 0) return [node, 0];
	if (local < node.data.length) return [node, local];
	const next = nodes[i + 1];
	return next ? [next, 0] : [node, node.data.length];
}

/** The text offset of a DOM position (a selection's focus) inside `model`; null when it is not on its text. */
export function offsetOf(model: TextModel, node: Node, offset: number): number | null {
	const i = model.nodes.indexOf(node as Text);
	if (i >= 0) return (model.starts[i] ?? 0) + Math.min(offset, (node as Text).data.length);
	// A position between children (after a <br>, at a block's end): the text of the nodes before it.
	const point = node.childNodes[offset] ?? null;
	let before = 0;
	for (const [k, text] of model.nodes.entries()) {
		const cmp = point
			? point.compareDocumentPosition(text)
			: node.contains(text)
				? Node.DOCUMENT_POSITION_PRECEDING
				: node.compareDocumentPosition(text);
		if (cmp & Node.DOCUMENT_POSITION_PRECEDING) before = (model.starts[k] ?? 0) + text.data.length;
		else break;
	}
	return before;
}

/** A DOM Range covering text offsets `[start, end)` of `model`, or null when it holds no text. */
export function rangeFor(model: TextModel, start: number, end: number): Range | null {
	const a = positionAt(model, start, 'start');
	const b = positionAt(model, end, 'end');
	if (!a || !b) return null;
	const range = (a[0].ownerDocument ?? document).createRange();
	range.setStart(a[0], a[1]);
	range.setEnd(b[0], b[1]);
	if (range.collapsed && end > start) return null;
	return range;
}
