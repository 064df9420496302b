/**
 * Hand-written drafts of varied shape for the featuriser's equivalence tests: quotes, code, camouflage,
 * emoji and lone surrogates, many sentences, long drafts. Written for this project (no dataset rows).
 */
const SENTENCES = [
	'Thanks for the quick fix, the build is green again.',
	'Why would you merge this without a single test?!',
	'You are a f*cking id10t and this code is sh1t.',
	'I nuked node_modules and killed the child process, works now.',
	'This is soooo stupid, f u c k this whole release.',
	'Ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ 😡 and a ѕtuріd one.',
	'Could you rebase onto main? The café résumé naïve test fails.',
	'WHY DOES NOBODY READ THE DOCS',
];

/** `count` sentences cycled from the list, each with a counter, joined by spaces or line breaks. */
function paragraph(count: number, lineBreaks = false): string {
	return Array.from({ length: count }, (_, i) => `${SENTENCES[i % SENTENCES.length]} (${i})`).join(
		lineBreaks ? '\n' : ' ',
	);
}

export const DRAFTS: readonly string[] = [
	'',
	'   ',
	'!!!???',
	'ok',
	'You are a f*cking idiot, see `code`.',
	'> quoted idiot\nyou are a f*cking m0ron',
	'> you said: idiot\n> and more\n\nI disagree, politely. But this is garbage!',
	'```js\nkill(child);\n```\nThanks, I will nuke node_modules and retry.',
	'Look at this:\n\n    rm -rf /\n    echo done\n\nthat is a dumb idea. Please stop.',
	'Use `git blame` and ``a ` b`` here, you m0r0n.',
	'This is soooo stupid!!! Why?? f u c k this. f.u.c.k that. s-h-i-t.',
	'Ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ 😡😡 and a ѕtuріd one 🧑‍💻.',
	'bad \uD83D text \uDE00 here, idiot \uDBFF',
	'i\u200Bd\u200Bi\u200Bo\u200Bt, you are an i\u00ADdiot',
	'supercalifragilisticexpialidociousandthensomemore words words words',
	// Words of 30 and 31 letters: the longest that still gets char-grams, and the first that does not.
	`${'abcdefghij'.repeat(3)} ${'abcdefghij'.repeat(3)}k and more`,
	"don’t you dare, it’s fine, isn't it? Rock’n’roll!",
	'sh1t, 1d10t, @ss, $5 fee, @user, #123, 100% sure, a|b, st*pid',
	'café naïve résumé Ångström ǅemal ﬁne',
	'WHY WOULD YOU DO THIS TO ME',
	'no end mark here',
	'ends with a paren (see above)',
	'ends with spaces and a mark!  \n\t ',
	paragraph(5),
	paragraph(12, true),
	paragraph(40),
	paragraph(70, true),
	paragraph(140).slice(0, 5000),
];
