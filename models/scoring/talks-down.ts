/**
 * Session 30 (putdown30): calm put-downs of the reader that go through a comparison instead of an insult, for
 * drafts the models read as civil ("With all due respect, this is a beginner mistake that any junior would
 * catch." 0.28, "Cute idea, but this is a real project." 0.35, "Some of us have actual work to do." 0.11). Most
 * have no "you": the reader is ranked below a novice, their work below real work, or they lack what "people who
 * know" have. Session 28's learned contempt model did not carry over to new wording (models/README.md
 * "contempt28"), so these frames read the SHAPE of the comparison, each kept off its civil twin by the shape:
 * - a novice who would have done better: "any junior would catch", "even an intern knows", "a bootcamp grad could
 *   have written this", "my ten-year-old could write a cleaner loop than this" (not "any junior could pick this
 *   up with the guide", "a junior on my team caught this", "a junior would benefit from …");
 * - the mistake of a novice: "the kind of mistake I'd expect from someone on their first day";
 * - people who know vs the reader: "people who actually know Rust wouldn't write it like this", "anyone who has
 *   read the first chapter knows why" (not "people who know Rust better than me should review", "people who use
 *   the CLI asked for this");
 * - "not everyone can be expected to understand / is cut out for" (not "not everyone can make the call");
 * - rank pulled by "some / those of us": "some of us have actual work to do", "those of us who actually maintain
 *   this code", "some of us have been doing this for fifteen years" (not "some of us are on holiday", "some of us
 *   actually prefer tabs", "some of us have hard deadlines this week");
 * - the reader's work below real work: "…, but this is a real project / production software", "grown-up codebases
 *   don't work like that" (not "this is a real project with users, so …", "grown-up features like SSO");
 * - the work handed to someone competent: "leave the database work to people who know what they're doing", "this
 *   clearly needs someone experienced." (clause end; not "needs someone experienced with WebGL"), "I'll have one of
 *   the senior devs fix it properly" (not "… pair with you on it"), "the backend is for people who understand
 *   memory";
 * - basics: "this is basic stuff" (not "basic setup", nor with reassurance: "but it trips everyone up at first"),
 *   "no time to teach the basics", "something this basic got past you", "a solved problem for anyone with basic
 *   training", "most people figure this out in their first week", "what happens when juniors are allowed near …";
 * - "real engineers write tests before …" (not "real engineers make mistakes too"), "a competent developer would
 *   have read …" (not "… would be ideal here"); "I doubt it would sink in".
 * A frame gives the draft the put-down floor (SEGMENT_FLOOR) and the card's "Talks down to the reader" reason
 * (ScoreResult.talksDown), underlined on the comparison ("any junior would catch"), and its words are culprits
 * (culprit-words.ts) when the models already flag. Draft scoring only, as every rule floor: thread comments
 * (`wholeDraft`) keep the models' own scores. No frame fires after an "if" earlier in its sentence ("If any junior
 * would catch it, the linter should too").
 */
import { perTokenized, type Tokenized } from '../features/featurize.ts';
import { READER_MOCK_FRAMES } from './mock-comparisons.ts';
import { PATRONISING_FRAMES } from './patronising.ts';
import { hasClauseBreak } from './put-downs.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR, wordSentences } from './sentences.ts';

/**
 * One frame: a regular expression over a sentence written as its words joined by single spaces, with " , " where
 * a clause breaks and a space at both ends, so every word is matched whole (` word `). The named group `m`, when
 * present, is what is underlined; otherwise the whole match. `unless`: a word pattern that cancels the frame
 * anywhere in its sentence.
 */
interface Frame {
	re: RegExp;
	unless?: RegExp;
}

/** Alternatives of whole words (spaces inside an alternative are word gaps). */
const any = (s: string) =>
	`(?:${s
		.trim()
		.split(/\s*\|\s*/)
		.join('|')})`;

/** Someone new to the trade. */
const NOVICE =
	any(`junior | juniors | intern | interns | beginner | beginners | novice | novices | newbie | newbies |
	trainee | trainees | student | students | grad | graduate | kid | child | toddler | fresher |
	ten year old | five year old | twelve year old | nephew | niece | grandma`);
/** What may stand before the novice: "a second-year CS student", "a bootcamp grad", "my ten-year-old". */
const NOVICE_MOD =
	any(`first year | second year | first week | cs | bootcamp | high school | college | new | fresh |
	junior | summer | untrained | own`);
const NOVICE_TAIL =
	any(`dev | devs | developer | developers | engineer | engineers | programmer | programmers |
	coder | coders | student | students | hire | hires`);
