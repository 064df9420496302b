/**
 * Session 30 (edges30): the words to underline in a mocking comparison and in a put-down of a work's author, so
 * the card quotes the sneer rather than the glue around it:
 * - "Who taught you to program, a toaster?", "Who reviewed this, a golden retriever?": a question about who made,
 *   taught or reviewed something whose last clause is a bare noun phrase ("a toaster") — that phrase;
 * - "written by a five-year-old", "Did you write this with ChatGPT on a bad day?", "A trained monkey could have
 *   written …", "My toddler writes cleaner code than you.": a MOCK_AGENT named as the maker — from its determiner
 *   to the end of its clause, at most AGENT_REACH words ("ChatGPT on a bad day");
 * - "a garbage article written by someone who has clearly never shipped anything": the author's put-down ("never
 *   shipped anything") and a contempt word on the work it names ("garbage").
 * Culprits only (culprit-words.ts): they place the underline when the toxic head fires and move no score or flag.
 * The QA walk found "toaster" missed and "article"/"shipped" underlined (models/README.md, session 30).
 *
 * Session 30 (recall30): READER_MOCK_FRAMES, the same comparison when it is aimed at the reader or their work, which
 * the models read as civil ("Who reviewed this, a golden retriever?" 0.27, "My toddler writes cleaner code than
 * you." 0.11). talks-down.ts reads them with its own frames, so they give the put-down floor and the card's "Talks
 * down to the reader". Each needs the reader or their work in the frame ("this", "your", "than you"): a maker
 * mentioned for itself stays civil ("I rubber-duck with my toddler", "the golden retriever in the demo video", "my
 * cat walked on the keyboard", "a five-year-old could use this UI"), and a chatbot is a maker people really use
 * ("ChatGPT wrote the first draft of this script, I reviewed it"): it mocks only with a jab (MOCK_TAIL: "on a bad
 * day", "without reading it") or in a comparison with the reader ("writes better tests than you").
 */
import type { Tokenized } from '../features/featurize.ts';
import { wordSentences } from './sentences.ts';

const words = (s: string) => new Set(s.split(' '));

/** Makers a work is mockingly said to come from: animals, small children, appliances, a chatbot. */
const MOCK_AGENTS = words(
	'toaster toasters monkey monkeys chimp chimps chimpanzee hamster hamsters goldfish potato potatoes toddler ' +
		'toddlers baby babies infant kindergartner kindergartener preschooler retriever labrador dog dogs cat ' +
		'cats parrot parrots chatgpt copilot microwave calculator squirrel squirrels pigeon pigeons',
);
/** Chatbots among MOCK_AGENTS (READER_MOCK_FRAMES treats them apart). */
const BOTS = words('chatgpt copilot');
/** "a five-year-old" (tokenised five / year / old): a child's age as the maker. */
const AGES = words('two three four five six seven eight 2 3 4 5 6 7 8');
/** Verbs that make, teach or review a work, for the "who …, a toaster?" question. */
const MAKING = words(
	'taught teach trained wrote write written reviewed review approved approve designed coded built made ' +
		'programmed did hired raised',
);
/** Words that may open the comparison phrase: determiners and the adjectives of "a trained monkey". */
const OPENERS = words('a an some the my your trained drunk drunken blind sleepy half asleep caffeinated');
/** How many words a maker's phrase may run past the maker ("ChatGPT on a bad day"). */
const AGENT_REACH = 4;
/** Before a maker ("written by", "with", "like"): the work is said to come from it. */
const BY = words('by with like than');
/** After a maker: what it could do or does ("a monkey could", "my toddler writes"). */
const DOES = words(
	"could would can could’ve could've writes wrote codes coded types typed does did makes made reviews",
);
/** Contempt words for a work, underlined with an author's put-down beside them. */
const TRASH = words('garbage trash junk rubbish crap crappy worthless useless pathetic');
/** "someone who has never shipped anything": the author. */
const SOMEONE = words('someone somebody somebody anyone person people guy guys dude who');
const NEVER_ADVERBS = words('clearly obviously evidently apparently plainly probably');

/** Whether tokens i.. are a child's age ("five year old", "5 year old"); the index after it, or -1. */
function ageEnd(ws: readonly string[], i: number): number {
	if (!AGES.has(ws[i] ?? '')) return -1;
	if ((ws[i + 1] === 'year' || ws[i + 1] === 'yr') && ws[i + 2] === 'old') return i + 3;
	return -1;
}

