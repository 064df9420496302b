/**
 * Insults aimed at someone other than the writer, found by their frame, for drafts the toxic head reads as
 * civil: the head is a bag of n-grams, and a polite or hedging opener ("I'm sorry, but only an idiot would …",
 * "I wonder what idiot …", "My dumb colleague …", "Listen, dummy, …") dilutes the one insult word below 0.5
 * (0.01–0.46 on the check sets). An insult word predicated of, or addressed to, another person gives the draft
 * a floor at the sentence rule's level (SEGMENT_FLOOR), underlined on the insult word. The mirror of
 * insult-target.ts (the writer's insults at themselves), and as narrow: jargon ("dummy data", "dumb pipe", "a
 * stupid bug"), compounds ("idiot-proof"), quotes and code (blanked before tokenising), negated frames ("he is
 * not a fool") and self-insults ("I'm such an idiot") never count.
 *
 * Draft scoring only: thread comments (`wholeDraft`) keep the models' own scores, which the derailment model
 * was trained on.
 */
import { perTokenized, type Token, type Tokenized } from '../features/featurize.ts';
import { selfFrame } from './insult-target.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR, wordSentences } from './sentences.ts';
import { CONTEMPT, contemptForWork, contributionInsult, toReaderOnly, WRECK_HEADS } from './work-insults.ts';

const words = (s: string) => new Set(s.split(' '));

/** Nouns that call a person stupid ("dummy" only as a form of address: "dummy data" is jargon). */
export const INSULT_NOUNS = words(
	'idiot idiots moron morons fool fools clown clowns imbecile imbeciles dunce dunces doofus dork dorks ' +
		'bonehead boneheads dumbass dumbasses dimwit dimwits halfwit halfwits nitwit nitwits twit twits muppet ' +
		'muppets numpty numpties',
);
/** Adjectives that call a person stupid ("silly" and "dense" are left out: "a silly typo", "dense vectors"). */
export const INSULT_ADJECTIVES = words(
	'stupid stupider stupidest dumb dumber dumbest incompetent clueless brainless idiotic moronic boneheaded ' +
		'foolish',
);
/** Who an insult may be aimed at (the writer's own group, we/us/our, is not "another person"). */
const PEOPLE = words(
	"you you're youre u ur ya yourself yourselves he he's she she's they they're him her them whoever " +
		'someone somebody anyone anybody everyone everybody people guys guy folks person persons author authors ' +
		'maintainer maintainers dev devs developer developers reviewer reviewers contributor contributors team ' +
		'boss colleague colleagues coworker coworkers teammate teammates manager managers intern interns hire ' +
		'contractor contractors lead admin admins moderator moderators mods owner owners users user man dude ' +
		'bro newbie engineer engineers programmer programmers coder coders staff',
);
/** A second-person possessive: "your code is stupid" is aimed at its author. */
const YOUR = words('your ur');
/** Words that may stand between a person and a predicated insult ("the reviewers here are (all) brainless"). */
const BETWEEN = words(
	"is are was were be been being 's 're am seem seems seemed sound sounds look looks looked act acts acting " +
		'like keep keeps must may might clearly really so such a an the complete completely total totally ' +
		'absolute absolutely utter utterly truly just too very incredibly genuinely pretty quite most here there ' +
		'all of bunch full this that these those always still again obviously actually literally seriously ' +
		'officially our resident biggest real certified',
);
/** A negation inside the frame, or just before a noun insult, takes it back ("he is not a fool"). */
const NEGATIONS = words(
	"not no never don't dont doesn't didn't isn't aren't wasn't weren't shouldn't wouldn't nobody",
);
/** Verbs of naming: a negated one takes its insult back. */
const CALLING = words('call calls calling called name naming');
/** Words that may follow a noun insult used as a noun, not as the first half of a compound ("clown emoji"). */
const AFTER_NOUN = words(
	"who who's whom whose that which would will can could should must might may is are was were has have had " +
		"does did do isn't can't won't doesn't didn't like at in on of for from over here there upstream to " +
		'with than as again who never always just still actually even wrote broke made thought put let ' +
		'said told left took forgot came got went gave kept ran set sent built cut hit read ever',
);
/** After "a"/"an" + noun insult, what makes it someone ("a moron who …", "only an idiot would …"); not "a fool of himself". */
const PREDICATE_AFTER = words('who that which would will could should might must can like');
/** Words that may stand between "a"/"an" and a noun insult ("such a complete idiot"). */
const MODIFIERS = words(
	'such complete total totally absolute utter real big biggest bit little useless proper right bloody',
);
/** How far back (in words) a person may stand from an insult predicated of them. */
const MAX_GAP = 6;
/**
 * How far back a copula's subject may stand when it is a person named by a clause of its own ("whoever signed off
 * on this without a load test is an absolute moron", "the reviewer who let this through with three failing tests
 * is incompetent"; session 24: in a long draft the models read those at 0.05-0.2, and the clause put the person
 * past MAX_GAP).
 */
