/**
 * Civil readings held under the flag point at every sensitivity (session 31, strict31; issue 2).
 *
 * Nine draft rules read a draft as civil in words the models lean on (an admission, sincere praise, a help ping,
 * a firm request, frustration at software, impatience about an issue, a developer idiom, praise of chosen people,
 * a plain statement to no one) and cap its heads at 0.35: under the default flag point (0.5) only. At Strict
 * (sensitivity 0.8, flag point 0.2) the capped drafts flagged again ("Please stop pinging the maintainers on every
 * issue.", "It is very frustrating for us, our users complain every day."). Each rule's guards already refuse what
 * a higher sensitivity is for (an insult, a word judging people, a sneer, a form of address, contempt for the work,
 * someone blamed): a Strict warning there has nothing to underline and nothing to rewrite, so it teaches the user
 * to ignore the card. So such a draft is held
 * where the cap sits relative to the default flag point: at `cap × flagPoint(s) / flagPoint(0.5)` (0.35 → 0.14 at
 * 0.8, 0.035 at 1.0). That is under the card's "Close to the line" band at every sensitivity (levels.ts: caution
 * needs ≥ flagPoint − 0.1 and > 0.3), never 0 (session 30's admission hold showed 0 at 1.0), and exactly the cap at
 * the default sensitivity and below, so default results do not move.
 *
 * Each rule caps through capCivil, which marks the entry it capped (`entry.civil`); heldCivil applies the hold per
 * call, since an entry is cached for every sensitivity. A draft a later rule floor lifted over the cap on any head is
 * never held (a floor is a reading the other way). The hold asks more than the cap (holdsAtStrict): a rule whose
 * frame is not about the reader holds no draft naming them, and no rule holds a "pretend" sneer; without that three
 * hostile lines the caps let through at the default (attacks9, misses9, threats5) lost their Strict warning.
 * Only capped drafts are marked (and admissions, as session 30 measured them): marking every draft whose words
 * match, also those the models read at 0.2–0.35, took 11 more hostile lines' warnings off at 0.8 or 1.0 (the guards were
 * written for drafts over the cap: "Devs like you deserve a beating." read as praise of chosen people, "Great job,
 * the login page is broken again. Outstanding." as an impatient report). Not marked: floors, and prior-only.ts,
 * whose cap says the toxic score has no word behind it at the default point (an absence of evidence read from the
 * model's contributions in a score band), not that the words read civil.
 */
import type { Tokenized } from '../features/featurize.ts';
import type { ScoreEntry } from './score-entry.ts';
import { DIMENSIONS } from './types.ts';

/** The rules whose cap is a civil reading. */
export type CivilRule =
	| 'admission'
	| 'chosen-praise'
	| 'civil-idiom'
	| 'firm-request'
	| 'frustration-at-things'
	| 'help-ping'
	| 'impatient-report'
	| 'plain-statement'
	| 'sincere-praise';

/** A rule's civil reading of a draft: where it caps, which heads, and what the hold asks of the draft. */
export interface CivilReading {
	readonly rule: CivilRule;
	readonly cap: number;
	/** False for a rule that caps the dimensions only (plain-statements.ts: its toxic head already reads clean). */
	readonly toxic: boolean;
	/** Whether the rule's frame speaks to the reader ("you were right", "you are a careful reviewer"). */
	readonly toReader: boolean;
	/** Whether the draft is marked under the cap too (admissions.ts, as session 30 measured it). */
	readonly underCap?: boolean;
}

/** The default sensitivity's flag point, where every cap was set. */
const DEFAULT_FLAG_POINT = 0.5;

/** The flag point at `sensitivity` (decide.ts thresholdFor; levels.ts flagPoint). */
function flagPoint(sensitivity = 0.5): number {
	return Math.min(0.95, Math.max(0.05, 1 - sensitivity));
}

/** Where a civil reading capped at `cap` is held at `sensitivity`: the cap, scaled with the flag point under 0.5. */
export function heldLevel(cap: number, sensitivity?: number): number {
	return Math.min(cap, (cap * flagPoint(sensitivity)) / DEFAULT_FLAG_POINT);
}

