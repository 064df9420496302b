/**
 * Person attacks for the offline fixer: a clause whose only content is a judgement of a person ("whoever wrote
 * this is an idiot", "the author is clueless", "what kind of clown wrote this", "you should be embarrassed", "go
 * back to school") is dropped whole, never reworded into "X is a person". The clauses around it keep their
 * technical content; a lead-in like "Honestly," goes with its sentence when nothing else of the sentence is left.
 * Protected tokens are placeholders (\uE000n\uE001) here; a clause holding one is never dropped.
 */
import { restateVerdicts } from './fixer-verdict.ts';
import { alternation as alt, HEDGES, INSULT_ADJECTIVES, INSULT_NOUNS, PERSON_PREDICATES } from './lexicon.ts';

const W = "[\\p{L}'’-]+";
const NOUNS = `(?:${alt(INSULT_NOUNS)})`;
const ADJS = `(?:${alt(INSULT_ADJECTIVES)})`;
const PERSON_ONLY = `(?:${alt(PERSON_PREDICATES)})`;
/** The nouns among PERSON_PREDICATES ("hack", "amateur", "code monkey"): a vocative after "you" (session 27). */
const PERSON_NOUNS =
	'(?:hacks?|amateurs?|noobs?|n00b|joke|disgrace|embarrassment|menace|liability|script\\s+kidd(?:ie|ies)|' +
	'code\\s+monkeys?|waste\\s+of\\s+(?:space|oxygen))';
/** Anything that insults when said of a person. */
const JUDGEMENT = `(?:${NOUNS}|${ADJS}|${PERSON_ONLY})`;
const HEDGE = `(?:${alt(HEDGES)})`;
/** "Honestly, …" / "seriously …" before the attack itself. */
/** Lead-ins before an attack ("Honestly, …"); exported for fixer-reframe.ts. */
export const LEAD = `(?:${HEDGE}\\s*,?\\s+)*`;
const MOD =
	'(?:(?:such|so|really|very|a|an|the|complete|total|absolute|utter|fucking|freaking|damn|big|little|clearly|' +
	'obviously|just|simply|truly|totally|completely|utterly|absolutely|literally|genuinely|actually|certifiably|' +
	'definitely|probably|incredibly|extremely|hopelessly|beyond|too|also|both|all|either|equally|this|that|' +
	'most|biggest|worst|bunch\\s+of|pack\\s+of|band\\s+of|group\\s+of|like|kind\\s+of|sort\\s+of|pretty)\\s+)*';
/** One or more judgements: "lazy and incompetent", "a lazy, useless fool". */
const list = (word: string) =>
	`${MOD}(?:${W}\\s+){0,2}?${word}(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)${MOD}(?:${W}\\s+){0,2}?${word})*`;
/** "… for writing this", "… if you think this is fine": still about the person. */
const TRAIL = '(?:\\s+(?:for|to|if|who|about|at|when|with|of)\\b.*)?';
const PEOPLE =
	'(?:author|authors|maintainer|maintainers|dev|devs|developer|developers|programmer|programmers|engineer|' +
	'engineers|person|people|guy|guys|dude|dudes|team|reviewer|reviewers|contributor|contributors|coder|coders|' +
	'folks|op|boss|manager|managers|intern|interns|staff|admins?|mods|moderators|owners?)';
/** Who the judgement is about: "you", "whoever wrote this", "the author (who merged this)", "they". */
/** Who a judgement is about (exported for fixer-reframe.ts). */
export const SUBJECT =
	`(?:you|u|ya|y['’]all|you\\s+(?:guys|people|all|two|folks|lot)|whoever(?:\\s+${W}){0,6}?|` +
	`(?:the|this|that|these|those|your|our|their|some)\\s+(?:${W}\\s+)?${PEOPLE}(?:\\s+(?:who|that)(?:\\s+${W}){1,6}?)?|` +
	`op|(?:anyone|anybody|people|someone|somebody)\\s+who(?:\\s+${W}){1,6}?)`;
const BE =
	'(?:is|are|was|were|am|r|must\\s+be|has\\s+to\\s+be|have\\s+to\\s+be|seems?(?:\\s+to\\s+be)?|sounds?(?:\\s+like)?|' +
	"looks?(?:\\s+like)?|(?:is|are)\\s+being|(?:can['’]?t|cannot)\\s+be|acts?\\s+like|acting\\s+like)";
