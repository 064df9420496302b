/**
 * Casual swearing about code, tools and situations, excused only when the user opts in
 * (ScoreOptions.allowSwearingAtThings): "Damn, this build system is crap", "the fucking compiler crashed
 * again", "this linter rule sucks", "what the hell is this error", "holy shit, CI is twice as fast". ToxiCR's
 * rubric counts such swearing toxic even about code, so the default keeps it (excusing it there cost ToxiCR F1
 * 0.857 → 0.707; models/README.md); many developers swear at their tools, and for them a warning on every
 * "damn" is noise.
 *
 * This module only says where a swear word may stand; insult-at-things.ts applies its own target rules first,
 * unchanged: a sentence that names the reader, or a clause that names a person or someone's work, is never
 * excused ("fuck you", "this is shit, like your code", "the maintainer is a fucking idiot"); here a sentence
 * naming any person is not either ("whoever wrote this should be fired, it's shit"), and one word of
 * the draft it cannot place keeps the whole draft as the models score it. Slurs and sexual insults (bitch,
 * asshole, dick, …) are not in the lexicon, so a draft with one is never lowered; "ass" is, but only in "a pain
 * in the ass" and "kicks ass". Before the target rules, swearing-readings.ts reads "Man, …" as an interjection
 * and a generic "you" ("you can't fucking trust this API") as no one; such a "you" needs a thing after the swear.
 */
import {
	type Extension,
	FILLER,
	isThing,
	MODIFIERS,
	namesPerson,
	PEOPLE,
	predicatedOfThing,
	THING_PRONOUNS,
	thingSubject,
	WRITER,
} from './insult-at-things.ts';
import { GENERIC_YOU, swearingReading } from './swearing-readings.ts';

const words = (s: string) => new Set(s.split(' '));

/** Swear words that intensify whatever follows ("damn fast", "the fucking compiler", "so damn fragile"). */
const INTENSIFIERS = words('damn damned goddamn goddamned fucking fuckin freaking frigging effing bloody');
/** Judging adjectives: of a thing ("crappy docs", "an ugly hack") or predicated of one ("the UI is ugly"). */
const ADJECTIVES = words('shitty crappy sucky ugly terrible awful horrible fucked screwed');
/** Swear nouns: a thing ("this crap", "crap code"), a predicate ("the docs are crap") or an interjection. */
const NOUNS = words('crap shit bullshit hell shitshow');
/** "ass", placed only in two idioms about a thing or situation: "a pain in the ass", "(this profiler) kicks ass". */
const ASS = words('ass arse');
const KICK = words('kick kicks kicked kicking');
/** Words that may stand alone as an exclamation, or open a clause ("Oh crap, …", "Shit happens", "Fuck this"). */
const INTERJECTIONS = words('damn dammit damnit goddammit goddamnit crap shit fuck hell wtf ffs bloody');
/**
 * Words an exclamation may carry with it ("Oh crap", "Holy shit", "Well, shit", "Hell yeah", "God damn (it)");
 * "God damn you" names the reader, which insult-at-things.ts never excuses.
 */
const COMPANIONS = words('oh ah aw ugh argh ouch well holy yeah yes no ok okay wow geez jeez gosh sigh god');
/** Verbs of dislike whose subject or object must be a thing ("this API sucks", "I hate this config format"). */
const SUCK = words('suck sucks sucked sucking');
const HATE = words('hate hates hated hating');
/** Verbs of dismissal whose object must be a thing or situation ("fuck this build", "screw it"). */
const DISMISS = words('fuck screw');
/** What a dismissal may not be followed by: "fuck off" is aimed at the reader without naming them. */
const AT_SOMEONE = words('off');
/** Question words a "the hell" / "the fuck" may intensify ("what the hell is this", "why the fuck does …"). */
const QUESTIONS = words('what why how where when');
/** Words that make a swear noun a thing ("this crap", "all this shit", "a steaming pile of crap"). */
const DETERMINERS = words('this that these those all such some more any the of');
/** Words between a copula and a swear noun ("is a steaming pile of crap", "is such a load of bullshit"). */
const PILE = words('load pile piece heap bunch steaming hot of');
/** What may follow "I hate": a thing, a situation ("when", "how", "having to"), or a demonstrative. */
const HATED = words('when how having dealing working waiting debugging writing reading the a an every');
/** Adverbs between a subject and its verb ("this build really sucks", "I just hate …"). */
const ADVERBS = words('really just kinda so totally still also always seriously absolutely truly completely');

