/**
 * Word lists for the offline fixer, written for this project. Kept as data so they can grow without touching
 * the fixer's logic. Everything is matched case-insensitively on whole words.
 */

/** A comma-separated word list as an array (keeps long lists short to read). */
function words(list: string): string[] {
	return list.split(',').map((w) => w.trim());
}

/** Intensifiers and expletives that add heat but no meaning: removed outright. */
export const DROP_WORDS = words(
	"fucking, fuckin, fuckin', f*cking, f**king, effing, freaking, frigging, friggin, goddamn," +
		'goddamned, god damn, damn, damned, bloody, the hell, the fuck, as hell, as fuck,' +
		"for fuck's sake, for god's sake, ffs, stfu, shut up, piss off, fuck off, seriously, honestly," +
		'literally, fat, ugly, darn, ass, fuck, lol, lmao, rofl',
);

/** Person-directed insult nouns. Sentences or clauses built around them are dropped, never reworded. */
export const INSULT_NOUNS = words(
	'idiot, idiots, moron, morons, imbecile, imbeciles, fool, fools, loser, losers, clown, clowns,' +
		'jerk, jerks, asshole, assholes, arsehole, dumbass, dumbasses, retard, retards, dipshit,' +
		'scumbag, scumbags, bastard, bastards, bitch, prick, dick, dickhead, twat, cunt, douchebag,' +
		'douche, troll, hypocrite, liar, liars, coward, cowards, fanboy, fanboys, shill, pig, pigs,' +
		'scum, buffoon, buffoons, fart, sociopath, sociopaths, narcissist, lunatic, lunatics, nutjob,' +
		'nutcase, degenerate, degenerates, thug, thugs, lackey, lackeys, reprobate, bigot, bigots,' +
		'dumbasses, bitches, pricks, dicks, hypocrites, trolls, dirtbag, dirt bag, dirtbags, psychopath,' +
		'psychopaths, creep, creeps, scums, piece of shit, piece of crap, piece of garbage,' +
		'piece of trash, pos, crybaby, dunce, dunces, weasel, weasels, dotard, dotards, nitwit, nitwits, halfwit,' +
		'halfwits, simpleton, simpletons, cretin, cretins, twit, twits, muppet, muppets, wanker, wankers, tosser,' +
		'tossers, jackass, jackasses, bozo, bozos, doofus, numbskull, numbskulls, knucklehead, knuckleheads,' +
		'meathead, meatheads, blockhead, blockheads, airhead, airheads, sleazebag, sleazebags, slimeball,' +
		'slimeballs, lowlife, lowlifes, vermin',
);

/** Person-directed insult adjectives ("you are X"): the clause is dropped. */
export const INSULT_ADJECTIVES = words(
	'stupid, dumb, clueless, incompetent, useless, pathetic, retarded, brainless, ignorant,' +
		'delusional, insane, crazy, lazy, worthless, blind, disgusting, full of shit, full of it',
);

/** Words that only insult when said of a person ("you are a joke", "the author is a hack"), not of a thing. */
export const PERSON_PREDICATES = words(
	'amateur, amateurs, joke, disgrace, embarrassment, hack, hacks, noob, noobs, n00b, script kiddie,' +
		'script kiddies, code monkey, code monkeys, waste of space, waste of oxygen, menace, liability,' +
		'braindead, brain-dead, hopeless, dense, thick, unqualified, unprofessional, a joke, talentless',
);

/** Lead-ins that only frame the sentence after them: kept with that sentence, dropped with it. */
export const HEDGES = words(
	'honestly, frankly, seriously, tbh, to be honest, to be frank, ngl, not gonna lie, look, listen, dude,' +
		'man, bro, sorry, no offense, no offence, i mean, lol, lmao, wow, jeez, geez, oh, well, ok, okay,' +
		'yeah, come on, with all due respect, imo, imho, just saying, again, also, plus, and, but, so',
);