/** Words naming the reader: a rule whose frame is not about them reads a generic "you" at most. */
const READER = new Set("you you're youre your yours yourself yourselves u ur you've you'd you'll".split(' '));
/** A sneer at a team's work that the firm-request frame lets through ("Can we stop pretending this was reviewed?"). */
const SNEERS = new Set('pretend pretends pretending pretended'.split(' '));

/**
 * Whether the hold may take a reading past the cap: the cap only keeps a draft under the default flag point, the
 * hold says a stricter reader has nothing to be warned about, so it asks more. A rule whose frame is not about the
 * reader holds no draft that names them (plain-statements.ts and civil-dev-idioms.ts read a generic "you": "Whenever
 * you reply, I feel my skin crawling." and the threat "You won't be so confident after I visit your office." were
 * capped as such), and no rule holds a sneer ("Can we stop pretending this PR was ever reviewed?", firm-request).
 */
function holdsAtStrict(reading: CivilReading, tokenized: Tokenized): boolean {
	const words = tokenized.tokens.map((t) => t.word.toLowerCase());
	if (words.some((w) => SNEERS.has(w))) return false;
	return reading.toReader || !words.some((w) => READER.has(w));
}

/** Whether the models lean over a reading's cap: on the toxic head it caps, or on Inappropriateness. */
export function leansOver(entry: Pick<ScoreEntry, 'toxic' | 'dimensions'>, reading: CivilReading): boolean {
	return (reading.toxic && entry.toxic > reading.cap) || entry.dimensions.Inappropriateness > reading.cap;
}

/**
 * Caps a draft a rule read as civil (`reading`): when the models lean over the cap (leansOver), the toxic head it
 * holds and every dimension there, the sentence rule's explained sentences going with a capped toxic head (what each
 * rule did by hand before session 31); and marks it for the hold (heldCivil) when it was capped, or is read under
 * the cap by a rule marked `underCap`, and the hold's own test passes (holdsAtStrict). A mark holding the toxic
 * head is not replaced by one holding the dimensions only.
 */
export function capCivil(entry: ScoreEntry, reading: CivilReading, tokenized: Tokenized): void {
	const leans = leansOver(entry, reading);
	if (
		(leans || reading.underCap) &&
		holdsAtStrict(reading, tokenized) &&
		(!entry.civil?.toxic || reading.toxic)
	)
		entry.civil = reading;
	if (!leans) return;
	const { cap } = reading;
	const dimensions = { ...entry.dimensions };
	for (const d of DIMENSIONS) dimensions[d] = Math.min(dimensions[d], cap);
	entry.wholeDimensions ??= entry.dimensions;
	entry.dimensions = dimensions;
	if (!reading.toxic) return;
	entry.toxic = Math.min(entry.toxic, cap);
	entry.toxicSentences = undefined;
	entry.leaningSentences = undefined;
}

/**
 * The heads a civil draft (`entry.civil`) is decided on at `sensitivity`, or undefined when the entry's own stand:
 * no civil reading, a held head a later rule floor lifted over the cap, or every held head already that low.
 */
export function heldCivil(
	entry: Pick<ScoreEntry, 'civil' | 'toxic' | 'dimensions'>,
	sensitivity?: number,
): Pick<ScoreEntry, 'toxic' | 'dimensions'> | undefined {
	const reading = entry.civil;
	if (!reading) return undefined;
	const dims = DIMENSIONS.map((d) => entry.dimensions[d]);
	if ([entry.toxic, ...dims].some((v) => v > reading.cap)) return undefined;
	const hold = heldLevel(reading.cap, sensitivity);
	const held = reading.toxic ? [entry.toxic, ...dims] : dims;
	if (held.every((v) => v <= hold)) return undefined;
	const dimensions = { ...entry.dimensions };
	for (const d of DIMENSIONS) dimensions[d] = Math.min(dimensions[d], hold);
	return { toxic: reading.toxic ? Math.min(entry.toxic, hold) : entry.toxic, dimensions };
}
