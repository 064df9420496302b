/**
 * Threats and death wishes aimed at a person, found by their frame, for drafts the toxic head reads as civil.
 * The toxicity sets hold few threats and the developer talk teaches that "kill" and "die" are jargon ("kill
 * the child process", "die if the config is missing"), so the head missed almost every threat (session 8's
 * error analysis: "Kill yourself." 0.06, "I hope you die." 0.03, "I will kill you if …" 0.28). A violent verb
 * aimed at a person in one of these frames gives the draft a floor at the sentence rule's level
 * (SEGMENT_FLOOR), underlined on the threat's words, as insult-at-others.ts does for insults:
 * - self-harm told to someone: "kill yourself", "kys", "hang yourself", "go die", "drop dead", "die in a fire";
 * - the writer's (or someone's) intent on a person: "I'll kill you", "I'm going to punch him", "someone should
 *   shoot whoever …", "I'll break your legs", "beat the crap out of you";
 * - a person said to deserve it: "you deserve to be shot", "he should die", "people like you should be put down";
 * - a wish: "I hope you die", "wish you were dead", "hope your house burns down";
 * - idioms: "I know where you live", "watch your back", "regret being born".
 * Never counted: things as the object ("kill the pod", "this change kills performance", "the script should
 * die"), the writer as the object or subject of harm ("kill me now", "the ops team will murder me"), idioms
 * with a person ("shoot you an email", "beat you to it", "hang on"), and negated frames ("don't kill yourself
 * over this bug", "I hope your build doesn't die").
 *
 * Draft scoring only: thread comments (`wholeDraft`) keep the models' own scores, which the derailment model
 * was trained on.
 */
import { perTokenized, type Token, type Tokenized } from '../features/featurize.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR, wordSentences } from './sentences.ts';
import { threat4At } from './threats4-frames.ts';
import { friendlyAfter, threat5At } from './threats5-frames.ts';

const words = (s: string) => new Set(s.split(' '));

/** Another person as the object of a verb ("them" is left out: "the workers hang, kill them"). */
const PERSON_OBJECTS = words(
	'you u ya yourself yourselves him her whoever everyone everybody anyone anybody',
);
/** Nouns for people, after a determiner ("shoot the maintainer who …"). */
const PERSON_NOUNS = words(
	'person people guy guys dude author authors maintainer maintainers dev devs developer developers reviewer ' +
		'reviewers contributor contributors committer admin admins moderator moderators owner boss manager lead ' +
		'intern engineer engineers programmer coder user users idiot idiots moron morons clown clowns',
);
/** Determiners between a verb and a person noun. */
const DETERMINERS = words('the that this these those every each any whoever some your his her their');
/** People as the subject of a harm ("you deserve …", "people like you should …"). */
const PERSON_SUBJECTS = words(
	"you you're youre u ur he he's she she's whoever people person guy guys author maintainer " +
		'maintainers dev devs developer developers reviewer reviewers users',
);
/** Violent verbs, every form ("beat" is left out: "I'm gonna beat you at chess"; see "beat the crap out of"). */
const VIOLENT = words(
	'kill kills killing murder murders murdering shoot shoots shooting stab stabs stabbing strangle strangles ' +
		'strangling choke chokes choking punch punches punching slap slaps slapping hurt hurts hurting smack ' +
		'smacks smacking drown drowns drowning end',
);
/** Who may mean to do it: the writer ("I'll", "gonna") or someone called on ("someone should"); not a thing. */
const INTENT = words("i i'll i'm i'd i'ma ima gonna wanna we we'll let's someone somebody");
/** Passive harms a person is said to deserve ("should be shot"). */
const HARMED = words(
	// "hurt": session 18 ("Devs like you deserve to get hurt"; the model flagged it, no frame underlined it).
	'shot killed murdered hanged hung stabbed strangled beaten punched slapped drowned hurt',
);
/** The passive's auxiliary right before a harm ("should be shot", "lined up and shot"), not "should have killed this PR". */
const PASSIVE = words('be get been being and');
/** How many words before a passive harm its person and modal may stand ("people like you should be lined up and shot"). */
const PASSIVE_WINDOW = 8;
/** What after a passive harm makes it a figure of speech ("beaten into shape"). */
const FIGURATIVE_AFTER = words('into');
/** What a wish may wish on a person. */
const WISHED_HARM = words(
	'die dies died dead death cancer choke chokes burn burns rot rots suffer suffers drown drowns killed hit run',
);
const WISHING = words('hope hoping hopes wish wishing wishes pray praying');
/** Body parts a threat breaks ("I'll break your legs"). */
const BODY = words('leg legs neck face arm arms fingers teeth nose kneecaps jaw skull head');
/** Verbs that break a body part ("I'll knock your teeth out", "smash your face"). */
const BREAKING = words(
	// Session 18: the third person too, for a wish ("I hope someone breaks your legs").
	'break breaks breaking knock knocks knocking smash smashes smashing bash bashes bashing kick kicks kicking',
);
/** What someone may burn or torch of the reader's ("I'll burn your house down"). */
const PROPERTY = words('house home car office');
const ARSON = words('burn burning torch torching');
/** Modals that make a self-harm phrase told to "you" an imperative ("you should hang yourself"). */
const TELLING = words('should must better');
/** Idioms of a verb with a person object that are not threats ("shoot you an email", "beat you to it"). */
const IDIOM_AFTER = words('a an the over to up some at');
/** A negation just before a frame takes it back ("don't kill yourself over it", "won't hurt you"). */
const NEGATIONS = words(
	"not no never don't dont doesn't doesnt didn't didnt isn't isnt aren't arent wasn't wasnt won't wont " +
		"wouldn't wouldnt shouldn't shouldnt can't cant cannot nobody",
);
/**
 * Idioms of knowing where the reader is: a friendly purpose after one takes it back (session 19: "I know where you
 * live, I'll drop the swag off" is a delivery; threats5-frames.ts).
 */
