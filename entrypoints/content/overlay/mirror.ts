/**
 * Measures where characters of a <textarea> sit on screen, using a hidden "mirror" div that copies the
 * textarea's text metrics (the textarea-caret-position technique). The mirror lives in Tactful's own shadow
 * root, never in the page, and is reused per textarea.
 */

const COPIED = [
	'boxSizing',
	'fontFamily',
	'fontSize',
	'fontStyle',
	'fontVariant',
	'fontWeight',
	'fontStretch',
	'lineHeight',
	'letterSpacing',
	'wordSpacing',
	'textTransform',
	'textIndent',
	'textAlign',
	'tabSize',
	'direction',
	// A dir="auto" textarea gets `unicode-bidi: plaintext` from the browser: each paragraph runs in the direction
	// of its own first letter. Without it, a right-to-left paragraph under a left-to-right one is measured
	// backwards and its underlines land on the wrong words.
	'unicodeBidi',
	'writingMode',
	'paddingTop',
	'paddingRight',
	'paddingBottom',
	'paddingLeft',
	'fontFeatureSettings',
	'fontKerning',
] as const;

const mirrors = new WeakMap<HTMLTextAreaElement, { div: HTMLDivElement; node: Text }>();

function mirrorFor(ta: HTMLTextAreaElement, host: Node): { div: HTMLDivElement; node: Text } {
	let m = mirrors.get(ta);
	if (!m?.div.isConnected) {
		const div = document.createElement('div');
		div.setAttribute('aria-hidden', 'true');
		const node = document.createTextNode('');
		div.append(node);
		host.appendChild(div);
		m = { div, node };
		mirrors.set(ta, m);
	}
	return m;
}

/**
 * Viewport rectangles of `[start, end)` in the textarea's value (not yet clipped). Zoom and CSS transforms
 * are accounted for by scaling from the textarea's layout size to its on-screen size.
 */
export function textareaRects(ta: HTMLTextAreaElement, start: number, end: number, host: Node): DOMRect[] {
	const { div, node } = mirrorFor(ta, host);
	const cs = getComputedStyle(ta);
	const style = div.style;
	for (const key of COPIED) style[key] = cs[key];
	style.position = 'fixed';
	style.left = '-10000px';
	style.top = '0';
	style.visibility = 'hidden';
	// The textarea's own wrapping: `wrap="off"` (white-space: pre) keeps each line whole and scrolls sideways.
	style.whiteSpace = cs.whiteSpace || 'pre-wrap';
	style.overflowWrap = cs.overflowWrap || 'break-word';
	style.wordBreak = cs.wordBreak;
	style.border = '0';
	style.margin = '0';
	style.boxSizing = 'content-box';
	const padX = Number.parseFloat(cs.paddingLeft) + Number.parseFloat(cs.paddingRight);
	style.width = `${ta.clientWidth - padX}px`;
	style.height = 'auto';
	// A trailing newline would otherwise collapse; the extra space keeps the last line measurable.
	const value = `${ta.value} `;
	if (node.data !== value) node.data = value;
	const range = document.createRange();
	range.setStart(node, Math.min(start, ta.value.length));
	range.setEnd(node, Math.min(end, ta.value.length));
	const origin = div.getBoundingClientRect();
	const box = ta.getBoundingClientRect();
	const scale = ta.offsetWidth ? box.width / ta.offsetWidth : 1;
	const left = box.left + ta.clientLeft * scale;
	const top = box.top + ta.clientTop * scale;
	const out: DOMRect[] = [];
	for (const r of range.getClientRects()) {
		if (r.width < 0.5) continue;
		out.push(
			new DOMRect(
				left + (r.left - origin.left - ta.scrollLeft) * scale,
				top + (r.top - origin.top - ta.scrollTop) * scale,
				r.width * scale,
				r.height * scale,
			),
		);
	}
	return out;
}

/** Removes a textarea's mirror (when its field goes away). */
export function dropMirror(ta: HTMLTextAreaElement): void {
	mirrors.get(ta)?.div.remove();
	mirrors.delete(ta);
}