/** What a novice would have done with the reader's work: a competence verb ("would catch", "would have spotted"). */
const NOVICE_DID =
	any(`catch | caught | spot | spotted | know | known | notice | noticed | see | seen | get | got |
	understand | understood | figure | figured | avoid | avoided | fix | fixed | find | found | do | done | write |
	written | make | made | ask | asked | check | checked | never | not | know better | tell`);
/** People who know, set against the reader: "people who actually know Rust", "anyone who has read …". */
const KNOWERS =
	any(`people | anyone | anybody | folks | everyone | everybody | devs | developers | engineers |
	programmers | those`);
const KNOW =
	any(`know | knows | understand | understands | read | has read | have read | write | has written |
	have written | has touched | have touched | touched | has used | have used | has ever | have ever | has worked |
	have worked | worked | has shipped | have shipped | shipped | has done | have done | did`);
/** What the knowing people do that the reader did not ("wouldn't write it like this", "knows why this fails"). */
const KNOWERS_DO =
	any(`wouldn't | would not | would never | don't | do not | doesn't | does not | never | know |
	knows | would know | can tell | understand | understands | would have | would've`);
/** The writer ranks themself below the knowers: "people who know Rust better than me should review this". */
const SELF_BELOW = / (?:than me|than i|than us|like me|not familiar|not sure|i don't know|i'm not|i am not) /;
/** Someone competent to hand the reader's work to. */
const COMPETENT = any(`experienced | senior | competent | qualified | knowledgeable | capable | skilled`);
const PEOPLE =
	any(`people | folks | devs | developers | engineers | person | ones | hands | reviewers | adults |
	grown ups`);