/** Indices (into tokenized.tokens) of the words of mocking comparisons and authors' put-downs. */
export function mockComparisonWords(tokenized: Tokenized): number[] {
	const { masked } = tokenized;
	const found: number[] = [];
	for (const { ws, toks, first, to } of wordSentences(tokenized)) {
		const clauseEnds = (k: number) => {
			const next = toks[k + 1];
			const gap = masked.slice(toks[k]?.end ?? 0, next ? next.start : to);
			return next === undefined || /[,;:()?!.\u2013\u2014]/.test(gap);
		};
		for (let i = 0; i < ws.length; i++) {
			const age = ageEnd(ws, i);
			if (!MOCK_AGENTS.has(ws[i] ?? '') && age < 0) continue;
			let from = i;
			while (from > 0 && OPENERS.has(ws[from - 1] ?? '')) from--;
			const after = ws[age > 0 ? age : i + 1] ?? '';
			if (!BY.has(ws[from - 1] ?? '') && !DOES.has(after)) continue;
			let end = age > 0 ? age - 1 : i;
			while (end < ws.length - 1 && end < i + AGENT_REACH && !clauseEnds(end)) end++;
			if (!clauseEnds(end)) end = age > 0 ? age - 1 : i;
			for (let k = from; k <= end; k++) found.push(first + k);
			i = end;
		}
		// "Who taught you to program, a golden retriever?": the last clause of a who-made question, a noun phrase.
		const text = masked.slice(toks[0]?.start ?? 0, to);
		if (ws[0] === 'who' && MAKING.has(ws[1] ?? '') && text.includes('?')) {
			let from = ws.length - 1;
			while (from > 1 && !clauseEnds(from - 1)) from--;
			const tail = ws.slice(from);
			if (from > 2 && tail.length <= 4 && (tail[0] === 'a' || tail[0] === 'an' || tail[0] === 'some'))
				for (let k = from; k < ws.length; k++) found.push(first + k);
		}
		// "… by someone who has clearly never shipped anything": the put-down and a contempt word on the work.
		for (let i = 0; i < ws.length; i++) {
			if (ws[i] !== 'never' || !ws.slice(Math.max(0, i - 5), i).some((w) => SOMEONE.has(w))) continue;
			let end = i + 1;
			while (end < ws.length - 1 && end < i + 4 && !clauseEnds(end)) end++;
			if (end >= ws.length) continue;
			const from = NEVER_ADVERBS.has(ws[i - 1] ?? '') ? i - 1 : i;
			// Through the verb and its object ("never shipped anything", "never written a line of Go").
			const stop = Math.min(end, i + 2);
			for (let k = from; k <= stop; k++) found.push(first + k);
			for (let k = 0; k < i; k++) if (TRASH.has(ws[k] ?? '')) found.push(first + k);
		}
	}
	return [...new Set(found)].sort((a, b) => a - b);
}

/** Alternatives of whole words for READER_MOCK_FRAMES (spaces inside an alternative are word gaps). */
const alt = (s: string) => `(?:${s.trim().split(/\s+/).join('|').replaceAll('_', ' ')})`;
/** Non-persons and small children named as a maker (READER_MOCK_FRAMES; "_" joins words). */
const CREATURE = alt(`${[...MOCK_AGENTS].filter((w) => !BOTS.has(w)).join(' ')} raccoon raccoons houseplant
	houseplants rock brick kid kids nephew niece (?:two|three|four|five|six|seven|eight|nine|ten|[2-9])_year_old`);
/** What may stand before a maker: "a drunk toddler", "my six-year-old nephew", "a golden retriever". */
const CREATURE_MOD = `(?:(?:a|an|my|your|some|the|his|her|their|even|trained|drunk|drunken|blind|sleepy|half|asleep|caffeinated|golden|small|tiny|random|confused|very) )*`;
/** What of the reader's is not their work: pets, family, a picture ("your dog looks like a golden retriever"). */
const YOURS_NOT_WORK =
	alt(`dog dogs cat cats puppy puppies kitten kittens pet pets kid kids son sons daughter daughters
	baby toddler nephew niece avatar profile photo photos picture pictures costume hat`);
