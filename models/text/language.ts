/**
 * Whether a draft reads as English, the only language Tactful's models were trained on. On a calm sentence in
 * another language they guess: "Nein, das stimmt so nicht. Der Fehler liegt im Parser, nicht im Lexer, bitte noch
 * einmal prüfen." scored 0.84 and warned, underlining "nicht", "im" and "bitte"; at the strictest setting nearly
 * every calm French, German, Spanish, Dutch, Swedish or Turkish line warned. A warning that points at "bitte" is
 * wrong, so a draft in another language gets no warning and the card says Tactful reads English instead.
 *
 * The test is deliberately one-sided: a draft counts as another language only on positive evidence (mostly
 * non-Latin letters, or clearly more function words of another language than of English). A short or
 * word-poor English draft ("Moron. Garbage code. Terrible.") has neither and stays English, so it still warns.
 * Pure, so it is unit-tested without a browser; shared by the page, the welcome page's try-it box (levels.ts) and
 * the rewrite engine, which rejects a model's answer in another language than the draft (languageMismatch, session 30).
 */
import { ownWords } from '../scoring/short-drafts.ts';

/** Fewer words than this: too little to tell, read as English. */
const MIN_WORDS = 4;
/** Fewer letters than this: too little to tell, whatever the script. */
const MIN_LETTERS = 12;

/** Common English function words. */
const ENGLISH = new Set(
	(
		'the a an and or but if of to in on at by for from with about as into than then this that these those it its ' +
		'i me my we our us you your he she his her they them their is are was were be been being am do does did ' +
		'have has had will would can could should may might must not no yes so just what which who when where why ' +
		"how there here all any some more most very too also only please thanks thank it's i'm don't can't " +
		"doesn't isn't won't you're that's there's let's"
	).split(' '),
);

/**
 * Function words of other languages written in Latin script (German, French, Spanish, Portuguese, Italian, Dutch,
 * Swedish, Danish, Norwegian, Polish, Czech, Turkish, Indonesian), by language: `readsAsEnglish` counts them all
 * together, `clearLanguage` also says which language has most. Words that are also English or common in code ("die",
 * "was", "also", "me", "no", "to", "in", "a", "im", "per", "mit", "com", "ini", "del" ("jest" stays: rare in English,
 * common in Polish), and "dem", "da", "dat" of English slang) are left out: they must never count against an English
 * draft. A word of several languages counts for each of them.
 */
const BY_LANGUAGE: Record<string, Set<string>> = Object.fromEntries(
	Object.entries({
		de:
			'der das und ist nicht ein eine einen des ich du wir ihr sie es auf für zu ist sind ' +
			'bitte danke noch auch aber oder wenn dass kann nur schon mal mein dein sehr wie ' +
			'den hat habe wieder dieser diese',
		fr: 'le la les et est pas une des du que qui dans sur avec je tu nous vous il elle ce cette ça sont mais ou merci très être avoir fait peut',
		es: 'el los las y es una que por para lo se pero como más muy gracias esto eso está',
		pt: 'não uma para obrigado você isso ele ela',
		it: 'il di che è non una sono gli della grazie questo',
		nl: 'het een en niet ik je wat maar ook voor zijn dit bedankt',
		sv: 'och att det är inte jag du som på för med kan',
		no: 'ikke og jeg det',
		pl: 'nie jest za się że na dla tak jak czy już jeszcze bardzo tylko jednak dziękuję',
		cs: 'je není jsem děkuji',
		tr: 'bir ve bu de için ile değil çok teşekkürler lütfen',
		id: 'yang itu tidak dengan untuk saya terima kasih',
	}).map(([language, words]) => [language, new Set(words.split(' ').filter((w) => !ENGLISH.has(w)))]),
);
const OTHER = new Set(Object.values(BY_LANGUAGE).flatMap((words) => [...words]));

/**
 * A link, a path or an identifier ("https://example.org/fr/le/docs", "src/fr/le_parser.ts", "a.b()", "le_count"): a
 * token with a slash, underscore or backslash, or a dot between letters. Its parts are names, not the writer's
 * language, whatever they spell.
 */
const NAME_TOKEN = /\S*(?:[/_\\]|\p{L}\.\p{L})\S*/gu;

/** The words the writer typed in their language: ownWords (quotes and code blanked) less links, paths, identifiers. */
function writtenWords(text: string): string[] {
	return ownWords(text.replace(NAME_TOKEN, ' '));
}

/** How much of the draft's letters are in Latin script (emoji, digits and punctuation are not letters). */
function latinShare(text: string): number {
	const letters = text.match(/\p{L}/gu) ?? [];
	if (letters.length === 0) return 1;
	const latin = letters.filter((l) => /\p{Script=Latin}/u.test(l)).length;
	return latin / letters.length;
}

