/**
 * "Stop being an idiot", "Quit acting like a child and review the PR", "Stop being lazy about tests": the
 * imperative only attacks, and swapping its noun ("stop being a person", session 24) kept the frame and read
 * absurd. It goes whole, with its "for once" and a topic that is only a pronoun ("about it"). Where it names a
 * topic, what is left says it: a complaint about effort becomes the request under it ("lazy about tests" → "please
 * add tests", "sloppy with the changelog" → "please take more care with the changelog", session 26), any other
 * one the topic to talk about ("About the naming: it is a small PR.", "Let's talk about the naming.").
 */
import {
	alternation,
	INSULT_ADJECTIVES,
	INSULT_NOUNS,
	SARCASTIC_VOCATIVES,
	VOCATIVE_NOUNS,
} from './lexicon.ts';

const MODIFIER =
	'(?:(?:such|so|really|very|a|an|the|complete|total|absolute|utter|fucking|damn|big|little|this|that)\\s+)*';
/** Effort complaints: they ask for the work to be done, or done with care. */
const EFFORT = ['lazy', 'sloppy', 'careless', 'slapdash'];
/**
 * Attitudes that are no insult elsewhere ("a defensive check", "a difficult bug") but are one in this frame.
 * SARCASTIC_VOCATIVES too: "stop acting like a genius".
 */
const ATTITUDES = [
	'childish',
	'immature',
	'difficult',
	'stubborn',
	'defensive',
	'dramatic',
	'petty',
	'rude',
	'precious',
	'obtuse',
	'dense',
	'thick',
	'negative',
	'passive-aggressive',
	'condescending',
	'smug',
	'arrogant',
];
const TRAIT = alternation([
	...INSULT_NOUNS,
	...INSULT_ADJECTIVES,
	...VOCATIVE_NOUNS,
	...SARCASTIC_VOCATIVES,
	...EFFORT,
	...ATTITUDES,
]);
/** The imperative and its trait, for fixer-asks.ts: "Can you stop being a baby about the naming?" asks nothing. */
export const STOP_BEING_FRAME = `\\b(?:stop|quit)\\s+(?:being|acting(?:\\s+like)?)\\s+${MODIFIER}(?:${TRAIT})(?![\\p{L}-])`;
/** Groups: a lead-in ("please"), the trait, a pronoun topic, a named topic, the separator after the imperative. */
const STOP_BEING = new RegExp(
	`(?:\\b(?:can|could|would|will)\\s+(?:you|u)\\s+)?(\\b(?:please|just|now)\\s+)?\\b(?:stop|quit)\\s+(?:being|acting(?:\\s+like)?)\\s+${MODIFIER}(${TRAIT})(?![\\p{L}-])(?:\\s+(?:about|over|with|on|regarding|when\\s+it\\s+comes\\s+to)\\s+(?:(it|this|that|them|everything)|((?:(?:the|your|this|that|these|those|my|our|their)\\s+)?[^.!?,;:\\n\\uE000]+?)))?(?:\\s+for\\s+once)?(\\s*,?\\s+(?:and|then)\\s+|\\s*[,;:]\\s*|[.!?]*\\s*$|[.!?]+\\s*)`,
	'giu',
);
/** Work that is missing when someone is lazy about it, and the verb that asks for it. */
const ADD = /\b(?:tests?|test\s+cases?|specs?|coverage|types|type\s+hints|examples?|benchmarks?)$/i;
const UPDATE =
	/\b(?:docs|documentation|changelog|readme|release\s+notes|comments|docstrings|migration\s+notes)$/i;

/** The request under an effort complaint about `topic`. */
function effortRequest(trait: string, topic: string): string {
	const lazy = /^lazy$/i.test(trait);
	if (lazy && ADD.test(topic)) return `please add ${topic}`;
	if (lazy && UPDATE.test(topic)) return `please update ${topic}`;
	return lazy ? `please put more care into ${topic}` : `please take more care with ${topic}`;
}

function replaceStopBeing(
	_m: string,
	lead: string | undefined,
	trait: string,
	_pronoun: string | undefined,
	topic: string | undefined,
	sep: string,
): string {
	const ends = /[.!?]/.test(sep) || sep.trim() === '';
	if (topic && EFFORT.includes(trait.toLowerCase())) {
		const request = effortRequest(trait, topic);
		if (ends) return `${request}. `;
		return /\b(?:and|then)\b/i.test(sep)
			? `${request}, and `
			: `${request}${sep.trim() === ';' ? ';' : ','} `;
	}
	if (topic) return ends ? `Let's talk about ${topic}. ` : `About ${topic}: `;
	if (ends) return '';
	return /^please/i.test(lead ?? '') && /\b(?:and|then)\b/i.test(sep) ? `${lead}` : ' ';
}

/** `text` with each "stop being X" / "quit acting like a Y" imperative replaced (see the file comment). */
export function restateStopBeing(text: string): string {
	return text.replace(STOP_BEING, replaceStopBeing);
}
