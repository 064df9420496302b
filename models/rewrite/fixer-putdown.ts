/**
 * Put-downs the session 28 rules did not know (session 30, fixer30). No insult word, so the draft came back
 * unchanged (no suggestion), framed ("I think this is a beginner mistake …") or cut to the put-down ("Stop bumping
 * the thread." and the point lost). By class, each keeps the request or the technical point:
 * - a stop-imperative about how the reader uses the tracker becomes a plain request: "Quit bumping this." →
 *   "Please don't bump this."; "Stop opening duplicate issues and search the tracker first." → "Please don't open
 *   duplicate issues; search the tracker first."; one that only calls it noise goes before the point: "Stop
 *   spamming this thread and read the contributing guide." → "Read the contributing guide.";
 * - a verdict or exit beside a point goes: "Wow. Just wow. The migration drops …" → "The migration drops …",
 *   "This isn't worth my time, but the docs build fails on Windows." → "The docs build fails on Windows.",
 *   "Whatever. …", "I'm done here. …", "I'm not wasting any more time on this thread."; said alone it is left to
 *   `verdictOnly` (offline-fixer.ts says "I'd rather not continue this discussion." or its fallback);
 * - a third-person put-down said as the rule becomes the team's practice: "Real engineers write tests before they
 *   open a PR." → "We write tests before we open a PR."; "People who know what they're doing use parameterised
 *   queries here." → "We use …"; "Only a beginner would store passwords in plain text." → "I wouldn't store …".
 *   Lead-ins with a point after them ("This is a beginner mistake that any junior would catch: …", "Some of us have
 *   actual work to do.") are fixer-condescend.ts PUT_DOWNS, so the ranking knows them too.
 * Rules only drop or restate what the draft says. Protected tokens are placeholders (\uE000n\uE001) here and
 * match no word. Pure and deterministic.
 */
import { viewOfAct } from './fixer-verdict.ts';

const rx = (source: string, flags = 'giu') => new RegExp(source, flags);
/** Where a sentence starts, with an opener that goes with the put-down ("Seriously, …"). */
const START =
	'(?:^|(?<=[.!?]\\s+)|(?<=\\n[^\\S\\n]*))(?:(?:honestly|seriously|frankly|look|dude|man|ok(?:ay)?|well|just|so|now|again)\\b[,!]?\\s+)*';
/** A break after a lead-in, and the conjunction that tied it to the point. */
const BREAK = '\\s*(?:[:;,–—]\\s*(?:(?:and|but|so|because|since|as)\\s+)?|[.!?]+\\s+|\\s+(?:but|and)\\s+)';
/** What follows a dropped lead-in: a word (not another stop) or a protected token. */
const POINT = '(?!(?:stop|quit)\\b)(?=\\p{L}|\\uE000)';
/** The rest of a clause: no end mark, no clause break, no protected token. */
const CLAUSE = '[^.!?;:,\\n\\uE000]';

/**
 * How the reader uses the tracker, said as a request once "stop" goes: the gerund and its base form. Not work on the
 * code ("Stop pushing to main, …", "Quit merging changes like this …"): that is a plain request already, and the
 * fixer12 rewrites keep it.
 */
const REQUEST_BASE: Record<string, string> = {
	bumping: 'bump',
	pinging: 'ping',
	tagging: 'tag',
	mentioning: 'mention',
	'@-mentioning': '@-mention',
	'at-mentioning': 'at-mention',
	reopening: 'reopen',
	'cross-posting': 'cross-post',
	crossposting: 'cross-post',
	'double-posting': 'double-post',
	asking: 'ask',
	opening: 'open',
	filing: 'file',
	dming: 'DM',
	messaging: 'message',
	emailing: 'email',
};
const REQUEST = Object.keys(REQUEST_BASE)
	.sort((a, b) => b.length - a.length)
	.join('|');
/** Calling the reader's posts noise: nothing to keep but what follows. */
const NOISE =
	'(?:spamming|flooding|cluttering|bikeshedding|nitpicking|nit-picking|whining|complaining|moaning|ranting|derailing)';