const MAX_CLAUSE = 16;
/** Reporting verbs: past one, the copula belongs to what was said ("whoever wrote it said the format is stupid"). */
const REPORTING = words(
	'said says say told tells claimed claims argued argues insisted insists believes believed mentioned noted ' +
		'thinks wrote that',
);

/** Whether only whitespace separates the tokens at `a` and `b` (no comma, full stop or hyphen). */
function joined(masked: string, a: Token | undefined, b: Token | undefined): boolean {
	return a !== undefined && b !== undefined && /^\s+$/.test(masked.slice(a.end, b.start));
}

/** Words after a person that keep the subject about them ("the people who …", "the folks in ops"). */
const QUALIFIERS = words('who that which in on at from of here there');
/** A copula: what a predicated insult follows. */
const COPULAS = words("is are was were 's 're be");

/**
 * People a reduced relative clause may name besides PEOPLE (session 12: "the consultants you brought in", "the
 * vendor you chose", "the agency you signed with").
 */
const RELATIVE_HEADS = words(
	'consultant consultants freelancer freelancers tester testers vendor vendors agency firm company hires ' +
		'architect architects pm pms volunteers volunteer translator translators committer committers expert ' +
		'experts recruits recruit people folks staff',
);
/** The subject of a reduced relative clause ("the contractors you hired", "those interns he picked"). */
const RELATIVE_SUBJECTS = words("you you've you'd you're we we've i i've he she they");
/** Determiners before the head of such a clause (not "your": "your tests you wrote" is not said). */
const RELATIVE_DETERMINERS = words('the those these that this every each all');

/**
 * Whether the word at `k` heads a person named by a reduced relative clause: "The contractors you hired are
 * worthless", "Everyone you invited was useless", "The guy you hired to fix this is an amateur" (session 12;
 * the session-11 check half's one miss). The head must be a person noun with a determiner (or "everyone"), and
 * the clause's subject a pronoun right after it: "the tests you wrote are useless" is about tests.
 */
function relativeHead(ws: string[], k: number): boolean {
	const w = ws[k] ?? '';
	if (!RELATIVE_SUBJECTS.has(ws[k + 1] ?? '')) return false;
	if (['everyone', 'everybody', 'anyone', 'anybody'].includes(w)) return true;
	if (PERSON_PRONOUNS_REL.has(w) || !(PEOPLE.has(w) || RELATIVE_HEADS.has(w))) return false;
	return ws.slice(Math.max(0, k - 3), k).some((d) => RELATIVE_DETERMINERS.has(d));
}
/** Pronouns are never the head of a relative clause ("you he …" is no frame). */
const PERSON_PRONOUNS_REL = words(
	"you you're youre u ur ya yourself yourselves he he's she she's they they're him her them whoever " +
		'someone somebody',
);

/** Whether the word at `k` opens a subject about a person ("whoever …", "the people who …", "the folks in ops"). */
function subjectPerson(ws: string[], k: number): boolean {
	const w = ws[k] ?? '';
	return (
		w === 'whoever' ||
		YOUR.has(w) ||
		(PEOPLE.has(w) && QUALIFIERS.has(ws[k + 1] ?? '')) ||
		relativeHead(ws, k)
	);
}

/** A word of frame filler: BETWEEN or an adverb ("you are honestly a …"). */
const filler = (w: string) => BETWEEN.has(w) || (w.length > 3 && w.endsWith('ly'));

/**
 * The person an insult at `i` is predicated of, as a word index, or -1: a person before it with only frame
 * words between ("you're the dumbest", "the reviewers here are brainless"), or a person opening the subject
 * of its copula ("whoever approved this PR is a moron", "your migration plan is moronic").
 */
