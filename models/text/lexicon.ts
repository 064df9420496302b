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
