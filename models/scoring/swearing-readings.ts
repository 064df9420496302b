/**
 * How the opt-in swearing rule (swearing-at-things.ts) reads a sentence's people words, before its target rules
 * look for a person: two kinds of "you" and "man" name no one (English only, lists below).
 * - An interjection: "Man, this build is shit", "Oh man, …", "Dude, this error is bullshit", "Bro, …": a
 *   person word opening its clause and set off by a comma or "!", or after "oh"/"aw", reads as "oh".
 * - A generic "you", everyone who uses the thing: "you can't fucking trust this API", "you have to restart the
 *   damn thing", "when you open the settings page the damn thing crashes". Only the bare word "you" (never
 *   "your", "you're", "yourself": "you need to get your shit together" stays the reader's), and only where
 *   every "you" of the sentence is generic: after "when/if/once/…", or before a modal of ability or need ("can't",
 *   "have to", "need to", "gotta", "you'd think", "you'll want") that does not go on with "be" or "stop" ("you
 *   have to be fucking blind to miss that", "you need to stop being an ass": the reader). Such a "you" reads as
 *   GENERIC_YOU, and the swearing rule then also wants a thing after the swear word ("trust this API", "the damn
 *   thing"), so "you can't fucking code" still warns.
 * Default scoring never sees these readings: they are the user's opt-in only.
 */
import type { Token } from '../features/featurize.ts';

const words = (s: string) => new Set(s.split(' '));

/** What a generic "you" reads as; no list of people or things holds it. */
export const GENERIC_YOU = '(generic you)';

/** Person words that are interjections when they open a clause on their own ("Man, …", "Dude, …"). */
const INTERJECTION_PEOPLE = words('man dude bro boy');
/** Exclamations a person word may follow as an interjection ("oh man", "aw man", "oh boy"). */
const OH = words('oh aw ah ugh');
/** The reader in any form but the bare "you" (or its generic contractions): never generic. */
const OTHER_READER = words("you're youre your yours yourself yourselves u ur ya you've youve");
/** Words before a "you" that make it anyone who does the thing ("when you open …", "once you enable …"). */
const CONDITIONS = words('when whenever if once until unless before after time');
/** Adverbs between "you" and its modal ("you just can't trust …", "you never know"). */
const ADVERBS = words('just even really still always never sometimes only actually literally basically');
/** Modals of ability or need after a generic "you" ("you can't", "you have to", "you gotta"). */
const MODALS = words(
	"can can't cannot could couldn't have need needs gotta got must will won't would wouldn't want",
);
/** Verbs a generic "you'd" / "you'll" goes on with ("you'd think …", "you'll want to …"). */
const CONTRACTED = new Map([
	["you'd", words('think expect have need want better')],
	["you'll", words('need want have get see find notice end')],
]);
/** What, after the modal, makes "you" the reader again ("you have to be blind", "you need to stop …"). */
const ABOUT_READER = words('be been being stop');

/** Whether the "you" at `i` is generic (see the module comment). */
function genericYou(ws: string[], i: number): boolean {
	const w = ws[i] ?? '';
	let k = i + 1;
	while (ADVERBS.has(ws[k] ?? '')) k++;
	const verb = ws[k] ?? '';
	// The verb group after the modal: "have to (be)", "can't (stop)", "need to (be)".
	const rest = ws.slice(k + 1, k + 4).filter((x) => x !== 'to' && x !== 'not' && !ADVERBS.has(x));
	if (ABOUT_READER.has(rest[0] ?? '') || ABOUT_READER.has(verb)) return false;
	const contracted = CONTRACTED.get(w);
	if (contracted) return contracted.has(verb);
	if (w !== 'you') return false;
	if (CONDITIONS.has(ws[i - 1] ?? '') && !['are', 'were', 'is'].includes(verb)) return true;
	// "you never know": the one plain verb that is generic only after "never".
	return MODALS.has(verb) || (verb === 'know' && ws[k - 1] === 'never');
}

/** Whether token `k` opens its clause and is set off by a comma or "!" ("Man, …"). */
function setOff(masked: string, toks: readonly Token[], k: number): boolean {
	const t = toks[k] as Token;
	const opens = k === 0 || /[,;:!?.]\s*$/.test(masked.slice((toks[k - 1] as Token).end, t.start));
	const after = toks[k + 1] ? masked.slice(t.end, (toks[k + 1] as Token).start) : '';
	return opens && /^\s*[,!]/.test(after);
}

/**
 * The sentence's words as the swearing rule's target checks should read them: interjection person words as
 * "oh", and every "you" as GENERIC_YOU when each one in the sentence is generic; otherwise the words as they are.
 */
export function swearingReading(ws: string[], toks: readonly Token[], masked: string): string[] {
	const read = ws.map((w, k) =>
		INTERJECTION_PEOPLE.has(w) &&
		(setOff(masked, toks, k) || OH.has(ws[k - 1] ?? '') || (k === 0 && ws[1] === 'oh'))
			? 'oh'
			: w,
	);
	const yous = read.flatMap((w, k) => (w === 'you' || CONTRACTED.has(w) ? [k] : []));
	if (yous.length === 0 || read.some((w) => OTHER_READER.has(w))) return read;
	if (!yous.every((k) => genericYou(read, k))) return read;
	return read.map((w, k) => (yous.includes(k) ? GENERIC_YOU : w));
}
