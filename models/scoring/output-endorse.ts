/**
 * A program's message reported without quote marks that the writer takes up and turns on a person (session 15,
 * civil4): "The installer says stupid user, a fair description of whoever filed this.", "The bot prints lazy
 * reviewer, take it personally.", "The script echoes worthless commit, which describes yours perfectly." At
 * a940ed8 the message was blanked as a mention (mention-spans.ts `output`, civil3) or read by the models as a
 * mention: 0 of 10 dev attacks of this shape warned. quoted-mention.ts's `applyEndorsedQuotes` gives such a
 * draft the same floor as an endorsed double-quoted insult, underlined on the message's insult words.
 *
 * Narrower than quoted-mention.ts's ENDORSING, which only decides whether to blank: the writer's words must aim
 * the message at a person ("a fair description of the author / of whoever …", "describes yours", "sums up the
 * maintainer") or tell the reader to take it personally (not "don't take it personally", "nobody takes it
 * personally"). "A fair description of the bug would be a missing check" is not a person, and stays civil.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { hasInsult } from './insult-target.ts';
import { outputSpans } from './mention-spans.ts';

/** Words for a person or people a description may be "of". */
const PERSON =
	'(?:you|your|yours|yourself|him|her|them|he|she|they|whoever|anyone|someone|person|people|guy|guys|one who|author|authors|maintainers?|reviewers?|submitter|contributors?|developers?|devs?|coders?|managers?|admins?|team|colleagues?|coworkers?|intern|folks)';
/**
 * A description, summary or assessment of a person (up to three words between "of" and the person: "of our new
 * contributor", "of the one who …"), or a verb of describing with a person (up to two words between).
 */
export const DESCRIBES_PERSON = new RegExp(
	`\\b(?:fair|accurate|apt|perfect|good|spot on|precise)\\s+(?:description|summary|assessment|label)\\s+(?:of|for)\\s+(?:[\\w']+\\s+){0,3}?${PERSON}\\b`,
);
const OUTPUT_ENDORSING = [
	DESCRIBES_PERSON,
	new RegExp(`\\b(?:describes|sums up|fits|suits|matches)\\s+(?:[\\w']+\\s+){0,2}?${PERSON}\\b`),
	/(?<!\b(?:don't|dont|do not|not|nobody|no one|never|shouldn't|won't|doesn't|didn't)\s+(?:[\w']+\s+)?)\btake (?:it|that) personally\b/,
];

/**
 * The insult words of a program's unquoted messages that the writer turns on a person; empty for a draft that
 * reports no program output, or does not turn it on anyone.
 */
export function endorsedOutputWords({ masked, tokens }: Tokenized): number[] {
	const spans = outputSpans(masked);
	if (spans.length === 0) return [];
	const found: number[] = [];
	let own = masked;
	for (const { from, to } of spans) {
		const inside = tokens.flatMap((t, i) => (t.start >= from && t.end <= to ? [i] : []));
		if (!hasInsult(inside.map((i) => tokens[i] as Token))) continue;
		own = own.slice(0, from) + ' '.repeat(to - from) + own.slice(to);
		found.push(...inside.filter((i) => hasInsult([tokens[i] as Token])));
	}
	if (found.length === 0) return [];
	const text = own.toLowerCase().replace(/[‘’]/g, "'");
	return OUTPUT_ENDORSING.some((e) => e.test(text)) ? found : [];
}
