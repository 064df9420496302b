/**
 * Sentence-level restatements for the offline fixer: the heated shapes people actually write ("your code is
 * garbage", "worst X ever", "did anyone even read…", "great job breaking…", "how hard is it to…") become a calm
 * statement of the same concern. Rules only rephrase what the draft says; they never add a fact. Protected
 * tokens are placeholders (\uE000n\uE001) here, which no rule can match.
 */
import { applyRules, type Rule } from './fixer-text.ts';
import { BASE_PARTICIPLE, GERUND_PAST, PAST_PARTICIPLE } from './lexicon.ts';

const NOUN = "[\\p{L}\\d'’-]+";
/** A noun phrase of one to three words ("code", "API design", "new build system"). */
/** A noun-phrase word: not a pronoun or auxiliary ("the worst I've ever had" has no noun to restate). */
const WORD = `(?!(?:i|i['’]\\p{L}+|you|we|they|he|she|it|ever|have|had|has|is|was|that|which|who)(?![\\p{L}'’]))${NOUN}`;
const PHRASE = `((?:${WORD}\\s+){0,2}?${WORD})`;
const HEAT =
	'(?:(?:just|so|really|very|total|complete|utter|absolute|absolutely|pure|such|hot|fucking|freaking|damn|bloody)\\s+)*';
/** Scornful adjectives of "what a useless answer". */
const SCORN =
	'(?:useless|pathetic|stupid|dumb|terrible|awful|crappy|shitty|lame|ridiculous|idiotic|worthless|garbage|moronic|clueless)';
/** Exclamations before the scorn ("Jesus, …", "Wow, …"). */
const INTERJECTION = '(?:jesus|jeez|geez|god|christ|omg|wow|man|ugh|oh|dude|lol|lmao|seriously|honestly)';
/** What people call code or a design they dislike. */
const HARSH =
	'(?:garbage|trash|crap|shit|bullshit|junk|rubbish|a\\s+joke|a\\s+mess|a\\s+disaster|a\\s+dumpster\\s+fire|a\\s+pile\\s+of\\s+(?:crap|garbage|shit|trash|junk))';
/**
 * A verdict that a claim or plan is wrong, not a judgement of quality ("nonsense", "bs"). "X is rubbish" stays a
 * concern about X (session 13), so "rubbish" is only in the exclamations ("What rubbish.", "Utter rubbish.").
 */
const NONSENSE = '(?:nonsense|bs|bullshit|drivel|tosh|twaddle|hogwash|baloney)';
/** Things that work or not ("this plan works"); anything else is right or not ("these numbers are right"). */
const WORKS =
	/\b(?:approach|approaches|plan|plans|design|designs|idea|ideas|proposal|proposals|fix|fixes|solution|solutions|change|changes|patch|patches|pr|code|implementation|workaround|architecture|strategy|refactor|setup|config|process|api|migration)$/i;
const DET = '(your|this|that|the|these|those|his|her|their|our)';
/** "I think" before a verdict: the restatement is the writer's view already, so it goes with the verdict. */
const THINK = '(?:I\\s+(?:think|feel|believe|guess)\\s+(?:that\\s+)?)?';
/** A phrase that may hold a protected token ("your PR #1532", "the `retry()` helper"). */
const TOKEN_WORD = `(?:${WORD}|\\uE000\\d+\\uE001)`;
const TOKEN_PHRASE = `((?:${TOKEN_WORD}\\s+){0,2}?${TOKEN_WORD})`;
/** "This API is braindead.": no soft word for it (stupid, idiotic… are SOFTEN's "unwise"), so the concern. */
const SENSELESS = '(?:braindead|brain-dead)';
const SUPERLATIVE =
	'(?:worst|dumbest|stupidest|most\\s+(?:stupid|idiotic|ridiculous|useless|pathetic|broken))';
const SARCASM_LEAD =
	'(?:(?:wow|oh|well),?\\s+)?(?:great|nice|good|fantastic|brilliant|awesome|amazing|excellent|wonderful|perfect|well)\\s+(?:job|work|going|done|one)\\b[,!.]*\\s*(?:(?:genius|guys|buddy|pal|champ|folks)\\b[,!.]*\\s*)?';
