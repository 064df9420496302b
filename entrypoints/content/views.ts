/** Geometry: turns a field's verdict into what the overlay draws (badge corner, underline segments). */

import { badgeSpot } from './badge-spot.ts';
import type { EditorKind } from './editors/types.ts';
import { isCutBelow } from './editors/types.ts';
import { decorationFor } from './extensions.ts';
import type { FieldController, Verdict } from './field-controller.ts';
import type { FieldView, UnderlineView } from './overlay/overlay.tsx';
import { isDarkAround } from './overlay/theme.ts';
import { showsUnavailable } from './try-again.ts';
import { isCovered, visibleBox } from './visibility.ts';

let darkCache = new WeakMap<HTMLElement, boolean>();

/** What the badge says while a field's first score waits for the models to load (field-controller.ts SLOW_MS). */
export const LOADING = 'Tactful is getting ready to check this draft…';

/** Said after the summary while a settings change is scored again and the previous verdict is kept meanwhile. */
export const RECHECKING = 'Checking again with the new settings…';

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

/** Half the drawn underline's height (overlay/styles.ts `.tf-underline`: 4 px, from y - 2). */
const HALF_LINE = 2;

/**
 * Where the underlines of a span's line rects go in the field's visible box: at each line's bottom, cut to the
 * box's width. A line whose bottom the box (or the field's own edge, `isCutBelow`) hides gets none: its underline
 * would be drawn on that edge, half outside the field, under words that are cut (QA session 19: a 5,700-character
 * draft scrolled in its textarea). A line ending flush with the box is drawn just inside it.
 */
export function underlineSpots(
	rects: Iterable<DOMRect>,
	box: DOMRect,
): { x: number; y: number; w: number }[] {
	const out: { x: number; y: number; w: number }[] = [];
	for (const r of rects) {
		if (isCutBelow(r) || r.bottom > box.bottom + 0.5 || r.bottom - HALF_LINE < box.top) continue;
		const left = Math.max(r.left, box.left);
		const right = Math.min(r.right, box.right);
		if (right - left < 1) continue;
		out.push({ x: left, y: Math.min(r.bottom, box.bottom - HALF_LINE), w: right - left });
	}
	return out;
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
	const down = showsUnavailable(c);
	// A verdict about older text (the checker failed since) is not drawn: its level and underlines would claim
	// the words typed since were checked.
	const v = down ? null : c.verdict;
	const decoration = decorationFor(c.editor);
	const thread = decoration?.thread;
	// A tense thread keeps the badge up even when the draft itself reads fine.
	// A draft that could not be checked keeps its badge, focused or not: nothing else says it went unchecked.
	if (!v && !focused && !thread && !c.loading && !down) return null;
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
			for (const u of underlineSpots(c.editor.rects(span.start, span.end), box)) {
				if (isCovered(el, u.x + u.w / 2, u.y - 3, overlayHost)) continue;
				underlines.push({ ...u, level: v.level });
			}
		}
	}
	const badge = badgeSpot(c, box, overlayHost, HUGE_DRAFT);
	const unavailable =
		down && c.unavailable
			? `Tactful cannot check drafts right now: ${c.unavailable.reason}. Press for details and Try again`
			: null;
	const loading = !unavailable && c.loading ? LOADING : null;
	const rechecking = !unavailable && !loading && v !== null && c.rechecking;
	return {
		id: c.id,
		level: v?.level ?? 'ok',
		summary: [
			unavailable ?? loading ?? v?.summary ?? 'Tactful is watching this draft',
			rechecking ? RECHECKING : undefined,
			thread,
		]
			.filter(Boolean)
			.join('. '),
		thread,
		count: v ? Math.max(v.spans.length, v.reasons.length) : 0,
		badge,
		underlines,
		dark,
		settled: c.settled && !decoration?.pending,
		...(unavailable ? { unavailable: true } : {}),
		...(loading ? { loading: true } : {}),
		...(rechecking ? { rechecking: true } : {}),
	};
}

/** Forgets every field's cached theme, e.g. when the page switches between light and dark. */
export function forgetThemes(): void {
	darkCache = new WeakMap();
}
