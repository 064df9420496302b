/**
 * Drafts that are mostly attack around one concrete point (session 11): the venting goes, the point stays, in
 * every template (the reward prefers the closest calm candidate, so a rule only the heavier templates apply loses
 * to a lighter candidate that kept the venting whenever the scorer rates it calm).
 * - `dropVenting`: a sentence that is only an exclamation of contempt and says nothing a reader can act on
 *   ("Unbelievable.", "What an embarrassing mess.", "Typical arrogant maintainer behaviour.", "Yet another
 *   clueless PR from you.", "Useless, all of you.", "Zero effort, zero thought.", "Who approved this trash?"),
 *   when another sentence carries the point. A sentence holding a protected token is never dropped.
 * - `calmImpatience`: "I told you three times (that)", "I explained twice that", "for the last time:" become
 *   "as mentioned before," (the fact that it was said stays; the count that scolds goes).
 * - `restateVenting`: the complaint under a venting phrase, said as a fact about the speaker ("You wasted my
 *   entire weekend with this tutorial." → "I lost my entire weekend to this tutorial.", "whoever designed this
 *   format hates users" → "this format is hard to use") and repeated restatements merged ("I have
 *   concerns about the docs, I have concerns about the API" → "I have concerns about the docs and the API").
 * Protected tokens are placeholders (\uE000n\uE001) here. Pure and deterministic.
 */
import { alternation as alt, HARSH_MODIFIERS, HEDGES, INSULT_ADJECTIVES, INSULT_NOUNS } from './lexicon.ts';

const HARSH = `(?:${alt([...HARSH_MODIFIERS, ...INSULT_ADJECTIVES])})`;
const NOUNS = `(?:${alt(INSULT_NOUNS)})`;
const LEAD = `(?:(?:${alt(HEDGES)}|god|jesus(?:\\s+christ)?|christ|ugh|omg|oh\\s+my\\s+god|great|perfect|just)\\s*[,.!]?\\s+)*`;
/** One word of exasperation, said on its own. */
const EXASPERATION =
	'(?:unbelievable|unreal|incredible|ridiculous|absurd|pathetic|embarrassing|shameful|disgraceful|laughable|' +
	'seriously|really|wow|jeez|geez|ugh|god|jesus(?:\\s+christ)?|christ|omg|wtf|smh|sigh|typical|classic|' +
	'amateur\\s+hour|what\\s+a\\s+joke|what\\s+a\\s+mess|what\\s+a\\s+disaster|what\\s+a\\s+shame|just\\s+wow|' +
	'come\\s+on|give\\s+me\\s+a\\s+break|are\\s+you\\s+kidding(?:\\s+me)?|you\\s+have\\s+got\\s+to\\s+be\\s+kidding(?:\\s+me)?)';
const W = "[\\p{L}'’-]+";
const MESS =
	'(?:mess|joke|disaster|disgrace|embarrassment|shitshow|dumpster\\s+fire|garbage\\s+fire|trainwreck|' +
	'train\\s+wreck|circus|clown\\s+show|waste\\s+of\\s+(?:time|space|effort)|nightmare)';
/** A word that is no verb: "Typical usage is shown below." says something. */
const NOT_VERB =
	'(?!(?:is|are|was|were|be|has|have|had|does|do|did|can|could|will|would|should|must|may|might|looks?|seems?|works?|needs?|goes|gets?|makes?|shows?|uses?|returns?|fails?|runs?)\\b)';
