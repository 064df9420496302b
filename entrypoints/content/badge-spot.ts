/**
 * Where a field's badge goes on this frame (the DOM side of overlay/badge-place.ts and overlay/badge-hold.ts).
 * Measuring the draft's last lines lays out a textarea's whole mirror, most of a typing frame's cost, so it is
 * skipped while the badge is kept out of its corner and while the draft is still rows away from the corner.
 */
import { linesAt } from './caret.ts';
import { clientBox } from './editors/types.ts';
import type { FieldController } from './field-controller.ts';
import {
	type BadgeHold,
	cannotReach,
	holdStays,
	judgeHold,
	type ReachMemo,
	reachesRow,
	rowsAbove,
} from './overlay/badge-hold.ts';
import { BADGE_SIZE, type BadgeRoom, type BadgeSpot, placeBadge, spotAt } from './overlay/badge-place.ts';
import { viewportSize } from './overlay/card-place.ts';
import { badgePosition, type FieldView } from './overlay/overlay.tsx';
import { isBlankBeside, isCovered, visibleBox } from './visibility.ts';

/**
 * How long what the page shows at a spot is trusted without asking it again (hit tests, twice a frame when the
 * badge itself is on top there). A spot moves with its field, so scrolling or a layout change asks afresh.
 */
const TRUST_MS = 500;

const holds = new WeakMap<HTMLElement, BadgeHold>();
const memos = new WeakMap<HTMLElement, ReachMemo>();
const answers = new WeakMap<HTMLElement, Map<string, { yes: boolean; at: number }>>();

/**
 * Where field `c`'s badge goes: its corner in the field, or outside the field when the draft's text runs under
 * that corner; top-right when the page covers the bottom-right corner (a sticky footer, a widget of the site's
 * own); null when both are covered. A textarea draft longer than `huge` is taken to fill the corner unmeasured.
 */
export function badgeSpot(
	c: FieldController,
	box: DOMRect,
	overlayHost: Element | null,
	huge: number,
): FieldView['badge'] {
	const el = c.editor.el;
	// A field scrolling inside the editor's own frame (a fixed-height CodeMirror): the badge goes on the frame, the
	// box the user sees, not beyond `.cm-content`'s full height (session 16: y 788 under a 240 px editor).
	const frame = c.editor.frame?.() ?? el;
	const seen = frame === el ? box : (visibleBox(frame) ?? box);
	const scrollbar = frame.offsetWidth - frame.clientWidth - frame.clientLeft * 2;
	const corner = badgePosition(box, Math.max(0, scrollbar));
	const client = clientBox(frame);
	const room: Omit<BadgeRoom, 'text'> = {
		outer: frame.getBoundingClientRect(),
		corner,
		viewport: viewportSize(el.ownerDocument),
		edges: {
			right: seen.right >= client.right - 1,
			bottom: seen.bottom >= client.bottom - 1,
			top: seen.top <= client.top + 1,
			left: seen.left <= client.left + 1,
		},
		free: (r) => remembered(el, `free ${r.x},${r.y}`, () => isBlankBeside(frame, r, overlayHost)),
	};
	const spot = keptOrPlaced(c, room, c.editor.kind === 'textarea' ? huge : Number.POSITIVE_INFINITY);
	if (spot.outside) return spot;
	const topRight = { ...spot, y: box.top + 6 };
	const half = BADGE_SIZE / 2;
	const covered = (p: { x: number; y: number }) =>
		remembered(el, `covered ${p.x},${p.y}`, () => isCovered(frame, p.x + half, p.y + half, overlayHost));
	return [spot, topRight].find((p) => !covered(p)) ?? null;
}

/** The badge's place: where it was kept while that still holds (badge-hold.ts), else placed afresh. */
function keptOrPlaced(c: FieldController, room: Omit<BadgeRoom, 'text'>, huge: number): BadgeSpot {
	const el = c.editor.el;
	const text = c.editor.read();
	const spot = new DOMRect(room.corner.x, room.corner.y, BADGE_SIZE, BADGE_SIZE);
	const measure = () => linesAt(c.editor, spot, huge);
	const hold = holds.get(el);
	const judged = hold
		? judgeHold(hold, { width: room.outer.width, length: text.trim() ? text.length : 0 })
		: 'drop';
	let lines: ReturnType<typeof measure> | null = null;
	let keep = judged === 'keep';
	if (hold && judged === 'recheck') {
		lines = measure();
		keep = holdStays(hold.where, lines.under.length > 0, reachesRow(lines.last, spot));
		if (keep) hold.length = text.length;
	}
	if (hold && keep) {
		const kept = spotAt(room, hold.where);
		if (kept) return kept;
	}
	holds.delete(el);
	// The draft's geometry: the rows left above the corner hold only while nothing else moved the text.
	// The field's own offset in its frame (a CodeMirror's scroll) moves the text too.
	const shift = el.getBoundingClientRect().top - room.outer.top;
	const key = `${room.outer.width},${room.outer.height},${el.scrollTop},${el.scrollLeft},${shift},${spot.x - room.outer.left},${spot.y - room.outer.top}`;
	const memo = memos.get(el);
	if (!lines && memo && cannotReach(memo, text, key)) return spotAt(room, 'corner') as BadgeSpot;
	lines ??= measure();
	if (lines.last && lines.under.length === 0) memos.set(el, { text, key, rows: rowsAbove(lines.last, spot) });
	else memos.delete(el);
	const placed = placeBadge({ ...room, text: lines.under });
	if (placed.where !== 'corner')
		holds.set(el, { where: placed.where, width: room.outer.width, length: text.length });
	return placed;
}

/** `ask()`'s answer about field `el` at `key` (a spot), remembered for TRUST_MS. */
function remembered(el: HTMLElement, key: string, ask: () => boolean): boolean {
	const now = performance.now();
	let known = answers.get(el);
	if (!known || known.size > 8) {
		known = new Map();
		answers.set(el, known);
	}
	const answer = known.get(key);
	if (answer && now - answer.at < TRUST_MS) return answer.yes;
	const yes = ask();
	known.set(key, { yes, at: now });
	return yes;
}
