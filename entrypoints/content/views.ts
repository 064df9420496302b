/** Geometry: turns a field's verdict into what the overlay draws (badge corner, underline segments). */

import { linesAt } from './caret.ts';
import type { EditorKind } from './editors/types.ts';
import { clientBox, clipRects } from './editors/types.ts';
import { decorationFor } from './extensions.ts';
import type { FieldController, Verdict } from './field-controller.ts';
import { BADGE_SIZE, placeBadge } from './overlay/badge-place.ts';
import { viewportSize } from './overlay/card-place.ts';
import { badgePosition, type FieldView, type UnderlineView } from './overlay/overlay.tsx';
import { isDarkAround } from './overlay/theme.ts';
import { isBlankBeside, isCovered, visibleBox } from './visibility.ts';

let darkCache = new WeakMap<HTMLElement, boolean>();

/** Above this many characters, laying out a textarea's mirror costs a noticeable part of a frame. */
export const HUGE_DRAFT = 20_000;

/**
 * The spans to underline now. A textarea's underlines are measured in a mirror holding the whole draft, and
 * re-laying out a huge draft (a pasted log, 1 MB) on every keystroke frame doubled the page's own typing cost;
 * there they wait for the typing pause and its new score (the badge stays meanwhile).
 */
export function spansToDraw(v: Verdict, kind: EditorKind): Verdict['spans'] {
	if (v.level === 'ok') return [];
	if (kind === 'textarea' && v.text.length > HUGE_DRAFT && v.result.text !== v.text) return [];
	return v.spans;
}

/**
 * The view of one field, or null when there is nothing to draw. Only what the user can see of the field is
 * decorated: its part inside scrolling ancestors and the viewport, minus what the page paints over it (a sticky
 * header). `overlayHost` is Tactful's own overlay, which never counts as covering the field.
 */
export function fieldView(
	c: FieldController,
	focused: boolean,
	overlayHost: Element | null = null,
): FieldView | null {
	const el = c.editor.el;
	const v = c.verdict;
	const thread = decorationFor(c.editor)?.thread;
	// A tense thread keeps the badge up even when the draft itself reads fine.
	if (!v && !focused && !thread) return null;
	if (v?.level === 'ok' && !focused && !thread) return null;
	const box = visibleBox(el);
	if (!box) return null;
	let dark = darkCache.get(el);
	if (dark === undefined) {
		dark = isDarkAround(el);
		darkCache.set(el, dark);
	}
	const underlines: UnderlineView[] = [];
	if (v) {
		for (const span of spansToDraw(v, c.editor.kind)) {
			for (const r of clipRects(c.editor.rects(span.start, span.end), box)) {
				if (isCovered(el, r.left + r.width / 2, r.bottom - 3, overlayHost)) continue;
				underlines.push({ x: r.left, y: r.bottom, w: r.width, level: v.level });
			}
		}
	}
	const badge = badgeSpot(c, box, overlayHost);
	return {
		id: c.id,
		level: v?.level ?? 'ok',
		summary: [v?.summary ?? 'Tactful is watching this draft', thread].filter(Boolean).join('. '),
		thread,
		count: v ? Math.max(v.spans.length, v.reasons.length) : 0,
		badge,
		underlines,
		dark,
	};
}

/**
 * Where field `c`'s badge goes: its corner in the field, or outside the field when the draft's text runs under
 * that corner (overlay/badge-place.ts); top-right when the page covers the bottom-right corner (a sticky footer,
 * a widget of the site's own); null when both are covered.
 */
function badgeSpot(c: FieldController, box: DOMRect, overlayHost: Element | null): FieldView['badge'] {
	const el = c.editor.el;
	const scrollbar = el.offsetWidth - el.clientWidth - el.clientLeft * 2;
	const corner = badgePosition(box, Math.max(0, scrollbar));
	const client = clientBox(el);
	const huge = c.editor.kind === 'textarea' ? HUGE_DRAFT : Number.POSITIVE_INFINITY;
	const spot = placeBadge({
		outer: el.getBoundingClientRect(),
		corner,
		viewport: viewportSize(el.ownerDocument),
		text: linesAt(c.editor, new DOMRect(corner.x, corner.y, BADGE_SIZE, BADGE_SIZE), huge),
		edges: { right: box.right >= client.right - 1, bottom: box.bottom >= client.bottom - 1 },
		free: (r) => isBlankBeside(el, r, overlayHost),
	});
	if (spot.outside) return spot;
	const topRight = { ...spot, y: box.top + 6 };
	const half = BADGE_SIZE / 2;
	return [spot, topRight].find((p) => !isCovered(el, p.x + half, p.y + half, overlayHost)) ?? null;
}

/** Forgets every field's cached theme, e.g. when the page switches between light and dark. */
export function forgetThemes(): void {
	darkCache = new WeakMap();
}
