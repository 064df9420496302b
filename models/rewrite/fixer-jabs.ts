/**
 * Jabs the offline fixer had no civil wording for (session 12): the sentence is the attack, but it still makes a
 * point a reader can act on, so the point is said plainly instead of the sentence being dropped or left flagged.
 * - a claim called a lie: "Your benchmark is a lie." → "Your benchmark doesn't match what I measure.";
 * - a superlative put-down: "You are the slowest reviewer on the planet." → "Could you review this when you have
 *   a moment?"; before the clause with the point ("…, #4410 has been open since March.") it just goes;
 * - "don't waste my time": "Stop wasting my time and attach the logs." → "Please attach the logs.", "… with X" →
 *   "Please avoid X", alone → "My time is limited, so let's keep this focused.";
 * - a jab at someone's reading or English: "Is English not your first language?", "Jesus Christ, are you incapable
 *   of reading?" → "Could you reread my comment?" (before the sentences with the point it just goes: "Is English
 *   not your first language? I asked for the version." → "I asked for the version."); "are you unable to read a
 *   README?" → "Could you take another look at the README?".
 * Session 13: a lie jab after the insult clause it follows ("You're a clown and your benchmark is a lie." →
 * "Your benchmark doesn't match what I measure."), an intensifier before the put-down ("Hands down, …", "Easily the
 * laziest maintainer around; …") and "the worst reviewer this repo has had; my PRs sit for weeks" → "My PRs sit for
 * weeks; could we find a way to speed up reviews?" (only when the clause after it is about waiting).
 * Rules only restate what the draft says and add no fact. Protected tokens are placeholders (\uE000n\uE001) here,
 * which no rule matches. Pure and deterministic; runs first in fixOffline, in every template.
 */

/** What "How hard can it be?" said alone means: the offline fixer offers it as a replacement (offline-fixer.ts). */
export const EXPECTED_SIMPLER = 'I expected this to be simpler.';

/** Where a sentence starts. */
const START = '(?<=^|[.!?]\\s+|\\n\\s*)';
/** Where a clause starts: a sentence start, or after the conjunction or comma that ends an insult clause ("You're a
 * clown and your benchmark is a lie.": fixer-person.ts drops the insult clause, but only once the jab is restated). */
const CLAUSE_START = '(?<=^|[.!?]\\s+|\\n\\s*|[,;:]\\s+|\\b(?:and|but|so)\\s+)';
/** An oath or exclamation that goes with the jab ("Jesus Christ, …", "For God's sake, …"). */
const OATH =
	"(?:(?:jesus(?:\\s+christ)?|christ|good\\s+(?:lord|god|grief)|oh\\s+my\\s+god|my\\s+god|omg|god|for\\s+(?:god|christ|heaven|pete)['’]?s\\s+sake|ffs|seriously|honestly|dude|man|wow|geez|jeez|come\\s+on)\\s*[,!.]*\\s+)*";
const WORD = "[\\p{L}\\d'’-]+";
/** A short noun phrase that stops before a clause or sentence end. */
const NP = `((?:${WORD}\\s+){0,4}?${WORD})`;
const DET = '(?:your|the|this|that|these|those|their|his|her|our|its)';
const rx = (source: string) => new RegExp(source, 'giu');

/** "the issues", "the README": an object as a definite noun phrase (no "a", no "simple"). */
function definite(phrase: string): string {
	const bare = phrase
		.replace(/^(?:a|an)\s+/i, '')
		.replace(/\b(?:simple|basic|easy|trivial|obvious|single)\s+/gi, '');
	return new RegExp(`^${DET}\\b`, 'i').test(bare) ? bare : `the ${bare}`;
}

/** Nouns that are measured, not just read: "doesn't match what I measure". */
const MEASURED =
	/\b(?:benchmarks?|numbers?|results?|figures?|stats|statistics|metrics?|coverage|charts?|graphs?|timings?|faster|slower|speed|speedup|throughput|latency|\d)/iu;

/** Whose time a jab says is wasted: "my", "everyone's", "reviewers'" (captured). */
const WHOSE =
	"(my|our|everyone['’]s|everybody['’]s|people['’]s|(?:the\\s+)?(?:reviewers|maintainers)['’]|(?:the\\s+)?team['’]s)";
/**
 * The cost a time-wasting jab complains of, said plainly (session 24: "This PR is garbage. Stop wasting everyone's
 * time." lost the second sentence, which is what the user meant: this costs reviewers time).
 */
const timeOf = (whose: string) => `${whose.replace(/^the\s+/i, '').toLowerCase()} time`;
const TIME_COST = (whose: string) => `This is taking up a lot of ${timeOf(whose)}.`;

