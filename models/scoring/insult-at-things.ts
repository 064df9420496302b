/**
 * Insult words aimed at a thing, not a person: "this API is garbage to work with", "a dumb choice", "the
 * progress bar is a clown show", "this config format is insane". The toxic head is a bag of n-grams: "dumb" or
 * "garbage" is toxic whatever it describes, so a civil complaint about a tool read 0.56–1.00. This module finds
 * the words; thing-insult.ts re-scores the draft without them. Deliberately narrow, and all or nothing per draft:
 * - a predicate of a thing: a clause's subject names a thing from THINGS or is it/this/that/which, with only
 *   filler between the copula and the word ("the docs are (just) garbage", "this config format is insane");
 * - an attribute of a thing: the word right before a thing noun ("a dumb bug", "stupid cache invalidation",
 *   "a clown show", "a dumb little shell script").
 * Never: a sentence that names the reader ("It's garbage, like everything you write."), a clause that names a
 * person or someone's work ("whoever", "the maintainer", "his", "the guy's"), and any draft with one insult or
 * profane word this module cannot place on a thing (insult-target.ts's words and the camouflage lexicon's
 * included). Profanity ("damn", "crap", "sucks",
 * "hell"), "ugly", "terrible" and "hate" are not excused even about things: ToxiCR's rubric counts them toxic,
 * and excusing them cost ToxiCR validation F1 0.857 → 0.707 (commit 265c1cc; models/README.md). The user may
 * opt in to excusing them (ScoreOptions.allowSwearingAtThings): swearing-at-things.ts places them, on the same
 * target rules, and is passed in as an `Extension`.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { CAMOUFLAGE_LEXICON } from '../text/lexicon.ts';
import { hasInsult } from './insult-target.ts';
import { sentenceRanges } from './sentences.ts';

const words = (s: string) => new Set(s.split(' '));

/**
 * Judging adjectives a complaint about a tool uses (their superlatives too). "ridiculous" and "pathetic" are left
 * out: on validation they excused no civil row and four toxic ones, dismissals of someone's point or complaint.
 */
export const ADJECTIVES = words(
	'stupid stupidest dumb dumber dumbest idiotic moronic brainless insane useless worthless lame',
);
/** Nouns predicated of a thing ("is garbage", "is a joke") or heading a compound ("clown show", "garbage fire"). */
const NOUNS = words('garbage trash junk joke clown dumpster');
/** Profanity and insults people camouflage: any left unexcused keeps the draft as the models score it. */
const PROFANE = new Set(CAMOUFLAGE_LEXICON);
/** Every word this module may excuse. */
const LEXICON = new Set([...ADJECTIVES, ...NOUNS, 'brain', 'dead']);

