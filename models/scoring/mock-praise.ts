/**
 * Session 13 (misses6), for the sarcasm rule (sarcasm-at-others.ts; English only): hostility with no insult
 * word that the models read as civil (0.01–0.45) and the earlier frames miss.
 * - Mock praise: a praise opener ("Wow", "Stunning work", "Bravo", "Such dedication", "Hats off to you", "Congrats
 *   on …") in a draft that also reports a failure, an excess of time or a trivial result, and says nothing
 *   sincere ("Wow, three days to rename one variable. Truly remarkable.", "Bravo. Another release, another
 *   rollback.", "Hats off to you for making a simple config file unreadable.", "Wow, an actual commit message.").
 *   Quiet beside thanks, an exclamation mark, or a failure that is denied or was found ("zero rollbacks", "the fix
 *   closed two other bugs", "without a single incident", "three days to track down that race").
 * - Blame jabs: a mock-puzzled opener ("Odd how", "Funny how", "Interesting that", "Strange coincidence") with the
 *   reader and a failure or "only/always/until" in the same sentence ("Odd how the build only goes red on the
 *   days you push."), "not saying it's your fault, but", "it's always your …", "every time you …, it ends up
 *   reverted", "guess whose name is on the commit", "a pattern in who breaks …". Quiet when the reader is not named
 *   ("Odd how the build only goes red on Mondays") or the draft thanks or praises ("Interesting how your trick
 *   sped everything up").
 * - "You call this code review?", "You call that an apology?", "And you call yourself a maintainer?": a closing
 *   question about the reader's work; not "You call that function twice" or "You call this endpoint with a token,
 *   right?".
 */
import { READER, type Sentence, words } from './sarcasm-quotes.ts';

/** Words that praise when they open a sentence ("Wow, …", "Stunning work", "Bravo."). */
const PRAISE = words(
	'wow bravo stunning impressive amazing remarkable outstanding marvellous marvelous stellar spectacular ' +
		'extraordinary superb splendid incredible beautiful magnificent phenomenal congrats congratulations ' +
		'top-notch brilliant',
);
/** Two-word praise openers ("well done", "hats off", "round of applause", "gold medal"). */
const PRAISE_PAIRS = new Set(['well done', 'hats off', 'round of', 'gold medal', 'such dedication']);
/** Failures, excess and trivia a mock compliment is really about. */
const FAILURE = words(
	'broke broken breaks break rollback rollbacks revert reverted reverts crash crashes crashed crashing fail ' +
		'fails failed failing worse worst slowest unreadable unusable rejects reject contradict contradicts typo ' +
		'typos restart bugs regression regressions outage outages',
);
/** Trivial objects that "days to …" mock ("three days to rename one variable"). */
const TRIVIAL = words('variable constant typo line word comment label string semicolon import flag button');
/** Units of time a mock compliment counts ("three days to …", "a whole afternoon on …"). */
const SPANS = words('minutes hours days weeks months afternoon morning day week month sprint quarter year');
/** Words that deny or undo a failure just before it ("zero rollbacks", "fixed the crash", "closed two bugs"). */
const UNDONE = words(
	'zero no without never fewer less nothing fixed fixes fix fixing closed closes solved resolved squashed ' +
		'removed killed found finding tracked tracking caught spotted debugging diagnosed reproduced',
);
/** What "nothing" goes on with to report a failure ("now nothing compiles"; the brief's example). */
const WORKS = words('works compiles builds runs passes loads starts');
/** Words just after a failure that say it is over ("the outage is over", "the crash is fixed"). */
const OVER = words('over fixed resolved gone solved closed');
/** Sincere words anywhere in the draft. */
const SINCERE = words(
	'thanks thank appreciate appreciated grateful learned learnt love loved enjoyed helpful faster readable ' +
		'smaller cleaner',
);

/** The writer and the writer's own. */
const WRITERS = words('i my me we our us mine');

/** Whether the sentence opens with praise ("Wow, …", "Stunning work", "Hats off to you"). */
const praiseOpens = (ws: readonly string[]) =>
	PRAISE.has(ws[0] ?? '') || PRAISE_PAIRS.has(`${ws[0]} ${ws[1]}`);