/** A pattern and its replacement, given the groups and then the text after the match. */
type Rule = [RegExp, (...groups: string[]) => string];
const RULES: Rule[] = [
	// "Your benchmark is a lie (, and you know it)." / "The release notes are all lies: …"
	[
		rx(
			`${CLAUSE_START}(?:(?:honestly|frankly|seriously)\\s*,?\\s+)?(${DET}(?:\\s+(?!(?:is|are|was|were)\\b)(?:${WORD}|\\uE000\\d+\\uE001)){1,6}?)\\s+(is|are|was|were)\\s+(?:(?:just|all|basically|simply|nothing\\s+but)\\s+)?(?:an?\\s+)?(?:(?:total|complete|blatant|outright|absolute|flat|straight)\\s+)?lies?\\b(?:,?\\s+and\\s+(?:you|they|we)\\s+(?:all\\s+)?know\\s+it\\b)?(?=\\s*(?:[.,;:!?)\\n]|$)|\\s+(?:and|but|so|because|since)\\b)`,
		),
		(subject, be) => {
			const plural = /^(?:are|were)$/i.test(be);
			const clean = subject.replace(/\s+(?:whole|entire)\b/i, '');
			const what = MEASURED.test(subject) ? 'measure' : 'see';
			return `${clean} ${plural ? "don't" : "doesn't"} match what I ${what}`;
		},
	],
	// A jab at reading with an object: "are you physically unable to read a README?" → "Could you take another
	// look at the README?"
	[
		rx(
			`${START}${OATH}are\\s+(?:you|u)\\s+(?:(?:even|just|really|completely|physically|literally|seriously)\\s+)*(?:incapable\\s+of|unable\\s+to|not\\s+able\\s+to)\\s+\\p{L}+\\s+(?!(?:a|an|the)?\\s*[?!.])${NP}\\s*[?!.]+`,
		),
		(object) => `Could you take another look at ${definite(object)}?`,
	],
	// "Is English not your first language?", "Can you not read?", "are you incapable of reading?", "Is reading
	// comprehension not your strong suit?" (and "…, or do you just not read issues?" → "Could you reread the issues?")
	[
		rx(
			`${START}${OATH}(?:is\\s+english\\s+(?:not\\s+your\\s+(?:first|native|primary|main)|your\\s+(?:second|third))\\s+language|is\\s+english\\s+your\\s+(?:first|native)\\s+language(?=\\s+or\\s+something)|was\\s+english\\s+(?:not\\s+)?(?:ever\\s+)?your\\s+(?:first|native)\\s+language|(?:do|can)\\s+(?:you|u)\\s+(?:even\\s+|actually\\s+)?(?:speak|read|understand)\\s+english|(?:can|can['’]?t|cannot)\\s+(?:you|u)\\s+(?:even\\s+|not\\s+|just\\s+)?read|are\\s+(?:you|u)\\s+(?:even\\s+|just\\s+)?(?:illiterate|able\\s+to\\s+read)|is\\s+reading(?:\\s+comprehension)?\\s+not\\s+(?:your|their)\\s+strong\\s+(?:suit|point)|are\\s+(?:you|u)\\s+(?:(?:even|just|really|completely|physically|literally|seriously)\\s+)*(?:incapable\\s+of|unable\\s+to|not\\s+able\\s+to)\\s+read(?:ing)?)(?:\\s+or\\s+something)?(?:\\s*,?\\s+or\\s+(?:do|did)\\s+(?:you|u)\\s+(?:just\\s+)?(?:not|never)\\s+read\\s+${NP})?\\s*[?!.]+(?:\\s+because\\s+(?=\\S))?`,
		),
		// Before the sentences that say what to reread, the jab just goes ("Can't you read? I told you twice: pin the
		// version." is fixer-vent.ts's "As mentioned before, …").
		(object, after) =>
			object
				? `Could you reread ${definite(object)}? `
				: /[\p{L}\uE000]/u.test(after)
					? ''
					: 'Could you reread my comment? ',
	],
	// "Stop wasting my time and attach the logs." → "Please attach the logs."
	[
		rx(
			`${START}${OATH}(?:please\\s+)?(?:don['’]?t|do\\s+not|stop|quit)\\s+wast(?:e|ing)\\s+${WHOSE}\\s+time\\s*,?\\s+and\\s+(?=\\p{L})`,
		),
		// Session 24: the reason stays ("To save reviewers' time, please run the linter first.").
		(whose) => (/^my$/i.test(whose) ? 'To save time, please ' : `To save ${timeOf(whose)}, please `),
	],
	// "Can you please not waste my time with duplicate issues?" → "Could you please avoid duplicate issues?"
	[
		rx(
			`${START}(?:can|could|would)\\s+(?:you|u)\\s+(?:please\\s+)?(?:not|stop)\\s+wast(?:e|ing)\\s+(?:my|our|everyone['’]s|everybody['’]s|people['’]s)\\s+time\\s+with\\s+(?!(?:these|those|this|that|your)\\b)([^.!?,;\\n]+?)\\s*\\?`,
		),
		(what) => `Could you please avoid ${what}?`,
	],
	// "Quit wasting everyone's time with half-finished PRs." → "Please avoid half-finished PRs." ("… with these
	// useless PRs" is fixer-restate.ts's, which says what they cost.)
	[
		rx(
			`${START}${OATH}(?:please\\s+)?(?:don['’]?t|do\\s+not|stop|quit)\\s+wast(?:e|ing)\\s+${WHOSE}\\s+time\\s+with\\s+(?!(?:these|those|this|that|your)\\b)([^.!?,;:\\n\\uE000]+?)(?=\\s*(?:[.!?,;:\\n]|$))`,
		),
		// Session 24: and what it costs ("…; it takes up a lot of our time").
		(whose, what) => `Please avoid ${what}; it takes up a lot of ${timeOf(whose)}`,
	],
	// "Don't waste my time asking for logs I already attached." → "Please don't keep asking for logs …"
	[
		rx(
			`${START}${OATH}(?:please\\s+)?(?:don['’]?t|do\\s+not|stop|quit)\\s+wast(?:e|ing)\\s+(?:my|our|everyone['’]s|everybody['’]s|people['’]s|(?:the\\s+)?(?:reviewers|maintainers)['’]|(?:the\\s+)?team['’]s)\\s+time\\s+(?=\\p{L}+ing\\b)`,
		),
		() => "Please don't keep ",
	],
	// "Don't waste my time." as a sentence: the cost it complains of, said plainly (session 24; it went, and with it
	// what the user meant). Alone, restateJabs words it as a request to keep to the point.
	[
		rx(
			`${START}${OATH}(?:please\\s+)?(?:don['’]?t|do\\s+not|stop|quit)\\s+wast(?:e|ing)\\s+${WHOSE}\\s+time(?:\\s+(?:already|again|please))?\\s*(?:[.!]+\\s*|$)`,
		),
		(whose, after) => `${TIME_COST(whose)}${/\S/.test(after) ? ' ' : ''}`,
	],
	// Session 15 (fixer6). "How hard can it be?" as a sentence: before the sentences with the point it goes; alone
	// it is what the writer expected (below). "How hard can it be to …?" is fixer-restate.ts's ("please …").
	[
		rx(
			`${START}${OATH}how\\s+(?:hard|difficult|tough)\\s+can\\s+(?:it|this|that)\\s+(?:possibly\\s+|really\\s+)?(?:be|get)\\s*\\?+\\s*`,
		),
		(after) => (/[\p{L}\uE000]/u.test(after) ? '' : `${EXPECTED_SIMPLER} `),
	],
	// "… should be ashamed/embarrassed (of yourself)": a verdict on the person, no point to act on; it goes with the
	// "and" that joined it ("I think your PR #1532 is a joke and you should be embarrassed.").
	[
		rx(
			`(?:,?\\s+(?:and|so)\\s+|${START})(?:you|you\\s+(?:guys|all|people)|y['’]?all|they|he|she|whoever\\s+\\p{L}+\\s+(?:it|this|that)|the\\s+(?:author|reviewer|maintainers?|team))\\s+(?:really\\s+|honestly\\s+)?should\\s+(?:really\\s+|honestly\\s+)?(?:be|feel)\\s+(?:(?:so|very|deeply|thoroughly|really)\\s+)?(?:ashamed|embarrassed)(?:\\s+of\\s+(?:yourself|yourselves|themselves|himself|herself|this|that|it))?(?=\\s*(?:[.!?]|$))`,
		),
		() => '',
	],
	// "… because someone can't be bothered to update the lockfile" → "because someone didn't update the lockfile":
	// what happened, without the verdict on why.
	[
		rx(
			`\\b(someone|somebody|you|they|he|she|people|the\\s+(?:author|reviewer|maintainers?|team))\\s+(?:can['’]?t|cannot|couldn['’]?t|could\\s+not|won['’]?t)\\s+(?:even\\s+)?be\\s+bothered\\s+to\\s+(?=\\p{L})`,
		),
		(who) => `${who} didn't `,
	],
	// "You closed #877 as "won't fix" without even reading it." → "#877 was closed as "won't fix" without a closer
	// look.": the complaint (it was not examined) without the scorn of "even", about the issue rather than the person
	// (the scorer still flags "You closed #877 as "won't fix"", 0.8 toxic, and passes the passive).
	[
		rx(
			`${START}${OATH}(?:you|u)\\s+(?:just\\s+)?(closed|rejected|dismissed|locked|marked)\\s+(\\uE000\\d+\\uE001|it|(?:this|that|my|our|the)\\s+(?:\\p{L}+\\s+)?(?:issue|report|bug|PR|pull\\s+request|ticket))(\\s+as\\s+(?:\\uE000\\d+\\uE001|[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?))?\\s+without\\s+(?:even|so\\s+much\\s+as|ever)\\s+(?:reading|looking\\s+at|opening|checking|trying|testing|running)\\s+(?:it|this|that|them|the\\s+(?:issue|report|logs?|PR|repro|reproduction))(?=\\s*(?:[.!?,;]|$))`,
		),
		(verb, what, as) => `${what} was ${verb.toLowerCase()}${as} without a closer look`,
	],
	[
		rx(
			`\\s+without\\s+(?:even|so\\s+much\\s+as|ever)\\s+(?:reading|looking\\s+at|opening|checking|trying|testing|running)\\s+(?:it|this|that|them|the\\s+(?:issue|report|logs?|PR|repro|reproduction))(?=\\s*(?:[.!?,;]|$))`,
		),
		() => ' without a closer look',
	],
	// "Stop closing issues you don't understand." → "Please don't close issues without a closer look."
	[
		rx(
			`${START}${OATH}(?:please\\s+)?(?:stop|quit)\\s+closing\\s+((?:\\p{L}+\\s+)?(?:issues|bugs|reports|tickets|PRs|pull\\s+requests))\\s+(?:that\\s+|which\\s+)?(?:you\\s+(?:clearly\\s+|obviously\\s+)?(?:don['’]?t|do\\s+not|didn['’]?t|did\\s+not)\\s+(?:even\\s+)?(?:understand|read|get))\\s*[.!]+`,
		),
		(what) => `Please don't close ${what} without a closer look.`,
	],
	// "Please stop posting your half-baked theories here and just attach the logs." → "Please attach the logs."
	[
		rx(
			`${START}${OATH}(?:please\\s+)?(?:stop|quit)\\s+(?:posting|spouting|sharing|throwing\\s+out)\\s+(?:your|these|those|more|all\\s+these)\\s+(?:[\\p{L}-]+\\s+)?(?:theories|guesses|speculation|opinions|hot\\s+takes|ideas)(?:\\s+(?:here|in\\s+this\\s+thread))?\\s*,?\\s+and\\s+(?:just\\s+)?(?=\\p{L})`,
		),
		() => 'Please ',
	],
	// A superlative put-down before the clause with the point: "You're the laziest maintainer in the whole
	// ecosystem, #4410 has been open since March." → "#4410 has been open since March."
	// Alone, it becomes the request or the feeling under it (below).
];