function predicatedOf(ws: string[], i: number): number {
	let copula = false;
	for (let j = i - 1; j >= Math.max(0, i - MAX_GAP); j--) {
		const w = ws[j] ?? '';
		if (PEOPLE.has(w)) return j;
		if (filler(w)) {
			copula ||= COPULAS.has(w);
			continue;
		}
		if (!copula) return -1;
		// Past the copula: its subject, up to MAX_GAP words; "the user said the default is dumb" is about the
		// default.
		for (let k = j; k >= Math.max(0, j - MAX_GAP); k--) if (subjectPerson(ws, k)) return k;
		return clauseSubject(ws, j);
	}
	return -1;
}

/**
 * A person named by a clause of their own ("whoever …", "the reviewer who …") opening the subject that ends at
 * word `j`, further back than MAX_GAP but within MAX_CLAUSE and with no reporting verb between; -1 when none.
 */
function clauseSubject(ws: string[], j: number): number {
	for (let k = j - MAX_GAP - 1; k >= Math.max(0, j - MAX_CLAUSE); k--) {
		const w = ws[k] ?? '';
		if (w === 'whoever' || (PEOPLE.has(w) && ['who', 'that'].includes(ws[k + 1] ?? ''))) {
			const clause = ws.slice(k + 2, j + 1);
			return clause.some((c) => REPORTING.has(c) || COPULAS.has(c)) ? -1 : k;
		}
	}
	return -1;
}

/** Whether the frame starting at `j` is named only to be refused ("please don't call anyone an idiot"). */
function refusedNaming(ws: string[], j: number): boolean {
	const before = ws.slice(Math.max(0, j - 3), j);
	return before.some((w) => NEGATIONS.has(w)) && before.some((w) => CALLING.has(w));
}

/**
 * Whether the noun insult at `i` is used as a noun for a person, not a compound ("clown emoji") or a taken-back
 * one ("he is not a fool"). After "a"/"an" with no one named it is a predicate of someone unsaid, often the
 * writer ("Feel like a complete idiot, …", "stop being an idiot and …"): it counts only when what follows makes
 * it someone ("only a moron would", "a fool like you").
 */
function personNoun(ws: string[], toks: readonly Token[], masked: string, i: number): boolean {
	if (ws.slice(Math.max(0, i - 3), i).some((w) => NEGATIONS.has(w))) return false;
	let k = i - 1;
	while (k >= 0 && (MODIFIERS.has(ws[k] ?? '') || INSULT_ADJECTIVES.has(ws[k] ?? ''))) k--;
	const predicate = ws[k] === 'a' || ws[k] === 'an';
	const next = ws[i + 1];
	if (next === undefined || !joined(masked, toks[i], toks[i + 1])) return !predicate;
	if (predicate) return PREDICATE_AFTER.has(next) || PEOPLE.has(next);
	return AFTER_NOUN.has(next) || PEOPLE.has(next) || /(ed|s)$/.test(next);
}

/** Whether the adjective insult at `i` describes a person ("my dumb colleague", "your stupid excuses"). */
function personAdjective(ws: string[], i: number): boolean {
	const next = ws[i + 1] ?? '';
	return PEOPLE.has(next) || INSULT_NOUNS.has(next) || YOUR.has(ws[i - 1] ?? '');
}

/** Whether "dummy" at `i` is a form of address: "Listen, dummy, …", "Hey dummy", "you dummy". */
function addressed(ws: string[], toks: readonly Token[], masked: string, i: number): boolean {
	const prev = ws[i - 1];
	if (prev === 'you' || prev === 'hey') return true;
	const token = toks[i] as Token;
	const before = i === 0 || /,\s*$/.test(masked.slice((toks[i - 1] as Token).end, token.start));
	const after = toks[i + 1] ? masked.slice(token.end, (toks[i + 1] as Token).start) : '';
	return before && (toks[i + 1] === undefined || /^[,.!?]/.test(after));
}

/**
 * Whether the word at `i` is part of an identifier, path, compound or quotation ("add_dummy_interface",
 * "type='dummy'", "idiot-proof"), not a word of the sentence.
 */