const START = '(^|[.!?]\\s+|\\n\\s*)';
/** Where a clause starts: rules that rewrite a whole clause never fire inside another ("he would know that…"). */
const CLAUSE_AT =
	'(?<=^\\s*|[.!?;:,]\\s*|\\n\\s*|\\b(?:and|but|so|because|honestly|seriously|frankly|lol|lmao|ugh|wow|man|dude)\\s+|\\uE001\\s*)';
/** Where a clause ends, so "is crap journalism" (an adjective) is not read as "is crap". */
const CLAUSE_END = '(?=\\s*(?:[.,;:!?)]|$|\\uE000)|\\s+(?:and|but|so|because|since)\\b)';

/** Whose time is said to be wasted (captured): "my", "everyone's", "reviewers'". */
const WHOSE =
	"(my|our|everyone['’]s|everybody['’]s|people['’]s|(?:the\\s+)?(?:reviewers|maintainers)['’]|(?:the\\s+)?team['’]s)";
const timeOf = (whose: string) => `${whose.replace(/^the\s+/i, '').toLowerCase()} time`;

/** The templates that restate; each words the concern differently, so the ranking has real alternatives. */
export type RestateTemplate = 'soften' | 'restate' | 'neutral';
const PLURAL = /^(?:these|those)$|[^siu]s$/i;
const rx = (source: string) => new RegExp(source, 'giu');
const lower = (s: string) => s.toLowerCase();

/** "I have concerns about X" in the template's own words. */
function concern(variant: RestateTemplate, phrase: string): string {
	if (variant === 'soften') return `I have concerns about ${phrase}`;
	if (variant === 'restate') return `I have some concerns about ${phrase}`;
	return `${phrase} ${PLURAL.test(phrase) && !/^this\b/i.test(phrase) ? 'need' : 'needs'} more work`;
}

