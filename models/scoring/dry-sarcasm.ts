/**
 * Dry sarcasm, for the sarcasm rule (sarcasm-at-others.ts): deadpan lines aimed at a decision or at the reader,
 * made of words the toxic head reads as civil (English only; the word lists below are English). Session 11:
 * - a dry one-liner about a decision: "Bold move.", "Interesting choice.", "Bold strategy, shipping it without a
 *   single test", "Brave of you to …", "Very creative use of global state", "Well, that's one way to do it.";
 * - mock trust as an aside: "Per the docs, which I'm sure you read, …", "…, which you've surely read, …";
 * - "as anyone who read the README knows", "anyone who … would know / could tell you", "as everyone else knows";
 * - an ironic tag or opener: "What could possibly go wrong", "that always goes well", "Sure, … is a great idea",
 *   "Oh sure, let's …", "Love that we're just skipping code review now", "I see we've given up on …",
 *   "Can't wait to debug this at 3am", "I'm sure this will scale beautifully".
 * Sincere look-alikes stay quiet: the same opener with a reason, a question, thanks or agreement in the draft
 * ("Interesting approach with the trie, I hadn't seen that before. Can you add a comment on why?", "Bold choice,
 * and I think it works"), "which I'm sure will help users", "As anyone who has run the first build knows, it
 * takes a while", "Can't wait to try this", "I'm sure this will scale, we tested it with ten times the traffic".
 */
import { READER, type Sentence, words } from './sarcasm-quotes.ts';

/** Adjectives a deadpan verdict on a decision uses ("Bold move", "Interesting choice", "Creative use of …"). */
const DRY = words(
	'bold interesting daring brave courageous creative innovative fascinating novel unique inspired ' +
		'adventurous ambitious',
);
/** What the verdict is about: a decision, not a thing ("Interesting choice", not "interesting article"). */
const DECISION = words(
	'choice choices move strategy decision call approach take use idea plan tactic solution way technique',
);
/** Words before the verdict that keep it one ("Very bold move", "What an interesting choice", "Truly inspired"). */
const LEAD_IN = words(
	"very quite such a an what that's that is truly certainly really now well oh hm hmm ah",
);
/**
 * Words that make a verdict sincere: agreement, a reason, a question, thanks, a request or a "but" ("Bold choice,
 * and I think it works", "Interesting approach, I hadn't seen that before", "Brave of you, thank you").
 */
const SINCERE = words(
	'think thought like liked love works worked agree agreed approve approving lgtm nice clean neat clever ' +
		'thanks thank but though although because since can could would please curious wondering why how ' +
		"explain hadn't haven't learned learnt til perfect sense i'd i've i'll we'll let's suggest recommend " +
		'recommends another either alternative instead paid pays',
);
/** What makes an "Oh sure, …" a sincere reply ("Oh sure, happy to help", "Oh sure, I can take it"). */
const WILLING = words("thanks thank happy glad help i i'll i'd i'm i've can will np problem sounds");
/** Markers of mock trust in an aside ("which I'm sure you read", "which you've surely read"). */
const TRUST = words('sure certain surely doubt assume presume');
/** What a reader "would have …" done had they looked ("anyone who read it would have seen"). */
const WOULD_HAVE = words('known seen noticed realised realized read figured');
/** Reading verbs of basic diligence ("anyone who (has) read the README knows"). */
const READ = words('read reads opened skimmed looked glanced checked bothered');
/** Everyone who knows what the reader does not ("as everyone else knows", "anyone who …"). */
const ANYONE = words('anyone anybody everyone everybody someone somebody');
/** Ironic tags about how a decision will go ("that always goes well", "that'll end well"). */
const GOES = words('goes went go ends ended end works worked turns turned');
/** Verdicts in "Sure, … is a great idea" and friends. */
const GREAT = words('great brilliant fantastic wonderful genius smart excellent superb amazing');
const IDEA = words('idea plan move thing');
/** Practices the writer mocks the team for dropping ("Love that we're just skipping code review now"). */
const DROPPING = words(
	'skipping ignoring dropping abandoning disabling not no never without given gave stopped nobody',
);
/** Who drops a practice in "Love that we're just skipping …", "I see you've stopped …". */
const DROPPERS = words("we we're we've you you're you've everyone everybody nobody people someone somebody");
/** Chores one "can't wait to" do only in irony ("Can't wait to debug this at 3am"). */
const CHORES = words('debug debugging untangle maintain explain support revert clean rewrite migrate deal');
/** How an ironic "I'm sure this will scale beautifully" ends. */
const GLOWING = words('beautifully perfectly wonderfully flawlessly splendidly great fine');

