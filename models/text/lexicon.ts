/**
 * Words people camouflage. Used only to restore masked spellings ("f*ck", "sh1t", "@ss") to a canonical form
 * before featurising, so the model sees the same word it learned; the model, not this list, decides what is
 * toxic. Ordered by how often each word is masked: the first match wins.
 */
export const CAMOUFLAGE_LEXICON: readonly string[] = [
	'fuck',
	'fucking',
	'fucked',
	'fucker',
	'fuckers',
	'motherfucker',
	'shit',
	'shitty',
	'bullshit',
	'bitch',
	'bitches',
	'asshole',
	'assholes',
	'ass',
	'dumbass',
	'jackass',
	'damn',
	'crap',
	'dick',
	'dickhead',
	'cunt',
	'bastard',
	'piss',
	'pissed',
	'whore',
	'slut',
	'fag',
	'faggot',
	'nigger',
	'nigga',
	'retard',
	'retarded',
	'idiot',
	'idiots',
	'stupid',
	'moron',
	'morons',
	'dumb',
	'cock',
	'pussy',
	'twat',
	'wanker',
	'suck',
	'sucks',
	'hell',
	'loser',
	'kill',
	'die',
	'hate',
	'trash',
	'garbage',
];

/**
 * Words a split spelling is joined back into by normalisation ("st-upid", "id.iot", "mor-on", "s t-u p i d";
 * normalize.ts `findSplitWords`, session 27): the insults and profanity of the lexicon above, less the words that
 * are fair talk about things ("kill the job", "hate", "trash", "garbage collection", "sucks"), plus a few insults
 * people split that no one masks. Only a whole split token that spells one of these (or one of these stretched,
 * "st-uuupid", session 28) is joined, so "re-use", "e.g." and "node_modules" never change.
 */
const FAIR_TALK = new Set(['suck', 'sucks', 'hell', 'kill', 'die', 'hate', 'trash', 'garbage', 'piss']);
export const SPLIT_WORDS: ReadonlySet<string> = new Set([
	...CAMOUFLAGE_LEXICON.filter((w) => !FAIR_TALK.has(w)),
	'fuckin',
	'fucks',
	'motherfucking',
	'shithead',
	'dipshit',
	'idiotic',
	'moronic',
	'stupidest',
	'dumbest',
	'imbecile',
	'imbeciles',
	'dimwit',
	'halfwit',
	'nitwit',
	'jerk',
	'douche',
	'douchebag',
	'scumbag',
	'losers',
]);

const byLength = new Map<number, string[]>();
for (const word of CAMOUFLAGE_LEXICON) {
	const list = byLength.get(word.length) ?? [];
	list.push(word);
	byLength.set(word.length, list);
}

/**
 * Restores a masked token. `allowed[i]` lists the letters position i may stand for ('' = any letter, as for
 * '*'). Returns the first lexicon word of the same length that fits, or undefined.
 */
export function unmask(allowed: readonly string[]): string | undefined {
	const candidates = byLength.get(allowed.length);
	if (!candidates) return undefined;
	outer: for (const word of candidates) {
		for (let i = 0; i < word.length; i++) {
			const options = allowed[i] ?? '';
			if (options !== '' && !options.includes(word[i] ?? '')) continue outer;
		}
		return word;
	}
	return undefined;
}
