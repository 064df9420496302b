/** Geometry: turns a field's verdict into what the overlay draws (badge corner, underline segments). */
import { clientBox } from './editors/types.ts';
import { decorationFor } from './extensions.ts';
import type { FieldController } from './field-controller.ts';
import { badgePosition, type FieldView, type UnderlineView } from './overlay/overlay.tsx';
import { isDarkAround } from './overlay/theme.ts';

const darkCache = new WeakMap<HTMLElement, boolean>();

/** True when the field is visible enough to decorate (has a box and intersects the viewport). */
function onScreen(box: DOMRect): boolean {
	return (
		box.width > 0 &&
		box.height > 0 &&
		box.bottom > 0 &&
		box.right > 0 &&
		box.top < innerHeight &&
		box.left < innerWidth
	);
}

/** The view of one field, or null when there is nothing to draw. */
export function fieldView(c: FieldController, focused: boolean): FieldView | null {
	const el = c.editor.el;
	const v = c.verdict;
	const thread = decorationFor(c.editor)?.thread;
	// A tense thread keeps the badge up even when the draft itself reads fine.
	if (!v && !focused && !thread) return null;
	if (v?.level === 'ok' && !focused && !thread) return null;
	const box = clientBox(el);
	if (!onScreen(box)) return null;
	let dark = darkCache.get(el);
	if (dark === undefined) {
		dark = isDarkAround(el);
		darkCache.set(el, dark);
	}
	const underlines: UnderlineView[] = [];
	if (v && v.level !== 'ok') {
		for (const span of v.spans) {
			for (const r of c.editor.rects(span.start, span.end)) {
				underlines.push({ x: r.left, y: r.bottom, w: r.width, level: v.level });
			}
		}
	}
	const scrollbar = el.offsetWidth - el.clientWidth - el.clientLeft * 2;
	return {
		id: c.id,
		level: v?.level ?? 'ok',
		summary: [v?.summary ?? 'Tactful is watching this draft', thread].filter(Boolean).join('. '),
		thread,
		count: v ? Math.max(v.spans.length, v.reasons.length) : 0,
		badge: badgePosition(box, Math.max(0, scrollbar)),
		underlines,
		dark,
	};
}

/** Forgets cached per-field facts (theme), e.g. when the page switches light/dark. */
export function forgetTheme(el: HTMLElement): void {
	darkCache.delete(el);
}