const WHEREABOUTS = words('know found');
/** Self-harm told to the reader: threats only as an imperative ("you want to kill yourself" is not one). */
const IMPERATIVES: readonly string[][] = [
	'kill yourself',
	'kill yourselves',
	'kill urself',
	'hang yourself',
	'off yourself',
	'end yourself',
	'go die',
	'drop dead',
	'die in a fire',
	'diaf',
	'jump off a bridge',
	'jump off a cliff',
	// Session 18 (threats4): "Just go play in traffic already.", "You should go drink bleach."
	'play in traffic',
	'walk into traffic',
	'drink bleach',
].map((p) => p.split(' '));
/** Phrases that are threats wherever they stand. */
const IDIOMS: readonly string[][] = [
	'kys',
	'know where you live',
	'watch your back',
	'regret being born',
	'deserve a bullet',
	'deserves a bullet',
	// Session 12: the reader's address, a bullet in someone, what happens to the reader, a hunt, a hospital.
	'know your address',
	'know your home address',
	'found your address',
	'found your home address',
	// Not "a bullet in you(r head)": a game's sniper does that to a generic "you" (one appropriateness row).
	'a bullet in whoever',
	'see what happens to you',
	'hunt you down',
	"you'll end up in the hospital",
	"you'll end up in hospital",
	// Session 18 (threats4): "You're going to get what's coming to you."
	"what's coming to you",
	'whats coming to you',
].map((p) => p.split(' '));
/** Words that may open an imperative ("just die in a fire", "so go die"). */
/** IDIOMS and IMPERATIVES by their first word, in their order: only a phrase's first word can start it. */
const byFirst = (phrases: readonly string[][]) => {
	const index = new Map<string, string[][]>();
	for (const p of phrases) index.set(p[0] as string, [...(index.get(p[0] as string) ?? []), p]);
	return index;
};
const IDIOMS_BY_FIRST = byFirst(IDIOMS);
const IMPERATIVES_BY_FIRST = byFirst(IMPERATIVES);
const NONE: readonly string[][] = [];
const OPENERS = words('just go please pls plz and so now then honestly seriously');
/** Punctuation that may end the clause before an imperative ("Seriously, kill yourself."). */
export const CLAUSE_END = /[,;:!?()\-–—]/;
/**
 * Whether `masked` between `from` and `to` holds a CLAUSE_END character: the regex's test on the slice, without
 * the slice and the regex call per pair of words (session 20; the CLAUSE_END test of threats.test.ts keeps them
 * the same).
 */
