// Probes for the card and badge fitting the page (fit.spec.mjs in Chromium, firefox.spec.mjs in Firefox). The
// in-page functions are self-contained, so either driver can send them into the page (`page.evaluate(fn, arg)`).

/** In the page: scrolls so the field `sel` sits at the 'top', 'middle' or 'bottom' of the window. */
export function placeFieldAt([sel, where]) {
	document.body.style.paddingBottom = '2000px'; // room to scroll any field to the top
	const r = document.querySelector(sel).getBoundingClientRect();
	const vh = document.documentElement.clientHeight;
	const target = where === 'top' ? 10 : where === 'middle' ? vh / 2 - r.height / 2 : vh - r.height - 10;
	window.scrollBy(0, r.top - target);
}

/**
 * In the page: the open card against the viewport for field `sel`: its rect, whether each action (Apply, "This
 * is fine", Close) is visible (the topmost element at its centre is the button itself, so neither scrolled away
 * inside the card nor off screen), and whether it covers the caret's line (the draft is one line at the top of
 * the field, typed to its end).
 */
export function measureCardFit(sel) {
	const root = document.querySelector('[data-tactful-host]').shadowRoot;
	const card = root.querySelector('[data-tactful="card"]');
	const vw = document.documentElement.clientWidth;
	const vh = document.documentElement.clientHeight;
	const r = card.getBoundingClientRect();
	const seen = (el) => {
		if (!el) return false;
		const b = el.getBoundingClientRect();
		const [x, y] = [b.left + b.width / 2, b.top + b.height / 2];
		if (x < 0 || y < 0 || x > vw || y > vh) return false;
		return root.elementFromPoint(x, y) === el;
	};
	const named = (text) => [...card.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
	const field = document.querySelector(sel);
	const box = field.getBoundingClientRect();
	const cs = getComputedStyle(field);
	const lineTop = box.top + field.clientTop + Number.parseFloat(cs.paddingTop);
	const caret = { top: lineTop, bottom: lineTop + Number.parseFloat(cs.lineHeight) };
	return {
		card: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
		viewport: { width: vw, height: vh },
		inside: r.top >= 0 && r.left >= 0 && r.bottom <= vh && r.right <= vw,
		apply: seen(root.querySelector('.tactful-rw-primary')),
		fine: seen(named('This is fine')),
		close: seen(card.querySelector('.tf-close')),
		coversCaret: r.top < caret.bottom && r.bottom > caret.top && r.left < box.right && r.right > box.left,
	};
}

/** True when a `measureCardFit` result is what the user needs: inside the window, every action visible. */
export const cardFits = (at) => at.inside && at.apply && at.fine && at.close && !at.coversCaret;

/**
 * In the page: the rects of the text the user can see in field `el` (viewport pixels), measured independently
 * of the extension: a throw-away mirror for a textarea (with the field's scroll), each text node's own line
 * boxes for a rich editor (a Range over the whole editor would add its paragraphs' full-width boxes). Also the
 * field's box and direction.
 */
export function visibleText(el) {
	const box = el.getBoundingClientRect();
	const seen = (r) =>
		r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
	const plain = (q) => ({ left: q.left, right: q.right, top: q.top, bottom: q.bottom });
	const rects = [];
	if (el.tagName === 'TEXTAREA') {
		const cs = getComputedStyle(el);
		const m = document.createElement('div');
		for (const k of [
			'fontFamily',
			'fontSize',
			'fontWeight',
			'lineHeight',
			'letterSpacing',
			'paddingTop',
			'paddingLeft',
			'paddingRight',
			'wordSpacing',
			'direction',
			'textAlign',
		])
			m.style[k] = cs[k];
		Object.assign(m.style, {
			position: 'fixed',
			visibility: 'hidden',
			whiteSpace: 'pre-wrap',
			overflowWrap: 'break-word',
			left: '0',
			top: '0',
			width: `${el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)}px`,
		});
		const t = document.createTextNode(el.value);
		m.append(t);
		document.body.append(m);
		const r = document.createRange();
		r.selectNodeContents(t);
		const mr = m.getBoundingClientRect();
		for (const q of r.getClientRects()) {
			const x = box.x + el.clientLeft + q.x - mr.x - el.scrollLeft;
			const y = box.y + el.clientTop + q.y - mr.y - el.scrollTop;
			const moved = new DOMRect(x, y, q.width, q.height);
			if (seen(moved)) rects.push(plain(moved));
		}
		m.remove();
	} else {
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const r = document.createRange();
			r.selectNodeContents(n);
			for (const q of r.getClientRects()) if (seen(q)) rects.push(plain(q));
		}
	}
	return { rects, box: plain(box), rtl: getComputedStyle(el).direction === 'rtl' };
}

/**
 * True once the visible text reaches the field's bottom-right corner, where the badge sits (22 px, 6 px inside
 * the field's edges): the last line is in the badge's row and ends within `reach` px of the right edge. In a
 * right-to-left field the lines start at the right, so any line in that row reaches it.
 */
