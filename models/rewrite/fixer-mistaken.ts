/**
 * A third person called stupid in passing (session 12, from reading ParaDetox dev misses): "…because hes an
 * idiot", "she sounds like an idiot", "they look like fools". fixer-person.ts drops a clause that only judges a
 * person ("he is an idiot."), and the neutral-noun swap stops after a copula ("he's a person" says nothing), so
 * these stayed flagged. What such a judgement claims is that the person is wrong: "…because hes mistaken", "she
 * sounds mistaken", "they look mistaken". Only nouns for a lack of sense (not "liar", "scum": those say
 * something else), only after he/she/they and their contractions (a named person's clause is dropped whole by
 * fixer-person.ts, "you" is the addressee: both left to it). Pure and deterministic; protected tokens are
 * placeholders here, which no rule matches.
 */

const SENSELESS =
	'(?:idiots?|morons?|fools?|imbeciles?|dumbass(?:es)?|dimwits?|nitwits?|halfwits?|dunces?|dolts?|cretins?|buffoons?|numbskulls?|boneheads?|simpletons?|ignoramus(?:es)?)';
const HEAT =
	'(?:(?:just|such|really|so|an?|complete|total|utter|absolute|real|big|stupid|dumb|fucking|damn)\\s+)*';
/** The noun ends the clause: "he sounds like an idiot wrote this" is someone else. */
const END = '(?=\\s*(?:[.,;:!?)]|$|\\uE000)|\\s+(?:and|but|so|because|when|if|for|to|or|lol|haha)\\b)';
const COPULA = new RegExp(
	`\\b(hes|shes|theyre|he['’]s|she['’]s|they['’]re|(?:he|she|they)\\s+(?:is|are|was|were|must\\s+be))\\s+${HEAT}${SENSELESS}\\b(?![-'’\\p{L}])${END}`,
	'giu',
);
const LIKE = new RegExp(
	`\\b((?:he|she|they|hes|shes|theyre|he['’]s|she['’]s|they['’]re)\\s+(?:(?:sounds?|looks?|seems?)|(?:is|are|was|were)\\s+(?:sounding|looking)))\\s+like\\s+${HEAT}${SENSELESS}\\b(?![-'’\\p{L}])${END}`,
	'giu',
);

/** The text with "he's an idiot" / "she sounds like an idiot" said as "mistaken"; unchanged otherwise. */
export function restateSenseless(text: string): string {
	return text.replace(COPULA, '$1 mistaken').replace(LIKE, '$1 mistaken');
}