/** Every word this module may place (insult-at-things.ts's own words go through its rules). */
const LEXICON = new Set([
	...INTENSIFIERS,
	...ADJECTIVES,
	...NOUNS,
	...INTERJECTIONS,
	...SUCK,
	...HATE,
	...DISMISS,
	...ASS,
]);

/** Whether word `i` is in a run of exclamation words that opens its clause ("Oh crap", "Well, shit"). */
function exclamation(ws: string[], from: number, i: number): boolean {
	for (let k = from; k <= i; k++)
		if (!INTERJECTIONS.has(ws[k] ?? '') && !COMPANIONS.has(ws[k] ?? '')) return false;
	return !(DISMISS.has(ws[i] ?? '') && AT_SOMEONE.has(ws[i + 1] ?? ''));
}

/** Whether word `i` judges a thing as a predicate: "<thing subject> is (a steaming pile of) crap". */
function predicate(ws: string[], from: number, i: number): boolean {
	let k = i;
	while (
		k - 1 >= from &&
		(PILE.has(ws[k - 1] ?? '') || INTENSIFIERS.has(ws[k - 1] ?? '') || FILLER.has(ws[k - 1] ?? ''))
	)
		k--;
	return predicatedOfThing(ws, from, k);
}

/**
 * Words that end a noun phrase before its head noun, or name whose it is: an attribute's thing noun must come
 * before any of them ("a shitty excuse for a test" is not a shitty test).
 */
const NOT_DESCRIBING = words(
	'the a an of for to and or but nor in on at with by from as like about into onto over under after before ' +
		'than then so if is are was were be been being am has have had do does did will would can could should ' +
		"it it's its this that these those there here what which who whom whose when where why how not no all " +
		'any some every each again',
);
/** How many describing words may stand between a swear adjective and its thing noun ("shitty half-finished migration"). */
const MAX_DESCRIBING = 3;

/**
 * Whether word `i` modifies a thing noun right after it, or after up to MAX_DESCRIBING describing words that name
 * no one ("a shitty little script", "this shitty flaky test", "this crappy Bluetooth stack"; session 12: the
 * describing words were a short list before, so "flaky" or a brand name kept the draft flagged).
 */
function attribute(ws: string[], to: number, i: number): boolean {
	for (let k = i + 1; k <= Math.min(to, i + 1 + MAX_DESCRIBING); k++) {
		const w = ws[k] ?? '';
		if (isThing(w)) return true;
		const describing =
			MODIFIERS.has(w) || LEXICON.has(w) || !(NOT_DESCRIBING.has(w) || PEOPLE.has(w) || WRITER.has(w));
		if (!describing || /\d/.test(w)) return false;
	}
	return false;
}

/** Whether the verb at `i` has a thing as its subject ("this linter rule (really) sucks", "that sucks"). */
function thingSucks(ws: string[], from: number, i: number): boolean {
	let k = i - 1;
	while (k >= from && ADVERBS.has(ws[k] ?? '')) k--;
	return k >= from && thingSubject(ws, from, k);
}

/** The writer as the object of a tool's "hates", or whose things it hates ("Prettier hates my ternaries"). */
const WRITER_OBJECTS = words('me us my our');

/**
 * Whether "hate" at `i` has the writer or a thing as its subject and a thing or situation as its object, or a
 * thing as its subject and the writer or the writer's things as its object (session 12: "Prettier hates my damn
 * ternaries", "the linter hates me"; a person named anywhere in the sentence was already ruled out).
 */
function hatesThing(ws: string[], from: number, to: number, i: number): boolean {
	let k = i - 1;
	while (k >= from && ADVERBS.has(ws[k] ?? '')) k--;
	if (k < from) return false;
	const byWriter = WRITER.has(ws[k] ?? '');
	// "I hate this config format", "the linter hates this shit" (a tool's subject: session 11).
	if (!byWriter && !thingSubject(ws, from, k)) return false;
	const object = ws[i + 1] ?? '';
	if (i + 1 > to) return false;
	if (!byWriter && WRITER_OBJECTS.has(object)) return true;
	return THING_PRONOUNS.has(object) || HATED.has(object) || isThing(object);
}

