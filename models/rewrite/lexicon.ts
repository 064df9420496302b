/**
 * Word lists for the offline fixer, written for this project. Kept as data so they can grow without touching
 * the fixer's logic. Everything is matched case-insensitively on whole words.
 */

/** Intensifiers and expletives that add heat but no meaning: removed outright. */
export const DROP_WORDS = [
	'fucking',
	'fuckin',
	"fuckin'",
	'f*cking',
	'f**king',
	'effing',
	'freaking',
	'frigging',
	'friggin',
	'goddamn',
	'goddamned',
	'god damn',
	'damn',
	'damned',
	'bloody',
	'the hell',
	'the fuck',
	'as hell',
	'as fuck',
	"for fuck's sake",
	"for god's sake",
	'ffs',
	'stfu',
	'shut up',
	'piss off',
	'fuck off',
	'seriously',
	'honestly',
	'literally',
];

/** Person-directed insult nouns. Sentences or clauses built around them are dropped, never reworded. */
export const INSULT_NOUNS = [
	'idiot',
	'idiots',
	'moron',
	'morons',
	'imbecile',
	'imbeciles',
	'fool',
	'fools',
	'loser',
	'losers',
	'clown',
	'clowns',
	'jerk',
	'jerks',
	'asshole',
	'assholes',
	'arsehole',
	'dumbass',
	'dumbasses',
	'retard',
	'retards',
	'dipshit',
	'scumbag',
	'scumbags',
	'bastard',
	'bastards',
	'bitch',
	'prick',
	'dick',
	'dickhead',
	'twat',
	'cunt',
	'douchebag',
	'douche',
	'troll',
	'hypocrite',
	'liar',
	'liars',
	'coward',
	'cowards',
	'fanboy',
	'fanboys',
	'shill',
	'pig',
	'pigs',
	'scum',
];

/** Person-directed insult adjectives ("you are X"): the clause is dropped. */
export const INSULT_ADJECTIVES = [
	'stupid',
	'dumb',
	'clueless',
	'incompetent',
	'useless',
	'pathetic',
	'retarded',
	'brainless',
	'ignorant',
	'delusional',
	'insane',
	'crazy',
	'lazy',
	'worthless',
	'blind',
	'disgusting',
	'full of shit',
	'full of it',
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
	absurd: { plain: 'questionable' },
	insane: { plain: 'surprising' },
	crazy: { plain: 'surprising' },
	pathetic: { plain: 'disappointing' },
	lame: { plain: 'weak' },
	garbage: { plain: 'poor', copula: 'not good' },
	trash: { plain: 'poor', copula: 'not good' },
	crap: { plain: 'poor', copula: 'not good' },
	shit: { plain: 'poor', copula: 'not good' },
	bullshit: { plain: 'questionable', copula: 'not accurate' },
	nonsense: { plain: 'questionable', copula: 'not convincing' },
	shitty: { plain: 'poor' },
	crappy: { plain: 'poor' },
	useless: { plain: 'unhelpful' },
	worthless: { plain: 'unhelpful' },
	incompetent: { plain: 'inexperienced' },
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

/** A regex alternation of whole phrases, longest first, every character escaped. */
export function alternation(phrases: readonly string[]): string {
	return [...phrases]
		.sort((a, b) => b.length - a.length)
		.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
		.join('|');
}
