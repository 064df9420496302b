/**
 * Calm-worded condescension that carries a technical point (session 28, fixer28): the put-down has no insult word,
 * so the other rules left it and the candidate was "unchanged" (no suggestion) or kept the put-down. By class:
 * - a put-down clause before the point goes, the point stays: "Maybe leave the schema design to people who have
 *   done it before; this table has no primary key." → "This table has no primary key."; "This is Programming 101:",
 *   "I shouldn't have to point out that …", "Let me explain this slowly:", "I'm not going to do your homework for
 *   you, but …", "Next time try thinking before you push:", "Maybe read a book on SQL before …;";
 * - "anyone would have caught X" says X: "Anyone with a week of experience would have caught this before pushing."
 *   → "This could have been caught before pushing."; "Even an intern would have noticed that the job runs every
 *   minute." → "The job runs every minute."; "Most people figure out … that you don't commit .env" → "We don't …";
 * - a question that mocks becomes a plain request, or goes before the sentence with the point: "Do you need me to
 *   hold your hand through the rebase?" → "Do you need help with the rebase?"; "Is reading the error message too
 *   much to ask?" → "Could you read the error message?"; "Want me to spell it out? The key ignores the locale." →
 *   "The key ignores the locale.".
 * `MOCK_QUESTION` tells fixer-asks.ts these questions are no asks. Rules only drop or restate what the draft says.
 * Protected tokens are placeholders (\uE000n\uE001) here and match no word. Pure and deterministic.
 */

const rx = (source: string, flags = 'giu') => new RegExp(source, flags);
/** Where a sentence starts, with an opener that goes with the put-down ("Honestly, …", "Look, …"). */
const START =
	'(?:^|(?<=[.!?]\\s+)|(?<=\\n[^\\S\\n]*))(?:(?:honestly|seriously|frankly|look|dude|man|ok(?:ay)?|so|well)\\b[,!]?\\s+)*';
/** The rest of a clause: no end mark, no clause break. */
const REST = '[^.!?;:,\\n\\uE000]*';
const HEDGE = '(?:(?:maybe|perhaps|best|just|please|probably|honestly|really)\\s+)*';
const PEOPLE_WHO_KNOW =
	'(?:people|those|someone|somebody|folks|the\\s+(?:adults|grown-?ups|experts|professionals|pros|seniors|big\\s+(?:kids|boys))|(?:a\\s+)?(?:senior|real)\\s+(?:engineers?|devs?|developers?|programmers?))';
/** "the adults on the budget call", "the experts in finance": people named by where they are, not a verdict. */
const NOT_A_GROUP = '(?!\\s+(?:in|on|at|from|of)\\b)';
const EXPERIENCED =
	'(?:(?:more|most|actually|truly|properly)\\s+)?(?:experienced|senior|competent|qualified|capable|knowledgeable)';

/** Who a third-person put-down compares the reader with (session 30). */
const NOVICE = '(?:beginner|rookie|newbie|noob|junior|amateur|intern|first-year|bootcamp|student|schoolboy)';