const SUBJECT_BE = `(?:youre|ur|${SUBJECT}(?:['’](?:s|re)(?:\\s+being)?|\\s+${BE}))\\s+`;
const ADVICE =
	'(?:be\\s+(?:so\\s+|very\\s+|really\\s+|deeply\\s+)?(?:embarrassed|ashamed)(?:\\s+of\\s+(?:yourself|yourselves|' +
	'themselves|himself|herself|this|that|it|your\\s+\\p{L}+))?|feel\\s+(?:bad|embarrassed|ashamed)(?:\\s+about\\s+' +
	'(?:this|that|it|yourself))?|quit(?:\\s+(?:programming|coding|your\\s+job|the\\s+industry|tech|software|open\\s+' +
	"source|this\\s+project|while\\s+(?:you|u)(?:['’]re|\\s+are)\\s+ahead))?|stop\\s+(?:coding|programming|writing\\s+" +
	'code|contributing|touching\\s+(?:code|anything|this))|give\\s+up(?:\\s+(?:programming|coding))?|find\\s+(?:a|' +
	'another|a\\s+new|a\\s+different|a\\s+real)\\s+(?:job|career|hobby|line\\s+of\\s+work|profession)|(?:change|' +
	'switch)\\s+careers?|get\\s+a\\s+(?:real\\s+)?job|go\\s+back\\s+to\\s+(?:school|bootcamp|college|kindergarten|' +
	'university|class|coding\\s+school)|(?:be|get)\\s+(?:fired|banned)|never\\s+(?:touch|write|commit|program)\\b.*|' +
	'not\\s+be\\s+allowed\\s+(?:to|near)\\b.*|uninstall\\s+(?:your\\s+)?(?:ide|editor|compiler|vs\\s*code|computer))';
const MODAL =
	"(?:(?:should|ought\\s+to|needs?\\s+to|must|might\\s+want\\s+to|(?:['’]d|would)\\s+better)\\s+)";
const SOFTENER = '(?:(?:just|really|seriously|honestly|probably|all|please|maybe|go|and)\\s+)*';