function embedded(masked: string, token: Token): boolean {
	return (
		/[\w=:/\\.@#$<>*'"`_-]/.test(masked[token.start - 1] ?? ' ') ||
		/[\w=/\\@#$<>*'"`_-]/.test(masked[token.end] ?? ' ')
	);
}

/** Whether the writer calls themselves the insult just before `i` ("I am a C++ idiot", "I'm the real idiot"). */
function writerSubject(ws: string[], i: number): boolean {
	for (let j = Math.max(0, i - 3); j < i; j++)
		if (['am', "i'm", 'im'].includes(ws[j] ?? '') && ['a', 'an', 'the', 'such'].includes(ws[j + 1] ?? ''))
			return true;
	return false;
}

/**
 * Words that insult a person only in a person frame (session 11): the models barely weigh them ("Your team is a
 * bunch of amateurs" 0.14, "Useless, all of you." 0.10), and each has civil uses about code and jargon ("lazy
 * loading", "a dense matrix", "amateur radio", "the docs are useless"), so they count only when predicated of a
 * person who is named as one (you, he, she, whoever, "the maintainers", "your team"; never "they", which is as
 * often a thing, nor "your docs") or in a vocative ("Useless, all of you.", "you lazy devs").
 */
export const PERSON_ADJECTIVES = words(
	'useless hopeless pathetic lazy lazier laziest dense denser rude ruder rudest arrogant sloppy careless ' +
		'ignorant inept worthless insufferable spineless gutless entitled amateurish unprofessional delusional ' +
		'obnoxious',
);
/** Nouns of the same kind; a singular one followed by a noun is a compound ("amateur radio"). */
const PERSON_NOUNS = words('amateur amateurs noob noobs losers');
/** Pronouns that name a person (not "they": "they are useless now" is as often said of scripts). */
const PERSON_PRONOUNS = words(
	"you you're youre u ur ya yourself yourselves he he's she she's him her whoever",
);
/** Determiners before a person noun that make it someone in particular ("the maintainers", "your team"). */
const DETERMINERS = words('the your these those this that every whole entire');
/** Words after a person that keep the subject about them, with the ones this frame adds ("the devs behind …"). */
const WEAK_QUALIFIERS = new Set([...QUALIFIERS, 'behind', 'running', 'maintaining', 'working']);
/** Person nouns a person adjective may stand before, besides PEOPLE ("most useless support agent"). */
const ROLE_NOUNS = words('agent agents rep reps support');
/** What may follow a person adjective predicated of someone ("too lazy to …", "dense about …"). */
const AFTER_PREDICATE = words('and or to about with at in of for when as than but beyond');

/** Whether the person word at `j` names someone in particular: a pronoun, "the/your … devs", "devs behind …". */
function namedPerson(ws: string[], j: number): boolean {
	const w = ws[j] ?? '';
	if (PERSON_PRONOUNS.has(w)) return true;
	if (!PEOPLE.has(w) || ['they', "they're", 'them'].includes(w)) return false;
	// "you folks", "the maintainers", "your whole team", "the devs behind this".
	if (ws[j - 1] === 'you') return true;
	return (
		ws.slice(Math.max(0, j - 3), j).some((d) => DETERMINERS.has(d)) || WEAK_QUALIFIERS.has(ws[j + 1] ?? '')
	);
}

/**
 * The person a person-frame insult at `i` is predicated of, or -1: like predicatedOf, but the person must be
 * named as one (namedPerson), "your <thing>" is the thing, and a person named after an "if" is anyone.
 */
function personPredicatedOf(ws: string[], i: number): number {
	let copula = false;
	for (let j = i - 1; j >= Math.max(0, i - MAX_GAP); j--) {
		const w = ws[j] ?? '';
		if (PEOPLE.has(w) || PERSON_PRONOUNS.has(w)) return namedPerson(ws, j) ? j : -1;
		if (filler(w)) {
			copula ||= COPULAS.has(w);
			continue;
		}
		if (!copula) return -1;
		for (let k = j; k >= Math.max(0, j - MAX_GAP); k--) {
			if (PEOPLE.has(ws[k] ?? '') && WEAK_QUALIFIERS.has(ws[k + 1] ?? '') && namedPerson(ws, k)) return k;
			if (relativeHead(ws, k)) return k;
		}
		return -1;
	}
	return -1;
}

/** "Useless, all of you.", "Pathetic, the whole lot of you", "Lazy, you people": the word opens a vocative. */
const VOCATIVE =
	/^\s*,\s*(?:(?:all|each|both|every (?:single )?one|the (?:whole )?(?:lot|bunch)) of you|you (?:all|people|guys|lot|two))\b/;

/** Whether a person-frame insult word at `i` is aimed at someone (see PERSON_ADJECTIVES). */
function personFrameInsult(ws: string[], toks: readonly Token[], masked: string, i: number): boolean {
	const w = ws[i] ?? '';
	const noun = PERSON_NOUNS.has(w);
	if (!noun && !PERSON_ADJECTIVES.has(w)) return false;
	const token = toks[i] as Token;
	if (embedded(masked, token) || selfFrame(ws, i)) return false;
	if (VOCATIVE.test(masked.slice(token.end))) return true;
	// "lazy loading", "amateur radio", "useless variable": an attribute of the next word, unless that is a
	// person ("you lazy devs", "most useless support agent"); a plural noun is never an attribute.
	const next = ws[i + 1] ?? '';
	const attribute =
		joined(masked, token, toks[i + 1]) &&
		!(noun && w.endsWith('s')) &&
		!PEOPLE.has(next) &&
		!ROLE_NOUNS.has(next) &&
		!AFTER_PREDICATE.has(next);
	if (attribute) return false;
	// "You are entitled to believe what you want": a right, not a trait.
	if (w === 'entitled' && next === 'to') return false;
	const person = personPredicatedOf(ws, i);
	// "The 'user' is useless": a quoted word, not a person.
	if (person < 0 || refusedNaming(ws, person) || embedded(masked, toks[person] as Token)) return false;
	// "If you are lazy, …": a generic you.
	return !ws.slice(0, person).includes('if');
}

/** Whether the insult word at `i` of a sentence is aimed at someone other than the writer. */
function aimedAtOthers(ws: string[], toks: readonly Token[], masked: string, i: number): boolean {
	const w = ws[i] ?? '';
	if (!INSULT_NOUNS.has(w) && !INSULT_ADJECTIVES.has(w) && w !== 'dummy')
		return personFrameInsult(ws, toks, masked, i);
	// "idiot-proof", "moron-simple", "clueless-user persona", "add_dummy_interface": not about a person.
	if (embedded(masked, toks[i] as Token)) return false;
	if (selfFrame(ws, i)) return false;
	const person = predicatedOf(ws, i);
	if (person >= 0) return !refusedNaming(ws, person);
	if (writerSubject(ws, i)) return false;
	if (w === 'dummy') return addressed(ws, toks, masked, i);
	if (INSULT_NOUNS.has(w)) return personNoun(ws, toks, masked, i);
	return personAdjective(ws, i);
}

/** Indices (into `tokenized.tokens`) of the draft's insult words aimed at someone other than the writer. */
export const insultsAtOthers = perTokenized(findInsultsAtOthers);

function findInsultsAtOthers(tokenized: Tokenized): number[] {
	const { masked, tokens } = tokenized;
	// Most drafts have no insult word: one pass, no sentence split.
	const insultWord = (w: string) =>
		INSULT_NOUNS.has(w) ||
		INSULT_ADJECTIVES.has(w) ||
		w === 'dummy' ||
		PERSON_ADJECTIVES.has(w) ||
		PERSON_NOUNS.has(w) ||
		CONTEMPT.has(w) ||
		WRECK_HEADS.has(w);
	if (!tokens.some((t) => insultWord(t.word))) return [];
	const found: number[] = [];
	const readerOnly = toReaderOnly(tokens.map((k) => k.word));
	for (const { ws, toks, first } of wordSentences(tokenized)) {
		for (let i = 0; i < ws.length; i++)
			if (
				aimedAtOthers(ws, toks, masked, i) ||
				contemptForWork(ws, toks, masked, i) ||
				contributionInsult(ws, toks, masked, i, readerOnly)
			)
				found.push(first + i);
	}
	return found;
}

/**
 * Gives a draft with an insult aimed at someone else a toxic floor at SEGMENT_FLOOR, underlined on the insult
 * words; a draft the models already score that high keeps its own score and underlines. Call after the
 * sentence pass (it starts from the draft's `toxic`).
 */
export function applyInsultsAtOthers(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	// A word only mentioned in quotes is aimed at no one (quoted-mention.ts).
	const found = insultsAtOthers(tokenized).filter((i) => !entry.mentionedWords?.has(i));
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
}