/** Clauses that only talk down to the reader; what follows them (after a break) is the point. */
const PUT_DOWNS: string[] = [
	// "Maybe leave the schema design to people who have done it before", "Best leave X to people who know X".
	`${HEDGE}(?:you\\s+(?:should|might\\s+want\\s+to|could)\\s+(?:probably\\s+|just\\s+)?)?leave\\s+(?:the\\s+|this\\s+|that\\s+|all\\s+)?[^.!?;:,\\n]{1,60}?\\s+to\\s+${PEOPLE_WHO_KNOW}\\b${NOT_A_GROUP}${REST}`,
	// "Perhaps stick to CSS and leave the backend to us".
	`${HEDGE}stick\\s+to\\s+[^.!?;:,\\n]{1,40}?\\s+and\\s+leave\\s+[^.!?;:,\\n]{1,60}?\\s+to\\s+(?:us|me|${PEOPLE_WHO_KNOW})\\b${NOT_A_GROUP}${REST}`,
	// "Let the adults handle concurrency", "You should probably let a senior engineer review your migrations".
	`${HEDGE}(?:you\\s+(?:should|might\\s+want\\s+to)\\s+(?:probably\\s+)?)?let\\s+(?:the\\s+)?(?:adults|grown-?ups|experts|professionals|pros|big\\s+(?:kids|boys)|(?:a\\s+)?senior\\s+(?:engineers?|devs?|developers?|people)|someone\\s+${EXPERIENCED})\\s+(?:handle|do|deal\\s+with|take\\s+care\\s+of|review|own|make|decide)\\b${REST}`,
	// "Maybe someone more experienced should own the release scripts".
	`${HEDGE}someone\\s+${EXPERIENCED}\\s+should\\s+(?:own|handle|do|write|review|take\\s+over|look\\s+at|be\\s+doing)\\b${REST}`,
	// "Security is clearly not your area, so leave it alone".
	`[^.!?;:,\\n]{1,40}?\\s+(?:is|are)\\s+(?:clearly\\s+|obviously\\s+|just\\s+|simply\\s+)?not\\s+your\\s+(?:area|strong\\s+suit|forte|thing|strength|field)(?:\\s*,?\\s*so\\s+(?:please\\s+)?leave\\s+it\\s+(?:alone|to\\s+${PEOPLE_WHO_KNOW}))?`,
	// "This is why we don't let juniors touch the billing code".
	`this\\s+is\\s+why\\s+we\\s+(?:don['’]?t|do\\s+not|can['’]?t|never)\\s+let\\s+(?:juniors|interns|new\\s+hires|beginners|newbies|you|people\\s+like\\s+you)\\s+(?:touch|near|anywhere\\s+near|work\\s+on)\\b${REST}`,
	// "This is Programming 101", "Basic stuff, really", "It's not rocket science".
	`(?:this|that|it)\\s+(?:is|['’]s)\\s+(?:literally\\s+|really\\s+|just\\s+)?(?:[\\p{L}+#]+\\s+)?101`,
	`(?:(?:this|that|it)\\s+(?:is|['’]s)\\s+)?(?:(?:really|pretty|very|just)\\s+)?(?:basic|beginner|elementary|kindergarten)\\s+stuff(?:\\s*,?\\s*really)?`,
	`(?:this|that|it)\\s+(?:is|['’]s|isn['’]?t)\\s+(?:not\\s+)?rocket\\s+science`,
	// "Let me explain this slowly so you can follow", "I'll use small words", "Try to keep up".
	`(?:let\\s+me|I['’]ll|I\\s+will)\\s+(?:explain|say|spell|type|put)\\s+(?:this|it|that)\\s+(?:very\\s+)?(?:slowly|simply|plainly)\\s+(?:so|for)\\s+you${REST}`,
	`(?:I['’]ll|I\\s+will|let\\s+me)\\s+use\\s+(?:small|simple|short)\\s+words(?:\\s+(?:so|for)\\s+you${REST})?`,
	`(?:try\\s+to\\s+keep\\s+up|pay\\s+attention\\s+this\\s+time|read\\s+carefully\\s+this\\s+time)`,
	// "It's honestly embarrassing that this needs saying", "I can't believe I have to say this".
	`(?:it['’]s|it\\s+is)\\s+(?:honestly\\s+|frankly\\s+|a\\s+bit\\s+|kind\\s+of\\s+|pretty\\s+)?(?:embarrassing|sad|amazing|incredible|astonishing|unbelievable)\\s+that\\s+(?:this|it|I)\\s+(?:needs?|has|have)\\s+(?:saying|to\\s+be\\s+said|to\\s+say\\s+(?:this|it))`,
	`I\\s+(?:can['’]?t|cannot)\\s+believe\\s+I\\s+(?:have|need)\\s+to\\s+(?:say|explain|point\\s+out)\\s+(?:this|it)(?:\\s+again)?`,
	// "I'm not going to do your homework for you".
	`I['’]?m\\s+not\\s+(?:going\\s+to|gonna|here\\s+to)\\s+(?:do\\s+your\\s+(?:homework|job|work|thinking)|spoon-?feed\\s+you|hold\\s+your\\s+hand)(?:\\s+for\\s+you)?`,
	// "Maybe read a book on SQL before touching the queries again", "Go learn how promises work, then come back".
	`${HEDGE}(?:go\\s+|you\\s+should\\s+|you\\s+might\\s+want\\s+to\\s+)?(?:read\\s+(?:a\\s+book|up|a\\s+tutorial)|take\\s+a\\s+(?:course|class|tutorial)|do\\s+a\\s+tutorial|educate\\s+yourself|go\\s+learn|learn\\s+the\\s+basics)\\b${REST}?\\s+before\\s+${REST}`,
	`${HEDGE}go\\s+(?:and\\s+)?learn\\s+${REST}(?:\\s*,?\\s*(?:and\\s+|then\\s+)+come\\s+back${REST})`,
	// "Next time try thinking before you push".
	`(?:next\\s+time\\s*,?\\s+)?(?:try|maybe\\s+try)\\s+(?:thinking|using\\s+your\\s+(?:head|brain))\\s+before\\s+${REST}`,
	// Session 30 (fixer30), third-person put-downs: "This is a beginner mistake that any junior would catch",
	// "This is a mistake only a junior would make", "This is the kind of code a first-year student writes",
	// "Typical beginner code", "Rookie mistake".
	`(?:this|that|it)\\s+(?:is|['’]s)\\s+(?:(?:clearly|obviously|just|really|such)\\s+)*(?:an?\\s+)?(?:(?:classic|typical|textbook)\\s+)?${NOVICE}(?:['’]s)?\\s+(?:mistake|error|bug|code|move)${REST}`,
	`(?:(?:this|that|it)\\s+(?:is|['’]s)\\s+)?(?:an?\\s+)?(?:mistake|error|bug)\\s+(?:that\\s+)?only\\s+(?:an?\\s+)?${NOVICE}\\s+would\\s+make`,
	`(?:this|that|it)\\s+(?:is|['’]s)\\s+the\\s+(?:kind|sort)\\s+of\\s+(?:code|mistake|thing|bug)\\s+(?:that\\s+)?(?:an?\\s+)?${NOVICE}(?:\\s+(?:student|dev|developer|grad))?\\s+(?:writes|makes|would\\s+(?:write|make))${REST}`,
	`(?:typical|classic|textbook|such\\s+an?)\\s+${NOVICE}\\s+(?:code|mistake|move|stuff|error)`,
	`(?:rookie|beginner|newbie|noob|amateur)\\s+(?:mistake|error|move)`,
	// "People who actually know Rust wouldn't write it like this", "Developers who really understand Go …".
	`(?:people|developers|devs|engineers|programmers|folks)\\s+who\\s+(?:actually|really|truly)\\s+(?:know|understand|get)\\s+${REST}`,
	// "Some of us have actual work to do", "Some of us have real jobs", "Some of us actually read the changelog",
	// "Some people clearly never read the docs".
	`some\\s+of\\s+us\\s+(?:have|need\\s+to\\s+do|are\\s+doing)\\s+(?:actual|real)\\s+(?:work|jobs?)(?:\\s+to\\s+do)?`,
	`some\\s+of\\s+us\\s+(?:actually|already|bothered\\s+to)\\s+(?:read|test|tested|check|checked|run|ran|look\\s+at|looked\\s+at)${REST}`,
	`some\\s+people\\s+(?:(?:clearly|obviously|apparently|evidently)\\s+)?(?:never|don['’]?t|can['’]?t|didn['’]?t|won['’]?t)\\s+(?:bother\\s+to\\s+)?(?:read|test|check)${REST}`,
	// "This clearly needs someone experienced", "This needs someone with actual experience", "This is clearly a
	// job for someone more senior" (not "This needs a review from someone experienced with OAuth").
	`(?:this|that|it)\\s+(?:(?:clearly|obviously)\\s+needs\\s+(?:someone|somebody)\\s+(?:more\\s+)?(?:experienced|senior|competent|qualified)|needs\\s+(?:someone|somebody)\\s+(?:with\\s+(?:actual|real)\\s+experience|more\\s+(?:experienced|senior|competent|qualified)))(?![\\p{L}\\s]*\\p{L})`,
	`(?:this|that|it)\\s+(?:is|['’]s)\\s+(?:clearly\\s+|obviously\\s+)?a\\s+job\\s+for\\s+(?:someone|somebody|people)\\s+(?:more\\s+)?(?:senior|experienced|competent|qualified)`,
];

