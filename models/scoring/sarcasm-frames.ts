/**
 * More mocking frames for the sarcasm rule (sarcasm-at-others.ts), the misses its first version left (English
 * only; the word lists below are English):
 * - mock praise with the failure it mocks in the next sentence: "Great job, champ. Prod is down again.",
 *   "Well done. The build is red for the third time today.", "You really outdid yourself, nothing works.";
 * - a new role said with an eye-roll: "so you're an expert now", "Suddenly you're a Rust expert", "Look at you,
 *   a performance expert all of a sudden" (not with congratulations, a welcome, thanks or a request in the draft:
 *   "so you're the expert on this module now, congrats on the promotion");
 * - "Oh great, another brilliant idea from you.", "Great, another Monday, another outage caused by you.";
 * - "Can't wait to see what you break next", "Tell me again how your code has no bugs", "let's all take advice
 *   from the guy who deleted prod", "Clearly you know better than the entire team", "Nice of you to show up".
 * Sincere look-alikes stay quiet: "Great job! Prod is up again.", "Nice work. Staging is back up.", "Can't wait to
 * see what you build next!", "Tell me again how the cache works?".
 */
import { READER, type Sentence, words } from './sarcasm-quotes.ts';

/** Sentence openers that praise ("great", "well done", …). */
const PRAISE = words(
	'nice great bravo kudos congrats congratulations wow amazing impressive brilliant stellar fantastic ' +
		'wonderful awesome excellent superb outstanding',
);
const PRAISE_PAIRS = new Set(['good job', 'well done', 'way to', 'gold star', 'hats off', 'nice one']);
/** Openers that roll their eyes ("Oh great, …", "What a shock, …"). */
const EYE_ROLL_PAIRS = new Set([
	'oh great',
	'oh joy',
	'oh look',
	'oh wonderful',
	'oh how',
	'how original',
	'what a',
	'color me',
	'colour me',
	'big surprise',
]);
/** What follows "what a" / "color me" in an eye-roll ("what a shock", "color me surprised"). */
const SURPRISE = words('shock shocker surprise surprised shocked shocking');
/** A failure state reported after mock praise ("Prod is down again", "nothing builds"). */
const FAILED = words(
	'down broken broke red failing failed fails crashed crashes crashing dead offline blocked late outage ' +
		'outages fire',
);
/** An absolute that says nothing works any more ("nothing builds", "nobody can log in"; not "nothing broke"). */
const NOTHING = words('nothing nobody noone');
/** Words that deny the failure after them. */
const DENIALS = words("nothing nobody never no not didn't wasn't isn't hasn't haven't without");
/** What "nothing" / "nobody" must go on with to report a failure. */
const WORKS = words('works builds compiles loads runs starts passes renders deploys can could');
/**
 * Words of a report that the failure is over, is the writer's, is only possible, or comes with a sincere request
 * ("Nice work. Staging is back up.", "Great job. My build is broken, could you look?", "If staging is down, …").
 */
const NOT_MOCKING = words(
	"back fixed green up over anymore longer passing healthy but though thanks thank could can please let's " +
		"let if when unless whether i i'm im my me we we're our us",
);
/** Roles claimed with an eye-roll ("so you're an expert now"). */
const ROLES = words(
	'expert experts guru senior architect authority genius pro specialist ninja rockstar wizard master lead',
);
/** Words that make a new role sincere news ("congrats on the promotion", "welcome aboard", "could you …"). */
const SINCERE = words(
	'congrats congratulations welcome deserved proud thanks thank love glad happy could would please amazing',
);
/** Verbs of wrecking things ("can't wait to see what you break next"). */
const WRECK = words('break ruin delete nuke crash wreck screw mess');
/** Absolutes that a claim of perfection uses ("tell me again how your code has no bugs"). */
const PERFECT = words('no never nothing always perfect flawless zero');
/** Whoever is trusted in "let's all trust the guy who deleted prod". */
const TRUSTED = words('guy guys person one dude man genius people folks');
/** Failures that someone in "the guy who …" did. */
const DID_WRONG = words('deleted broke wiped nuked crashed dropped leaked');