export function hasClauseEnd(masked: string, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const c = masked.charCodeAt(k);
		// , ; : ! ? ( ) - – —
		if (
			c === 44 ||
			c === 59 ||
			c === 58 ||
			c === 33 ||
			c === 63 ||
			c === 40 ||
			c === 41 ||
			c === 45 ||
			c === 0x2013 ||
			c === 0x2014
		)
			return true;
	}
	return false;
}
/** How many words before a verb may hold its intent or its person. */
const WINDOW = 4;
/** The words at which one of threatAt's frames after the phrases can start (any other word matches none). */
const FRAME_WORDS = new Set([...VIOLENT, ...BREAKING, ...ARSON, ...HARMED, ...WISHING, 'out', 'die', 'down']);
/** How many words after the person a wished harm may come ("hope you get hit", "wish you were dead"). */
const HARM_GAP = 2;

/**
 * Whether word i opens an imperative: the sentence's first word, after a clause break, or after openers
 * ("just go …") that do not follow "to" ("told you to go kill yourself" reports one).
 */
function imperativeAt(ws: string[], toks: readonly Token[], masked: string, i: number): boolean {
	let k = i;
	while (k > 0 && OPENERS.has(ws[k - 1] ?? '')) k--;
	if (k === 0) return true;
	// "You should hang yourself", "you need to kill yourself" (session 12): told to the reader.
	const you = (w: string | undefined) => w === 'you' || w === 'u';
	if (TELLING.has(ws[k - 1] ?? '') && you(ws[k - 2])) return true;
	if (ws[k - 1] === 'to' && ['need', 'ought', 'have'].includes(ws[k - 2] ?? '') && you(ws[k - 3]))
		return true;
	if (ws[k - 1] === 'to') return false;
	const prev = toks[k - 1] as Token;
	const next = toks[k] as Token;
	return CLAUSE_END.test(masked.slice(prev.end, next.start));
}

const startsWith = (ws: string[], i: number, phrase: readonly string[]) =>
	phrase.every((p, k) => ws[i + k] === p);

const negatedBefore = (ws: string[], i: number) => {
	// A loop, not a slice per word (session 20: threatAt asks this at every word of every draft).
	for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATIONS.has(ws[k] as string)) return true;
	return false;
};

/** Whether ws[j…] names a person object: "you", "whoever", "the maintainer", "your reviewer". */
function personAt(ws: string[], j: number): boolean {
	const w = ws[j] ?? '';
	if (PERSON_OBJECTS.has(w)) return !IDIOM_AFTER.has(ws[j + 1] ?? '');
	// "every one of you", "all of you", "each of them" (session 12).
	const of = ws.indexOf('of', j);
	if (['every', 'each', 'all', 'both'].includes(w) && of > j && of <= j + 2)
		return ['you', 'yourselves', 'them', 'us'].includes(ws[of + 1] ?? '');
	return DETERMINERS.has(w) && (PERSON_NOUNS.has(ws[j + 1] ?? '') || PERSON_NOUNS.has(ws[j + 2] ?? ''));
}