export function reachesCorner({ rects, box, rtl }, reach = 26) {
	if (rects.length === 0) return false;
	const bottom = Math.max(...rects.map((r) => r.bottom));
	if (bottom <= box.bottom - 26) return false; // not 2 px into the badge's row yet
	if (rtl) return rects.length > 1;
	const last = rects.filter((r) => r.bottom > bottom - 4);
	return Math.max(...last.map((r) => r.right)) > box.right - reach;
}

/** In the page: the badge's rect and opacity (a badge faded so the text reads through does not hide it). */
export function measureBadge() {
	const b = document.querySelector('[data-tactful-host]')?.shadowRoot.querySelector('[data-tactful="badge"]');
	if (!b) return null;
	const r = b.getBoundingClientRect();
	return {
		left: r.left,
		right: r.right,
		top: r.top,
		bottom: r.bottom,
		opacity: Number(getComputedStyle(b).opacity),
	};
}

/** The text rects an opaque badge sits on (by more than a pixel each way). */
export const textUnder = (badge, rects) =>
	badge && badge.opacity > 0.5
		? rects.filter(
				(r) =>
					r.left < badge.right - 1 &&
					r.right > badge.left + 1 &&
					r.top < badge.bottom - 1 &&
					r.bottom > badge.top + 1,
			)
		: [];

/** Civil words typed until a field's text reaches its corner (written for this project). */
export const WORDS =
	'thanks for the patch the retry logic reads well to me and the tests pass here so I think we can merge it after one more look at the timeout handling'.split(
		' ',
	);

/**
 * In the page: whether the page's button `sel` (a form's "Comment") is in the window and is what a click at its
 * centre reaches, not the open card drawn over it (form-actions.spec.mjs, firefox.spec.mjs).
 */
export function buttonClickable(sel) {
	const b = document.querySelector(sel);
	const r = b.getBoundingClientRect();
	const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
	const vw = document.documentElement.clientWidth;
	const vh = document.documentElement.clientHeight;
	const inView = x >= 0 && y >= 0 && x <= vw && y <= vh;
	const top = inView ? document.elementFromPoint(x, y) : null;
	return { inView, clickable: Boolean(top && (top === b || b.contains(top))), button: r.toJSON() };
}

/**
 * The open card in a window with little room, read at once (card-room.spec, firefox.spec): each reason line
 * shown, or cut only by a box that scrolls with room to show a line; the card's own action row inside the card's
 * visible box and the window; the suggestion's buttons shown or reachable by scrolling the card.
 */
export function measureCardRoom() {
	const vh = document.documentElement.clientHeight;
	const vw = document.documentElement.clientWidth;
	const card = document
		.querySelector('[data-tactful-host]')
		?.shadowRoot.querySelector('[data-tactful="card"]');
	if (!card) return null;
	const c = card.getBoundingClientRect();
	const scrolls = (el) => {
		const o = getComputedStyle(el).overflowY;
		return o === 'auto' || o === 'scroll';
	};
	// Each reason: visible inside every clipping box up to the card, or else reachable because the box that cuts
	// it scrolls and has room to show a line of it.
	const cut = [];
	for (const li of card.querySelectorAll('.tf-reasons li')) {
		const r = li.getBoundingClientRect();
		for (let box = li.parentElement; box; box = box === card ? null : box.parentElement) {
			const b = box.getBoundingClientRect();
			const clipped = r.top < b.top - 1 || r.bottom > b.bottom + 1;
			if (clipped && (!scrolls(box) || box.scrollHeight <= box.clientHeight || box.clientHeight < 40))
				cut.push(`${li.textContent.slice(0, 40)} (cut by ${box.className})`);
		}
	}
	// The card's own action row: inside the card's visible box and the window as it is. The suggestion's buttons:
	// there, or reachable by scrolling the card (Tab scrolls them into view; a11y.spec checks that at 200 %).
	const cardScrolls = scrolls(card) && card.scrollHeight > card.clientHeight;
	const buttons = [...card.querySelectorAll('.tf-actions button, [data-tactful-slot="rewrite"] button')]
		.filter((b) => b.offsetParent !== null)
		.map((b) => {
			const r = b.getBoundingClientRect();
			const own = Boolean(b.closest('.tf-actions'));
			const shown = r.top >= c.top - 1 && r.bottom <= c.bottom + 1;
			return {
				name: (b.getAttribute('aria-label') || b.textContent || '').trim().slice(0, 20),
				own,
				inCard: shown || (!own && cardScrolls),
				inView:
					c.top >= 0 &&
					c.bottom <= vh &&
					r.left >= 0 &&
					r.right <= vw &&
					(!own || (r.top >= 0 && r.bottom <= vh)),
			};
		});
	return {
		card: c.toJSON(),
		vh,
		reasons: card.querySelectorAll('.tf-reasons li').length,
		cut,
		buttons,
		card_scroll: [card.scrollHeight, card.clientHeight],
	};
}