/** Index of a failure word in the sentence that nothing just before it denies; -1 when none. */
function failureAt(ws: readonly string[]): number {
	return ws.findIndex(
		(w, k) =>
			(FAILURE.has(w) || (w === 'nothing' && WORKS.has(ws[k + 1] ?? ''))) &&
			!ws.slice(Math.max(0, k - 4), k).some((x) => UNDONE.has(x)) &&
			!ws.slice(k + 1, k + 4).some((x) => OVER.has(x)),
	);
}

/** Index of "N days to <verb> one <trivial thing>" / "a whole afternoon … typo"; -1 when none. */
function excessAt(ws: readonly string[]): number {
	return ws.findIndex((w, k) => {
		if (!SPANS.has(w)) return false;
		const rest = ws.slice(k + 1, k + 7);
		return rest.some((x, j) => TRIVIAL.has(x) && ['one', 'a', 'single'].includes(rest[j - 1] ?? ''));
	});
}

/** Mock praise (see the module comment); token indices, empty when none. */
function mockPraise(sentences: readonly Sentence[], masked: string): number[] {
	const start = sentences.findIndex((s) => praiseOpens(s.ws));
	const opener = sentences[start];
	// An exclamation, a question or thanks: excitement, a real question, gratitude ("Wow, the build broke? Why?").
	if (!opener || /[!?]/.test(masked)) return [];
	if (sentences.some((s) => s.ws.some((w) => SINCERE.has(w)))) return [];
	// The failure is in the praised sentence or after it ("Contador is broken. Incredible day …" praises the day).
	for (const s of sentences.slice(start)) {
		const ws = s.ws;
		// The writer's own trouble ("Wow, my build broke again") is news, not a jab.
		if (ws.some((w) => WRITERS.has(w))) continue;
		const at = failureAt(ws);
		const excess = excessAt(ws);
		// "a whole paragraph of documentation", "an actual commit message": credit for the least one could do.
		const least = ws.findIndex(
			(w, k) =>
				(w === 'whole' && ws[k - 1] === 'a' && ws[k + 1] !== 'new') || (w === 'actual' && ws[k - 1] === 'an'),
		);
		const hit = at >= 0 ? at : excess >= 0 ? excess : least;
		if (hit >= 0) return [opener.first, s.first + hit];
	}
	return [];
}

/** Openers that feign puzzlement ("Odd how …", "Funny that …", "Strange coincidence, …"). */
const PUZZLED = words(
	'odd funny strange weird interesting curious remarkable amazing wild oddly funnily strangely curiously ' +
		'somehow',
);
/** What follows a puzzled opener. */
const PUZZLED_NEXT = words('how that coincidence');
/** What lays a pattern on the reader in a puzzled sentence. */
const PATTERN = words(
	'always until whenever except red broke breaks break broken flaky flake flakes fail fails ' +
		'failed crash crashes crashed died dies outage outages incident incidents regression regressions bug bugs ' +
		'issue issues leak leaks slip slips doubled tanked wiped reverted rollback rollbacks paged missing',
);
/** What happens "every time you …" in a jab ("it ends up reverted", "I get paged"). */
const CONSEQUENCE = words(
	'reverted revert broke breaks break broken paged fails failed crash crashes crashed red rollback outage',
);
/** Words before a "you" that make it anyone: "when you need it", "until you reload" (session 14, civil3). */
const GENERIC_LEAD = words('when whenever until once if');
/** What anyone does or is when a thing fails them, as opposed to work of theirs ("when you push", "you touch"). */
const GENERIC_DOING = words(
	'need want try restart reboot reload refresh look check open close click scroll resize leave wait least ' +
		'actually really hurry',
);
/** States after "when you are …" that are anyone's ("in a hurry", "not looking", "busy"). */
const GENERIC_STATE = words('in not busy on offline away tired late rushing');
/** Whether the reader word at `k` means anyone: "when you need it", "when you're in a hurry". */
function genericReader(ws: readonly string[], k: number): boolean {
	if (!GENERIC_LEAD.has(ws[k - 1] ?? '')) return false;
	const next = ws[k + 1] ?? '';
	if (GENERIC_DOING.has(next)) return true;
	const being = ws[k] === "you're" || ws[k] === 'youre' ? k : next === 'are' ? k + 1 : -1;
	return being >= 0 && GENERIC_STATE.has(ws[being + 1] ?? '');
}
/** Praise or thanks in the draft: the puzzled opener is sincere ("…, great work", "thanks!"). */
const KIND = words('thanks thank great nice good well kudos appreciate appreciated love helped');

