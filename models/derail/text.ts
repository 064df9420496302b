/**
 * Text preparation shared by training and inference, so the model sees the same thing from the data files as
 * from a page: code and quoted replies removed (the page readers drop them too), lower-cased word tokens.
 */

import { FRUSTRATION, IMPATIENCE, NEGATION, POLITE, SECOND_PERSON } from './lexicon.ts';

/** Removes fenced/indented code, inline code, quoted lines ("> …"), HTML comments and URLs; collapses space. */
export function cleanCommentText(text: string): string {
	return text
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/```[\s\S]*?(```|$)/g, ' ')
		.replace(/~~~[\s\S]*?(~~~|$)/g, ' ')
		.split(/\r?\n/)
		.filter((line) => !/^\s*>/.test(line) && !/^( {4}|\t)\S/.test(line))
		.join('\n')
		.replace(/`[^`\n]*`/g, ' code ')
		.replace(/https?:\/\/\S+/g, ' url ')
		.replace(/[ \t]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Lower-cased word tokens (letters, digits, apostrophes inside words). */
export function tokenize(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Lexical marker counts of one comment (the markers of Imran et al. 2025 plus politeness). */
export interface LexicalCues {
	tokens: number;
	secondPerson: number;
	negation: number;
	frustration: number;
	impatience: number;
	polite: number;
	exclamations: number;
	questions: number;
	/** Words of 3+ letters written in capitals. */
	shouting: number;
	mentions: number;
}

/** Counts the lexical cues of an already-cleaned comment. */
export function lexicalCues(clean: string, tokens: readonly string[] = tokenize(clean)): LexicalCues {
	let secondPerson = 0;
	let negation = 0;
	let frustration = 0;
	let impatience = 0;
	let polite = 0;
	for (const token of tokens) {
		const t = token.replace('’', "'");
		if (SECOND_PERSON.has(t)) secondPerson++;
		if (NEGATION.has(t) || t.endsWith("n't")) negation++;
		if (FRUSTRATION.has(t)) frustration++;
		if (IMPATIENCE.has(t)) impatience++;
		if (POLITE.has(t)) polite++;
	}
	return {
		tokens: tokens.length,
		secondPerson,
		negation,
		frustration,
		impatience,
		polite,
		exclamations: (clean.match(/!/g) ?? []).length,
		questions: (clean.match(/\?/g) ?? []).length,
		shouting: (clean.match(/\b[A-Z]{3,}\b/g) ?? []).filter(
			(w) =>
				!/^(API|URL|HTTP|JSON|HTML|CSS|CLI|SDK|PR|OS|CPU|GPU|RAM|SQL|XML|UTF|TODO|README|FAQ|IDE|npm|USB|SSH|SSL|TLS|DNS|AWS|CI|CD|EOL|LTS)$/.test(
					w,
				),
		).length,
		mentions: (clean.match(/(^|\s)@[\w-]+/g) ?? []).length,
	};
}

/** Names of the cues strong enough to show a user, for one comment. */
export function cueNames(cues: LexicalCues): string[] {
	const names: string[] = [];
	const per = Math.max(cues.tokens, 1);
	if (cues.secondPerson >= 2 || cues.secondPerson / per > 0.04) names.push('second-person');
	if (cues.negation >= 3 || cues.negation / per > 0.05) names.push('negation');
	if (cues.frustration >= 1) names.push('bitter-frustration');
	if (cues.impatience >= 2) names.push('impatience');
	if (cues.exclamations >= 2) names.push('exclamation');
	if (cues.shouting >= 1) names.push('shouting');
	return names;
}