/** Whether `text` (the writer's own words; quotes and code are not counted) reads as English. */
export function readsAsEnglish(text: string): boolean {
	const words = writtenWords(text);
	const own = words.join(' ');
	// Scripts without spaces (Japanese, Chinese) make few "words": count their letters instead.
	if ((own.match(/\p{L}/gu)?.length ?? 0) >= MIN_LETTERS && latinShare(own) < 0.5) return false;
	if (words.length < MIN_WORDS) return true;
	let english = 0;
	let other = 0;
	for (const w of words) {
		if (ENGLISH.has(w)) english++;
		else if (OTHER.has(w)) other++;
	}
	return !(other >= 2 && other > 2 * english);
}

/** Non-Latin scripts a language is told by (kana before Han: Japanese writes both). */
const SCRIPTS = [
	'Hiragana',
	'Katakana',
	'Hangul',
	'Han',
	'Cyrillic',
	'Greek',
	'Arabic',
	'Hebrew',
	'Devanagari',
	'Bengali',
	'Thai',
	'Georgian',
	'Armenian',
] as const;

/** The non-Latin script most of `text`'s letters are in ("ja" for any kana among Han), or undefined. */
function mainScript(letters: string[]): string | undefined {
	const count = (script: string) =>
		letters.filter((l) => new RegExp(`\\p{Script=${script}}`, 'u').test(l)).length;
	const counts = SCRIPTS.map((script) => [script, count(script)] as const);
	const kana = (counts[0]?.[1] ?? 0) + (counts[1]?.[1] ?? 0);
	if (kana >= 2) return 'ja';
	const [best] = [...counts].sort((a, b) => b[1] - a[1]);
	return best && best[1] > 0 ? best[0] : undefined;
}

/**
 * The language `text` (the writer's own words: quotes, code and links are not counted) clearly reads as: 'en', a
 * code of BY_LANGUAGE, or a script name ('Cyrillic', 'ja', …); undefined when too little to tell (few words,
 * mostly code, or as many English function words as others). "Another language" is readsAsEnglish's own test, so
 * an English text it keeps English is never called another language here; English needs the same evidence the
 * other way (at least two function words, more than twice the others').
 */
export function clearLanguage(text: string): string | undefined {
	const words = writtenWords(text);
	const letters = words.join(' ').match(/\p{L}/gu) ?? [];
	if (letters.length >= MIN_LETTERS && latinShare(words.join(' ')) < 0.5) return mainScript(letters);
	if (words.length < MIN_WORDS) return undefined;
	const english = words.filter((w) => ENGLISH.has(w)).length;
	const other = words.filter((w) => OTHER.has(w)).length;
	if (other >= 2 && other > 2 * english) {
		const hits = (language: string) => words.filter((w) => BY_LANGUAGE[language]?.has(w)).length;
		return Object.keys(BY_LANGUAGE).sort((a, b) => hits(b) - hits(a))[0];
	}
	if (english >= 2 && english > 2 * other) return 'en';
	return undefined;
}

/** At least as many English function words as others: a draft too short to tell that is read as English. */
function readsMoreEnglish(text: string): boolean {
	const words = writtenWords(text);
	return words.filter((w) => ENGLISH.has(w)).length >= words.filter((w) => OTHER.has(w)).length;
}

/**
 * The languages of a draft and a rewrite of it, when the rewrite clearly reads as another language than the draft
 * (a model that answered an English draft in French); undefined when they agree or either is too short to tell.
 * A draft too short to tell counts as English (as readsAsEnglish reads it) unless it holds more function words of
 * other languages than of English: then nothing is rejected (a German draft the lists barely know keeps its
 * German answers). Two drafts in Latin-script languages
 * other than English differ only when the rewrite holds under half as many function words of the draft's language
 * as of its own (Spanish, Portuguese and Italian share "una", "para", "non": a Spanish answer to a Spanish draft
 * must never be called Italian).
 */
export function languageMismatch(
	draft: string,
	rewrite: string,
): { draft: string; rewrite: string } | undefined {
	const theirs = clearLanguage(rewrite);
	if (theirs === undefined) return undefined;
	const ours = clearLanguage(draft) ?? (readsMoreEnglish(draft) ? 'en' : undefined);
	if (ours === undefined) return undefined;
	if (ours === theirs) return undefined;
	const ourWords = BY_LANGUAGE[ours];
	const theirWords = BY_LANGUAGE[theirs];
	if (ourWords && theirWords) {
		const words = writtenWords(rewrite);
		const of = (set: Set<string>) => words.filter((w) => set.has(w)).length;
		if (2 * of(ourWords) >= of(theirWords)) return undefined;
	}
	return { draft: ours, rewrite: theirs };
}
