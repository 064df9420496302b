/**
 * "Reads as a sentence": deterministic checks that a rewrite reads like a person wrote it, for measuring the
 * offline fixer (scripts/check-mostly-attack.ts), not at run time. Each problem is a short name: a sentence with
 * no verb ("Pathetic.", "Zero effort, zero testing."), one that starts with an orphan conjunction or punctuation
 * ("And you broke the build."), a lower-case sentence start (not an identifier), a phrase of four words written
 * twice that the draft did not repeat ("I have concerns about this PR, I have concerns about the tests"), a
 * capital left mid-sentence by a deletion ("Thanks, This works", "I think The fix is…"; session 12), two
 * hedges in one sentence ("I think I'm not sure…"), a word doubled ("the the"), and broken punctuation (a space
 * before a mark, ",.", ",,", an empty pair of brackets or quotes, no end mark). A sentence the draft holds
 * verbatim is the user's own and is not judged sentence by sentence. `danglingEndings` (session 27) is the one
 * check run on every candidate at run time (reward.ts): a sentence cut off on "an", "the", "and" or "your".
 */
import { technicalTokens } from './technical-tokens.ts';

/** Common verbs in their base form; -s, -ed, -ing forms are derived (overgenerating is harmless here). */
const BASE_VERBS = (
	'be have do say get make go know take see come think look want give use find tell ask work seem feel try leave ' +
	'call need keep let begin help show hear play run move like live believe hold bring happen write provide sit ' +
	'stand lose pay meet include continue set learn change lead understand watch follow stop create speak read ' +
	'allow add spend grow open walk win offer remember love consider appear buy wait serve die send expect build ' +
	'stay fall cut reach kill remain suggest raise pass sell require report decide pull break fix merge close ' +
	'reopen revert review test ship deploy install update upgrade rerun squash hash put post fill drop delete ' +
	'return crash fail hang parse wipe trap import produce support store reset clean answer reply explain ignore ' +
	'approve waste promise compare hardcode corrupt race lock check agree disagree mean care admit prefer avoid ' +
	'apologize appreciate wonder hope worry miss notice share focus step mention rebase document handle load save ' +
	'point block land link look start finish time hit take mark label respond act behave exist matter differ ' +
	'rely depend slow freeze leak throw catch log print render commit push pin bump lint format remove rename ' +
	'replace move respect listen improve solve resolve address reconsider clarify confirm expose leak own ' +
	'trust doubt guess assume sound seem read rewrite redo undo plan design rebuild rely skip miss refund ' +
	'archive delay prioritize prioritise regress degrade waste appreciate cause concern frustrate matter'
).split(' ');
const IRREGULAR = (
	'is are was were been being am be has had does did done made said got gotten went gone knew known took ' +
	'taken saw seen came thought gave given found told felt left kept began begun heard ran held brought wrote ' +
	'written sat stood lost paid met led understood spent grew grown won bought sent built fell fallen broke ' +
	'broken put cut set let read hit hurt shut can could will would shall should may might must cannot ' +
	'isn’t aren’t wasn’t weren’t don’t doesn’t didn’t can’t couldn’t won’t wouldn’t shouldn’t hasn’t haven’t ' +
	'hadn’t mustn’t stuck froze frozen threw thrown caught forgot forgotten chose chosen'
).split(' ');
function verbForms(base: string): string[] {
	const stem = base.endsWith('e') ? base.slice(0, -1) : base;
	const y = base.endsWith('y') ? base.slice(0, -1) : base;
	const last = base.at(-1) ?? '';
	return [
		base,
		`${base}s`,
		`${base}es`,
		`${y}ies`,
		`${stem}ed`,
		`${y}ied`,
		`${stem}ing`,
		`${base}${last}ed`,
		`${base}${last}ing`,
	];
}
const VERBS = new Set([...BASE_VERBS.flatMap(verbForms), ...IRREGULAR.map((w) => w.replace(/’/g, "'"))]);
/** Contractions that hold a verb: it's, you're, we've, I'll, I'd, I'm, let's. */
const CONTRACTED_VERB = /^\p{L}+'(?:s|re|ve|ll|d|m|t)$/u;
/** Sentences that need no verb: thanks, greetings, a yes or no. */
const VERBLESS_OK =
	/^(?:thanks?(?: (?:a lot|again|in advance))?|thank you|hi|hello|hey|yes|no|ok|okay|sure|sorry|cheers)\b/i;