/** The past participle of a base-form verb ("test" → "tested", "try" → "tried"). */
function participle(verb: string): string {
	const v = lower(verb);
	return (
		BASE_PARTICIPLE[v] ?? (/e$/.test(v) ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`)
	);
}
/** Words that end an object noun phrase ("the spec before merging"). */
const STOP =
	'(?:before|after|in|on|at|for|and|or|but|when|while|since|first|yet|again|properly|closely|carefully|once)\\b';
/** The object of "did anyone even V …": a harsh noun after a pronoun is dropped ("this garbage" → "this"). */
const OBJECT = `(?:(?:the|your|this|that|these|those)\\s+(?!${STOP})${NOUN}(?:\\s+(?!${STOP})${NOUN})?|this|that|it|these|those)`;
const HARSH_OBJECT = /^(this|that|these|those)\s+(?:garbage|trash|crap|shit|junk|mess)$/i;
const EVEN = '(?:even|actually|ever|really|bother\\s+to)';

/** The rules, applied in order, for one template. */
const rulesFor = (variant: RestateTemplate): Rule[] => [
	// "what a pile of crap." / "what a joke!" as a whole sentence: pure heat, no content.
	[
		rx(`${START}what\\s+${HEAT}(?:a|an)\\s+${HEAT}(?:joke|mess|disaster|pile\\s+of\\s+\\p{L}+)[.!]*\\s*`),
		'$1',
	],
	// "Jesus, what a useless answer." before the sentences that carry the point: the scorn goes, whole.
	[
		rx(
			`${START}(?:${INTERJECTION}[,!]*\\s+)?what\\s+${HEAT}(?:a|an)\\s+(?:${SCORN}[,\\s]+)+(?:excuse\\s+for\\s+(?:an?\\s+)?)?\\p{L}+[.!]+\\s+(?=\\S)`,
		),
		'$1',
	],
	// "the dumbest thing about this PR is that …": what follows is the point; the superlative only judges it.
	[
		rx(
			`\\b(the)\\s+(?:dumbest|stupidest|worst|most\\s+(?:stupid|idiotic|ridiculous|pathetic))\\s+(?:thing|part)\\s+about\\s+`,
		),
		(the) => `${the} problem with `,
	],
	// "This is the stupidest bug." (no "ever"): the feeling about the thing, without the insult.
	[
		rx(
			`${CLAUSE_AT}(this|that|it)\\s+(is|was|['’]s)\\s+(?:the|a)\\s+(?:stupidest|dumbest|most\\s+(?:stupid|idiotic|ridiculous))\\s+(${NOUN})${CLAUSE_END}`,
		),
		(subject, be, noun) => `${subject} ${be} a surprising ${noun}`,
	],
	// "worst release ever" / "this is the worst API design I have (ever) seen" / "… I have reviewed this year"
	[
		rx(
			`${CLAUSE_AT}(?:(?:this|that|it)\\s+(?:is|was|['’]s)\\s+(?:(?!not\\b)\\p{L}+\\s+)?(?:by\\s+far\\s+)?(?:the|a)\\s+|the\\s+)?${SUPERLATIVE}\\s+${PHRASE}\\s+(?:(?:(?:that|which)\\s+)?(?:I\\s+have|I['’]ve|I)\\s+(?:ever\\s+)?(?:seen|used|read|reviewed|encountered|come\\s+across|had\\s+the\\s+(?:misfortune|displeasure)\\s+(?:to|of)\\s+\\p{L}+|had|had\\s+to\\s+\\p{L}+)(?:\\s+in\\s+my\\s+(?:life|career)|\\s+(?:this|all)\\s+(?:year|month|week)|\\s+in\\s+(?:years|this\\s+(?:repo|codebase|project)))?|ever)${CLAUSE_END}`,
		),
		(noun) =>
			variant === 'neutral' ? `I'm disappointed with this ${noun}` : concern(variant, `this ${noun}`),
	],
	// "the idea that nobody reads the docs is rubbish" / "your claim that 3.1 is stable is beyond laughable": a
	// view called rubbish is a disagreement with it, the view kept word for word (session 13).
	[
		rx(
			`${CLAUSE_AT}((?:${DET}|an?)\\s+(?:(?:whole|entire|very|new|latest)\\s+)?(?:idea|ideas|claim|claims|notion|assertion|argument|theory|suggestion|statement|premise|belief|assumption|story|narrative|excuse|talk|point|view)\\s+(?:that|about)\\s+(?:[^.!?;\\n\\uE000]|\\.(?=\\w)|\\uE000\\d+\\uE001){3,160}?)\\s+(?:is|are|was|were|['’]s)\\s+${HEAT}(?:beyond\\s+|utterly\\s+)?(?:${HARSH}|laughable|ridiculous|absurd|nonsense|bs|total\\s+nonsense|bogus)${CLAUSE_END}`,
		),
		(view) => {
			const what = view.charAt(0).toLowerCase() + view.slice(1);
			if (variant === 'soften') return `I don't agree with ${what}`;
			if (variant === 'restate') return `I disagree with ${what}`;
			return `I'm not convinced by ${what}`;
		},
	],
	// Session 26: "This migration plan is complete nonsense" / "That proposal is rubbish" says the writer disagrees;
	// SOFTEN's "not convincing" kept the verdict's frame ("This is not convincing."). The disagreement is said, and
	// what it is about kept: "I don't think this migration plan works", "I don't think this is right".
	[
		rx(
			`${CLAUSE_AT}${THINK}(?:${DET}\\s+${TOKEN_PHRASE}|(this|that|it))\\s+(is|are|was|were|['’]s)\\s+${HEAT}${NONSENSE}${CLAUSE_END}`,
		),
		(det, noun, pronoun, be) => {
			const past = /^w/i.test(be);
			const subject = det ? `${lower(det)} ${noun}` : lower(pronoun);
			const plural = PLURAL.test(subject) && !/^this\b/i.test(subject);
			const claim =
				det && WORKS.test(noun)
					? `${subject} ${past ? 'worked' : plural ? 'work' : 'works'}`
					: `${subject} ${past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is'} right`;
			return variant === 'neutral' ? `I'm not convinced ${claim}` : `I don't think ${claim}`;
		},
	],
	// "Read the stack trace before you ask" tells the reader off for asking (the scorer flags it even with nothing
	// else in the draft); the request under it is to look there first (session 26).
	[
		rx(
			`${START}(?:(?:just|go|maybe|please)\\s+)?read\\s+((?:the|your|this|that)\\s+[^.!?,;\\n\\uE000]+?)\\s+before\\s+(?:you\\s+)?(?:ask|asking|post|posting|comment|commenting|reply|replying)\\b(?:\\s+(?:here|again|questions?))?`,
		),
		(lead, what) => `${lead}please check ${what} first`,
	],
	// "What nonsense, the parser already handles it." answers what the other said: the writer thinks it is wrong.
	[
		rx(
			`${START}(?:${INTERJECTION}[,!]*\\s+)?what\\s+${HEAT}(?:${NONSENSE}|rubbish|garbage|crap|trash)\\s*([.!?,;:]+|$)`,
		),
		(lead, punct) => `${lead}I don't think that's right${/^[,;:]/.test(punct) ? ',' : punct ? '.' : ''}`,
	],
	// "Utter garbage. The cache never expires anything." / "Nonsense, the docs say the opposite.": a verdict on the
	// work said alone, before the reason.
	[
		rx(
			`${START}(?:${INTERJECTION}[,!]*\\s+)?(?:(?:utter|complete|total|absolute|pure)\\s+)?(?:${NONSENSE}|rubbish|garbage|trash|crap|junk)\\s*([.!?,;:]+|$)`,
		),
		(lead, punct) => `${lead}I don't think this works${/^[,;:]/.test(punct) ? ',' : punct ? '.' : ''}`,
	],
	// "your code is garbage" / "the new UI is absolute garbage" / "@sam your refactor is a disaster"
	[
		// "… and so are your excuses" leans on the harsh word: it joins the concern instead of dangling after it.
		// Session 15: after "I think" (the concern is already the writer's view: "I think your PR #1532 is a joke" →
		// "I have concerns about your PR #1532"), with a protected token in the phrase, and called braindead/idiotic.
		rx(
			`${CLAUSE_AT}${THINK}${DET}\\s+${TOKEN_PHRASE}\\s+(?:is|are|was|were|['’]s)\\s+${HEAT}(?:${HARSH}|${SENSELESS})(?:,?\\s+and\\s+(?:honestly\\s+|frankly\\s+)?so\\s+(?:is|are|was|were)\\s+${DET}\\s+${PHRASE})?${CLAUSE_END}`,
		),
		(det, noun, det2, noun2) =>
			concern(variant, `${lower(det)} ${noun}${det2 && noun2 ? ` and ${lower(det2)} ${noun2}` : ''}`),
	],
	[
		rx(`${CLAUSE_AT}${THINK}(?:this|that|it)\\s+(?:is|['’]s)\\s+${HEAT}${HARSH}${CLAUSE_END}`),
		() => concern(variant, 'this'),
	],
	// "a pathetic excuse for a fix" → "not a real fix" (session 15): what it says is that the fix does not fix.
	[
		rx(
			`\\b(?:an?\\s+)(?:${HEAT}(?:pathetic|poor|sorry|lame|sad|weak|pitiful|miserable)\\s+)?excuse\\s+for\\s+(?:an?\\s+)(${NOUN})`,
		),
		'not a real $1',
	],
	// "such a stupid bug" → "this is a surprising bug"
	[
		rx(`${START}such\\s+(?:a|an)\\s+(?:stupid|dumb|idiotic|silly|ridiculous|pathetic)\\s+`),
		'$1this is a surprising ',
	],
	// "did anyone even test this?" → "was this tested?" (restate, neutral) / "has anyone had a chance to test this?"
	[
		rx(`(,\\s*)?\\b(?:did|do|does)\\s+(?:anyone|anybody)\\s+${EVEN}\\s+(\\p{L}+)\\s+(${OBJECT})(?![\\p{L}])`),
		(comma, verb, phrase) => {
			const object = phrase.replace(HARSH_OBJECT, '$1');
			return variant === 'soften'
				? `${comma ? '. ' : ''}has anyone had a chance to ${verb} ${object}`
				: `${comma ? '. ' : ''}${PLURAL.test(object) ? 'were' : 'was'} ${lower(object)} ${participle(verb)}`;
		},
	],
	// "why did you even merge this?" asks for the reason: only the "even" goes.
	[
		rx(`\\b(why\\s+(?:did|do|does|would)\\s+(?:anyone|anybody|you|u))\\s+(?:even|actually|ever|really)\\s+`),
		'$1 ',
	],
	[
		rx(
			// Not "do you even know what a mutex is?": a jab (fixer-person.ts drops it), "did you get a chance to know" is no English.
			`(,\\s*)?\\b(did|do|does)\\s+(anyone|anybody|you|u)\\s+(?:even|actually|ever|really|bother\\s+to)\\s+(?!(?:know|understand|reali[sz]e)\\s+(?:what|how|that|why)\\b)`,
		),
		(comma, _did, who) =>
			`${comma ? '. ' : ''}${/^(?:you|u)$/i.test(who) ? 'did you get a chance to ' : 'has anyone had a chance to '}`,
	],
	[rx(`\\b(has|have)\\s+(anyone|anybody|you|u)\\s+(?:even|actually|ever|really)\\s+`), '$1 $2 '],
	// "great job breaking everything again" → "it looks like this broke everything again"
	[
		rx(`${START}${SARCASM_LEAD}(${Object.keys(GERUND_PAST).join('|')})\\b`),
		(lead, verb) => `${lead}it looks like this ${GERUND_PAST[lower(verb)] ?? verb}`,
	],
	[rx(`${START}${SARCASM_LEAD}`), '$1'],
	[
		rx(
			`${START}(?:oh,?\\s+)?(?:great|wonderful|fantastic|perfect|brilliant)[,!.]+\\s+(?=another|more|again)`,
		),
		'$1',
	],
	[
		rx(`${START}(?:brilliant|great|perfect|awesome|wonderful|fantastic|nice|well\\s+done)[.!]+\\s*(?=$|\\n)`),
		'$1',
	],
	[rx(`\\bthanks\\s+for\\s+nothing\\b`), "this didn't help"],
	// "how hard is it to run `npm test` before pushing?" → "please run `npm test` before pushing."
	// Session 15: "How difficult is it to …?", "Is it really that hard to read the docs?" (not "Is it hard to …?",
	// which may be asked).
	[
		rx(
			`\\b(?:how\\s+(?:hard|difficult|tough)\\s+(?:is\\s+it|can\\s+it\\s+(?:possibly\\s+|really\\s+)?be)|(?:is|was)\\s+it\\s+(?:(?:really|honestly|seriously|actually|truly)\\s+)*(?:that|so)\\s+(?:hard|difficult|tough))\\s+to\\s+([^?\\n]+)\\?+`,
		),
		'please $1.',
	],
	[rx(`${START}are\\s+you\\s+(?:serious|kidding(?:\\s+me)?|joking|for\\s+real)\\s*\\?+\\s*`), '$1'],
	// "why is this still broken??" → "this is still broken."
	[rx(`\\bwhy\\s+(is|are)\\s+(this|it|that|these)\\s+still\\s+([^?\\n]+)\\?+`), '$2 $1 still $3.'],
	[rx(`${START}still\\s+(not|no)\\s+([^?\\n]*?)\\?{2,}`), "$1it's still $2 $3. Is there an update?"],
	// "You obviously didn't read my comment." → "It looks like you didn't read my comment.": the observation, not
	// the scorn ("obviously" → "arguably" read as "You arguably didn't read…").
	[
		rx(
			`${START}(you|they)\\s+(?:obviously|clearly)\\s+(didn['’]t|did\\s+not|haven['’]t|have\\s+not|never|forgot|missed|ignored)\\b`,
		),
		(lead, who, verb) => `${lead}it looks like ${lower(who)} ${verb}`,
	],
	[rx(`\\brtfm\\b`), 'please check the manual'],
	[rx(`\\blearn\\s+(?:how\\s+)?to\\s+(?:code|program|read)\\b`), 'please take a closer look'],
	[rx(`,?\\s*and\\s+you\\s+know\\s+it\\b`), ''],
	[
		rx(
			`\\b(?:you\\s+)?(?:clearly|obviously)?\\s*have\\s+no\\s+(?:idea|clue)\\s+what\\s+you(?:\\s+are|['’]re)\\s+doing\\b`,
		),
		"I'm not sure what you're doing here is the right approach",
	],
	// "anyone with half a brain would have caught this" → "this could have been caught"
	[
		rx(
			`\\b(?:any|every)(?:one|body)\\s+with\\s+(?:half\\s+a\\s+brain|a\\s+brain|common\\s+sense|any\\s+sense|eyes|a\\s+clue)\\s+(?:would|could|should)\\s+(?:have\\s+)?(\\p{L}+)\\s+(this|that|it)\\b`,
		),
		(verb, obj) => `${obj} could have been ${PAST_PARTICIPLE[lower(verb)] ?? lower(verb)}`,
	],
	// "stop wasting everyone's time with these useless PRs" → "these PRs are taking up a lot of everyone's time";
	// session 24: also "You are wasting my time with these half-done patches", "you keep wasting our time with …".
	[
		rx(
			`\\b(?:stop|quit|(?:you|u)\\s+(?:are|['’]re|r|keep)(?:\\s+just)?|you['’]re(?:\\s+just)?)\\s+wasting\\s+${WHOSE}\\s+time\\s+with\\s+(?:(these|those|this|that|your)\\s+)?(?:(?:useless|pointless|stupid|dumb|garbage)\\s+)?((?:${NOUN}\\s+){0,2}?${NOUN})(?=\\s*(?:[.!?,;:]|$))`,
		),
		(whose, det, noun) =>
			`${det ? `${lower(det)} ` : ''}${noun} ${PLURAL.test(noun.split(/\s+/).at(-1) ?? noun) ? 'are' : 'is'} taking up a lot of ${timeOf(whose)}`,
	],
	// "These drive-by PRs are a waste of reviewers' time." → "… are taking up a lot of reviewers' time"; "what a waste
	// of everyone's time" → "this is taking up a lot of everyone's time" (session 24).
	[
		rx(
			`\\b(is|are|was|were)\\s+(?:just\\s+)?(?:a\\s+)?(?:(?:complete|total|huge|massive|colossal)\\s+)?waste\\s+of\\s+${WHOSE}\\s+time\\b`,
		),
		(be, whose) => `${lower(be)} taking up a lot of ${timeOf(whose)}`,
	],
	[
		rx(`\\bwhat\\s+a\\s+(?:(?:complete|total|huge|massive|colossal)\\s+)?waste\\s+of\\s+${WHOSE}\\s+time\\b`),
		(whose) => `this is taking up a lot of ${timeOf(whose)}`,
	],
	// "nobody asked for this stupid feature" → "I don't think this feature is needed"
	[
		rx(
			`\\bnobody\\s+(?:asked\\s+for|wants|needs)\\s+(this|that|these|those)\\s+(?:(?:stupid|dumb|useless|pointless|idiotic)\\s+)?(${NOUN})`,
		),
		(det, noun) => `I don't think ${lower(det)} ${noun} ${/^th[eo]se$/i.test(det) ? 'are' : 'is'} needed`,
	],
];

const RULES: Partial<Record<RestateTemplate, Rule[]>> = {};

/** Applies the restatement rules; keeps the first letter's case where a rule rewrote the start of a sentence. */
export function restateHeat(text: string, variant: RestateTemplate): string {
	const rules = RULES[variant] ?? rulesFor(variant);
	RULES[variant] = rules;
	const out = applyRules(text, rules, true);
	// A question spliced onto a restatement reads better as its own sentence: "…needs more work. Who approved this?"
	return out.replace(
		/((?:concerns\s+about|needs?\s+more\s+work|disappointed\s+with)[^.!?\n,]*),\s+(?=(?:who|why|how|what|did|does|has|have|is|are)\b[^.!?\n]*\?)/giu,
		'$1. ',
	);
}