/** Whether the words `seq` start at `i`. */
const at = (ws: readonly string[], i: number, ...seq: string[]) => seq.every((w, k) => ws[i + k] === w);

/** "Bold move.", "Bold strategy, shipping it without a single test", "Very creative use of global state". */
function dryVerdict(s: Sentence, sincere: boolean, found: number[]): void {
	const ws = s.ws;
	let i = 0;
	while (i < ws.length && LEAD_IN.has(ws[i] ?? '')) i++;
	const adjective = ws[i] ?? '';
	if (!DRY.has(adjective) || i > 3) return;
	// "Brave of you to push straight to main", "Bold of you to assume …".
	if (at(ws, i + 1, 'of', 'you', 'to')) {
		if (!sincere) found.push(s.first + i, s.first + i + 1, s.first + i + 2);
		return;
	}
	const noun = ws[i + 1] ?? '';
	// "use" only as "use of" ("creative use of global state"), "way" only as "way to".
	const decision =
		DECISION.has(noun) && (noun !== 'use' || ws[i + 2] === 'of') && (noun !== 'way' || ws[i + 2] === 'to');
	if (decision && !sincere) found.push(s.first + i, s.first + i + 1);
}

/** "Well, that's one way to do it.", "That's certainly a way to handle errors." */
function oneWayToDoIt(s: Sentence, sincere: boolean, found: number[]): void {
	const ws = s.ws;
	const that = ws.findIndex((w, i) => w === "that's" || (w === 'that' && ws[i + 1] === 'is'));
	if (that < 0 || that > 2 || sincere) return;
	let k = that + (ws[that] === "that's" ? 1 : 2);
	if (['certainly', 'definitely', 'surely', 'indeed', 'sure'].includes(ws[k] ?? '')) k++;
	if ((ws[k] === 'one' || ws[k] === 'a') && ws[k + 1] === 'way' && ws[k + 2] === 'to')
		found.push(s.first + k, s.first + k + 1, s.first + k + 3);
}

/** "Per the docs, which I'm sure you read, …", "…, which you've surely read, …", "which I assume you tested". */
function trustAside(s: Sentence, found: number[]): void {
	const ws = s.ws;
	ws.forEach((w, i) => {
		if (w !== 'which' && w !== 'as') return;
		const rest = ws.slice(i + 1, i + 6);
		const trust = rest.findIndex((x) => TRUST.has(x));
		const you = rest.findIndex((x) => READER.has(x));
		if (trust < 0 || you < 0) return;
		// "which I'm sure will help users": the trust must be in the reader, who then did something (not "you'll").
		const after = rest[you + 1] ?? '';
		if (['will', 'can', 'could', 'would', 'might', 'may', "you'll"].includes(after)) return;
		// "as" only with a marker that is always mock ("as you no doubt noticed"), never "as you know".
		if (w === 'as' && !['doubt', 'surely'].includes(rest[trust] ?? '')) return;
		if (w === 'as' && rest[0] !== 'you' && rest[0] !== "you've") return;
		const first = rest[trust - 1] === "i'm" ? trust - 1 : trust;
		for (let k = Math.min(first, you); k <= Math.max(trust, you + 1); k++) found.push(s.first + i + 1 + k);
	});
}

/** "As anyone who read the README knows", "Anyone who … would know", "As everyone else on the team knows". */
function anyoneWhoKnows(s: Sentence, found: number[]): void {
	const ws = s.ws;
	ws.forEach((w, i) => {
		// "any first-year student could tell you": "any" and a noun stand for "anyone" too.
		const anyone = ANYONE.has(w) || (w === 'any' && ws[i + 1] !== undefined);
		if (!anyone) return;
		const rest = ws.slice(i + 1, i + 12);
		const knows = rest.findIndex((x) => x === 'know' || x === 'knows' || x === 'known');
		// "would know", "would have seen", "could tell you": what the reader plainly did not do.
		const would = rest.findIndex(
			(x, k) =>
				((x === 'would' || x === 'could') && rest[k + 1] === 'know') ||
				(x === 'would' && rest[k + 1] === 'have' && WOULD_HAVE.has(rest[k + 2] ?? '')) ||
				(x === 'could' && rest[k + 1] === 'tell'),
		);
		const who = rest.indexOf('who');
		const readIt = who >= 0 && rest.slice(who + 1, who + 3).some((x) => READ.has(x));
		const everyoneElse = (w === 'everyone' || w === 'everybody') && rest[0] === 'else' && knows >= 0;
		// "any first-year student could tell you"; not "if he had done any research he would know".
		const anyCould = w === 'any' && rest[would] === 'could' && rest[would + 1] === 'tell';
		if (would >= 0 && ((ANYONE.has(w) && who >= 0 && who < would) || anyCould))
			found.push(s.first + i, s.first + i + 1 + would, s.first + i + 2 + would, s.first + i + 3 + would);
		else if (everyoneElse) found.push(s.first + i, s.first + i + 1);
		else if (readIt && knows > who) found.push(s.first + i, s.first + i + 1 + knows);
	});
}