/** A put-down clause that opens a sentence and a break after it, before what it was said about. */
const LEAD_IN = rx(
	`${START}(?:${PUT_DOWNS.join('|')})\\s*(?:[:;,–—]\\s*(?:(?:but|so|and|since|because|as)\\s+)?|[.!]+\\s+|\\s+(?:but|so|since|because)\\s+)(?=\\p{L}|\\uE000)`,
);

/** Who "anyone would have caught it" compares the reader with. */
const ANYONE = `(?:(?:literally|surely|honestly)\\s+)?(?:any(?:one|body)|any\\s+(?:(?:first-year|junior|competent|half-decent|decent|real)\\s+)?(?:student|dev|developer|engineer|programmer|reviewer|intern|beginner)|even\\s+(?:an?\\s+)?(?:intern|junior|beginner|first-year(?:\\s+student)?|student|child|kid|toddler|newbie|you)|an?\\s+(?:competent|decent|half-decent|careful|real|good|first-year|junior)\\s+(?:student|dev|developer|engineer|programmer|reviewer|intern)|most\\s+people)(?:\\s+(?:with|who|that)\\s+[^.!?;:,\\n]*?)?`;
/** When the catch would have happened: it stays with the restatement ("… before pushing"). */
const WHEN =
	'(?:before|when|while|during|earlier|sooner|if|in\\s+review|at\\s+a\\s+glance|right\\s+away|immediately)\\b';