/** What may qualify a clause between "is" and its word ("this is pretty basic stuff"). */
const SO = any(
	'really | pretty | very | super | just | honestly | such | all | fairly | quite | so | extremely',
);
const THIS_IS = any(
	`this is | it is | that is | it's | that's | this's | this was | it was | that was | thats | its`,
);
/** Words that make "basic" reassurance or a plain description ("trips everyone up at first", "see step 2"). */
const REASSURE =
	/ (?:everyone|everybody|all of us|at first|trips|tricky|confusing|unclear|don't worry|no worries|common|sorry|normal|step|section|guide|tutorial|primer|refresher) /;
/** A real project set against the reader's ("but this is a real project"). */
const SERIOUS = any(
	`real | serious | production | grown up | professional | actual | proper | shipping | live`,
);
const WORK =
	any(`project | projects | codebase | codebases | software | code | system | systems | app | apps |
	product | products | service | services | repo | repos | team | company | job | environment | world`);

const frames: Frame[] = [
	// "any junior would catch", "a second-year CS student wouldn't make this mistake", "even an intern knows".
	{
		re: new RegExp(
			` (?<m>(?:even )?(?:any|a|an|every|my|the average|your average|some)? ?(?:${NOVICE_MOD} ){0,2}${NOVICE}(?: ${NOVICE_TAIL})? (?:would (?:have )?|could have )${NOVICE_DID}) `,
		),
	},
	{
		re: new RegExp(
			` (?<m>(?:even )?(?:any|a|an|every|my|the average|your average)? ?(?:${NOVICE_MOD} ){0,2}${NOVICE}(?: ${NOVICE_TAIL})? (?:would've|could've|wouldn't (?:make|write|commit|ship|push|need|do))) `,
		),
	},
	{
		re: new RegExp(
			` (?<m>(?:even|any) (?:a |an )?(?:${NOVICE_MOD} ){0,2}${NOVICE}(?: ${NOVICE_TAIL})? knows) `,
		),
	},
	// "my ten-year-old could write a cleaner loop than this": a novice doing better than the reader's work.
	{
		re: new RegExp(
			` (?<m>(?:even )?(?:any|a|an|every|my)? ?(?:${NOVICE_MOD} ){0,2}${NOVICE}(?: ${NOVICE_TAIL})? (?:could|can) \\S+)(?: \\S+){0,5} (?:than this|than that|than yours|than you) `,
		),
	},
	// "the kind of mistake I'd expect from someone on their first day", "… expect from an intern".
	{
		re: new RegExp(
			` (?<m>expect (?:from|of) (?:someone|somebody|a|an)(?: \\S+){0,2} (?:${NOVICE}|on (?:their|his|her|your) first (?:day|week)))`,
		),
	},
	// "people who actually know Rust wouldn't write it like this", "anyone who has read the first chapter knows why".
	{
		re: new RegExp(
			` (?<m>${KNOWERS} who (?:actually |really |truly |even )?${KNOW}(?: \\S+){1,6}? ${KNOWERS_DO}) `,
		),
		unless: SELF_BELOW,
	},
	// "not everyone can be expected to understand async code", "not everyone is cut out for systems programming".
	{
		re: / (?<m>not (?:everyone|everybody|every dev|every developer|all of us)(?: here)? (?:can be expected to|is cut out for|was cut out for|can (?:understand|follow|think|grasp|handle|keep up|wrap)|could (?:understand|follow|grasp|handle|keep up)|is smart enough|gets it)) /,
	},
	// "some of us have actual work to do", "those of us with real deadlines", "those of us who actually maintain".
	{
		re: / (?<m>(?:some|those) of us (?:who )?(?:actually |really )?(?:have|with|do|doing|got) (?:actual|real) (?:work|jobs?|deadlines|code|projects?|problems|users|customers|responsibilities|things)) /,
	},
	{
		re: / (?<m>(?:some|those) of us (?:who )?(?:actually|really) (?:have to|maintain|work|write|ship|support|run|own|know|understand|do this))/,
	},
	// "some of us have been doing this for fifteen years": rank pulled on the reader.
	{
		re: / (?<m>(?:some|those) of us (?:have been|who have been|who've been|'ve been) (?:doing|writing|working on|coding|building) (?:this|it|code|software|that)(?: \S+){0,2} for (?:\S+ ){1,2}(?:years|decades)) /,
	},
	// "…, but this is a real project / production software": the reader's work set below real work.
	{
		re: new RegExp(
			` but (?<m>(?:${THIS_IS}|we are|we're|this) (?:a |an |in a |in |on a )?${SERIOUS}(?: ${WORK})?)(?= (?:,|$))`,
		),
	},
	// "grown-up codebases don't work like that".
	{
		re: new RegExp(
			` (?<m>grown up (?:${WORK}|engineers|developers|devs|people|teams) (?:don't|do not|do|need|use|have|write|work|never))`,
		),
	},
	// "leave the database work to people who know what they're doing", "let someone who has actually shipped …".
	{
		re: new RegExp(
			` (?<m>(?:leave|left|let|hand|give)(?: (?:it|this|that|the(?: \\S+){1,3}))?(?: to)? (?:someone|somebody|people|folks|those|the people|the seniors|the grown ups|the adults|(?:the |an? )?(?:more )?${COMPETENT}(?: ${PEOPLE})?) (?:who (?:actually |really |has |have |'ve |ever )*(?:know|knows|understand|understands|shipped|built|done|worked|written|used|can|has|have)|with (?:actual|real)|(?:more )?${COMPETENT}))`,
		),
		unless: SELF_BELOW,
	},
	// "this clearly needs someone experienced." (the clause ends: not "needs someone experienced with WebGL").
	{
		re: new RegExp(
			` (?<m>needs? (?:someone|somebody|a person|people|an adult|a grown up) (?:more )?(?:${COMPETENT}|who knows what (?:they're|they are|he's|she's) doing))(?= (?:,|$))`,
		),
	},
	// "I'll have one of the senior devs fix it properly", "someone more senior should probably redo this properly".
	{
		re: new RegExp(
			` (?<m>(?:someone|somebody|one of the|a|an|the)(?: more)? ${COMPETENT}(?: ${PEOPLE})?(?: should| will| can| could| needs to| has to| must)?(?: probably| really| just)? (?:fix|redo|rewrite|do|clean up|handle|take over|write) (?:it|this|that)(?: \\S+)? (?:properly|right|correctly))`,
		),
	},
	// "the backend is for people who understand memory".
	{
		re: / (?<m>(?:is|are) (?:only )?for (?:people|those|folks|someone|somebody|adults|grown ups|the grown ups|engineers|developers) who (?:actually |really )?(?:know|understand|can))/,
		unless: SELF_BELOW,
	},
	// "this is basic stuff", "this is pretty basic stuff, honestly" (not "basic setup", not reassured).
	{
		re: new RegExp(
			` (?<m>${THIS_IS} (?:${SO} )?(?:basic|elementary|trivial|entry level|day one|kindergarten|first week|beginner level|101) (?:stuff|material|knowledge|things?|level|concepts?)) `,
		),
		unless: REASSURE,
	},
	// "we don't really have time to teach the basics here".
	{ re: / (?<m>(?:time|here) to (?:teach|explain) (?:you )?(?:the )?basics)/ },
	// "it's honestly impressive that something this basic got past you".
	{
		re: / (?<m>(?:this|so) (?:basic|simple|obvious|trivial|elementary) (?:got|slipped|went|gets|slips|goes) (?:past|by) you)/,
	},
	// "a solved problem for anyone with basic training".
	{
		re: / (?<m>(?:solved problem|obvious|trivial) (?:\S+ ){0,2}for anyone with (?:basic|minimal|any|a little|some|even basic) (?:training|experience|knowledge|understanding|skills)) /,
	},
	// "most people figure this out in their first week".
	{
		re: / (?<m>(?:figure|figures|figured|learn|learns|learned|pick|picks|picked|get|gets|got|know|knows|understand) (?:this|that|it) (?:out |up )?(?:in|on|during|by) (?:their|the|your|his|her) first (?:day|week|month|hour))/,
	},
	// "this is what happens when juniors are allowed near the build system".
	{
		re: new RegExp(` (?<m>what happens when (?:you let )?(?:the )?${NOVICE}(?: \\S+)? (?:are|is|get|gets))`),
	},
	// "real engineers write tests before they open a pull request" (not "real engineers make mistakes too").
	{
		re: /(?:^ | , )(?<m>(?:real|proper|actual|serious|competent|professional|decent|grown up) (?:engineers|developers|devs|programmers|coders|reviewers) (?:\S+ )?(?:write|read|know|test|measure|check|don't|do not|never|always|would|wouldn't|understand|run|document))/,
		unless: / (?:too|also|sometimes|mistakes|still|occasionally|struggle|struggles) /,
	},
	// "a competent developer would have read the changelog first", "anyone competent would have checked".
	{
		re: / (?<m>(?:a|an|any|every) (?:competent|decent|half decent|careful|sane|experienced|qualified|halfway decent) (?:dev|developer|engineer|programmer|reviewer|person|coder) (?:would have|would've|wouldn't|would know|would never|would not|would catch|knows))/,
	},
	{
		re: / (?<m>(?:anyone|anybody|someone) (?:competent|sane|experienced|qualified|half competent) (?:would have|would've|wouldn't|would know|would never|would not|would catch|knows))/,
	},
	// "I'd explain it, but I doubt it would sink in".
	{
		re: / (?<m>(?:doubt (?:it|this|that|it'd|it'll)|(?:it|this|that) (?:won't|wouldn't|will never|would never|never)) (?:\S+ )?(?:sink|sinks) in)/,
	},
	// Session 30 (recall30): the reader or their work mocked through a non-person, child or pet that does it better
	// ("My toddler writes cleaner code than you.", "Who reviewed this, a golden retriever?"): mock-comparisons.ts.
	...READER_MOCK_FRAMES,
	// Session 31 (contempt31): pace offers, "even my cat knows", credential gatekeeping, mock reassurance and
	// rhetorical pity at the reader: patronising.ts.
	...PATRONISING_FRAMES,
];

/** Indices (into tokens) of the words of every talks-down frame in the draft (see the module comment). */
export const talksDownWords = perTokenized((tokenized: Tokenized): number[] => {
	const { masked } = tokenized;
	const found: number[] = [];
	for (const { ws, toks, first } of wordSentences(tokenized)) {
		if (ws.length < 3) continue;
		// The sentence as " w1 w2 , w3 … " with each word's offset, so a match maps back to its words.
		let text = ' ';
		const starts: number[] = [];
		for (let i = 0; i < ws.length; i++) {
			const gapFrom = toks[i - 1]?.end ?? 0;
			const gapTo = toks[i]?.start ?? 0;
			// A hyphen inside a word joins it ("first-year", "grown-up", "ten-year-old"); other punctuation breaks.
			const inWord = gapTo - gapFrom === 1 && masked[gapFrom] === '-';
			if (i > 0 && !inWord && hasClauseBreak(masked, gapFrom, gapTo)) text += ', ';
			starts.push(text.length);
			text += `${ws[i]} `;
		}
		const firstIf = text.indexOf(' if ');
		for (const { re, unless } of frames) {
			const match = new RegExp(re.source, 'd').exec(text);
			if (!match?.indices) continue;
			const [from, to] = match.indices.groups?.m ?? match.indices[0] ?? [0, 0];
			if (firstIf >= 0 && firstIf < from) continue;
			if (unless?.test(text)) continue;
			for (let i = 0; i < ws.length; i++) {
				const at = starts[i] ?? 0;
				if (at >= from && at < to) found.push(first + i);
			}
		}
	}
	return [...new Set(found)].sort((a, b) => a - b);
});

/**
 * Gives a draft that talks down to the reader the put-down floor (SEGMENT_FLOOR), underlined on the comparison,
 * with the card's "Talks down to the reader" reason; a draft the models already score that high keeps its own
 * score (its underline still gets the frame: culprit-words.ts). Call after the put-down floor.
 */
export function applyTalksDown(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	// A frame only mentioned in quotes is aimed at no one (quoted-mention.ts).
	const found = talksDownWords(tokenized).filter((i) => !entry.mentionedWords?.has(i));
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
	entry.talksDown = true;
}