/**
 * In the page: the open card against the comment being answered (`parent`) and the reply box `field` with its
 * Comment button, read at once (card-place.spec, firefox-card-place.spec). `covered`: how many of the parent
 * comment's visible text lines (in the window and in its scrolling pane, if any) the card is drawn over.
 * `apply` / `own`: whether the suggestion's Apply and each of the card's own buttons is what a click at its centre
 * reaches, inside the window (not scrolled out of the card, not under its sticky row). `caret`: whether the card
 * covers the caret's line (the draft is typed to its end). `gap`: the card's top minus the field's top, to see it
 * follow the field when the page or its pane scrolls.
 */
export function measureParentCover([parentSel, fieldSel]) {
	const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
	const cardEl = root?.querySelector('[data-tactful="card"]');
	const vw = document.documentElement.clientWidth;
	const vh = document.documentElement.clientHeight;
	const field = document.querySelector(fieldSel);
	const box = field.getBoundingClientRect();
	// The window, cut down by every scrolling ancestor of the field (the pane).
	let clip = { left: 0, top: 0, right: vw, bottom: vh };
	for (let n = field.parentElement; n && n !== document.body; n = n.parentElement) {
		if (getComputedStyle(n).overflowY === 'visible') continue;
		const r = n.getBoundingClientRect();
		clip = {
			left: Math.max(clip.left, r.left),
			top: Math.max(clip.top, r.top),
			right: Math.min(clip.right, r.right),
			bottom: Math.min(clip.bottom, r.bottom),
		};
	}
	const lines = [];
	for (const p of document.querySelectorAll(`${parentSel} p`)) {
		const range = document.createRange();
		range.selectNodeContents(p);
		for (const r of range.getClientRects())
			if (r.bottom > clip.top + 2 && r.top < clip.bottom - 2 && r.width > 0) lines.push(r);
	}
	const fieldShown = box.top >= clip.top - 1 && box.bottom <= clip.bottom + 1;
	if (!cardEl) return { card: null, lines: lines.length, fieldShown, field: box.toJSON() };
	const c = cardEl.getBoundingClientRect();
	const hit = (r) => r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top;
	const reaches = (el) => {
		if (!el) return false;
		const b = el.getBoundingClientRect();
		const [x, y] = [b.left + b.width / 2, b.top + b.height / 2];
		if (x < 0 || y < 0 || x > vw || y > vh || b.height === 0) return false;
		const top = root.elementFromPoint(x, y);
		return Boolean(top && (top === el || el.contains(top)));
	};
	const cs = getComputedStyle(field);
	const lineH = Number.parseFloat(cs.lineHeight) || 20;
	// The caret's line: the last line of the draft, from a throw-away mirror of the textarea.
	const m = document.createElement('div');
	for (const k of ['fontFamily', 'fontSize', 'lineHeight', 'paddingLeft', 'paddingRight', 'direction'])
		m.style[k] = cs[k];
	Object.assign(m.style, {
		position: 'fixed',
		visibility: 'hidden',
		whiteSpace: 'pre-wrap',
		overflowWrap: 'break-word',
		width: `${field.clientWidth}px`,
		boxSizing: 'border-box',
	});
	m.textContent = field.value || ' ';
	document.body.append(m);
	const textH = m.getBoundingClientRect().height;
	m.remove();
	const caretBottom = box.top + field.clientTop + Number.parseFloat(cs.paddingTop) + textH - field.scrollTop;
	const caret = { top: caretBottom - lineH, bottom: caretBottom, left: box.left, right: box.right };
	return {
		card: { left: c.left, top: c.top, right: c.right, bottom: c.bottom },
		viewport: { width: vw, height: vh },
		inside: c.top >= -1 && c.left >= -1 && c.bottom <= vh + 1 && c.right <= vw + 1,
		lines: lines.length,
		covered: lines.filter(hit).length,
		apply: reaches(root.querySelector('.tactful-rw-primary')),
		own: [...cardEl.querySelectorAll('.tf-actions button')].map((b) => reaches(b)),
		close: reaches(cardEl.querySelector('.tf-close')),
		caret: hit(caret),
		fieldShown,
		field: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
		gap: c.top - box.top,
		tight: cardEl.classList.contains('tf-tight'),
		value: field.value,
	};
}

/** True when a `measureParentCover` result is what the user needs: the parent comment and the caret line clear,
 * the card inside the window with Apply, Close and its own buttons reachable. */
export const parentClear = (at) =>
	Boolean(
		at?.card &&
			at.covered === 0 &&
			at.inside &&
			at.apply &&
			at.close &&
			at.own.length > 0 &&
			at.own.every(Boolean) &&
			!at.caret,
	);