/** Things developers complain about (singular; a trailing "s" is dropped before the lookup). */
const THINGS = words(
	'api code docs doc documentation config configuration setup build script test suite error message default ' +
		'ui ux layout design architecture abstraction library lib framework tool tooling compiler linter rule ' +
		'regex function method class module package dependency plugin extension feature bug mistake question ' +
		'idea approach solution workaround hack fix patch pr commit diff branch merge release version update ' +
		'upgrade installer cache database db query schema migration format syntax name naming variable ' +
		'parameter option flag setting page site website app button tooltip dialog modal menu bar picker card ' +
		'form field search filter logger logging log pipeline ci workflow process deploy deployment server ' +
		'service endpoint request response system kernel driver browser editor ide terminal shell makefile ' +
		'dockerfile container image cluster benchmark performance spec standard protocol interface ' +
		'implementation logic algorithm heuristic check validation story situation outage limitation limit ' +
		'behaviour behavior output input result model wiki readme changelog note issue tracker ticket meeting ' +
		'policy license pricing tier plan spam mechanism handling inference support experience thing stuff way ' +
		'choice decision tree copy mess amount list file folder path network wifi connection queue job cron ' +
		'task timeout retry loop type types typing warning exception stack trace macro template engine runtime ' +
		'platform os sdk cli gui font color theme animation icon emoji screen window tab keyboard shortcut ' +
		'show fire invalidation estimate deadline requirement sprint proxy runner race condition regression ' +
		'parser panel checklist fixture bucket fallback staging production prod repo repository ' +
		// Tools, devices and infrastructure by name ("Docker is shit on macOS", "the VPN is shit today").
		'router modem switch firewall vpn dns ssl tls cert certificate balancer dashboard scheduler bundler ' +
		'transpiler loader toolchain docker kubernetes k8s helm terraform ansible jenkins webpack vite babel ' +
		'eslint prettier npm yarn pnpm gradle maven cargo pip yaml json xml orm sql manifest lockfile vm ' +
		'laptop machine printer monitor mouse disk drive battery backup hardware software firmware ' +
		'macos linux github gitlab jira slack zoom vscode xcode emacs vim bot formatter mypy pytest php rust ' +
		// Session 14 (civil3): linters and formatters by name ("Rubocop hates my heredocs, what the hell").
		'ruff rubocop flake8 isort pylint stylelint',
);
/** Pronouns that stand for a thing or a situation as a subject. */
export const THING_PRONOUNS = words('it this that these those which everything something');
/** People, the reader, and whose work: a clause naming one is never about a thing only. */
export const PEOPLE = words(
	"you you're youre your yours yourself yourselves u ur ya he he's she she's they they're him her his them " +
		'their theirs whoever who whom whose someone somebody anyone anybody everyone everybody people guys guy ' +
		'folks person author authors maintainer maintainers dev devs developer developers reviewer reviewers ' +
		'contributor contributors team boss colleague colleagues coworker coworkers teammate teammates manager ' +
		'managers intern interns contractor contractors lead admin admins moderator moderators mod mods owner ' +
		'owners user users man dude bro newbie engineer engineers programmer programmers coder coders staff ' +
		'designer designers folk kid kids idiot idiots moron morons fool fools hire hires architect architects ' +
		'consultant consultants vendor vendors persons',
);
/** Who a person word may not be a modifier for: pronouns and determiners name the person themselves. */
const PRONOUNS = words(
	"you you're youre your yours yourself yourselves u ur ya he he's she she's they they're him her his them " +
		'their theirs whoever who whom whose someone somebody anyone anybody everyone everybody',
);
/** The reader: named anywhere in the sentence, they may be whom the thing belongs to. */
export const READER = words("you you're youre your yours yourself yourselves u ur ya you've you'd you'll");
/** Copulas, as separate words or contracted ("that's", "it's", "docs're"). */
const COPULAS = words(
	"is are was were be been being 's 're seems seem looks look feels feel sounds sound gets got",
);
/** Words that may stand between a copula and the judgement ("is (just) (such) (a) (total) …"). */
export const FILLER = words(
	'a an the so such just really kind sort of pretty quite very too total totally complete completely ' +
		'absolute absolutely utter utterly truly literally honestly frankly still always kinda plain simply ' +
		'basically mostly bit little bloody big huge real now getting becoming also even',
);
/** Words that end a subject when walking back from its copula ("I think (the docs) are …"). */
const SUBJECT_STOPS = words(
	'think thinks thought guess feel felt believe say says said and but because so since if when while ' +
		'although though honestly frankly well yeah ok okay',
);
/** How many words back from its copula a subject may reach. */
const MAX_SUBJECT = 8;
/** Words after a subject's head noun that start what qualifies it ("the architect (of this API)"). */
const QUALIFYING = words('of in on for from with at by about behind under inside that who which');
/** Adverbs that may trail a subject ("the error handling here"). */
const TRAILING = words('here there now today currently again also alone');
/** The writer (and their group): may judge their own work ("my code is garbage"), never be the judged thing. */
export const WRITER = words("i i'm im me we we're us my our");

