/**
 * What the welcome page's "try it" box shows for a score: the same level, reasons and quoted passages a site's
 * badge and card show (entrypoints/content/levels.ts), plus the draft cut into plain and underlined pieces for the
 * box's mirror. Pure, so the wording and the cutting are unit-tested without a browser.
 */
import { wholeCompounds } from '../../entrypoints/content/compound-spans.ts';
import { type Level, levelOf, type Reason, reasonsFor, summaryOf } from '../../entrypoints/content/levels.ts';
import { type SessionScoreOptions, scoreOptionsFor } from '../../entrypoints/content/score-options.ts';
import type { ScoreResult, Span } from '../../models/scoring/types.ts';
import { readsAsEnglish } from '../../models/text/language.ts';
import type { Settings } from '../../utils/storage/settings.ts';

/** At most this many passages are quoted (as on a site's card). */
const MAX_QUOTES = 4;

/** A stretch of the draft as the mirror draws it: underlined (with the level's colour) or plain. */
export interface Piece {
	text: string;
	underlined: boolean;
}

/** What the try-it box shows for one scored draft. */
export interface TryItVerdict {
	text: string;
	level: Level;
	reasons: Reason[];
	/** The underlined passages, strongest first, each once. */
	quotes: string[];
	pieces: Piece[];
	/** The badge's accessible name ("Tactful: this draft may land badly (insults, threats and slurs)"). */
	summary: string;
	/** The draft reads as another language and was not checked (models/text/language.ts). */
	otherLanguage: boolean;
}

/**
 * The options the try-it box scores with: the user's global choices, as on a site that has no choices of its own
 * (no learned feedback: the page shows what a fresh site would).
 */
export function tryItOptions(settings: Settings): SessionScoreOptions {
	return scoreOptionsFor(settings, '', null);
}

/** Cuts `text` into plain and underlined pieces; overlapping or touching spans are drawn as one underline. */
export function piecesOf(text: string, spans: readonly Span[]): Piece[] {
	const sorted = spans
		.map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
		.filter((s) => s.end > s.start)
		.sort((a, b) => a.start - b.start);
	const merged: { start: number; end: number }[] = [];
	for (const s of sorted) {
		const last = merged.at(-1);
		if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
		else merged.push({ ...s });
	}
	const pieces: Piece[] = [];
	let at = 0;
	for (const s of merged) {
		if (s.start > at) pieces.push({ text: text.slice(at, s.start), underlined: false });
		pieces.push({ text: text.slice(s.start, s.end), underlined: true });
		at = s.end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at), underlined: false });
	return pieces;
}

/** The flagged passages, strongest first, each once, at most four (what a site's card quotes). */
export function quotesOf(text: string, spans: readonly Span[]): string[] {
	const ranked = [...spans].sort((a, b) => b.weight - a.weight).map((s) => text.slice(s.start, s.end).trim());
	return [...new Set(ranked.filter(Boolean))].slice(0, MAX_QUOTES);
}

/** The verdict for `result` scored with `options`: nothing is underlined or quoted when the draft reads fine. */
export function verdictOf(result: ScoreResult, options: SessionScoreOptions): TryItVerdict {
	const disabled = options.disabledDimensions ?? [];
	const level = levelOf(result, options.sensitivity, disabled);
	const reasons = level === 'ok' ? [] : reasonsFor(result, { sensitivity: options.sensitivity, disabled });
	const spans = level === 'ok' ? [] : wholeCompounds(result.text, result.spans);
	const otherLanguage = !readsAsEnglish(result.text);
	return {
		text: result.text,
		level,
		reasons,
		quotes: quotesOf(result.text, spans),
		pieces: piecesOf(result.text, spans),
		summary: summaryOf(level, reasons, otherLanguage),
		otherLanguage,
	};
}
