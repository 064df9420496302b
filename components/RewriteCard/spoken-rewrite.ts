/**
 * What a screen reader hears for a suggestion (the card's `.tf-sr` line; the diff itself is aria-hidden, since
 * <del>/<ins> are not announced). A short draft: the whole rewrite. A long draft where the rewrite touches a few
 * sentences: how many places, then each changed sentence after Apply with its line (or, in a one-line draft, its
 * sentence number). Session 17 read the whole 9,900-character CodeMirror draft to change line 90.
 */
import { type KeptShare, keptShare } from '../../models/rewrite/kept.ts';

/** Up to this length the whole rewrite is read: short enough to hear, and it gives the change its context. */
export const SPOKEN_WHOLE_MAX = 300;

const END = /[.!?…]["'”’)\]]*\s+/g;

/** "Line N" in a draft of several lines, else "Sentence N", for the change that starts at `at`. */
function placeOf(draft: string, at: number, before: string): string {
	const start = at + (before.length - before.trimStart().length);
	const lineStart = draft.lastIndexOf('\n', start - 1) + 1;
	if (draft.includes('\n')) return `Line ${draft.slice(0, lineStart).split('\n').length}`;
	return `Sentence ${(draft.slice(0, start).match(END)?.length ?? 0) + 1}`;
}

/** The sentence(s) the screen reader hears for `rewrite` of `source`; `kept` as the card computed it. */
export function spokenRewrite(
	source: string,
	rewrite: string,
	{
		replacement = false,
		kept = keptShare(source, rewrite),
	}: { replacement?: boolean; kept?: KeptShare } = {},
): string {
	if (replacement || kept.scope === 'draft' || source.length <= SPOKEN_WHOLE_MAX)
		return `${replacement ? 'Suggested instead' : 'Suggested rewrite'}: ${rewrite}`;
	const n = kept.places.length;
	const places = kept.places.map(({ at, before, after }) => {
		const now = after.trim().replace(/\s*\n\s*/g, ' ');
		const said = now ? now : `removes “${before.trim().replace(/\s*\n\s*/g, ' ')}”`;
		return `${placeOf(source, at, before)}: ${said}`;
	});
	return `Suggested rewrite of ${n === 1 ? 'one place' : `${n} places`}; the rest of the draft stays as it is. ${places.join(' ')}`;
}