/** Chatbots: a maker people really use, so they mock only with a jab or a comparison. */
const BOT = '(?:chatgpt|copilot|chatbot|a chatbot|an ai|an llm)';
/** Verbs of making, reviewing or choosing something. */
const MAKE =
	alt(`write wrote written review reviewed design designed code coded build built make made type typed
	approve approved pick picked name named choose chose structure structured plan planned catch caught spot spotted
	draw drew test tested`);
/** The reader's work, right after the verb: "write this migration", "wrote your commit history". */
const WORK_OBJECT = alt('this that these those it your the_whole');
/** Better at it than the reader: a comparative word before "than you / your … / this". */
const COMPARATIVE = alt(`better cleaner more tidier neater faster smarter nicer clearer saner sharper safer`);
/** "than you think / than you'd expect": the reader's expectation, not the reader. */
const THAN_READER = `than (?:you|your|yours|this|that|whoever)(?! (?:think|thought|expect|expected|might|may|would|'d|imagine|realize|realise)\\b)`;
/**
 * A jab that turns a chatbot-made work into mockery: "on a bad day", "at 3am", "without reading it". The tokeniser
 * reads digits in a word as letters ("3am" → "eam", featurize.ts), so the night hours are listed both ways.
 */
const MOCK_TAIL =
	alt(`bad_day worst_day off_day at_2am at_3am at_4am at_eam at_aam at_midnight drunk asleep lunch
	blindfolded autopilot
	without_reading without_checking without_looking without_testing without_thinking and_go and_went`);

/**
 * Mocking comparisons aimed at the reader or their work, as talks-down.ts frames (a regular expression over a
 * sentence's words joined by single spaces, " , " at clause breaks, group `m` underlined).
 */
export const READER_MOCK_FRAMES: { re: RegExp; unless?: RegExp }[] = [
	// "Who reviewed this, a golden retriever?", "Who approved this, a sleepy hamster?".
	{
		re: new RegExp(
			`^ who ${alt('taught trained wrote written reviewed approved designed coded built made programmed')} (?:you|this|that|these|it|your)(?: \\S+){0,3} , (?<m>${CREATURE_MOD}${CREATURE})(?: \\S+){0,3} $`,
		),
	},
	// "Was this README written by a parrot?", "This reads like it was written by a drunk toddler."
	{
		re: new RegExp(
			` (?:this|that|these|it|your|you)(?: \\S+){0,5} ${alt('written reviewed designed coded built made typed approved generated')} by (?<m>${CREATURE_MOD}${CREATURE}) `,
		),
	},
	// "Did a monkey write this migration?", "a trained monkey could have reviewed this PR", "… wrote your commit history".
	{
		re: new RegExp(
			` (?<m>${CREATURE_MOD}${CREATURE} (?:(?:could|would|can|did|might)(?:'ve| have)? )?${MAKE}) ${WORK_OBJECT} `,
		),
	},
	// "My toddler writes cleaner code than you.", "A calculator has more common sense than your error handling."
	{
		re: new RegExp(
			` (?<m>${CREATURE_MOD}(?:${CREATURE}|${BOT}))(?: \\S+){0,6} ${COMPARATIVE}(?: \\S+){0,4} ${THAN_READER}`,
		),
	},
	// "You code like a toddler banging on a keyboard.", "Your tests look like ChatGPT wrote them at 3am."
	{
		re: new RegExp(
			` (?:you|your)(?: \\S+){0,4} (?:like|as if) (?<m>${CREATURE_MOD}(?:${CREATURE}|${BOT}))(?: \\S+){0,4} `,
		),
		// Not the reader's pet, child or picture compared ("Your dog looks like a golden retriever, what breed?").
		unless: new RegExp(` ${BOT} | your (?:\\S+ )?${YOURS_NOT_WORK}(?: \\S+){0,3} (?:like|as if) `),
	},
	{
		re: new RegExp(` (?:you|your)(?: \\S+){0,4} (?:like|as if) (?<m>${BOT}(?: \\S+){0,4} ${MOCK_TAIL}) `),
	},
	// "Did you write this with ChatGPT on a bad day?", "Did you copy this from ChatGPT without reading it?"
	{
		re: new RegExp(
			`^ (?:did|do|were|was|are|is) (?:you|this|that|it|your)(?: \\S+){0,5} (?<m>${BOT}(?: \\S+){0,5} ${MOCK_TAIL}) `,
		),
	},
];