const rx = (source: string) => new RegExp(`^${LEAD}(?:${source})[.!?]*$`, 'iu');
/** A clause (or run of clauses) that is only a judgement of a person. */
const ATTACKS: RegExp[] = [
	rx(`${SUBJECT_BE}${list(JUDGEMENT)}${TRAIL}`),
	// "they" may be functions ("they are blind to timezones"): only words that insult people count after it.
	rx(
		`(?:he|she|they)(?:['’](?:s|re)|\\s+(?:is|are|was|were|must\\s+be))\\s+${list(`(?:${NOUNS}|${PERSON_ONLY}|clueless|incompetent|brainless|delusional|idiotic|stupid|dumb|ignorant)`)}`,
	),
	// Insult nouns are about people whoever the subject is: "Bob is a clown", "these devs are idiots".
	rx(
		`(?:${W}\\s+){0,4}?\\p{L}+(?:['’](?:s|re)|\\s+(?:is|are|was|were|must\\s+be))\\s+${list(NOUNS)}${TRAIL}`,
	),
	rx(
		`(?:are|r|were)\\s+(?:you|u|they|you\\s+guys)\\s+(?:even\\s+|really\\s+|just\\s+)?${list(JUDGEMENT)}${TRAIL}`,
	),
	rx(
		'(?:are|r)\\s+(?:you|u)\\s+(?:even\\s+)?(?:a|an)\\s+(?:real\\s+|actual\\s+)?(?:developer|programmer|engineer|dev|coder)\\b.*',
	),
	rx(`(?:${SUBJECT}\\s+)?${MODAL}?${SOFTENER}${ADVICE}(?:\\s+(?:now|already|today|asap|for\\s+good))*`),
	rx(
		`what\\s+(?:kind|sort|type)\\s+of\\s+${MOD}(?:${W}\\s+){0,2}?(?:${NOUNS}|${PERSON_ONLY})\\s+${W}(?:\\s+${W}){0,8}`,
	),
	// With a plain "developer" it is a judgement only when it is about who wrote this: "…would write this?"
	rx(
		`what\\s+(?:kind|sort|type)\\s+of\\s+(?:person|developer|programmer|dev|engineer|coder)\\s+(?:would\\s+|could\\s+)?${W}\\s+(?:this|that|such\\s+\\p{L}+|(?:code|something)\\s+like\\s+(?:this|that))`,
	),
	rx(
		'who\\s+(?:the\\s+(?:hell|fuck|heck)\\s+|on\\s+earth\\s+|in\\s+their\\s+right\\s+mind\\s+)?(?:hired|lets?|allowed|gave)\\s+(?:you|u)\\b.*',
	),
	rx(
		'do\\s+(?:you|u)\\s+(?:even\\s+|actually\\s+)?know\\s+how\\s+to\\s+(?:code|program|read|write(?:\\s+code)?)',
	),
	// "Do you even know what a mutex is?": scorn for what the person knows (session 11).
	rx(
		'(?:do|did|does)\\s+(?:you|u|they|he|she)\\s+(?:even|actually)\\s+(?:know|understand|reali[sz]e)\\s+(?:what|how|why)\\b.*',
	),
	rx('(?:were|are)\\s+(?:you|u)\\s+(?:drunk|high|asleep|sleeping)\\b.*'),
	rx('what\\s+(?:the\\s+(?:hell|fuck|heck)\\s+)?(?:were|are)\\s+(?:you|u)\\s+(?:thinking|smoking|on)'),
	rx(
		'did\\s+(?:you|u)\\s+(?:even\\s+)?(?:go\\s+to|finish|graduate|pass)\\s+(?:high\\s+)?(?:school|college|kindergarten)',
	),
	rx(
		'shame\\s+on\\s+(?:you|u|them|him|her)|have\\s+(?:you|u)\\s+no\\s+shame|how\\s+embarrassing(?:\\s+for\\s+(?:you|u))?|do\\s+(?:us|everyone|the\\s+world)\\s+(?:all\\s+)?a\\s+favou?r',
	),
	// "What a stupid idiot you are", "what a lazy bunch of clowns": an exclamation about a person.
	rx(
		`what\\s+(?:a|an)\\s+${MOD}(?:${W}\\s+){0,3}?${NOUNS}(?:\\s+(?:you|u|he|she|they)(?:\\s+(?:are|is|were|was|r))?)?`,
	),
	// Session 11 (mostly-attack drafts): judgements of a person without an insult word.
	// "this thread is full of idiots"
	rx(
		`(?:this|the|that|your|our)\\s+(?:thread|channel|issue|repo|repository|project|team|place|forum|community|sub|server|discord|chat)\\s+(?:is|['’]s)\\s+(?:just\\s+)?full\\s+of\\s+${MOD}(?:${W}\\s+){0,1}?(?:${NOUNS}|${PERSON_ONLY})`,
	),
	// "Stop pretending you know Rust." ("Learn to code before …" is restated by fixer-restate.ts.)
	rx('(?:please\\s+|just\\s+)?(?:stop|quit)\\s+pretending\\b.*'),
	// "Whoever designed this hates users", "the author clearly doesn't care", "nobody here cares".
	rx(
		`${SUBJECT}\\s+(?:clearly\\s+|obviously\\s+|just\\s+|must\\s+)?(?:hates?|despises?)\\s+(?:(?:their|the|its|all)\\s+)?(?:users|us|everyone|people|developers|humanity|contributors)`,
	),
	rx(
		`(?:${SUBJECT}|nobody|no\\s+one)(?:\\s+(?:here|on\\s+this\\s+${W}|in\\s+this\\s+${W}))?\\s+(?:clearly\\s+|obviously\\s+|just\\s+)?(?:(?:doesn['’]t|don['’]t|does\\s+not|do\\s+not)\\s+(?:even\\s+|really\\s+)?care|cares?|gives?\\s+a\\s+damn)(?:\\s+(?:at\\s+all|anymore|about\\s+(?:users|us|anyone|anything|quality|this)))?`,
	),
	// A bare vocative: "…, moron."
	rx(`(?:you\\s+)?${MOD}(?:(?:${ADJS}|${PERSON_ONLY})\\s+){0,2}${NOUNS}`),
	// "You stupid ass, …": "ass" is a drop word elsewhere ("my ass"), so as a vocative only after "you" (session 24:
	// dropping the word alone left "You unwise the migration wiped my data.").
	rx(`you\\s+${MOD}(?:(?:${ADJS}|${PERSON_ONLY}|lame|silly|dense)\\s+){0,2}(?:ass|arse|butt)`), // "You st-upid hack": a noun that insults only when said of a person (PERSON_PREDICATES), as a vocative only
	// after "you" and closing its clause (session 27: "stupid" alone was softened, leaving "You unwise hack").
	rx(`you\\s+${MOD}(?:(?:${ADJS}|${PERSON_ONLY}|lame|silly)\\s+){0,2}${PERSON_NOUNS}`),
];
/** Right after a dropped clause, a bare judgement continues it: "you are lazy, and incompetent". */
const CONTINUATION = rx(
	`${list(JUDGEMENT)}${TRAIL}|so\\s+(?:is|are|was|were)\\s+.*|(?:the\\s+)?same\\s+(?:goes\\s+)?for\\s+.*|(?:neither|nor)\\s+.*`,
);
/** A connective that leaned on the sentence dropped before it: "(You are a clown.) Also, the README…". */
const CONNECTIVE = /^(?:(?:also|and|but|plus|besides|anyway|oh\s+and|on\s+top\s+of\s+that)\b,?\s*)+(?=\S)/iu;
const HEDGE_ONLY = new RegExp(`^(?:${HEDGE}[\\s,]*)+[.!?]*$`, 'iu');
/** Clause boundaries: punctuation and the conjunctions that start a new clause. */
const SEPARATOR =
	/(\s*[,;:]\s*(?:(?:and|but|so|because|since|or)\s+)?|\s+[-–—]\s+|\s*[–—]\s*|\s+(?:and|but|so|because|since|or)\s+)/iu;