type Rule = [RegExp, string | ((...groups: string[]) => string | undefined)];
const RULES: Rule[] = [
	// "Stop spamming this thread and read the contributing guide." → "Read the contributing guide."; "Stop flooding
	// the channel with screenshots and paste the trace as text.", "Stop nitpicking the names, the PR is about …".
	[
		rx(
			`${START}(?:please\\s+)?(?:stop|quit)\\s+${NOISE}(?:\\s+(?!(?:and|but|so)\\b)${CLAUSE}{1,60}?)?(?:\\s*,?\\s+and\\s+(?=\\p{Ll})|${BREAK})${POINT}`,
		),
		'\uE010',
	],
	// "Quit bumping this." → "Please don't bump this."; "Stop opening duplicate issues and search the tracker
	// first." → "Please don't open duplicate issues; search …" (the "and" read as "don't do both").
	[
		rx(
			`${START}(?:please\\s+)?(?:stop|quit)\\s+(${REQUEST})\\b(${CLAUSE}*?)(?:(\\s+and\\s+)(?!(?:stop|quit)\\b)(?=\\p{Ll})|(?=\\s*[.!?;:,–—\\n]|\\s*$))`,
		),
		(gerund, rest, and) =>
			`Please don't ${REQUEST_BASE[gerund.toLowerCase()] ?? gerund}${rest}${and ? '; ' : ''}`,
	],
	// "Real engineers write tests before they open a PR." → "We write tests before we open a PR."; "People who
	// know what they're doing use parameterised queries here.", "Developers who actually understand Go don't panic
	// in library code." (a lead-in with a point after a break went before, in restateCondescension).
	[
		rx(
			`${START}(?:(?:real|actual|proper|competent|serious|good)\\s+(?:engineers|developers|devs|programmers|professionals)|(?:people|developers|devs|engineers|programmers|folks)\\s+who\\s+(?:(?:actually|really|truly)\\s+(?:know|understand|get)\\s+(?:\\p{L}[\\p{L}+#.-]*)|know\\s+what\\s+they['’]re\\s+doing))\\s+(?!(?:in|on|at|from|of|who|that|are|were|is|and|or)\\b)((?:(?:don['’]?t|do\\s+not|never|wouldn['’]?t|would\\s+never|would|always)\\s+)?\\p{Ll}+${CLAUSE}*)(?=[.!?;:,\\n]|$)`,
		),
		(said) =>
			`We ${said.replace(/\b(they|them|their|themselves)\b/giu, (w) => ({ they: 'we', them: 'us', their: 'our', themselves: 'ourselves' })[w.toLowerCase()] ?? w)}`,
	],
	// "Only a beginner would store passwords in plain text like this." → "I wouldn't store passwords …"
	// (fixer-verdict.ts does this for "only a fool"; a beginner is no insult word there).
	[
		rx(
			`${START}only\\s+(?:an?\\s+)?(?:beginner|junior|intern|newbie|noob|rookie|amateur|(?:first-year\\s+)?student)s?\\s+(?:would|could|will|does|do)\\s+(?:ever\\s+)?(\\p{L}${CLAUSE}*?)(?=\\s*(?:[.!?:;]|$|\\n))`,
		),
		(act) => viewOfAct(act),
	],
];

/** A verdict or an exit said as a sentence of its own, or as the lead of one. */
/** Dismay said as a sentence of its own: only a full stop ends it ("Just wow: the renderer is twice as fast." praises). */
const DISMAY = '(?:(?:wow[.!,]*\\s+)?just\\s+wow|unbelievable|unreal)';
const VERDICTS = [
	'whatever(?:\\s*,\\s*do\\s+(?:what|whatever)\\s+you\\s+want)?',
	'do\\s+(?:what|whatever)\\s+you\\s+want',
	"I\\s*[’']?m\\s+done(?:\\s+here|\\s+with\\s+(?:this|the)\\s+(?:thread|discussion|conversation|issue))",
	'I\\s+give\\s+up',
	"(?:(?:this|it|that)\\s+(?:is|[’']s)\\s+not|(?:this|it|that)\\s+isn[’']?t|not)\\s+worth\\s+my\\s+time",
	"I\\s*[’']?m\\s+not\\s+wasting\\s+(?:any\\s+)?more\\s+(?:of\\s+my\\s+)?time\\s+on\\s+(?:this|you)(?:\\s+(?:thread|discussion|issue))?",
	'(?:this|the)\\s+(?:discussion|thread|conversation|issue)\\s+is\\s+a\\s+waste\\s+of\\s+my\\s+time',
];
const VERDICT = `(?:${VERDICTS.join('|')})`;
/** A verdict before the point, or a sentence of its own after it. */
const VERDICT_LEAD = rx(
	`${START}(?:${VERDICT}${BREAK}|${DISMAY}[.!]+\\s+)(?:(?:frankly|honestly)\\s*,?\\s+)?${POINT}`,
);
const VERDICT_TAIL = rx(`(?<=[.!?])\\s+${START}(?:${VERDICT}|${DISMAY})\\s*[.!]*(?=\\s*$)`);
/** A draft that is only verdicts and exits: nothing to keep (offline-fixer.ts says so). */
const VERDICT_ONLY = rx(`^\\s*(?:${START}(?:${VERDICT}|${DISMAY})\\s*[.!,]*\\s*)+$`, 'iu');
/** Of those, the ones that end the exchange ("I'm done here", "not worth my time"), not only dismay ("Just wow."). */
const EXIT =
	/\b(?:done|give\s+up|worth\s+my\s+time|wasting|waste\s+of\s+my\s+time|whatever|do\s+(?:what|whatever)\s+you\s+want)\b/iu;

/**
 * What a draft that is only a verdict or an exit is: 'exit' ("Whatever, do what you want. I'm done here.", "Not
 * worth my time."), 'dismay' ("Wow. Just wow.", "Unbelievable."), or undefined when it says anything more.
 */
export function verdictOnly(text: string): 'exit' | 'dismay' | undefined {
	if (!VERDICT_ONLY.test(text)) return undefined;
	return EXIT.test(text) ? 'exit' : 'dismay';
}

/**
 * `text` with the put-downs of the header dropped or restated. Unchanged when none is found or when dropping would
 * leave fewer than three words (a draft that is only a verdict is `verdictOnly`'s).
 */
export function restatePutDowns(text: string): string {
	let out = text;
	for (const [pattern, replacement] of RULES)
		out =
			typeof replacement === 'string'
				? out.replace(pattern, replacement)
				: out.replace(
						pattern,
						(whole: string, ...args: unknown[]) =>
							replacement(...args.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''))) ?? whole,
					);
	// A verdict stays where nothing else is said.
	const kept = out;
	out = out.replace(VERDICT_LEAD, '\uE010').replace(VERDICT_TAIL, '');
	if (words(finish(out)) < 3) out = kept;
	out = finish(out);
	if (words(out) < 3) return text;
	return out;
}

const words = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;
/** A dropped lead-in leaves the next word to start the sentence. */
const finish = (s: string) =>
	s.replace(/\uE010\s*(\p{L})/gu, (_m, c: string) => c.toUpperCase()).replace(/\uE010/g, '');