const singular = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);
export const isThing = (w: string) => THINGS.has(w) || THINGS.has(singular(w));
/** A contraction "<subject>'s" / "<subject>'re": the subject word, or undefined. */
const contracted = (w: string) => /^(.+)'(s|re)$/.exec(w)?.[1];

/** Whether a clause boundary (comma, semicolon, colon, dash, bracket) stands between tokens `a` and `b`. */
function boundary(masked: string, a: Token, b: Token): boolean {
	return /[,;:()\u2013\u2014]|\s-\s/.test(masked.slice(a.end, b.start));
}

/** The clause around token `i` of a sentence, as [from, to] token indices. */
export function clauseOf(masked: string, toks: readonly Token[], i: number): [number, number] {
	let from = i;
	while (from > 0 && !boundary(masked, toks[from - 1] as Token, toks[from] as Token)) from--;
	let to = i;
	while (to < toks.length - 1 && !boundary(masked, toks[to] as Token, toks[to + 1] as Token)) to++;
	return [from, to];
}

/**
 * Whether the subject ending at `end` (inclusive, walking back at most to `from`) is a thing: the word before
 * what qualifies it ("the hover card (in the new UI)", not "the architect (of this API)") is a thing noun or
 * pronoun; with no qualifier, one of its words is (the clause names no person: checked by the caller).
 */
export function thingSubject(ws: string[], from: number, end: number): boolean {
	let start = end;
	while (start > Math.max(from, end - MAX_SUBJECT + 1) && !SUBJECT_STOPS.has(ws[start - 1] ?? '')) start--;
	if (SUBJECT_STOPS.has(ws[start] ?? '')) return false;
	const thing = (w: string) => !WRITER.has(w) && (isThing(w) || THING_PRONOUNS.has(w));
	for (let k = start + 1; k <= end; k++) if (QUALIFYING.has(ws[k] ?? '')) return thing(ws[k - 1] ?? '');
	// No qualifier: any thing word makes it one ("the way this ORM handles joins"); "the new architect" has none.
	let last = end;
	while (last > start && TRAILING.has(ws[last] ?? '')) last--;
	return ws.slice(start, last + 1).some(thing) && !WRITER.has(ws[last] ?? '');
}

/** Whether the judgement at `i` is predicated of a thing: "<thing subject> is (filler) <word>". */
export function predicatedOfThing(ws: string[], from: number, i: number): boolean {
	let j = i - 1;
	while (j >= from && FILLER.has(ws[j] ?? '')) j--;
	const w = ws[j] ?? '';
	const subject = contracted(w);
	if (subject !== undefined) return isThing(subject) || THING_PRONOUNS.has(subject);
	return COPULAS.has(w) && j - 1 >= from && thingSubject(ws, from, j - 1);
}

/** Words that may stand between a judgement and the thing it modifies ("a pathetic little test suite"). */
export const MODIFIERS = words('little old new legacy whole tiny big giant entire current same');

/**
 * Whether the judgement at `i` modifies a thing noun right after it ("dumb bug", "clown show", "brain-dead
 * default"), or after one modifier ("a pathetic little test suite"); the clause names no person (checked by
 * the caller).
 */
function attributeOfThing(ws: string[], i: number, to: number, more: ReadonlySet<string>): boolean {
	const at = ws[i] === 'brain' ? i + 1 : i;
	if (!ADJECTIVES.has(ws[i] ?? '') && !NOUNS.has(ws[i] ?? '') && ws[i] !== 'brain') return false;
	const next = ws[at + 1] ?? '';
	if (at + 1 <= to && isThing(next)) return true;
	return (
		at + 2 <= to &&
		(MODIFIERS.has(next) || ADJECTIVES.has(next) || more.has(next)) &&
		isThing(ws[at + 2] ?? '')
	);
}

/**
 * Whether the clause [from, to] names a person: a pronoun, or a person noun that is not the modifier of a thing
 * noun right after it ("the admin panel", "user settings" are things).
 */