/** The ironic tags and openers (see the module comment). */
function ironicTags(s: Sentence, sincere: boolean, found: number[]): void {
	const ws = s.ws;
	ws.forEach((w, i) => {
		if (at(ws, i, 'what', 'could', 'possibly', 'go', 'wrong')) found.push(s.first + i + 2, s.first + i + 4);
		// "that always goes well", "because that worked so well last time".
		if ((w === 'that' || w === 'which') && ['always', 'never'].includes(ws[i + 1] ?? '')) {
			if (GOES.has(ws[i + 2] ?? '') && ['well', 'great', 'smoothly'].includes(ws[i + 3] ?? ''))
				found.push(s.first + i + 1, s.first + i + 3);
		}
		if ((w === "can't" || w === 'cannot') && at(ws, i + 1, 'wait', 'to') && CHORES.has(ws[i + 3] ?? ''))
			found.push(s.first + i, s.first + i + 1, s.first + i + 3);
	});
	// "Oh sure, let's add another dependency"; not a willing "Oh sure, happy to help".
	const opener = `${ws[0]} ${ws[1]}`;
	const eyeRoll = ['oh sure', 'yeah sure', 'sure sure'].includes(opener);
	if (eyeRoll && !ws.some((x) => WILLING.has(x))) found.push(s.first, s.first + 1);
	if (sincere) return;
	// "Sure, hardcoding the API key is a great idea"; "Oh sure, let's add another dependency".
	const great = ws.findIndex((x, k) => GREAT.has(x) && IDEA.has(ws[k + 1] ?? ''));
	if (!eyeRoll && ws[0] === 'sure' && great > 1) found.push(s.first, s.first + great, s.first + great + 1);
	// "Love that we're just skipping code review now", "I see we've given up on naming variables".
	const love = at(ws, 0, 'love', 'that') || at(ws, 0, 'love', 'how') || at(ws, 0, 'i', 'love', 'how');
	const see = at(ws, 0, 'i', 'see') || at(ws, 0, 'so', 'i', 'see');
	// Said of the team or the reader ("we're just skipping", "you've stopped"), not "I see, your life is not …".
	const who = ws[love && ws[0] === 'i' ? 3 : see && ws[0] === 'so' ? 3 : 2] ?? '';
	const dropped = ws.findIndex((x, k) => k >= 2 && k < 8 && DROPPING.has(x));
	if ((love || see) && DROPPERS.has(who) && dropped > 0)
		found.push(s.first, s.first + 1, s.first + 2, s.first + dropped);
	// "I'm sure this will scale beautifully": confidence with nothing behind it.
	const sure = ws.indexOf('sure');
	if (sure > 0 && ws[sure - 1] === "i'm" && GLOWING.has(ws.at(-1) ?? '') && ws.length <= 8)
		found.push(s.first + sure - 1, s.first + sure, s.first + ws.length - 1);
}

/** Token indices of the words that make the draft dryly sarcastic; empty when none. */
export function drySarcasm(sentences: readonly Sentence[], masked: string): number[] {
	const found: number[] = [];
	// "Love that …" and "I love how …" open the frame they would otherwise make sincere.
	const framing = (ws: string[], k: number): boolean =>
		(ws[k] === 'love' && (k === 0 || (k === 1 && ws[0] === 'i'))) || (ws[k] === 'how' && framing(ws, k - 1));
	const sincere =
		masked.includes('?') || sentences.some((s) => s.ws.some((w, k) => SINCERE.has(w) && !framing(s.ws, k)));
	for (const s of sentences) {
		dryVerdict(s, sincere, found);
		oneWayToDoIt(s, sincere, found);
		trustAside(s, found);
		anyoneWhoKnows(s, found);
		ironicTags(s, sincere, found);
	}
	return found;
}
