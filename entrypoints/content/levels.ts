/**
 * Turns a ScoreResult into what the overlay shows: a level (ok / caution / warn) and plain-words reasons.
 * Pure, so the wording and thresholds are unit-tested without a browser.
 */
import { shortDraftLimit } from '../../models/scoring/short-drafts.ts';
import { dimensionsThatCount } from '../../models/scoring/switched-off.ts';
import { type Dimension, type ScoreResult, type Signal, TOXICITY } from '../../models/scoring/types.ts';
import { readsAsEnglish } from '../../models/text/language.ts';

export type Level = 'ok' | 'caution' | 'warn';

/** One reason shown on the card: a signal (the toxic head or a dimension) and a calm, plain explanation. */
export interface Reason {
	dimension: Signal;
	title: string;
	explanation: string;
	score: number;
}

/** Friendly wording for the toxic head and each dimension of the appropriateness taxonomy. */
export const REASON_TEXT: Record<Signal, [title: string, explanation: string]> = {
	Toxicity: ['Insults, threats and slurs', 'hostile or abusive wording that readers take personally.'],
	Inappropriateness: [
		'May read as inappropriate',
		'Readers may find the tone out of place for this discussion.',
	],
	'Toxic Emotions': ['Toxic emotions', 'anger or contempt may hurt more than it persuades.'],
	'Excessive Intensity': [
		'Excessive intensity',
		'the feeling comes across stronger than the situation needs.',
	],
	'Emotional Deception': ['Emotional pressure', 'emotion is used to push people rather than to inform them.'],
	'Missing Commitment': ['Missing commitment', "it doesn't engage with what others actually said."],
	'Missing Seriousness': ['Missing seriousness', 'it may read as mocking or trolling.'],
	'Missing Openness': ['Missing openness', 'it dismisses other views without weighing them.'],
	'Missing Intelligibility': ['Hard to follow', 'your point may not come across.'],
	'Unclear Meaning': ['Unclear meaning', 'it can be read in more than one way.'],
	'Missing Relevance': ['Off topic', 'it drifts away from what the thread is about.'],
	'Confusing Reasoning': ['Confusing reasoning', "the argument's steps are hard to follow."],
	'Other Reasons': ['Other concerns', 'something else may make it land badly.'],
	'Detrimental Orthography': [
		'Shouting or sloppy style',
		'ALL CAPS, many "!!!" or typos distract from the point.',
	],
	// One name everywhere (card, settings toggle, history's "By reason"; session 13): "Overall tone".
	'Reason Unclassified': [
		'Overall tone',
		'it may read as inappropriate, though no single reason stands out.',
	],
};

/**
 * The toxic head's wording when it fires on sarcasm (ScoreResult.mocking): "Insults, threats and slurs" reads
 * wrong for "Interesting choice." or "which I'm sure you read" (session 11). Still the Toxicity signal.
 */
export const MOCKING_TEXT: [title: string, explanation: string] = [
	'Sarcasm aimed at someone',
	'readers take mocking personally, even in polite words; say what worries you directly.',
];

/**
 * The toxic head's wording when it fires on wording that excludes a group of people for who they are
 * (ScoreResult.aboutGroup: "Black people don't belong on this team"; session 15). Still the Toxicity signal.
 */
export const GROUP_TEXT: [title: string, explanation: string] = [
	'Aimed at a group of people',
	'it shuts people out for who they are, which hurts everyone in that group; speak to the work instead.',
];

/**
 * The toxic head's wording when the contempt model lifted it (ScoreResult.talksDown, session 28: calm condescension
 * with no insult word). Still the Toxicity signal.
 */
export const TALKS_DOWN_TEXT: [title: string, explanation: string] = [
	'Talks down to the reader',
	'it reads as contempt for the reader or their skills, even in calm words; speak to the work instead.',
];

/** How far below the flag point a draft counts as "caution" (probability units). */
const CAUTION_MARGIN = 0.1;

/** The probability a head must reach to flag at `sensitivity`, mirroring ScoreOptions' documented meaning. */
export function flagPoint(sensitivity = 0.5): number {
	return Math.min(0.95, Math.max(0.05, 1 - sensitivity));
}

/**
 * Whether a result's overall head counts at threshold `t` with `disabled` signals off: not when its reason is
 * one the user switched off, nor when it only repeats a switched-off toxic head (models/scoring/switched-off.ts).
 */