const SUBJECT_BE =
	"(?:you\\s+are|you['’]re|youre|ur|you\\s+(?:must|have\\s+to|might|may|could|would)\\s+be|you['’]ve\\s+got\\s+to\\s+be)\\s+(?:(?:hands\\s+down|by\\s+far|easily|officially|literally|honestly|probably|clearly|truly|really|quite\\s+possibly|possibly|seriously)\\s+)*";
const SLOW = '(?:slowest|laziest|most\\s+unresponsive|least\\s+responsive|most\\s+absent)';
const WORST =
	'(?:worst|most\\s+(?:useless|incompetent|clueless|arrogant|unhelpful|hostile)|least\\s+(?:helpful|competent)|rudest|dumbest|stupidest)';
const ROLE =
	'((?:\\p{L}+\\s+)?(?:reviewer|maintainer|developer|dev|programmer|engineer|contributor|person|human(?:\\s+being)?|admin|moderator|owner|support\\s+agent|coder|colleague|teammate|manager|lead|team))';
const WHERE =
	"(?:\\s+(?:on\\s+(?:the\\s+)?(?:planet|earth|github|gitlab|internet|this\\s+\\p{L}+)|in\\s+(?:the\\s+)?(?:world|universe|galaxy|industry|history(?:\\s+of\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+)?|(?:whole|entire)\\s+\\p{L}+|this\\s+\\p{L}+)|alive|around|ever|of\\s+all\\s+time|(?:that\\s+)?I(?:\\s+have|['’]ve)\\s+ever\\s+(?:dealt|worked|met|seen|had)(?:\\s+with)?|I\\s+(?:know|have\\s+met)))*";
