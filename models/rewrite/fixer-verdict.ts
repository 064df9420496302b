/**
 * A judgement of whoever does something is a criticism of what they do: the offline fixer says the criticism as
 * the writer's own view and drops the judgement ("Only a fool writes this." → "I wouldn't write this.", "You're
 * an idiot for using a global here." → "I'd avoid using a global here.", "Anyone who uses tabs is an idiot." → "I
 * wouldn't use tabs.", "Any idiot can see the loop never terminates." → "I think the loop never terminates.").
 * Rules match WHO is judged (a generic fool, the addressee, anyone who does X) and WHAT act the judgement is
 * about; they never add a fact. Protected tokens are placeholders (\uE000n\uE001) here, which no rule matches.
 */
import {
	alternation as alt,
	INSULT_ADJECTIVES,
	INSULT_NOUNS,
	PAST_PARTICIPLE,
	PERSON_PREDICATES,
} from './lexicon.ts';

const NOUNS = `(?:${alt(INSULT_NOUNS)})`;
const JUDGEMENT = `(?:${alt(INSULT_NOUNS)}|${alt(INSULT_ADJECTIVES)}|${alt(PERSON_PREDICATES)})`;
/** Words between an article and the insult ("an absolute idiot", "a lazy, clueless fool"). */
const DEGREE = `(?:(?:a|an|the|such|so|really|very|complete|total|absolute|utter|real|big|little|${alt(INSULT_ADJECTIVES)}),?\\s+)*`;
const JUDGED = `${DEGREE}${JUDGEMENT}`;
/** Before "to" / "for" / "if", only words that judge a person ("they are blind to timezone bugs" is not one). */
const PERSON_JUDGED = `${DEGREE}(?:${alt(INSULT_NOUNS)}|${alt(PERSON_PREDICATES)}|stupid|dumb|idiotic|brainless|insane|crazy|delusional)`;
/** Where a sentence (or a clause after a comma) starts, and the lead-in words that may open it. */
const START =
	'(^|[.!?]\\s+|\\n\\s*|[,;]\\s+)((?:honestly|seriously|frankly|literally|really|look|dude|man|lol|ugh|wow|i mean)\\s*,?\\s+)?';
/** The act: words up to the end of the sentence or clause, holding no protected token. */
const ACT = '([^.!?\\n:;,\\uE000]+?)';
/** The act ends with its sentence, or before a clause of its own (", and you merged it anyway"). */
const END = '(?=\\s*(?:[.!?:;]|$|\\n|,\\s*(?:and|but|so|yet)\\b))';
/** Who is judged as a person: you, he, she, they, or someone the draft names as a subject. */
const WHO = "(?:you|u|he|she|they|you\\s+guys|youre|you['’]re|ur)";
const WHO_BE =
	"(?:youre|ur|(?:you|u|he|she|they|you\\s+guys)(?:['’](?:s|re)|\\s+(?:are|is|were|was|r|must\\s+be|have\\s+to\\s+be|would\\s+have\\s+to\\s+be))|(?:you|u|he|she|they)['’]d\\s+have\\s+to\\s+be)";
const rx = (source: string) => new RegExp(source, 'giu');