/** Blame jabs (see the module comment); token indices, empty when none. */
function blameJabs(sentences: readonly Sentence[], masked: string): number[] {
	const found: number[] = [];
	const kind = masked.includes('!') || sentences.some((s) => s.ws.some((w) => KIND.has(w)));
	if (kind) return found;
	sentences.forEach((s, n) => {
		const ws = s.ws;
		const o = ['hmm', 'so', 'well', 'oh'].includes(ws[0] ?? '') ? 1 : 0;
		// A "you" that means anyone is not the reader ("Funny how it breaks right when you need it").
		const reader = ws.findIndex((w, k) => READER.has(w) && !genericReader(ws, k));
		// "Odd how the build only goes red on the days you push."
		if (
			PUZZLED.has(ws[o] ?? '') &&
			(PUZZLED_NEXT.has(ws[o + 1] ?? '') || ws[o] === 'somehow') &&
			reader > o
		) {
			const cue = ws.findIndex((w, k) => k > o && PATTERN.has(w));
			if (cue >= 0) found.push(s.first + o, s.first + reader, s.first + cue);
		}
		ws.forEach((w, k) => {
			// "Not saying it's your fault, but …", "not blaming you, but".
			const blamed = ws.slice(k + 2, k + 6);
			if (
				w === 'not' &&
				ws[k + 1] === 'saying' &&
				blamed.includes('fault') &&
				blamed.some((x) => READER.has(x))
			)
				found.push(s.first + k, s.first + k + 1);
			// "it's always your PRs", "somehow it's always your service".
			if ((w === "it's" || w === 'its') && ws[k + 1] === 'always' && READER.has(ws[k + 2] ?? ''))
				found.push(s.first + k + 1, s.first + k + 2);
			// "Every time you review something, it ends up reverted." (this sentence or the next).
			if (w === 'every' && ws[k + 1] === 'time' && READER.has(ws[k + 2] ?? '')) {
				const next = [...ws.slice(k + 3), ...(sentences[n + 1]?.ws ?? [])];
				if (next.some((x) => CONSEQUENCE.has(x))) found.push(s.first + k, s.first + k + 1, s.first + k + 2);
			}
			// "guess whose name is on the commit", "a pattern in who breaks main".
			if (w === 'guess' && ws[k + 1] === 'whose') found.push(s.first + k, s.first + k + 1);
			// "A round of applause for whoever thought deleting the cache was a fix."
			if (
				w === 'whoever' &&
				ws[k + 1] === 'thought' &&
				ws.slice(k + 2).some((x, j) => x === 'was' && ws[k + 3 + j] === 'a')
			)
				found.push(s.first + k, s.first + k + 1);
			if (w === 'pattern' && ws[k + 1] === 'in' && (ws[k + 2] === 'who' || ws[k + 2] === 'whose'))
				found.push(s.first + k, s.first + k + 2);
		});
	});
	return found;
}

/** "You call this code review?", "And you call yourself a maintainer?"; token indices. */
function youCallThis(sentences: readonly Sentence[], masked: string): number[] {
	const found: number[] = [];
	for (const s of sentences) {
		const ws = s.ws;
		const o = ws[0] === 'and' ? 1 : 0;
		if (ws[o] !== 'you' || ws[o + 1] !== 'call') continue;
		const last = s.toks.at(-1);
		const asked = last !== undefined && /^\s*\?/.test(masked.slice(last.end));
		if (ws[o + 2] === 'yourself' && ws.length <= o + 6)
			found.push(s.first + o, s.first + o + 1, s.first + o + 2);
		else if (
			(ws[o + 2] === 'this' || ws[o + 2] === 'that') &&
			asked &&
			ws.length <= o + 6 &&
			!ws.includes('right')
		)
			found.push(s.first + o, s.first + o + 1, s.first + o + 2);
	}
	return found;
}

/** Token indices of the words of session 13's sarcasm frames; empty when none. */
export function misses6Sarcasm(sentences: readonly Sentence[], masked: string): number[] {
	return [
		...mockPraise(sentences, masked),
		...blameJabs(sentences, masked),
		...youCallThis(sentences, masked),
	];
}
