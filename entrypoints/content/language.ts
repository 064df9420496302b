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
 * Pure, so it is unit-tested without a browser; shared by the page and the welcome page's try-it box (levels.ts).
 */
import { ownWords } from '../../models/scoring/short-drafts.ts';

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
 * Swedish, Danish, Norwegian, Polish, Czech, Turkish, Indonesian). Words that are also English or common in code ("die", "was",
 * "also", "me", "no", "to", "in", "a", "im", "per", "mit", "com", "ini", "del" ("jest" stays: rare in English, common in Polish), and "dem", "da", "dat" of English slang) are left out: they must never count against an English draft.
 */
const OTHER = new Set(
	// German
	(
		'der das und ist nicht ein eine einen des ich du wir ihr sie es auf für zu ist sind ' +
		'bitte danke noch auch aber oder wenn dass kann nur schon mal mein dein sehr wie ' +
		// French
		'le la les et est pas une des du que qui dans sur avec je tu nous vous il elle ce cette ça sont ' +
		'mais ou merci très être avoir fait peut ' +
		// Spanish / Portuguese / Italian
		'el los las y es una que por para lo se pero como más muy gracias esto eso está ' +
		'não uma para obrigado você isso ele ela ' +
		'il di che è non una sono gli della grazie questo ' +
		// Dutch / Scandinavian
		'het een en niet ik je wat maar ook voor zijn dit bedankt ' +
		'och att det är inte jag du som på för med kan ikke og jeg ' +
		// Polish / Czech / Turkish / Indonesian
		'nie jest za się że na dla tak jak czy już jeszcze bardzo tylko jednak dziękuję je není jsem děkuji ' +
		'bir ve bu de için ile değil çok teşekkürler lütfen ' +
		'yang itu tidak dengan untuk saya terima kasih'
	).split(' '),
);
for (const w of ENGLISH) OTHER.delete(w);

/** How much of the draft's letters are in Latin script (emoji, digits and punctuation are not letters). */
function latinShare(text: string): number {
	const letters = text.match(/\p{L}/gu) ?? [];
	if (letters.length === 0) return 1;
	const latin = letters.filter((l) => /\p{Script=Latin}/u.test(l)).length;
	return latin / letters.length;
}

/** Whether `text` (the writer's own words; quotes and code are not counted) reads as English. */
export function readsAsEnglish(text: string): boolean {
	const words = ownWords(text);
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