/** The words sentenceFrames' per-word frames start with ("another", "can't wait", "tell me", "let's"). */
const LOOP_STARTS = words("another can't cannot tell let's let");
/** Whether the sentence opens with praise. */
function praiseOpener(ws: string[]): boolean {
	return PRAISE.has(ws[0] ?? '') || PRAISE_PAIRS.has(`${ws[0]} ${ws[1]}`);
}

/** Whether the sentence opens with an eye-roll ("Oh great, …", "What a shock, …", "Color me surprised"). */
export function eyeRollOpens(ws: string[]): boolean {
	const pair = `${ws[0]} ${ws[1]}`;
	if (!EYE_ROLL_PAIRS.has(pair)) return false;
	if (pair === 'what a' || pair.startsWith('colo')) return SURPRISE.has(ws[2] ?? '');
	return pair !== 'oh how' || ['original', 'surprising', 'unexpected'].includes(ws[2] ?? '');
}

/** The index of a failure the sentence reports, or -1: a failure state or "nothing works", and no recovery. */
function failureIn(ws: string[], from = 0): number {
	if (ws.some((w) => NOT_MOCKING.has(w))) return -1;
	for (let i = from; i < ws.length; i++) {
		const w = ws[i] ?? '';
		if (w === 'fire' && ws[i - 1] !== 'on') continue;
		// "Nothing broke", "it never crashed": a failure denied is good news.
		const denied = DENIALS.has(ws[i - 2] as string) || DENIALS.has(ws[i - 1] as string);
		if ((FAILED.has(w) && !denied) || (NOTHING.has(w) && WORKS.has(ws[i + 1] ?? ''))) return i;
		if (/^(?:doesn't|don't|won't|can't)$/.test(w) && ws[i + 1] === 'even') return i;
	}
	return -1;
}

/** Mock praise and the failure it mocks: a short praising sentence, then a report of a failure. */
function praiseThenFailure(sentences: readonly Sentence[], found: number[]): void {
	sentences.forEach((s, k) => {
		const outdid = s.ws.findIndex(
			(w, i) => (w === 'outdid' || w === 'outdone') && s.ws[i + 1] === 'yourself',
		);
		if (outdid >= 0) {
			// "You really outdid yourself, the page doesn't even load" / "… this time. Nothing works."
			const same = failureIn(s.ws, outdid + 2);
			const next = sentences[k + 1];
			const later = same < 0 && next ? failureIn(next.ws) : -1;
			if (same >= 0) found.push(s.first + outdid, s.first + same);
			else if (later >= 0 && next) found.push(s.first + outdid, next.first + later);
			return;
		}
		const anotherFromYou = s.ws[0] === 'another' && s.ws.includes('from') && s.ws.includes('you');
		if ((!praiseOpener(s.ws) && !anotherFromYou) || s.ws.length > 7 || s.ws.includes('thanks')) return;
		const next = sentences[k + 1];
		const at = next ? failureIn(next.ws) : -1;
		if (next && at >= 0) found.push(s.first, next.first + at);
	});
}

/** "so you're an expert now", "Suddenly you're a Rust expert", "Look at you, a … expert all of a sudden". */
function roleNow(sentences: readonly Sentence[], found: number[]): void {
	if (sentences.some((s) => s.ws.some((w) => SINCERE.has(w)))) return;
	for (const s of sentences) {
		const ws = s.ws;
		const at = ws.findIndex(
			(w, i) =>
				(w === "you're" || w === 'youre' || (w === 'you' && ws[i - 1] === 'at' && ws[i - 2] === 'look')) &&
				ws.slice(i + 1, i + 6).some((x) => ROLES.has(x)),
		);
		if (at < 0) continue;
		const eyeRoll =
			ws.slice(0, at).some((w) => ['so', 'now', 'suddenly'].includes(w)) ||
			ws[at - 1] === 'at' ||
			ws.slice(at + 1, at + 8).includes('now') ||
			/\ball of a sudden\b/.test(ws.slice(at + 1).join(' '));
		if (eyeRoll) found.push(s.first + at, s.first + at + ws.slice(at + 1).findIndex((x) => ROLES.has(x)) + 1);
	}
}