/** A protected placeholder: a clause holding one is never an attack. */
export const HAS_TOKEN = /\uE000/;

/** Whether a clause (or run of clauses) only judges a person. Exported for tests. */
export function isPersonAttack(clause: string): boolean {
	const text = clause.trim();
	return !HAS_TOKEN.test(text) && ATTACKS.some((pattern) => pattern.test(text));
}

/** One sentence without its person attacks; '' when nothing but attacks and lead-ins was in it. */
function dropInSentence(sentence: string): string {
	const [, body = '', end = ''] = /^([\s\S]*?)([.!?]*\s*)$/u.exec(sentence) ?? [];
	const parts = body.split(SEPARATOR);
	const clauses = parts.filter((_, i) => i % 2 === 0);
	const separators = parts.filter((_, i) => i % 2 === 1);
	const dropped = clauses.map(() => false);
	let afterDrop = false;
	for (let i = 0; i < clauses.length; i++) {
		// A lead-in never starts an attack on its own; it stays or goes with the rest of its sentence.
		if (HEDGE_ONLY.test(clauses[i]?.trim() ?? '')) continue;
		let run = '';
		let last = -1;
		// Shortest run first, so an attack never swallows the technical clause after it.
		for (let j = i; j < clauses.length && !HAS_TOKEN.test(clauses[j] ?? ''); j++) {
			run += (j > i ? (separators[j - 1] ?? '') : '') + (clauses[j] ?? '');
			if (isPersonAttack(run) || (afterDrop && j === i && CONTINUATION.test(run.trim()))) {
				last = j;
				break;
			}
		}
		afterDrop = last >= 0;
		for (let k = i; k <= last; k++) dropped[k] = true;
		if (last >= 0) i = last;
	}
	if (!dropped.includes(true)) return sentence;
	const kept = clauses.flatMap((_, i) => (dropped[i] ? [] : [i]));
	if (kept.every((i) => HEDGE_ONLY.test(clauses[i]?.trim() ?? ''))) return '';
	// Between two kept clauses, the separator in front of the later one ("code is bad[ and ]you should…"); when
	// an attack sat between them, ended in a bare conjunction, and the earlier clause in plain punctuation
	// ("Honestly, [you are an idiot] and this…", "Then: […] and your code…"), that punctuation: the "and" joined
	// the attack. A parenthetical attack keeps the sentence's own ", and" ("flaky, [you moron], and the CI…").
	const between = (p: number, i: number) => {
		const before = separators[p] ?? '';
		const after = separators[i - 1] ?? '';
		return i > p + 1 && /^\s*[,;:]\s*$/.test(before) && !/[,;:]/.test(after) ? before : after;
	};
	const rebuilt = kept
		.map((i, n) => (n === 0 ? '' : between(kept[n - 1] ?? i - 1, i)) + (clauses[i] ?? ''))
		.join('');
	return named(clauses.slice(0, kept[0]).join(' '), rebuilt) + end;
}

/** The thing "whoever wrote this parser" names ("this parser"), which an "it" after the judgement stood for. */
const MADE_THING =
	/^\s*(?:\p{L}+,\s*)?whoever\s+(?:wrote|designed|built|made|merged|approved|came\s+up\s+with)\s+((?:this|that|the)\s+[\p{L}\d-]+(?:\s+(?!is\b)[\p{L}\d-]+)?)\s+(?:is|was|must\s+be)\b/iu;

