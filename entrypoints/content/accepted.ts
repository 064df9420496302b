/**
 * Drafts the user called fine ("This is fine") on this page. What they accepted stays quiet while they type on:
 * a word more can make the model point at other words of the same accepted text ("Seriously", "stop"), and a
 * warning that comes back over text the user already let stand teaches them to ignore it. Only spans in text
 * added or changed since can warn again.
 */
import type { Verdict } from './field-controller.ts';
import { summaryOf } from './levels.ts';
import { diffRegion } from './remap.ts';

/** How many accepted drafts a page remembers (a page has a few fields; older drafts no longer resemble any). */
const KEEP = 16;

/** The page's accepted drafts, newest last. */
export class AcceptedDrafts {
	private readonly texts: string[] = [];

	/** The user called `text` fine. */
	add(text: string): void {
		if (!text.trim() || this.texts.includes(text)) return;
		this.texts.push(text);
		if (this.texts.length > KEEP) this.texts.shift();
	}

	/**
	 * `v` without the spans that sit in text the user accepted (unchanged since, by the same common prefix and
	 * suffix the overlay's remapping uses, remap.ts); calm when every span of a flagged verdict was accepted. A verdict
	 * without spans is left alone: there is nothing to tell accepted text from new text by.
	 */
	quiet(v: Verdict): Verdict {
		if (v.level === 'ok' || v.spans.length === 0 || this.texts.length === 0) return v;
		// One diff per accepted text (a long draft has many spans): a span outside the region that differs,
		// not touching it, is text the user accepted (remapSpans' rule).
		const edits = this.texts.map((accepted) => diffRegion(v.text, accepted));
		const accepted = (span: Verdict['spans'][number]) =>
			edits.some((e) => !e || span.end < e.start || span.start > e.oldEnd);
		const spans = v.spans.filter((span) => !accepted(span));
		if (spans.length === v.spans.length) return v;
		if (spans.length > 0) return { ...v, spans };
		return { ...v, level: 'ok', spans: [], reasons: [], summary: summaryOf('ok', []) };
	}
}