/** The other frames, one sentence each (see the module comment). */
function sentenceFrames(s: Sentence, eyeRolled: boolean, found: number[]): void {
	const ws = s.ws;
	const has = (i: number, ...seq: string[]) => seq.every((w, k) => ws[i + k] === w);
	for (let i = 0; i < ws.length; i++) {
		// Each frame of this loop starts with one of these words (session 20: the checks ran at every word).
		if (!LOOP_STARTS.has(ws[i] as string)) continue;
		// "Oh great, another brilliant idea from you", "another outage caused by you".
		if (eyeRolled && ws[i] === 'another') {
			const rest = ws.slice(i + 1, i + 8);
			const by = rest.findIndex((w, k) => (w === 'from' || w === 'by') && rest[k + 1] === 'you');
			if (by >= 0 || rest.includes('your')) found.push(s.first + i);
		}
		if ((has(i, "can't", 'wait') || has(i, 'cannot', 'wait')) && has(i + 2, 'to', 'see', 'what', 'you')) {
			if (WRECK.has(ws[i + 6] ?? '')) found.push(s.first + i, s.first + i + 6);
		}
		if (
			ws[i] === 'tell' &&
			['me', 'us'].includes(ws[i + 1] ?? '') &&
			['again', 'more'].includes(ws[i + 2] ?? '')
		) {
			const rest = ws.slice(i + 3);
			const how = rest.indexOf('how');
			if (how >= 0 && READER.has(rest[how + 1] ?? '') && rest.slice(how).some((w) => PERFECT.has(w)))
				found.push(s.first + i, s.first + i + 1, s.first + i + 2);
		}
		if (
			(ws[i] === "let's" || has(i, 'let', 'us')) &&
			ws.slice(i).some((w) => ['trust', 'advice', 'listen'].includes(w))
		) {
			const who = ws.findIndex((w, k) => k > i && w === 'who' && TRUSTED.has(ws[k - 1] ?? ''));
			if (who >= 0 && ws.slice(who + 1, who + 4).some((w) => DID_WRONG.has(w))) found.push(s.first + who - 1);
		}
	}
	// "Clearly you know better than the entire team", "Obviously you're the only one who understands git".
	if (['clearly', 'obviously', 'apparently', 'evidently'].includes(ws[0] ?? '') && READER.has(ws[1] ?? '')) {
		const rest = ws.slice(2).join(' ');
		if (/^(?:\w+ )?(?:know better than|the only one|know everything|always right|never wrong)/.test(rest))
			found.push(s.first, s.first + 1);
	}
	// "Nice of you to show up", "How kind of you to grace us with your presence".
	const of = ws.findIndex((w, i) => i > 0 && w === 'of' && ws[i + 1] === 'you' && ws[i + 2] === 'to');
	if (of > 0 && ['nice', 'kind', 'good', 'thoughtful', 'sweet'].includes(ws[of - 1] ?? '')) {
		const verb = ws.slice(of + 3).filter((w) => w !== 'finally' && w !== 'actually');
		if ((verb[0] === 'show' && verb[1] === 'up') || verb[0] === 'grace') found.push(s.first + of - 1);
	}
}

/** Token indices of the words that make the draft mock someone by one of these frames; empty when none. */
export function sarcasmFrames(sentences: readonly Sentence[]): number[] {
	const found: number[] = [];
	praiseThenFailure(sentences, found);
	roleNow(sentences, found);
	// A bare "Great, another …" rolls its eyes unless the draft thanks or congratulates.
	const sincere = sentences.some((s) => s.ws.some((w) => SINCERE.has(w)));
	const eyeRolled = sentences.some((s) => eyeRollOpens(s.ws) || (s.ws[0] === 'great' && !sincere));
	for (const s of sentences) sentenceFrames(s, eyeRolled, found);
	return found;
}