/**
 * What is left after a dropped "whoever wrote this parser is a moron" with its "it" said as the thing: "It drops
 * the last line." lost what "it" was (session 26); "This parser drops the last line." keeps it.
 */
function named(droppedLead: string, rest: string): string {
	const thing = MADE_THING.exec(droppedLead)?.[1];
	if (!thing) return rest;
	return rest.replace(
		/^(\s*)it(?:['’]s\b|(?=\s))/iu,
		(m, space: string) =>
			`${space}${thing.charAt(0).toUpperCase()}${thing.slice(1)}${/['’]s$/i.test(m) ? ' is' : ''}`,
	);
}

/** "…are idiots if they think X" disagrees with X: say that, without the judgement. */
const IF_THEY_THINK = new RegExp(
	`(^|[.!?]\\s+|\\n|[,;]\\s*)${LEAD}${SUBJECT_BE}${list(JUDGEMENT)}\\s+if\\s+(?:you|u|they|he|she|anyone|someone|people)\\s+(?:really\\s+|seriously\\s+|honestly\\s+|actually\\s+)?(?:thinks?|believes?)\\s+(?:that\\s+)?`,
	'giu',
);

/** "If you think X, you are delusional" says the same, in the other order. */
const IF_THINK_THEN = new RegExp(
	`(^|[.!?]\\s+|\\n)${LEAD}if\\s+(?:you|u|they|he|she|anyone|someone|people)\\s+(?:really\\s+|seriously\\s+|honestly\\s+|actually\\s+)?(?:thinks?|believes?)\\s+(?:that\\s+)?([^.!?\\n]+?),?\\s+${SUBJECT_BE}${list(JUDGEMENT)}(?=\\s*[.!?]|\\s*$)`,
	'giu',
);

/** "what kind of idiot merges without running CI?" asks why it was done: "Why merge without running CI?" */
const WHAT_KIND_DOES = new RegExp(
	`(^|[.!?]\\s+|\\n)${LEAD}what\\s+(?:kind|sort|type)\\s+of\\s+${MOD}(?:${W}\\s+){0,2}?(?:${NOUNS}|${PERSON_ONLY})\\s+(?:even\\s+)?(?!(?:is|has|was|does)\\b)(\\p{L}{2,}?)(ies|(?<=[sxz]|sh|ch)es|s)\\b(?=(?:[^.!?\\n]|\\.(?=\\S))*\\?)`,
	'giu',
);
const baseForm = (stem: string, ending: string) => (ending.toLowerCase() === 'ies' ? `${stem}y` : stem);

/** The text without clauses that only judge a person; '' when that was all of it. Whitespace kept otherwise. */
export function dropPersonAttacks(draft: string): string {
	const text = restateVerdicts(draft)
		.replace(IF_THEY_THINK, "$1I don't think ")
		.replace(IF_THINK_THEN, "$1I don't think $2")
		.replace(
			WHAT_KIND_DOES,
			(_m, lead: string, stem: string, ending: string) => `${lead}Why ${baseForm(stem, ending)}`,
		);
	const pieces = text.split(/((?<=[.!?])[ \t]+|\n+)/u);
	const out: string[] = [];
	let anyDropped = false;
	let afterDroppedSentence = false;
	for (let i = 0; i < pieces.length; i += 2) {
		const sentence = pieces[i] ?? '';
		let next = dropInSentence(sentence);
		if (next !== sentence) anyDropped = true;
		if (afterDroppedSentence) next = next.replace(CONNECTIVE, '');
		afterDroppedSentence = next === '' && sentence !== '';
		if (afterDroppedSentence) {
			// A line break after the dropped sentence replaces the space before it (qa30: "sloppy. You are an
			// idiot.\nPlease …" became "sloppy. Please …", a list item joined to the line above).
			const gap = pieces[i + 1] ?? '';
			if (gap.includes('\n') && out.length > 0 && !(out.at(-1) ?? '').includes('\n'))
				out[out.length - 1] = gap;
			continue;
		}
		out.push(next, pieces[i + 1] ?? '');
	}
	if (!anyDropped) return text;
	const result = out.join('');
	// Only lead-ins left ("Wow." after "You are a clown."): nothing was said but the attack.
	const rest = result.split(/(?<=[.!?])\s+|\n+/u).filter((s) => s.trim() !== '');
	return rest.every((s) => HEDGE_ONLY.test(s.trim())) ? '' : result;
}