/** An intensifier that opens the put-down ("Hands down, you are…", "Easily the laziest maintainer…"). */
const SURELY =
	'(?:(?:hands\\s+down|without\\s+(?:a|any)\\s+doubt|no\\s+(?:question|doubt)|by\\s+far|easily|undoubtedly|officially)\\s*,?\\s+)';
/** Whose history the put-down reaches back into: "…reviewer this repo has (ever) had". */
const WHOSE_HISTORY =
	'(?:\\s+(?:that\\s+)?(?:this|the|our|my)\\s+(?:repo(?:sitory)?|project|org(?:anization|anisation)?|team|company|community|codebase|library|crate|package)\\s+(?:has|have)\\s+(?:ever\\s+)?(?:had|seen))?';
const SUPERLATIVE = new RegExp(
	`${START}${OATH}(?:${SURELY}*${SUBJECT_BE}|${SURELY}+(?=the\\s))(?:the\\s+)?(${SLOW}|${WORST})\\s+${ROLE}${WHERE}${WHOSE_HISTORY}${WHERE}(?:\\s+at\\s+(\\p{L}+ing)\\s+${NP})?(?:\\s*[,;]\\s+(?:and\\s+)?(?=\\S)|(\\s*[.!?]+|\\s*$))`,
	'giu',
);