/** What "zero …" says is missing from the person, not from the code. */
const EFFORT = '(?:effort|thought|care|respect|clue|brains?|skill|competence|testing|accountability)';
const vent = (source: string) => new RegExp(`^${LEAD}(?:${source})\\s*[.!?]*$`, 'iu');
/** Sentences that only vent: no verb a reader could act on, only contempt. */
const VENTS: RegExp[] = [
	vent(`${EXASPERATION}(?:[\\s,.!?]+(?:${EXASPERATION}|just\\s+${EXASPERATION}))*`),
	// "What an embarrassing mess.", "What a joke of a project."
	vent(
		`what\\s+(?:a|an)\\s+(?:${W}\\s+){0,2}?${MESS}(?:\\s+of\\s+(?:a|an)\\s+${W})?(?:\\s+(?:this|that|it|the\\s+${W})(?:\\s+${W})?\\s+(?:is|was|has\\s+become))?`,
	),
	vent(`(?:an?\\s+|the\\s+)?(?:(?:complete|total|absolute|utter|${HARSH})\\s+){0,2}${MESS}`),
	// "Typical arrogant maintainer behaviour.", "Classic lazy review."
	vent(`(?:typical|classic)\\s+(?:${NOT_VERB}${W}\\s+){0,4}?${NOT_VERB}${W}`),
	// "Yet another clueless PR from you."
	vent(
		`(?:yet\\s+)?another\\s+(?:${HARSH}|half-baked|sloppy|lazy)\\s+(?:${NOT_VERB}${W}\\s+){0,2}?${NOT_VERB}${W}(?:\\s+from\\s+(?:you|u|them|this\\s+team|the\\s+maintainers))?`,
	),
	// "Useless, all of you.", "Clowns, the lot of you."
	vent(
		`(?:${HARSH}|${NOUNS})(?:\\s*,?\\s*(?:(?:and|or)\\s+)?(?:${HARSH}|${NOUNS}))*(?:\\s*,\\s*|\\s+)(?:all\\s+of\\s+(?:you|u|them)|the\\s+(?:whole\\s+)?lot\\s+of\\s+(?:you|them)|every\\s+(?:single\\s+|last\\s+)?one\\s+of\\s+(?:you|them))`,
	),
	// "Zero effort, zero thought, zero testing."
	// (not "No tests, no docs.": that says what is missing)
	vent(`zero\\s+${EFFORT}(?:\\s*,\\s*(?:and\\s+)?zero\\s+${EFFORT})+`),
	// "Who approved this trash?", "Who merged this garbage?"
	vent(
		`who\\s+(?:the\\s+(?:hell|heck|fuck)\\s+|on\\s+earth\\s+)?(?:approved|merged|wrote|reviewed|designed|shipped|released|accepted)\\s+(?:this|that|these|such)\\s+(?:${W}\\s+)?(?:${HARSH}|${MESS})`,
	),
	// "How dumb can one person be?", "How can anyone be this incompetent?"
	vent(
		`how\\s+${HARSH}\\s+(?:can|could|must)\\s+(?:one\\s+person|a\\s+person|you|u|anyone|someone|people|they|he|she|(?:the|this|that|these|those)\\s+${W})(?:\\s+(?:possibly|even|really))?\\s+be`,
	),
	vent(
		`how\\s+(?:can|could)\\s+(?:one\\s+person|a\\s+person|you|u|anyone|someone|people|they|he|she|(?:the|this|that|these|those)\\s+${W})(?:\\s+(?:possibly|even|really))?\\s+be\\s+(?:this|that|so)\\s+${HARSH}`,
	),
];

/** Whether a sentence only vents (exported for tests). */
export function isVenting(sentence: string): boolean {
	const text = sentence.trim();
	return !/\uE000/.test(text) && VENTS.some((pattern) => pattern.test(text));
}

/** The text without sentences that only vent, when a sentence of at least three words is left; else as is. */
export function dropVenting(text: string): string {
	const pieces = text.split(/((?<=[.!?])[ \t]+)/u);
	let any = false;
	const kept: string[] = [];
	for (let i = 0; i < pieces.length; i += 2) {
		const sentence = pieces[i] ?? '';
		// A sentence that starts a line keeps its line; only sentences within one line are dropped.
		if (!sentence.includes('\n') && isVenting(sentence)) {
			any = true;
			continue;
		}
		kept.push(sentence, pieces[i + 1] ?? '');
	}
	if (!any) return text;
	const rest = kept.join('').trim();
	return (rest.match(/\p{L}+/gu) ?? []).length >= 3 ? rest : text;
}