const IRREGULAR_BASE: Record<string, string> = { has: 'have', is: 'be', does: 'do', goes: 'go', was: 'be' };
/** A verb's base form from its third-person form ("writes" → "write", "pushes" → "push", "tries" → "try"). */
export function baseVerb(verb: string): string {
	const lower = verb.toLowerCase();
	if (IRREGULAR_BASE[lower]) return IRREGULAR_BASE[lower];
	if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
	if (/(?:ss|x|zz|sh|tch)es$/.test(lower)) return lower.slice(0, -2);
	if (/[^su]s$/.test(lower)) return lower.slice(0, -1);
	return lower;
}
/** A past-tense verb ("wrote", "merged"): "whoever wrote this is an idiot" is about someone, not a habit. */
const isPast = (verb: string) => /ed$/i.test(verb) || verb.toLowerCase() in PAST_PARTICIPLE;
/** "writes this without tests" → "write this without tests" (the first word is the verb). */
const baseAct = (act: string) => act.replace(/^(\p{L}+)/u, (verb) => baseVerb(verb));
const view = (start: string, sentence: string) => `${start}${sentence}`;
/** Words before the verb that the view drops ("who still uses var" → "I wouldn't use var"). */
const ADVERB = /^(?:still|ever|even|actually|really|always|just|seriously)\s+/iu;
/** A negated act ("doesn't test", "never checks", "don't pin"): the view is to do it. */
const NEGATED =
	/^(?:(?:does|do|did|would|will|could|should)(?:n['’]?t|\s+not)|won['’]?t|can['’]?t|cannot|never|not)\s+/iu;
/** Words that start no act ("Only idiots here." has no act to restate). */
const NOT_A_VERB =
	/^(?:here|there|in|on|at|of|for|with|without|like|around|and|or|but|now|then|too|the|a|an|this|that|these|those|my|your|our|their|his|her|its|who|which|online|out|as|than|only|everywhere)$/iu;
const THINK = /^(?:thinks?|thought|believes?|believed)\s+(?:that\s+)?/iu;
/**
 * What the writer would do instead of the judged act: "I wouldn't merge this.", "I'd make sure to test the code."
 * ("doesn't test the code"), "I don't think this scales." ("thinks this scales"); undefined for a past act.
 */
export function viewOfAct(act: string): string | undefined {
	const plain = act.replace(ADVERB, '');
	const think = THINK.exec(plain);
	if (think) return `I don't think ${plain.slice(think[0].length)}`;
	const negated = NEGATED.exec(plain);
	if (negated) return `I'd make sure to ${baseAct(plain.slice(negated[0].length).replace(ADVERB, ''))}`;
	const verb = /^\p{L}+/u.exec(plain)?.[0] ?? '';
	return isPast(verb) || NOT_A_VERB.test(verb) ? undefined : `I wouldn't ${baseAct(plain)}`;
}
/** A claim with its own verb ("the loop never terminates"); "see the bug" has none: "I think the bug" is no English. */
const CLAIM =
	/^\S+(?:\s+\S+)*?\s+(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|has|have|had|will|won['’]t|would|can|can['’]t|could|does|doesn['’]t|don['’]t|did|didn['’]t|need|needs|never|always|\p{L}+ed|breaks|fails|leaks|crashes|returns|works|hangs|loops)\b/iu;
const viewAt = (start: string, act: string) => {
	const sentence = viewOfAct(act);
	return sentence === undefined ? undefined : view(start, sentence);
};

type Rule = [RegExp, (start: string, lead: string, ...groups: string[]) => string | undefined];
const RULES: Rule[] = [
	// "Only a fool writes this." / "Only an idiot would merge this." / "Only clowns hardcode keys."
	[
		rx(
			`${START}only\\s+${DEGREE}${NOUNS}\\s+(?:(?:would|could|will|can|does|do)\\s+)?(?:ever\\s+)?(\\p{L}+${ACT.slice(1)}${END}`,
		),
		(start, _lead, act) => viewAt(start, act),
	],
	// "Anyone who uses tabs is an idiot." / "People who skip code review are clowns." / "Whoever thinks X is a moron."
	[
		rx(
			`${START}(?:(?:any(?:one|body)|every(?:one|body)|people|those|devs|developers|programmers)\\s+(?:who|that)|whoever)\\s+(\\p{L}[^.!?\\n:;,\\uE000]*?)\\s+(?:is|are|must\\s+be)\\s+${JUDGED}${END}`,
		),
		(start, _lead, act) => viewAt(start, act),
	],
	// "You're an idiot for using a global here." / "He is a fool for trusting that benchmark."
	[
		rx(`${START}${WHO_BE}\\s+${PERSON_JUDGED}\\s+for\\s+(\\p{L}+ing${ACT.slice(1)}${END}`),
		(start, _lead, act) => view(start, `I'd avoid ${act}`),
	],
	// "You must be stupid to call this a fix." / "He is a fool to ignore the benchmarks."
	[
		rx(`${START}${WHO_BE}\\s+${PERSON_JUDGED}\\s+to\\s+(\\p{L}+${ACT.slice(1)}${END}`),
		(start, _lead, act) => viewAt(start, act),
	],
	// "You are a total moron if you merge this before the release."
	[
		rx(
			`${START}${WHO_BE}\\s+${PERSON_JUDGED}\\s+if\\s+${WHO}\\s+(?!(?:think|thinks|believe|believes)\\b)(\\p{L}+${ACT.slice(1)}${END}`,
		),
		(start, _lead, act) => viewAt(start, act),
	],
	// "Any idiot can see the loop never terminates." / "Even a moron could tell you the cache is stale."
	[
		rx(
			`${START}(?:any|even\\s+an?|every)\\s+${DEGREE}${NOUNS}\\s+(?:(?:can|could|would|should)\\s+(?:see|tell(?:\\s+(?:you|u))?|know|understand)|knows|sees|understands)\\s+(?:that\\s+)?${ACT}${END}`,
		),
		(start, _lead, claim) => (CLAIM.test(claim) ? view(start, `I think ${claim}`) : undefined),
	],
	// "Idiots like you are why we need code review." → "This is why we need code review."
	[
		rx(
			`${START}${DEGREE}${NOUNS}\\s+like\\s+(?:you|u|him|her|them|that|this)\\s+(?:are|is)\\s+(?:why|the\\s+reason(?:\\s+(?:why|that))?)\\s+${ACT}${END}`,
		),
		(start, _lead, claim) => view(start, `This is why ${claim}`),
	],
	// "Even a toddler could write better tests than this." → "I think the tests could be better."
	[
		rx(
			`${START}even\\s+(?:a|an|my)\\s+(?:\\p{L}+\\s+)?(?:${NOUNS}|toddler|child|kid|monkey|baby|grandma|grandmother|intern|student)\\s+(?:could|can|would)\\s+(?:\\p{L}+\\s+)?better\\s+((?:\\p{L}+\\s+){0,2}?\\p{L}+)\\s+than\\s+(?:this|that|these|you|u|him|her|them)${END}`,
		),
		(start, _lead, thing) => view(start, `I think the ${thing} could be better`),
	],
	// "Some idiot pushed to main." / "Stupid idiot broke prod again." → "Someone …": who did it is no one's business.
	[
		rx(
			`(^|[.!?]\\s+|\\n\\s*)()(?:some\\s+|an?\\s+)?${DEGREE}${NOUNS}\\s+(?=(?:\\p{L}+ed|broke|wrote|made|did|took|forgot|left|put|threw|went)\\b)`,
		),
		(start) => `${start}${/^(?:[.!?]\s+|\n\s*)?$/.test(start) ? 'Someone' : 'someone'} `,
	],
];

/** The draft with each judgement of whoever does something restated as the writer's view of the act. */
export function restateVerdicts(text: string): string {
	let out = text;
	for (const [pattern, replace] of RULES)
		out = out.replace(pattern, (whole: string, ...args: unknown[]) => {
			const groups = args.slice(0, -2).map((g) => (g ?? '') as string);
			const [start = '', lead = '', ...rest] = groups;
			return replace(start, lead, ...rest) ?? whole;
		});
	return out;
}