/** Marks where a reviewer put-down went before the clause with the point ("…; my PRs sit for weeks."). */
const REVIEW_WAIT = '\uE002';
/** A clause that says how long the writer's work has been waiting. */
const WAITING =
	/\b(?:weeks?|days?|months?|years?|ages|forever|since|sits?|sitting|sat|wait(?:s|ing|ed)?|pending|open|stuck|no\s+(?:reply|response|answer))\b/iu;
/** "my PRs sit for weeks" after a reviewer put-down: the clause, and the request under the put-down. */
const AFTER_REVIEW_WAIT = /\uE002([^.!?\n]*?)\s*([.!?]+|$)/gu;

function superlative(
	kind: string,
	role: string,
	gerund: string,
	object: string,
	end: string | undefined,
): string {
	// Not at a sentence end: the clause after it carries the point. "The worst reviewer" is marked for the ask
	// below; "the slowest reviewer, it's been three weeks" already says it (session 12's wording, kept).
	if (end === undefined)
		return /reviewer$/i.test(role) && !new RegExp(`^${SLOW}$`, 'iu').test(kind) ? REVIEW_WAIT : '';
	if (new RegExp(`^${SLOW}$`, 'iu').test(kind)) {
		if (gerund && object) return `Could you take a look at ${definite(object)} when you have a moment? `;
		if (/reviewer$/i.test(role)) return 'Could you review this when you have a moment? ';
		return 'Could you take a look at this when you have a moment? ';
	}
	if (/reviewer$/i.test(role)) return "I'm not happy with this review. ";
	if (/maintainer$/i.test(role)) return 'I have concerns about the maintenance of this project. ';
	return "I'm not happy with how this is going. ";
}

/** The draft with these jabs restated; unchanged when it holds none. */
export function restateJabs(text: string): string {
	let out = text.replace(
		SUPERLATIVE,
		(_m, kind: string, role: string, gerund = '', object = '', end: string | undefined) =>
			superlative(kind, role, gerund, object, end),
	);
	// "Hands down, you are the worst reviewer this repo has had; my PRs sit for weeks." → "My PRs sit for weeks;
	// could we find a way to speed up reviews?": the wait is the point, faster reviews the request under the jab.
	out = out.replace(AFTER_REVIEW_WAIT, (_m, clause: string, end: string) =>
		WAITING.test(clause) && !/\?/.test(end)
			? `${clause}; could we find a way to speed up reviews?`
			: `${clause}${end}`,
	);
	for (const [pattern, replace] of RULES)
		out = out.replace(pattern, (...args) =>
			replace(
				...args.slice(1, -2).map((g) => (typeof g === 'string' ? g : '')),
				(args.at(-1) as string).slice((args.at(-2) as number) + (args[0] as string).length),
			),
		);
	if (out === text) return text;
	out = out.replace(/[ \t]+$/gm, '').replace(/[ \t]{2,}/g, ' ');
	// "Don't waste my time." was all the draft said: the request under it.
	return /\p{L}|\uE000/u.test(out) && !/^This is taking up a lot of [\p{L}'’ ]+ time\.$/u.test(out.trim())
		? out
		: "My time is limited, so let's keep this focused.";
}