/** Impatience that counts how often something was said: the fact stays, the count goes. */
const IMPATIENCE: [RegExp, string][] = [
	[
		/\bI(?:['’]ve|\s+have)?\s+(?:already\s+)?(?:told\s+(?:you|u|everyone|you\s+all)|explained(?:\s+(?:this|it))?|said(?:\s+(?:this|it))?|mentioned(?:\s+(?:this|it))?)\s+(?:(?:like\s+)?(?:\p{L}+|\d+)\s+times|twice|thrice|a\s+(?:hundred|thousand|million|dozen)\s+times|(?:over\s+and\s+over|again\s+and\s+again))(?:\s+(?:already|now|before))?(?:\s*[:,]\s*|\s+that\s+|\s+)/giu,
		'as mentioned before, ',
	],
	[
		/(^|[.!?]\s+|\n)for\s+the\s+(?:last|final|(?:\p{L}+|\d+(?:st|nd|rd|th)))\s+time\s*[:,]\s*/giu,
		'$1as mentioned before, ',
	],
];

/** "Fix the memory leak already." → "Fix the memory leak.": the impatience goes, the request stays. */
const ALREADY =
	/(^|[.!?]\s+|\n)((?:please\s+)?(?:fix|merge|review|close|reply|answer|update|release|ship|revert|reopen|respond|publish|do)\b[^.!?\n]*?)\s+already\s*([.!]+)/giu;

/** "I told you three times the config…" → "As mentioned before, the config…". */
export function calmImpatience(text: string): string {
	let out = text;
	for (const [pattern, replacement] of IMPATIENCE) out = out.replace(pattern, replacement);
	out = out.replace(ALREADY, '$1$2$3');
	// A sentence start gets its capital back (tidy re-capitalises later sentences too).
	return out.replace(/(^|[.!?]\s+|\n)as mentioned before/g, '$1As mentioned before');
}

const DET = '(?:this|that|the|your|these|those)';
/** Complaints under a venting phrase, said as what happened to the speaker. */
const RESTATE: [RegExp, string | ((...groups: string[]) => string)][] = [
	// "You wasted my entire weekend with this broken tutorial" → "I lost my entire weekend to this broken tutorial"
	[
		new RegExp(
			`\\b(?:you|u|this|that|it)(?:['’]ve|\\s+have)?\\s+(?:just\\s+)?wasted\\s+(my|our)\\s+((?:entire|whole)\\s+)?(${W}(?:\\s+${W})?)\\s+(?:with|on)\\s+(?=${DET}\\b)`,
			'giu',
		),
		(who: string, whole: string, span: string) =>
			`${who.toLowerCase() === 'our' ? 'we' : 'I'} lost ${who} ${whole}${span} to `,
	],
	// "Whoever designed this config format hates users" → "This config format is hard to use": the complaint.
	[
		new RegExp(
			`\\bwhoever\\s+(?:designed|wrote|made|came\\s+up\\s+with|built|thought\\s+up)\\s+(this|that|the|these)\\s+(${W}(?:\\s+${W}){0,2}?)\\s+(?:clearly\\s+|obviously\\s+|must\\s+)?(?:hates?|despises?)\\s+(?:(?:their|the|its|all)\\s+)?(?:users|us|everyone|people|developers)\\b`,
			'giu',
		),
		(det: string, thing: string) =>
			`${det} ${thing} ${det.toLowerCase() === 'these' ? 'are' : 'is'} hard to use`,
	],
	// "X is your fault, not the compiler's" → "X is not the compiler's fault": the fact without the blame.
	[
		new RegExp(
			`\\b(is|was)\\s+(?:all\\s+)?your\\s+(?:own\\s+)?fault\\s*,?\\s+not\\s+(the\\s+${W}['’]s|\\p{L}+['’]s)(?=[\\s,.;:!?]|$)`,
			'giu',
		),
		(be: string, whose: string) => `${be} not ${whose} fault`,
	],
	// "your lazy answers" → "your answers": the judgement of the person who wrote them, not of the answers.
	[
		/\b(your|their|his|her|these|those|the|this|that)\s+(?:lazy|clueless|brainless|incompetent|half-assed|sloppy|pathetic|arrogant)\s+(?=(?:answers?|replies|reply|comments?|reviews?|responses?|excuses?|code|work|PRs?|patch(?:es)?|fix(?:es)?|attempts?|hotfix(?:es)?)\b)/giu,
		'$1 ',
	],
	// "I'm sick and tired of your answers" → "I'm frustrated with your answers": the feeling, said calmly.
	[
		/\bI(?:['’]m|\s+am)\s+(?:so\s+|really\s+|getting\s+|just\s+)*(?:sick\s+and\s+tired|sick|tired|fed\s+up)\s+of\b/giu,
		"I'm frustrated with",
	],
	// "you wasted two days of my time" → "this cost me two days"
	[
		/\b(?:you|u)(?:['’]ve|\s+have)?\s+(?:just\s+)?wasted\s+((?:\p{L}+|\d+)\s+(?:minutes|hours|days|weeks|months))\s+of\s+(?:my|our)\s+time\b/giu,
		'this cost me $1',
	],
];

/** "I have concerns about A, I have concerns about B(, and …)" → "I have concerns about A and B(, and …)". */
const REPEATED_CONCERNS =
	/\bI have (?:some |serious )?concerns about ([^,.;!?\uE000]+?)((?:(?:,\s*(?:and\s+)?|\.\s+)I have (?:some |serious )?concerns about [^,.;!?\uE000]+?)+)(?=[,.;!?]|$)/giu;

/** The complaint under venting phrases, said as a fact about the speaker; repeated restatements merged. */
export function restateVenting(text: string): string {
	let out = text;
	for (const [pattern, replacement] of RESTATE)
		out =
			typeof replacement === 'string'
				? out.replace(pattern, replacement)
				: out.replace(pattern, (_m: string, ...groups: string[]) => replacement(...groups));
	return mergeConcerns(out);
}

/** "The docs need more work, the API needs more work" → "The docs and the API need more work". */
const REPEATED_NEEDS =
	/\b((?:the|this|that|your|these|those)\s+[^,.;!?\uE000]+?)\s+needs?\s+more\s+work,\s*(?:and\s+)?((?:the|this|that|your|these|those)\s+[^,.;!?\uE000]+?)\s+needs?\s+more\s+work\b/giu;

/**
 * "I have concerns about A, I have concerns about B" → "I have concerns about A and B" (also across a sentence
 * end: restatements next to each other read as a form letter).
 */
export function mergeConcerns(text: string): string {
	return text
		.replace(REPEATED_NEEDS, '$1 and $2 need more work')
		.replace(REPEATED_CONCERNS, (whole: string, first: string, rest: string) => {
			const lead = /^I have (?:some |serious )?concerns about/i.exec(whole)?.[0] ?? 'I have concerns about';
			const others = rest
				.split(/(?:,\s*(?:and\s+)?|\.\s+)I have (?:some |serious )?concerns about /i)
				.map((s) => s.trim())
				.filter(Boolean);
			const all = [first.trim(), ...others];
			const last = all.pop() ?? '';
			// "this library. I have concerns about the docs and the API" → "this library, the docs and the API"
			const list = / and /.test(last)
				? `${all.join(', ')}, ${last}`
				: all.length > 1
					? `${all.join(', ')}, and ${last}`
					: `${all[0]} and ${last}`;
			return `${lead} ${list}`;
		});
}