/** Words before a thing noun that make it an object ("the damn thing", "this API", "three dialogs"). */
const BEFORE_THING = words('the this that these those a an my our its every any some all whole two three');

/**
 * Whether a thing follows word `i` in its clause: a thing pronoun, or a thing noun after a determiner, perhaps
 * with swear words or modifiers between ("the damn thing", "three fucking dialogs"; not "fucking code").
 */
function thingAfter(ws: string[], to: number, i: number): boolean {
	for (let k = i + 1; k <= to; k++) {
		if (THING_PRONOUNS.has(ws[k] ?? '')) return true;
		if (!isThing(ws[k] ?? '')) continue;
		let j = k - 1;
		while (j >= i - 1 && (LEXICON.has(ws[j] ?? '') || MODIFIERS.has(ws[j] ?? ''))) j--;
		if (BEFORE_THING.has(ws[j] ?? '')) return true;
	}
	return false;
}

/** Where a swear word may stand when the user opts in (see the module comment). */
function aimedAtThing(ws: string[], from: number, to: number, i: number): boolean {
	// Stricter than the clause rule for insult words: in "Whoever wrote this should be fired, it's shit" the
	// "it" is someone's work, so a sentence naming any person excuses no swearing.
	if (namesPerson(ws, 0, ws.length - 1)) return false;
	const w = ws[i] ?? '';
	const prev = ws[i - 1] ?? '';
	// A generic "you" (swearing-readings.ts) may only swear at a thing after the word: "you can't fucking trust
	// this API", "restart the damn thing", not "you can't fucking code".
	if (ws.includes(GENERIC_YOU) && !thingAfter(ws, to, i)) return false;
	if (ASS.has(w)) return (prev === 'the' && ws[i - 2] === 'in' && ws[i - 3] === 'pain') || KICK.has(prev);
	if (INTERJECTIONS.has(w) && exclamation(ws, from, i)) return true;
	// "what the hell is this", "why the fuck does …", "confused the hell out of me".
	if ((w === 'hell' || w === 'fuck') && prev === 'the')
		return QUESTIONS.has(ws[i - 2] ?? '') || ws[i + 1] === 'out';
	// "ugly as hell", "slow as hell": the clause names no one, so what is judged is a thing.
	if (w === 'hell' && prev === 'as') return true;
	// "dependency hell", "callback hell".
	if (w === 'hell' && i - 1 >= from && (isThing(prev) || prev === 'callback')) return true;
	if (INTENSIFIERS.has(w)) return i + 1 <= to && !PEOPLE.has(ws[i + 1] ?? '');
	if (SUCK.has(w)) return thingSucks(ws, from, i);
	if (HATE.has(w)) return hatesThing(ws, from, to, i);
	if (DISMISS.has(w))
		return i + 1 <= to && (THING_PRONOUNS.has(ws[i + 1] ?? '') || ws[i + 1] === 'the' || ws[i + 1] === 'all');
	if (NOUNS.has(w) && i - 1 >= from && DETERMINERS.has(prev)) return true;
	if (ADJECTIVES.has(w) || NOUNS.has(w)) return predicate(ws, from, i) || attribute(ws, to, i);
	return false;
}

/** Heads of "a piece of shit", "a load of crap", "a steaming pile of bullshit" (the words before "of"). */
const PILE_HEADS = words('load pile piece heap bunch');

/** "piece of" / "pile of" (and an intensifier between) before a swear noun: blanked with it. */
function pileBefore(ws: string[], i: number): number[] {
	if (!NOUNS.has(ws[i] ?? '')) return [];
	let k = i - 1;
	while (INTENSIFIERS.has(ws[k] ?? '')) k--;
	return ws[k] === 'of' && PILE_HEADS.has(ws[k - 1] ?? '') ? [k - 1, k] : [];
}

/** The opt-in extension of the thing-insult rule to swearing (passed to `insultsAtThings`). */
export const SWEARING_AT_THINGS: Extension = {
	lexicon: LEXICON,
	aimedAtThing,
	reading: swearingReading,
	phrase: pileBefore,
};