const ORPHAN_START = /^(?:[,;:)\]]|(?:and|or|nor)\b)/i;
/**
 * Closed-class words (articles, pronouns, auxiliaries, conjunctions…) that are never a name: written with a
 * capital inside a sentence ("Thanks, This works.", "I think The fix is…") they are a sentence start left behind
 * when the words before them were dropped. Names, acronyms, "I" and identifiers are not in it.
 */
const NEVER_A_NAME = new Set(
	(
		'the an this that these those it its we you he she they my our your his her their and but or so is are was ' +
		'were do does did can could would should there here what why how when where which who if then please thanks ' +
		"not no yes also just maybe some any all every each let's it's that's there's we're you're they're i'm i've"
	).split(' '),
);
/** A capitalised word right after a word, a number or a comma/semicolon (not after a colon, quote or bracket). */
const MID_CAPITAL = /(?<=[\p{L}\d,;][ \t]+)([A-Z][a-z]+(?:'[a-z]+)?)(?![\p{L}\d_.(])/gu;
const HEDGES = /\b(?:I think|in my opinion|I'm not sure|I have (?:some )?concerns|I don't think|I feel)\b/gi;

/** The sentences of `text` (technical tokens already masked): a stop before white space, or a line break. */
function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

/** Technical tokens (paths, versions, code spans, identifiers…) become one neutral word: "Tok". */
function mask(text: string): string {
	let out = text.replace(/[’]/g, "'");
	for (const token of technicalTokens(out).sort((a, b) => b.length - a.length))
		out = out.split(token).join('Tok');
	// "4 MB" is two tokens and one thing.
	return out.replace(/\bTok(?:[\s,]+Tok\b)+/g, 'Tok');
}

/** The lower-cased four-word sequences of `text` that occur more than once. */
function repeatedPhrases(text: string): Set<string> {
	const words = (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).filter(Boolean);
	const seen = new Map<string, number>();
	for (let i = 0; i + 4 <= words.length; i++) {
		const gram = words.slice(i, i + 4).join(' ');
		seen.set(gram, (seen.get(gram) ?? 0) + 1);
	}
	return new Set([...seen].filter(([, n]) => n > 1).map(([g]) => g));
}

/**
 * What keeps `rewrite` from reading like a person wrote it (empty: it reads fine). `draft`: what it was made from,
 * so the draft's own repetition is not counted against the rewrite.
 */
export function proseProblems(rewrite: string, draft = ''): string[] {
	const problems: string[] = [];
	const text = mask(rewrite.trim());
	if (text === '') return ['empty'];
	// A sentence the draft wrote itself is the user's own style ("Nested YAML five levels deep."): only what the
	// fixer wrote or changed is judged.
	const own = new Set(sentences(mask(draft)));
	for (const sentence of sentences(text).filter((s) => !own.has(s))) {
		const words = sentence.match(/[\p{L}']+/gu) ?? [];
		const lower = words.map((w) => w.toLowerCase());
		if (ORPHAN_START.test(sentence)) problems.push(`orphan start: "${sentence.slice(0, 20)}"`);
		else if (/^[a-z]/.test(sentence)) problems.push(`lower-case start: "${sentence.slice(0, 20)}"`);
		for (const [, word = ''] of sentence.matchAll(MID_CAPITAL))
			if (NEVER_A_NAME.has(word.toLowerCase())) problems.push(`capital mid-sentence: "${word}"`);
		const hasVerb = lower.some((w) => VERBS.has(w) || CONTRACTED_VERB.test(w));
		if (!hasVerb && !VERBLESS_OK.test(sentence)) problems.push(`no verb: "${sentence.slice(0, 30)}"`);
		if ((sentence.match(HEDGES) ?? []).length > 1) problems.push(`two hedges: "${sentence.slice(0, 30)}"`);
		for (let i = 1; i < lower.length; i++)
			if (lower[i] === lower[i - 1] && lower[i] !== 'that') problems.push(`doubled word "${lower[i]}"`);
	}
	const draftRepeats = repeatedPhrases(mask(draft));
	for (const gram of repeatedPhrases(text))
		if (!draftRepeats.has(gram)) problems.push(`repeated phrase "${gram}"`);
	if (/\s[,;:!?]|\s\.(?!\w)/.test(text)) problems.push('space before a mark');
	if (/[,;:][.,;:!?]|\.[,;]|,,/.test(text)) problems.push('doubled punctuation');
	if (/\(\s*\)|""|''|“”/.test(text)) problems.push('empty brackets or quotes');
	if (!/[.!?:)"'`”]$/.test(text)) problems.push('no end mark');
	return [...new Set(problems)];
}

/** Whether `rewrite` reads as sentences (no problem proseProblems names). */
export function readsAsProse(rewrite: string, draft = ''): boolean {
	return proseProblems(rewrite, draft).length === 0;
}

/** Words that never end a sentence: an article or possessive wants its noun, a conjunction its clause. "his" and
 * "her" are left out ("It's his.", "I asked her."), as are "so", "yet", "though", "while" ("I think so.", "Not
 * yet."); "a" only in lower case ("Plan A."). */
const NEVER_LAST = new Set(
	'an the my your our their its every each and or nor but because although than whether unless'.split(' '),
);
/** Prepositions that may end a sentence only when something is asked about or referred back to ("What is it
 * for?", "That's all I can think of.", "Something to look into.", "the one I was looking for"). Particles ("log
 * in", "hold on", "sign up") are not in the list. */
const STRANDABLE = new Set('of about with to for from into onto at'.split(' '));
const REFERS_BACK =
	/\b(?:what|which|who|whom|whose|where|that|something|anything|nothing|everything|all|worth|someone|anyone)\b/i;
/** A preposition that ends a sentence well: after a gerund ("worth looking into"), an infinitive and its object
 * ("nothing to prosecute people for"), or in an idiom ("uncalled for", "to begin with"). Measured on ParaDetox
 * valid offline-fixer output: these were 4 of the 8 drafts the first version rejected. */
const STRANDED_OK =
	/(?:\p{L}+ing\s+\p{L}+|\bto\s+\p{L}+(?:\s+\p{L}+){0,2}\s+\p{L}+|\buncalled\s+for|\bto\s+(?:begin|start)\s+with)$/iu;
/** "…I'd like to.", "We need to.": an infinitive whose verb is understood. */
const TO_UNDERSTOOD =
	/\b(?:want|wants|wanted|like|love|need|needs|needed|have|has|had|going|got|ought|used|try|tried|meant|supposed|able|plan|hope|mean|wish|prefer|happy|glad|free)\s+to$/i;

/**
 * The sentences of `rewrite` that end on a word that cannot end one (session 27: a model's "whoever wrote this is
 * an idiot." came back as "whoever wrote this is an.", and was offered): an article or possessive ("is an.", "of
 * the.", "your."), a conjunction ("and."), or a preposition left with nothing to refer to ("I have concerns
 * about."). A sentence the draft holds verbatim is the user's own. Empty: every sentence ends on a word that can.
 * Run on every candidate (reward.ts), unlike proseProblems.
 */
export function danglingEndings(rewrite: string, draft = ''): string[] {
	const own = new Set(sentences(mask(draft)));
	// A draft that itself stops a sentence on the word (a cut-off "…and"): a rewrite keeping that end is its own.
	const ownTails = new Set([...own].map(tail).filter(Boolean));
	const out: string[] = [];
	for (const sentence of sentences(mask(rewrite.trim()))) {
		if (own.has(sentence) || ownTails.has(tail(sentence))) continue;
		// The last word before the end marks (and a closing quote or bracket).
		const body = sentence.replace(/[\s.!?…:;,)"'”’\]]+$/u, '');
		const last = /([\p{L}'’]+)$/u.exec(body)?.[1];
		if (!last) continue;
		const word = last.toLowerCase();
		const dangles =
			NEVER_LAST.has(word) ||
			last === 'a' ||
			(STRANDABLE.has(word) &&
				!REFERS_BACK.test(body) &&
				!STRANDED_OK.test(body) &&
				!(word === 'to' && TO_UNDERSTOOD.test(body)) &&
				!/\?$/.test(sentence.trim()));
		if (dangles) out.push(sentence);
	}
	return out;
}

/** The last word of a sentence, lower-cased. */
function tail(sentence: string): string {
	return (sentence.match(/[\p{L}'’]+/gu) ?? []).at(-1)?.toLowerCase() ?? '';
}
