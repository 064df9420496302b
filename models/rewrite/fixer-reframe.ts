/**
 * What an all-attack draft meant, said without the attack: the disagreement, about whoever the draft attacked
 * ("You are an idiot." → "I disagree with you."). The offline fixer writes it when nothing but the attack was
 * left (fixer-text.ts fallbackStatement); a draft that names no one keeps the neutral statement.
 */
import { HAS_TOKEN, LEAD, SUBJECT } from './fixer-person.ts';
import { alternation, INSULT_NOUNS } from './lexicon.ts';

/** The object form of a subject pronoun ("he" → "him"); other subjects ("the author") stay as written. */
const OBJECT_FORM: Record<string, string> = {
	you: 'you',
	u: 'you',
	ya: 'you',
	he: 'him',
	she: 'her',
	they: 'them',
};
/** Who a draft's leading attack is about: "[Honestly,] the author is …", "you're …", "whoever wrote this is …". */
const ATTACK_TARGET = new RegExp(
	`^\\s*${LEAD}(youre|ur|he|she|they|${SUBJECT}|\\p{L}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,2}?)(?:['’](?:s|re)|\\s+(?:is|are|was|were|r|must\\s+be|seems?\\s+to\\s+be))\\s+`,
	'iu',
);
/** Who an exclamation about a person is about: "What a stupid idiot you are". */
const EXCLAMATION_TARGET = new RegExp(
	`^\\s*${LEAD}what\\s+(?:a|an)\\s+(?:[\\p{L}'’-]+\\s+){1,4}?(you|u|he|she|they)\\s+(?:are|is|were|was|r)(?:\\s*,\\s*(?:honestly|really|seriously|frankly|truly))?\\s*[.!]*\\s*$`,
	'iu',
);
/** A vocative insult and nothing else: "You stupid idiot.", "You absolute clown!" (reframed only when it was all attack). */
const VOCATIVE_TARGET = new RegExp(
	`^\\s*${LEAD}(?:you|u)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+\\s*[.!]*\\s*$`,
	'iu',
);
/**
 * An exclamation that names no one but calls someone an insult noun: "What a clueless moron." ("What a mess." is
 * about a thing: it keeps the neutral statement). Reframed only when it was all attack.
 */
const BARE_EXCLAMATION = new RegExp(
	`^\\s*${LEAD}what\\s+(?:a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${alternation(INSULT_NOUNS)})\\s*[.!]*\\s*$`,
	'iu',
);
const LIAR = /\b(?:liars?|lying|dishonest)\b/iu;

/**
 * When the whole draft was an attack on someone, the disagreement it expresses, about the same person:
 * "You are an idiot." → "I disagree with you.", "the maintainers are liars" → "I don't think the maintainers
 * are being honest." Undefined when the draft does not name who it attacks (a bare "Damn it!") or asks a
 * question ("are you stupid?" has its own fallback).
 */
export function reframeAttack(draft: string): string | undefined {
	if (/\?\s*$/.test(draft.trim())) return undefined;
	const exclaimed = EXCLAMATION_TARGET.exec(draft)?.[1]?.toLowerCase();
	if (exclaimed) return `I disagree with ${OBJECT_FORM[exclaimed] ?? 'you'}.`;
	const match = ATTACK_TARGET.exec(draft);
	// "You stupid idiot." / "What a clueless moron." name no one else: in a reply they are aimed at the reader.
	if (!match && (VOCATIVE_TARGET.test(draft) || BARE_EXCLAMATION.test(draft))) return 'I disagree with you.';
	const subject = match?.[1]?.trim();
	if (!match || !subject || HAS_TOKEN.test(subject)) return undefined;
	const key = subject.toLowerCase();
	// Mid-sentence now: a determiner or pronoun loses its capital, a name ("Bob") keeps it ("My coworker", "You
	// guys" kept theirs until session 12's prose check named it).
	const named =
		/^(?:the|this|that|these|those|your|our|their|my|his|her|its|you|some|whoever|anyone|anybody|someone|somebody|people|op)\b/i.test(
			subject,
		)
			? subject.charAt(0).toLowerCase() + subject.slice(1)
			: subject;
	const you = /^(?:you|u|ya|youre|ur)$/.test(key);
	if (LIAR.test(draft.slice(match[0].length))) {
		const plural = you || key === 'they' || /s$/i.test(key);
		const pronoun = you ? 'you' : /^(?:he|she|they)$/.test(key) ? key : named;
		return `I don't think ${pronoun} ${plural ? 'are' : 'is'} being honest.`;
	}
	return `I disagree with ${you ? 'you' : (OBJECT_FORM[key] ?? named)}.`;
}