const PARTICIPLE: Record<string, string> = {
	catch: 'caught',
	caught: 'caught',
	notice: 'noticed',
	noticed: 'noticed',
	spot: 'spotted',
	spotted: 'spotted',
	see: 'seen',
	seen: 'seen',
	find: 'found',
	found: 'found',
};

const capital = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** A gerund said as a request's verb: "reading" → "read", "testing" → "test" (a short table, else unchanged). */
const BASE: Record<string, string> = {
	reading: 'read',
	testing: 'test',
	running: 'run',
	checking: 'check',
	writing: 'write',
	searching: 'search',
	looking: 'look',
	opening: 'open',
	scrolling: 'scroll',
	trying: 'try',
	using: 'use',
	googling: 'search for',
	following: 'follow',
	reviewing: 'review',
	updating: 'update',
	adding: 'add',
};

/** Questions that mock the reader: fixer-asks.ts counts them as no asks. */
export const MOCK_QUESTION =
	/\b(?:hold\s+your\s+hand|spell\s+it\s+out|draw\s+you\s+a\s+(?:diagram|picture|map)|too\s+much\s+to\s+ask|someone\s+else['’]?s\s+job|(?:do|did|must|should)\s+I\s+(?:really\s+|seriously\s+)?(?:have|need)\s+to\s+(?:explain|spell\s+out|repeat|say)|did\s+(?:you|u)\s+(?:honestly|really|seriously|actually)\s+think|(?:were|are)\s+(?:you|u)\s+(?:planning|going|intending)\s+to\s+\p{L}+\s+[^.!?\n]*?\bat\s+all)\b/iu;

type Rule = [RegExp, (...groups: string[]) => string];
const RULES: Rule[] = [
	// "Maybe leave the architecture decisions to people who understand them." said alone: the concern, without
	// the verdict on who may decide ("I have some concerns about the architecture decisions.").
	[
		rx(
			`${START}${HEDGE}(?:you\\s+(?:should|might\\s+want\\s+to|could)\\s+(?:probably\\s+|just\\s+)?)?leave\\s+((?:the|this|that|these|those|all)\\s+[^.!?;:,\\n]{1,60}?)\\s+to\\s+${PEOPLE_WHO_KNOW}\\b${NOT_A_GROUP}${REST}[.!]*(?=\\s*$)`,
		),
		(topic) => `I have some concerns about ${topic.replace(/^all\s+/i, 'the ')}.`,
	],
	// "Anyone with a week of experience would have caught this before pushing." → "This could have been caught
	// before pushing."; "… would have noticed that S" → "S".
	[
		rx(
			`${START}${ANYONE}\\s+(?:would|could|should)(?:\\s+have|['’]ve)\\s+(caught|noticed|spotted|seen|found)\\s+(?!that\\b)((?:(?!\\s${WHEN})[^.!?;:,\\n])+?)(\\s+${WHEN}[^.!?;:,\\n]*)?(?=\\s*(?:[.!?;:,\\n]|$))`,
		),
		(verb, object, when = '') =>
			`${capital(object.trim())} could have been ${PARTICIPLE[verb.toLowerCase()] ?? verb}${when}`,
	],
	// "Even an intern would have noticed that S", "Literally anyone could see that S", "Surely even you can see
	// that S", "Any first-year student knows S", "Most people figure out in their first month that S".
	[
		rx(
			`${START}${ANYONE}\\s+(?:(?:would|could|should|can)(?:\\s+have|['’]ve)?\\s+(?:noticed|seen|see|(?:tell|told)(?:\\s+you)?|known|know|spotted|figured\\s+out|realised|realized)|knows?|figures?\\s+out|learns?|realises?|realizes?|understands?)(?:(?:\\s+(?:in|within|after|by)\\s+(?:their|the|a|his|her)\\s+[^.!?;:,\\n]*?)?\\s+that\\s+(?=\\p{L}|\\uE000)(you\\s+(?=(?:don['’]?t|do\\s+not|never|always|should|shouldn['’]?t|can['’]?t|cannot|must|need)\\b))?|\\s+(not\\s+to\\s+|to\\s+)(?=\\p{L})|\\s+(you\\s+(?=(?:don['’]?t|do\\s+not|never|always|should|shouldn['’]?t|can['’]?t|cannot|must|need)\\b)))`,
		),
		(thatYou = '', infinitive = '', genericYou = '') =>
			infinitive
				? `We should ${/^not/i.test(infinitive) ? 'not ' : ''}`
				: thatYou || genericYou
					? 'We '
					: '\uE010',
	],
	// "I shouldn't have to point out that S" → "S".
	[
		rx(
			`${START}I\\s+(?:shouldn['’]?t|should\\s+not)\\s+(?:have|need)\\s+to\\s+(?:point\\s+out|tell\\s+you|explain|say|remind\\s+you)(?:\\s+(?:this|again))?(?:\\s*,\\s*but|\\s*:|\\s+that)\\s+(?=\\p{L}|\\uE000)`,
		),
		() => '\uE010',
	],
	// "Do you need me to hold your hand through the rebase as well?" → "Do you need help with the rebase?"
	[
		rx(
			`${START}(?:do\\s+(?:you|u)\\s+(?:need|want)\\s+me\\s+to|should\\s+I|shall\\s+I|want\\s+me\\s+to)\\s+hold\\s+your\\s+hand\\s+(?:through|with|on)\\s+((?:(?!\\s(?:as\\s+well|too|also)\\b)[^.!?;:,\\n])+?)(?:\\s+(?:as\\s+well|too|also))?\\s*\\?(?=\\s*$)`,
		),
		(topic) => `Do you need help with ${topic}?`,
	],
	// "Is reading the error message too much to ask?" → "Could you read the error message?"
	[
		rx(`${START}is\\s+(\\p{L}+ing)\\s+([^.!?;:,\\n]+?)\\s+(?:really\\s+)?too\\s+much\\s+to\\s+ask\\s*\\?`),
		(gerund, object) => `Could you ${BASE[gerund.toLowerCase()] ?? gerund} ${object}?`,
	],
	// "Were you planning to test this at all, or is that someone else's job?" → "Could you test this?"
	[
		rx(
			`${START}(?:were|are)\\s+(?:you|u)\\s+(?:planning|going|intending)\\s+to\\s+(\\p{L}+\\s+[^.!?;:,\\n]*?)\\s+at\\s+all(?:\\s*,?\\s*or\\s+[^.!?\\n]*)?\\?`,
		),
		(ask) => `Could you ${ask}?`,
	],
	// "Do I really have to explain pagination again? S" → "Again, about pagination: S".
	[
		rx(
			`${START}(?:do|must)\\s+I\\s+(?:really\\s+|seriously\\s+)?(?:have|need)\\s+to\\s+(?:explain|spell\\s+out|repeat)\\s+((?:(?!\\s(?:again|every\\s+time|to\\s+you|for\\s+you)\\b)[^.!?;:,\\n])+?)(?:\\s+(?:to|for)\\s+you)?(?:\\s+(?:again|every\\s+time|one\\s+more\\s+time))?\\s*\\?\\s+(?=\\p{L}|\\uE000)`,
		),
		(topic) => `Again, about ${topic}: \uE011`,
	],
];

/** Mocking questions that go whole when a sentence with the point follows them. */
const MOCK_LEAD = rx(
	`${START}(?:(?:do\\s+(?:you|u)\\s+)?(?:want|need)\\s+me\\s+to\\s+(?:hold\\s+your\\s+hand|spell\\s+it\\s+out|draw\\s+you\\s+a\\s+(?:diagram|picture|map))|(?:should|shall)\\s+I\\s+(?:spell\\s+it\\s+out|draw\\s+you\\s+a\\s+(?:diagram|picture|map)))${REST}\\?\\s+(?=\\p{L}|\\uE000)|${START}did\\s+(?:you|u)\\s+(?:honestly|really|seriously|actually)\\s+think\\b[^.!?\\n]*\\?\\s+(?=\\p{L}|\\uE000)`,
);

/**
 * `text` with its condescending clauses dropped or restated (see the header). Unchanged when none is found or when
 * dropping would leave nothing that says something.
 */
export function restateCondescension(text: string): string {
	let out = text;
	for (const [pattern, replace] of RULES)
		out = out.replace(pattern, (...args: unknown[]) => {
			const groups = args.slice(1, -2).map((g) => (typeof g === 'string' ? g : undefined));
			return replace(...(groups as string[]));
		});
	out = out.replace(MOCK_LEAD, '\uE010');
	out = out.replace(LEAD_IN, '\uE010');
	// A dropped opener leaves the next word to start the sentence; "Again, about X:" keeps its own.
	out = out
		.replace(/\uE010\s*(\p{L})/gu, (_m, c: string) => c.toUpperCase())
		.replace(/\uE010/g, '')
		.replace(/\uE011\s*/g, '');
	if ((out.match(/\p{L}+/gu) ?? []).length < 3) return text;
	return out;
}

/**
 * Where a clause starts for `condescendingClauses`: a sentence start as for the rules, or after a clause break
 * (";", ":", ",", a dash). A model that keeps the put-down may move it after the point ("This table has no primary
 * key; maybe leave the schema design to people who have done it before.").
 */
const CLAUSE_START =
	'(?:^|(?<=[.!?;:,–—]\\s*)|(?<=\\n[^\\S\\n]*))(?:(?:honestly|seriously|frankly|look|dude|man|ok(?:ay)?|so|well|but|and)\\b[,!]?\\s+)*';
/** The same put-down clauses as LEAD_IN, wherever a clause starts and whatever follows them. */
const PUT_DOWN_CLAUSE = rx(`${CLAUSE_START}(?:${PUT_DOWNS.join('|')})`);
const MOCK_QUESTION_ALL = new RegExp(MOCK_QUESTION.source, 'giu');

/**
 * The condescending clauses `text` holds, as written: every stretch the rules above would drop or restate, plus
 * a put-down clause or mocking question wherever it stands. Session 28 (rank28): the ranking rejects a candidate
 * of any backend that keeps one the draft had (reward.ts), as the scorer often reads calm condescension as civil.
 */
export function condescendingClauses(text: string): string[] {
	const found: string[] = [];
	for (const pattern of [...RULES.map(([p]) => p), MOCK_LEAD, LEAD_IN, PUT_DOWN_CLAUSE, MOCK_QUESTION_ALL])
		for (const m of text.matchAll(pattern)) {
			const clause = m[0].trim().replace(/[\s,;:.!–—]+$/u, '');
			if (/\p{L}/u.test(clause) && !found.includes(clause)) found.push(clause);
		}
	// One clause once: "hold your hand" is part of "Do you need me to hold your hand through the rebase?".
	const lower = found.map((c) => c.toLowerCase());
	// About 1 ms for a 10,000-character draft (session 28): no cache needed for the few candidates of a rewrite.
	return found.filter(
		(c, i) => !lower.some((o, j) => j !== i && o.length > c.length && o.includes(lower[i] ?? '')),
	);
}

/** Words that say what a clause is about: three letters or more, no function word. */
const FUNCTION_WORDS = new Set(
	"the this that these those and but for with have has had who what was were are you your yours its it’s it's not can could would should will just maybe perhaps probably really been before".split(
		' ',
	),
);
const contentWords = (clause: string) =>
	(clause.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter(
		(w) => w.length >= 3 && !FUNCTION_WORDS.has(w),
	);

/**
 * The condescending clauses of `rewrite` that carry one of `draft`'s (at least half of the clause's content words
 * are in a draft clause): kept as written or reworded. A clause the draft did not have is never counted: a model's
 * civil sentence that happens to read like one ("leave the naming to people who know the domain") is its own.
 */
export function keptCondescension(draft: string, rewrite: string): string[] {
	const before = condescendingClauses(draft).map((c) => new Set(contentWords(c)));
	if (before.length === 0) return [];
	return condescendingClauses(rewrite).filter((clause) => {
		const words = contentWords(clause);
		if (words.length === 0) return false;
		return before.some((had) => words.filter((w) => had.has(w)).length * 2 >= words.length);
	});
}