function overallCounts(result: ScoreResult, disabled: ReadonlySet<Signal>, t: number): boolean {
	const raw = { dimensions: result.dimensions, inappropriateFromToxic: result.toxicFold === true };
	return dimensionsThatCount(raw, disabled, t).includes('Inappropriateness');
}

/**
 * ok / caution / warn for a result: warn when the scorer flags, caution when a head the user left on is close to
 * flagging. A draft just begun (models/scoring/short-drafts.ts) gets no caution, and a warning only when it has a
 * word to point at; a greeting gets neither. A draft in another language gets neither: the models read English
 * only, and their guesses there underline words such as "nicht" and "bitte" (language.ts; the card says so).
 */
export function levelOf(result: ScoreResult, sensitivity = 0.5, disabled: readonly Signal[] = []): Level {
	if (!readsAsEnglish(result.text)) return 'ok';
	const limit = shortDraftLimit(result.text, result.spans.length > 0);
	if (limit === 'calm') return 'ok';
	if (result.flag) return 'warn';
	if (limit === 'no-caution') return 'ok';
	const off = new Set(disabled);
	const near = flagPoint(sensitivity) - CAUTION_MARGIN;
	const strongest = Math.max(
		off.has(TOXICITY) ? 0 : result.toxic,
		overallCounts(result, off, near) ? result.inappropriate : 0,
	);
	return strongest >= near && strongest > 0.3 ? 'caution' : 'ok';
}

/**
 * The reasons worth showing, strongest first: the toxic head when it flags ("Insults, threats and slurs"), then
 * dimensions at or above the flag point (or the single strongest one when only the overall head fired), never a
 * disabled one, at most `max`.
 */
export function reasonsFor(
	result: ScoreResult,
	opts: { sensitivity?: number; disabled?: readonly Signal[]; max?: number } = {},
): Reason[] {
	const point = flagPoint(opts.sensitivity);
	const disabled = new Set<Signal>(opts.disabled ?? []);
	const toxicFires = !disabled.has(TOXICITY) && result.toxic >= point;
	const ranked = (Object.entries(result.dimensions) as [Dimension, number][])
		// Toxic Emotions lifted by the toxic fold is the toxic head again, named (or switched off) as that.
		.filter(
			([d]) => d !== 'Inappropriateness' && !disabled.has(d) && !(result.toxicFold && d === 'Toxic Emotions'),
		)
		.sort((a, b) => b[1] - a[1]);
	let picked: [Signal, number][] = ranked.filter(([, s]) => s >= point);
	const top = ranked[0];
	if (picked.length === 0 && !toxicFires && levelOf(result, opts.sensitivity, opts.disabled) !== 'ok') {
		// Only the overall head fired. The strongest sub-dimension is named only when it is near the line itself:
		// with "Toxic emotions" off, an insult's next-best dimension scores ~0 and naming it ("confusing
		// reasoning") would be false. Otherwise say no single reason stands out.
		if (top && top[1] >= point / 2) picked = [top];
		else if (!disabled.has('Reason Unclassified')) picked = [['Reason Unclassified', result.inappropriate]];
	}
	if (toxicFires) picked.unshift([TOXICITY, result.toxic]);
	return picked.slice(0, opts.max ?? 3).map(([dimension, score]) => {
		const mocking = dimension === TOXICITY && result.mocking === true;
		const group = dimension === TOXICITY && result.aboutGroup === true;
		const talksDown = dimension === TOXICITY && result.talksDown === true;
		const [title, explanation] = group
			? GROUP_TEXT
			: mocking
				? MOCKING_TEXT
				: talksDown
					? TALKS_DOWN_TEXT
					: REASON_TEXT[dimension];
		return { dimension, title, explanation, score };
	});
}

/** What the badge and the try-it box say about a draft in another language (language.ts). */
export const OTHER_LANGUAGE_SUMMARY = 'Tactful reads English only: this draft was not checked';

/** A one-line summary for screen readers and the badge's label; `otherLanguage`: the draft was not checked. */
export function summaryOf(level: Level, reasons: readonly Reason[], otherLanguage = false): string {
	if (level === 'ok') return otherLanguage ? OTHER_LANGUAGE_SUMMARY : 'Tactful: no concerns with this draft';
	const names = reasons.map((r) => r.title.toLowerCase()).join(', ');
	const lead = level === 'warn' ? 'this draft may land badly' : 'this draft is close to the line';
	return names ? `Tactful: ${lead} (${names})` : `Tactful: ${lead}`;
}