/** The end (exclusive) of a threat frame starting at word i of a sentence, or -1. */
function threatAt(ws: string[], toks: readonly Token[], masked: string, i: number): number {
	const w = ws[i] ?? '';
	for (const phrase of IDIOMS_BY_FIRST.get(w) ?? NONE)
		if (startsWith(ws, i, phrase)) {
			const end = i + phrase.length;
			if (WHEREABOUTS.has(phrase[0] ?? '') && friendlyAfter(ws, end)) return -1;
			return negatedBefore(ws, i) ? -1 : end;
		}
	for (const phrase of IMPERATIVES_BY_FIRST.get(w) ?? NONE)
		if (startsWith(ws, i, phrase)) return imperativeAt(ws, toks, masked, i) ? i + phrase.length : -1;
	if (negatedBefore(ws, i)) return -1;
	// The frames below each need one of these words at `i` (session 20: the window and the checks were built for
	// every word of every draft).
	if (!FRAME_WORDS.has(w)) return -1;
	const before = ws.slice(Math.max(0, i - WINDOW), i);
	// Intent on a person: "I'll kill you", "someone should shoot whoever …".
	if (VIOLENT.has(w) && before.some((b) => INTENT.has(b)) && personAt(ws, i + 1)) return i + 2;
	// "break your legs", "beat the crap out of you".
	if (BREAKING.has(w) && ws[i + 1] === 'your' && BODY.has(ws[i + 2] ?? '')) return i + 3;
	// "I'll burn your house down" (session 12): the writer's intent on the reader's home.
	if (
		ARSON.has(w) &&
		before.some((b) => INTENT.has(b)) &&
		ws[i + 1] === 'your' &&
		PROPERTY.has(ws[i + 2] ?? '')
	)
		return i + 3;
	if (
		w === 'out' &&
		ws[i + 1] === 'of' &&
		personAt(ws, i + 2) &&
		ws.slice(Math.max(0, i - 4), i).includes('beat')
	)
		return i + 3;
	// A person said to deserve harm: "you deserve to be shot", "he should die", "… should be put down".
	// A passive harm ("should be shot") may stand further from its person ("people like you should be lined
	// up and shot", "the author of this library needs to be beaten"; session 12), but needs its auxiliary.
	const passive = HARMED.has(w);
	if (passive && (!PASSIVE.has(ws[i - 1] ?? '') || FIGURATIVE_AFTER.has(ws[i + 1] ?? ''))) return -1;
	const around = passive ? ws.slice(Math.max(0, i - PASSIVE_WINDOW), i) : before;
	const subject = around.some((b) => PERSON_SUBJECTS.has(b)) && !around.includes('it');
	if (subject && (w === 'die' || passive || (w === 'down' && ws[i - 1] === 'put'))) {
		const modal = around.some((b) =>
			['deserve', 'deserves', 'should', 'must', 'ought', 'needs', 'better'].includes(b),
		);
		if (modal) return i + 1;
	}
	// A wish: "I hope you die", "wish you were dead", "hope your house burns down".
	if (WISHING.has(w)) {
		const after = ws.slice(i + 1, i + 1 + WINDOW + HARM_GAP + 1);
		const person = after.findIndex(
			(a) => PERSON_SUBJECTS.has(a) || a === 'your' || a === 'him' || a === 'her',
		);
		if (person < 0) return -1;
		const rest = after.slice(person + 1);
		const harm = rest.findIndex((a) => WISHED_HARM.has(a));
		if (harm < 0 || harm > HARM_GAP || rest.slice(0, harm).some((a) => NEGATIONS.has(a))) return -1;
		// "hit"/"run" only as harm: "get hit by …", "run over".
		const h = rest[harm];
		if (h === 'hit' && rest[harm + 1] !== 'by') return -1;
		if (h === 'run' && rest[harm + 1] !== 'over') return -1;
		return i + 1 + person + 1 + harm + 1;
	}
	return -1;
}

/** Indices (into tokens) of the words of every threat frame aimed at a person in the draft. */
export const threatWords = perTokenized(findThreatWords);

function findThreatWords(tokenized: Tokenized): number[] {
	const { masked } = tokenized;
	const found: number[] = [];
	for (const { ws, toks, first } of wordSentences(tokenized)) {
		// The words a clause break follows (threats5-frames.ts: the comma that closes an "if you …" clause).
		const breaks = new Set<number>();
		for (let k = 0; k + 1 < toks.length; k++)
			if (hasClauseEnd(masked, (toks[k] as Token).end, (toks[k + 1] as Token).start)) breaks.add(k);
		// The last word pushed: a threats4 frame may start before the word it is keyed on.
		let pushed = -1;
		for (let i = 0; i < ws.length; i++) {
			// Session 18's frames (threats4-frames.ts), each keyed on one word; a negation before one takes it back.
			let span = threat4At(ws, toks, masked, i);
			if (span && negatedBefore(ws, span[0])) span = undefined;
			if (!span) {
				const end = threatAt(ws, toks, masked, i);
				if (end >= 0) span = [i, end];
			}
			// Session 19's structures (threats5-frames.ts); one may start after word i (a provocation's consequence).
			if (!span) {
				const five = threat5At(ws, breaks, i);
				if (five && !negatedBefore(ws, five[0])) span = five;
			}
			if (!span) continue;
			for (let k = Math.max(span[0], pushed + 1); k < span[1]; k++) found.push(first + k);
			pushed = span[1] - 1;
			i = span[1] - 1;
		}
	}
	return found;
}

/**
 * Gives a draft with a threat aimed at a person a toxic floor at SEGMENT_FLOOR, underlined on the threat's
 * words; a draft the models already score that high keeps its own score and underlines. Call after the
 * sentence pass (it starts from the draft's `toxic`).
 */
export function applyThreats(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	const found = threatWords(tokenized).filter((i) => !entry.mentionedWords?.has(i));
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
}