/** Pronouns for "kick your ass" → "kick you", "my ass" → "myself". */
const OBJECT_OF: Record<string, string> = {
	my: 'me',
	your: 'you',
	his: 'him',
	her: 'her',
	our: 'us',
	their: 'them',
};
const REFLEXIVE: Record<string, string> = {
	my: 'myself',
	your: 'yourself',
	his: 'himself',
	her: 'herself',
	our: 'ourselves',
	their: 'themselves',
};
const WORK_HARD: Record<string, string> = {
	bust: 'work hard',
	busts: 'works hard',
	busted: 'worked hard',
	busting: 'working hard',
};
const matchCaseOf = (original: string, replacement: string) =>
	/^[A-Z]/.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;

/** An idiom's replacement: a string with $n groups, or a function of the match (String.replace semantics). */
export type IdiomReplacement = string | ((match: string, ...groups: string[]) => string);

/** Idioms whose rude word carries the meaning: replaced as a whole, before any word-level rule. */
export const IDIOMS: [RegExp, IdiomReplacement][] = [
	[
		/\b(do not|don['’]?t|does not|doesn['’]?t|did not|didn['’]?t|couldn['’]?t|could not)\s+give\s+a\s+(?:shit|damn|fuck|crap|rat['’]?s ass|flying fuck)\b/giu,
		'$1 care',
	],
	[/\bwho\s+gives\s+a\s+(?:shit|damn|fuck|crap)\b/giu, 'who cares'],
	// "nobody gives a fuck": dropping the expletive alone would leave "gives a".
	[/\bgives\s+a\s+(?:flying\s+)?(?:shit|damn|fuck|crap|rat['’]?s\s+ass)\b/giu, 'cares'],
	[/\bgave\s+a\s+(?:flying\s+)?(?:shit|damn|fuck|crap|rat['’]?s\s+ass)\b/giu, 'cared'],
	[/\bgive\s+a\s+(?:flying\s+)?(?:shit|damn|fuck|crap|rat['’]?s\s+ass)\b/giu, 'care'],
	[/\bholy\s*shit\b/giu, 'wow'],
	// "suck it up" is "accept it": softening "suck" alone wrote "Are not great it up" (session 12).
	[/\bsuck\s+it\s+up\b/giu, 'accept it'],
	// "shut up" inside a sentence is a verb that something else leans on: dropping it left "Dude talking".
	[/\bshut\s+(?:the\s+(?:fuck|hell)\s+)?up\s+about\b/giu, 'stop talking about'],
	// "you should shut up and read X" asks for the reading: "you should read X".
	[
		/\b(to|should|must|will|would|could|can|better)\s+shut\s+(?:the\s+(?:fuck|hell)\s+)?up\s+and\s+/giu,
		'$1 ',
	],
	[
		/\b(to|should|must|will|would|could|can|better|just|please)\s+shut\s+(?:the\s+(?:fuck|hell)\s+)?up\b(?!\s+and\b)/giu,
		'$1 stop',
	],
	[
		/\bshut\s+(?:the\s+(?:fuck|hell)\s+)?up\s+(?=(?:talking|whining|complaining|crying|arguing|posting|commenting)\b)/giu,
		'stop ',
	],
	// Runs before DROP_WORDS removes 'shut up', which would leave a dangling 'and'.
	[/\bshut\s+(?:the\s+(?:fuck|hell)\s+)?up\s+and\s+/giu, 'please '],
	[/\bshut\s+the\s+(?:fuck|hell)\s+up\b/giu, 'shut up'],
	// Whole-phrase exclamations at a sentence start: dropping only the expletive leaves "It!" or "This, I'm out."
	[/(^|[.!?]\s*)(?:fuck|screw|damn|dammit)\s+(?:it|this|that)\s*(?:[!.,]+\s*|$)/giu, '$1'],
	[/(^|[.!?]\s*)fuck(?:ing|in['’]?)\s+a\s*(?:[!.,]+\s*|$)/giu, '$1'],
	[/(^|[.!?]\s*)kiss\s+(?:my|our)\s+(?:ass|arse|butt)\s*(?:[!.,]+\s*|$)/giu, '$1'],
	[/\bugly\s+(?:af|as\s+(?:fuck|hell))\b/giu, 'really messy'],
	// "slow af": the intensifier goes (lower case only: "AF" is an acronym in some projects).
	[/(?<=\p{L})\s+af\b(?![-'’\p{L}])/gu, ''],
	[/\bkiss\s+(?:my|our|your|his|her|their)\s+ass(?:es)?\s+goodbye?\b/giu, 'say goodbye'],
	// "ass" stands for the person: what it does in the idiom says how ("work my ass off" is working hard).
	[/\b(get|got|getting)\s+off\s+(?:my|your|his|her|our|their)\s+(?:\p{L}+\s+)?ass(?:es)?\b/giu, '$1 going'],
	[/\b(\p{L}+)\s+(?:my|your|his|her|our|their)\s+(?:\p{L}+\s+)?ass(?:es)?\s+off\b/giu, '$1 hard'],
	[
		/\b(kick|kicked|kicking|beat|beating|beatin['’]?|whip|whipped|whoop|whooped)\s+(my|your|his|her|our|their)\s+(?:\p{L}+\s+)?ass(?:es)?\b/giu,
		(_m: string, verb: string, whose: string) => `${verb} ${OBJECT_OF[whose.toLowerCase()] ?? 'them'}`,
	],
	[
		/\b(bust|busts|busted|busting)\s+(?:my|your|his|her|our|their)\s+ass(?:es)?\b/giu,
		(_m: string, verb: string) => WORK_HARD[verb.toLowerCase()] ?? 'work hard',
	],
	[
		/\b(my|your|his|her|our|their)\s+ass(?:es)?\b/giu,
		(whole: string, whose: string) => matchCaseOf(whole, REFLEXIVE[whose.toLowerCase()] ?? 'themselves'),
	],
	[/\b(my|your|his|her|our|their)\s+((?:[\p{L}]+\s+)?)ass\b/giu, '$1 $2self'],
	[/(^|[.!?]\s*)(?:oh\s+)?(?:shit|crap|fuck|damn|dammit|goddammit)\s*[!.,]+\s*/giu, '$1'],
	[/\bfuck(?:ing)?\s+up\b/giu, 'mess up'],
	[/\bfucked\s+up\b/giu, 'messed up'],
	[/\bpain\s+in\s+the\s+(?:ass|butt|neck)\b/giu, 'nuisance'],
	[/\bsmart\s*ass\b/giu, 'know-it-all'],
];

/** Harsh words about things, with a milder word that keeps the point. `copula` is used after is/are/was. */
export const SOFTEN: Record<string, { plain: string; copula?: string }> = {
	stupid: { plain: 'unwise' },
	idiotic: { plain: 'unwise' },
	dumb: { plain: 'unwise' },
	moronic: { plain: 'unwise' },
	retarded: { plain: 'unwise' },
	brainless: { plain: 'careless' },
	ridiculous: { plain: 'hard to justify' },
	asinine: { plain: 'unwise' },
	inept: { plain: 'ineffective' },
	laughable: { plain: 'unconvincing' },
	absurd: { plain: 'questionable' },
	insane: { plain: 'surprising' },
	crazy: { plain: 'surprising' },
	pathetic: { plain: 'disappointing' },
	lame: { plain: 'weak' },
	garbage: { plain: 'poor', copula: 'not good' },
	trash: { plain: 'poor', copula: 'not good' },
	crap: { plain: 'stuff', copula: 'not good' },
	shit: { plain: 'stuff', copula: 'not good' },
	drivel: { plain: 'talk', copula: 'not convincing' },
	bullshit: { plain: 'nonsense', copula: 'not accurate' },
	nonsense: { plain: 'questionable', copula: 'not convincing' },
	shitty: { plain: 'poor' },
	crappy: { plain: 'poor' },
	useless: { plain: 'unhelpful' },
	worthless: { plain: 'unhelpful' },
	incompetent: { plain: 'inexperienced' },
	incompetant: { plain: 'inexperienced' },
	stupidity: { plain: 'poor judgement' },
	idiocy: { plain: 'poor judgement' },
	ignorant: { plain: 'uninformed' },
	clueless: { plain: 'out of touch' },
	horrible: { plain: 'poor' },
	terrible: { plain: 'poor' },
	awful: { plain: 'poor' },
	disgusting: { plain: 'unpleasant' },
	sucks: { plain: 'is not great' },
	suck: { plain: 'are not great' },
	sucked: { plain: 'was not great' },
	hate: { plain: 'dislike' },
	hates: { plain: 'dislikes' },
	pissed: { plain: 'annoyed' },
	'pissed off': { plain: 'annoyed' },
	wtf: { plain: 'what' },
	hell: { plain: 'heck' },
	obviously: { plain: 'arguably' },
	clearly: { plain: 'arguably' },
};

/** Every word a hand-written rule changes (lower case): in 'restate'/'neutral' their wording beats the learned one. */
export function handWrittenWords(): Set<string> {
	return new Set(
		[...DROP_WORDS, ...INSULT_NOUNS, ...INSULT_ADJECTIVES, ...Object.keys(SOFTEN)].map((w) =>
			w.toLowerCase(),
		),
	);
}

/** Praise or nicknames said to someone after a comma in a heated draft ("…, genius."): sarcasm, dropped there. */
export const SARCASTIC_VOCATIVES = words(
	'genius, einstein, sherlock, champ, hotshot, smartass, smart ass, smartypants, smarty pants, wise guy, ' +
		'mastermind, captain obvious, rockstar, professor',
);

/** Harsh words that modify or name a thing; stacked ("stupid garbage") only the last is kept before softening. */
export const HARSH_MODIFIERS = words(
	'stupid, idiotic, dumb, moronic, retarded, brainless, ridiculous, absurd, insane, crazy, pathetic, lame,' +
		'garbage, trash, crap, shit, shitty, crappy, useless, worthless, incompetent, incompetant, ignorant,' +
		'clueless, horrible, terrible, awful, disgusting, bullshit, nonsense',
);

/** All-caps words that are normal (acronyms, identifiers), never de-shouted. */
export const ACRONYMS = new Set(
	(
		'I A OK API APIs URL URLs CSS HTML JSON XML HTTP HTTPS SQL CLI CI CD PR PRs UI UX ID IDs OS CPU GPU RAM ' +
		'IO JS TS NPM AWS GCP USA UK EU UN NASA FBI CIA TV PC PDF FAQ TODO FIXME NOTE README MIT GPL BSD LGTM ' +
		'IMO IMHO AFAIK TL DR TLDR ETA ASAP AM PM GMT UTC DNS SSH SSL TLS VM RFC SDK IDE'
	).split(' '),
);

/** Common irregular past tenses → past participles, for "you never VERBed" → "you haven't VERBed". */
export const PAST_PARTICIPLE: Record<string, string> = {
	did: 'done',
	went: 'gone',
	saw: 'seen',
	gave: 'given',
	took: 'taken',
	wrote: 'written',
	read: 'read',
	made: 'made',
	said: 'said',
	thought: 'thought',
	knew: 'known',
	came: 'come',
	got: 'gotten',
	ran: 'run',
	began: 'begun',
	broke: 'broken',
	spoke: 'spoken',
	chose: 'chosen',
	forgot: 'forgotten',
	bothered: 'bothered',
};

/** Gerunds of sarcastic praise ("great job breaking X") and their past tense. */
export const GERUND_PAST: Record<string, string> = {
	breaking: 'broke',
	ruining: 'ruined',
	killing: 'killed',
	deleting: 'deleted',
	nuking: 'wiped out',
	wrecking: 'wrecked',
	trashing: 'broke',
	'messing up': 'messed up',
	'screwing up': 'messed up',
};

/** Base-form verbs whose past participle is irregular ("did anyone even read X" → "was X read closely"). */
export const BASE_PARTICIPLE: Record<string, string> = {
	read: 'read closely',
	...Object.fromEntries(
		'run run,write written,see seen,do done,take taken,give given,make made,build built,think thought'
			.split(',')
			.map((pair) => pair.split(' ')),
	),
};

/** A regex alternation of whole phrases, longest first, every character escaped. */
export function alternation(phrases: readonly string[]): string {
	return [...phrases]
		.sort((a, b) => b.length - a.length)
		.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
		.join('|');
}