export function namesPerson(ws: string[], from: number, to: number): boolean {
	for (let k = from; k <= to; k++) {
		const w = ws[k] ?? '';
		// "the guy's code": someone's work, as "his code" or "your code".
		if (PEOPLE.has(contracted(w) ?? '')) return true;
		if (PEOPLE.has(w) && (PRONOUNS.has(w) || k === to || !isThing(ws[k + 1] ?? ''))) return true;
	}
	return false;
}

/** Whether the lexicon word at `i` of a sentence is aimed at a thing. */
function aimedAtThing(
	ws: string[],
	toks: readonly Token[],
	masked: string,
	i: number,
	extension: Extension | undefined,
): boolean {
	// The reader anywhere in the sentence may own the thing: "It's garbage, like everything you write."
	if (ws.some((w) => READER.has(w))) return false;
	const [from, to] = clauseOf(masked, toks, i);
	if (namesPerson(ws, from, to)) return false;
	if (ws[i] === 'dead' && ws[i - 1] === 'brain') return aimedAtThing(ws, toks, masked, i - 1, extension);
	if (extension && !LEXICON.has(ws[i] ?? '')) return extension.aimedAtThing(ws, from, to, i);
	return predicatedOfThing(ws, from, i) || attributeOfThing(ws, i, to, extension?.lexicon ?? NONE);
}

const NONE: ReadonlySet<string> = new Set();

/** More words to excuse, and where they may stand (swearing-at-things.ts, when the user opts in). */
export interface Extension {
	lexicon: ReadonlySet<string>;
	/**
	 * Whether lexicon word `i` of a sentence's words, in the clause [from, to], is aimed at a thing, at a
	 * situation or at no one; called only when the sentence does not name the reader and the clause no person.
	 */
	aimedAtThing(ws: string[], from: number, to: number, i: number): boolean;
	/** The sentence's words as every target check should read them ("Man, …" names no one). */
	reading(ws: string[], toks: readonly Token[], masked: string): string[];
	/**
	 * Indices of the words that carry placed lexicon word `i` with them and go with it ("a piece of shit": the
	 * models read "piece of" as the insult too, so blanking "shit" alone left "Docker is a piece of … " at 0.64).
	 */
	phrase?(ws: string[], i: number): number[];
}

/**
 * Indices (into `tokenized.tokens`) of the draft's insult words aimed at things; empty when it has none, or
 * when any insult or profane word of the draft (this module's, insult-target.ts's or the camouflage lexicon's)
 * is not placed on a thing, so a draft that also insults a person, or swears, is left to the models as it is.
 * An `extension` adds words (and their placement rules) to this module's.
 */
export function insultsAtThings({ masked, tokens }: Tokenized, extension?: Extension): number[] {
	const excusable = (w: string) => LEXICON.has(w) || extension?.lexicon.has(w) === true;
	// Most drafts have no such word: one pass, no sentence split.
	if (!tokens.some((t) => excusable(t.word))) return [];
	const found: number[] = [];
	let t = 0;
	for (const [, end] of sentenceRanges(masked)) {
		const first = t;
		while (t < tokens.length && (tokens[t] as Token).start < end) t++;
		const toks = tokens.slice(first, t);
		const ws = toks.map((k) => k.word);
		const read = extension?.reading(ws, toks, masked) ?? ws;
		for (let i = 0; i < ws.length; i++) {
			const w = ws[i] ?? '';
			const judging = excusable(w) && (w !== 'brain' || ws[i + 1] === 'dead');
			if (w === 'dead' && ws[i - 1] !== 'brain') continue;
			if (!judging && !PROFANE.has(w) && !hasInsult([toks[i] as Token])) continue;
			if (!judging || !aimedAtThing(read, toks, masked, i, extension)) return [];
			found.push(first + i, ...(extension?.phrase?.(ws, i) ?? []).map((k) => first + k));
		}
	}
	return [...new Set(found)].sort((a, b) => a - b);
}
