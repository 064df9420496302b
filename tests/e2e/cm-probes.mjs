// Probes of tests/pages/cm-long.html shared by cm-long.spec.mjs and firefox-cm-long.spec.mjs (page.evaluate runs in
// the page's own world in both drivers, where CodeMirror's view is `window.__cmLong`).
import { check, poll } from './harness.mjs';

/** Asks the MAIN-world bridge what the editor shows, as the content script does (the page's world can too). */
export const askRead = (page) =>
	page.evaluate(() => {
		const content = document.querySelector('#cml .cm-content');
		const n = `probe-${Math.random()}`;
		let answer = null;
		const on = (e) => {
			const d = JSON.parse(e.detail);
			if (d.n === n) answer = d;
		};
		content.addEventListener('tactful-cm-answer', on);
		content.dispatchEvent(
			new CustomEvent('tactful-cm-ask', {
				detail: JSON.stringify({ op: 'read', where: true, n }),
				composed: true,
			}),
		);
		content.removeEventListener('tactful-cm-answer', on);
		return answer && { top: answer.top, bottom: answer.bottom };
	});

/**
 * Scrolls the editor so that the line holding `word` lies `rows` rows outside the scroller's visible box (below its
 * bottom edge, or above its top edge with `where` 'above'), and returns where it ended up, in one evaluate per try:
 * CodeMirror measures lines as they come into its viewport, so the first scroll can be off by a few rows; it is
 * corrected until the line sits where asked. `rendered`: the line is drawn in the DOM (CodeMirror's margin).
 */
export async function placeOutside(page, word, rows, where = 'below') {
	const place = () =>
		page.evaluate(
			({ word, rows, where }) => {
				const view = window.__cmLong;
				const at = view.state.doc.toString().indexOf(word);
				const box = view.scrollDOM.getBoundingClientRect();
				const h = view.defaultLineHeight;
				const line = view.coordsAtPos(at);
				if (line) {
					// Its top at the bottom edge plus (rows - 1) rows, or its bottom at the top edge minus (rows - 1) rows.
					const want = where === 'below' ? box.bottom + (rows - 1) * h + 2 : box.top - (rows - 1) * h - 2;
					const off = where === 'below' ? line.top - want : line.bottom - want;
					if (Math.abs(off) <= 1) {
						const content = document.querySelector('#cml .cm-content').textContent;
						return { ok: true, at, line, box, rendered: content.includes(word) };
					}
					view.scrollDOM.scrollTop += off;
				} else {
					const block = view.lineBlockAt(at);
					view.scrollDOM.scrollTop =
						where === 'below' ? block.top - box.height + rows * h : block.bottom + (rows - 1) * h;
				}
				return { ok: false };
			},
			{ word, rows, where },
		);
	const placed = await poll(place, (x) => x.ok, 10_000, 50);
	check(placed.ok, `could not place "${word}" ${rows} rows ${where} the editor's edge`);
	return placed.value;
}
