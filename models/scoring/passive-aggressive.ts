/**
 * Passive-aggressive remarks at the reader, for the sarcasm rule (sarcasm-at-others.ts): polite words whose
 * sting is in a set frame the toxic head cannot see (English only; the word lists below are English):
 * - mock trust with its contradiction: "I'm sure you tested this. Prod says otherwise.", "I'm sure you know best,
 *   as always.", "I'm sure you had a very good reason to skip the review";
 * - timing jabs: "Only took you three weeks", "Took you long enough", "Thanks for finally reading the docs",
 *   "Glad you finally found the time", "only two days late this time", "you actually showed up on time";
 * - the repeated explanation: "As I already said twice, …", "As I've said three times now", "Per my last
 *   comment, please read the thread before asking again", "if you had read my comment";
 * - grudging credit: "Good to know you read my review at some point", "So glad you decided to join … after it
 *   was merged", "Let me know when you've actually read the issue", "when you're done breaking the build";
 * - the martyr and the reminder: "I'll just fix it myself then, like always", "I'll clean up after you again",
 *   "Some of us have to actually test our code", "Must be nice to leave at three while the rest of us …",
 *   "Not sure why I bother", "was too much to ask", "is optional for you", "You do realise other people have
 *   to maintain this, right?", "Must have been hard to write a commit message longer than "fix"".
 * Sincere look-alikes stay quiet: "I'm sure you'll find it in the settings", "Only took three weeks to fix, nice
 * work", "As I said in the PR description, …", "Per my last comment, I've pushed the change", "So glad you joined
 * the conversation", "Let me know when you've had a chance to read the issue", "It must have been hard to track
 * that race down, thanks for the write-up".
 */
import { READER, type Sentence, words } from './sarcasm-quotes.ts';

/** Words that make a frame sincere: thanks, an offer of help, a request, good news about the work. */
const SINCERE = words(
	'thanks thank appreciate appreciated ping enjoy congrats congratulations welcome happy handy helped ' +
		'helps saves',
);
/** "I'm sure you …" going on with a future or an ability is trust, not mockery ("I'm sure you'll find it"). */
const FUTURE = words("you'll will can could would might may");
/** What contradicts a claim of trust in the next sentence ("Prod says otherwise", "CI disagrees"). */
const CONTRADICTION = words('otherwise disagrees disagree differ differs');
/** What someone had "a good reason to" do that they should not have ("a good reason to skip the review"). */
const SKIP = words('skip skipping ignore ignoring bypass break delete force disable revert');
/** Units of time a timing jab counts ("only took you three weeks"). */
const TIME_UNITS = words(
	'second seconds minute minutes hour hours day days week weeks month months year years sprint sprints',
);
/** Counts of times said ("as I already said twice", "three times now", "again"). */
const REPEATS = words('already twice again times');
/** Verbs of saying after "as I" / "like I". */
const SAID = words('said say explained mentioned wrote noted told pointed stated');
/** Openers of grudging credit ("Good to know you …", "Glad you …", "Nice to see you …"). */
const GLAD = words('glad good nice great');
/** What makes credit grudging: it came late, or needed deciding ("you finally …", "at some point"). */
const GRUDGING = words('finally eventually decided bothered remembered managed');
/** Basic diligence the reader "actually" did ("when you've actually read the issue"). */
const DILIGENCE = words(
	'read reading tested test testing ran run looked look tried try checked check showed show opened open',
);
/** Gerunds of wrecking ("when you're done breaking the build"). */
const WRECKING = words('breaking deleting wrecking ruining nuking reverting');
/** Hardships a dropped-subject "Must be exhausting to …" mocks. */
const HARD = words('hard exhausting tough difficult tiring draining');
/** Verbs of diligence "some of us" claim ("Some of us (have to) actually test our code"). */
const DUTIES = words('test tests read reads write review check care work do run');
/** What the reader's work did when it "changed nothing". */
const ACHIEVED = words('changed fixed did solved achieved improved');
/** Who else bears the cost in "You do realise other people have to maintain this?". */
const OTHERS = words('other others else rest');

/**
 * Basic attention someone is thanked for "finally" giving, which makes the thanks a jab ("Thanks for finally
 * reading the docs", "… answering"); work that landed at last is relief ("Thanks for finally fixing this!").
 */
const ATTENTION = words(
	'reading answering replying responding looking showing joining bothering noticing listening ' +
		'acknowledging admitting realising realizing remembering deciding getting paying understanding learning',
);
/** Words that wait for someone ("once you've actually tried it", "when you have actually read it"). */
const AWAITING = words('when once until after');

/** Whether the words `seq` start at `i`. */
const at = (ws: string[], i: number, ...seq: string[]) => seq.every((w, k) => ws[i + k] === w);
/** The index where `seq` starts in `ws`, or -1. */
const find = (ws: string[], ...seq: string[]) => ws.findIndex((_, i) => at(ws, i, ...seq));
/** A number, as a digit string or a word ("3", "three", "a"). */
const isCount = (w: string) =>
	/^\d+$/.test(w) || words('a an one two three four five six seven eight nine ten few couple').has(w);

/** "I'm sure you tested this. Prod says otherwise.", "I'm sure you know best, as always." */
function mockTrust(s: Sentence, next: Sentence | undefined, found: number[]): void {
	const sure = find(s.ws, "i'm", 'sure');
	const you = s.ws[sure + 2] ?? '';
	if (sure < 0 || !/^you(?:'ve|'d)?$/.test(you) || FUTURE.has(s.ws[sure + 3] ?? '')) return;
	const rest = s.ws.slice(sure + 3);
	const reason = find(rest, 'reason', 'to');
	const contradicted = next?.ws.some((w) => CONTRADICTION.has(w)) ?? false;
	if (
		contradicted ||
		find(rest, 'as', 'always') >= 0 ||
		find(rest, 'know', 'best') >= 0 ||
		(reason >= 0 && SKIP.has(rest[reason + 2] ?? ''))
	)
		found.push(s.first + sure, s.first + sure + 1);
}

/** "Only took you three weeks", "Took you long enough", "only two days late this time". */
function timingJab(s: Sentence, found: number[]): void {
	const ws = s.ws;
	ws.forEach((w, i) => {
		if (w === 'took' && READER.has(ws[i + 1] ?? '')) {
			const rest = ws.slice(i + 2, i + 6);
			const counted = rest.some((x, k) => TIME_UNITS.has(x) && isCount(rest[k - 1] ?? ''));
			if (at(ws, i + 2, 'long', 'enough') || (counted && ['only', 'just'].includes(ws[i - 1] ?? '')))
				found.push(s.first + i, s.first + i + 1);
		}
		// "only two days late this time", "three weeks late again".
		if (w === 'late' && TIME_UNITS.has(ws[i - 1] ?? '') && (ws[i - 3] === 'only' || ws.includes('time')))
			found.push(s.first + i);
	});
}

/** "As I already said twice", "As I've said three times now", "Per my last comment, … again". */
function repeatedExplanation(s: Sentence, found: number[]): void {
	const ws = s.ws;
	const repeats = ws.some((w) => REPEATS.has(w));
	ws.forEach((w, i) => {
		const said = ['as', 'like'].includes(w) && ['i', "i've"].includes(ws[i + 1] ?? '');
		const verb = ws.slice(i + 2, i + 4).findIndex((x) => SAID.has(x));
		if (said && verb >= 0 && ws.slice(i + 2, i + 8).some((x) => REPEATS.has(x)))
			found.push(s.first + i, s.first + i + 1, s.first + i + 2 + verb);
		if (at(ws, i, 'per', 'my') && repeats) found.push(s.first + i, s.first + i + 1);
		// "if you had read my comment you would know".
		if (at(ws, i, 'if', 'you', 'had') && DILIGENCE.has(ws[i + 3] ?? '')) found.push(s.first + i + 1);
	});
}

/** "Good to know you read my review at some point", "Glad you finally …", "… when you've actually read it". */
function grudgingCredit(s: Sentence, found: number[]): void {
	const ws = s.ws;
	const you = ws.findIndex((w) => READER.has(w));
	if (you < 0) return;
	const late = ws.slice(you + 1).some((w) => GRUDGING.has(w)) || find(ws, 'at', 'some', 'point') >= 0;
	if (GLAD.has(ws[0] === 'so' ? (ws[1] ?? '') : (ws[0] ?? '')) && late) found.push(s.first, s.first + you);
	ws.forEach((w, i) => {
		// "when you've actually read the issue", "Did you actually test this?"; not after a modal ("examples you
		// can actually run") or "if" ("if you actually read the article, …": a condition, not a jab).
		const perfect = ['have', 'had', 'did'].includes(ws[i + 1] ?? '') && ws[i + 2] === 'actually';
		const actually = ws[i + 1] === 'actually' ? i + 1 : perfect ? i + 2 : -1;
		if (READER.has(w) && actually > 0 && ws[i - 1] !== 'if' && DILIGENCE.has(ws[actually + 1] ?? ''))
			found.push(s.first + i, s.first + actually);
		if (at(ws, i, 'done') && WRECKING.has(ws[i + 1] ?? '') && READER.has(ws[i - 1] ?? ''))
			found.push(s.first + i + 1);
	});
}

/** "Ping me once you've actually tried it", "Let me know when you have actually looked at the logs". */
function diligenceAwaited(s: Sentence, found: number[]): void {
	const ws = s.ws;
	ws.forEach((w, i) => {
		if (!AWAITING.has(ws[i - 1] ?? '') || !READER.has(w)) return;
		const actually = ws[i + 1] === 'actually' ? i + 1 : ws[i + 2] === 'actually' ? i + 2 : -1;
		if (actually > 0 && DILIGENCE.has(ws[actually + 1] ?? '')) found.push(s.first + i, s.first + actually);
	});
}

/** The martyr, the reminder and the mock hardship (see the module comment). */
function martyrAndReminder(s: Sentence, found: number[]): void {
	const ws = s.ws;
	const always = Math.max(find(ws, 'like', 'always'), find(ws, 'as', 'always'), find(ws, 'as', 'usual'));
	if (always >= 0 && ws.includes('myself')) found.push(s.first + always + 1);
	const after = find(ws, 'after', 'you');
	if (after > 0 && ['up', 'clean', 'cleaning'].includes(ws[after - 1] ?? '')) found.push(s.first + after + 1);
	const rest = find(ws, 'while', 'the', 'rest', 'of', 'us');
	if (rest >= 0) found.push(s.first + rest + 2);
	const bother = find(ws, 'why', 'i');
	if (bother >= 0 && ws.slice(bother + 2, bother + 4).includes('bother')) found.push(s.first + bother + 2);
	// "Not sure what part of "do not force push" was unclear to you".
	const part = find(ws, 'what', 'part', 'of');
	if (part >= 0 && ws.slice(part + 3).some((w) => w === 'unclear' || w === 'understand'))
		found.push(s.first + part, s.first + part + 1);
	// Marked whole (session 28, spans28): the card quotes "too much to ask", not "too much".
	const ask = find(ws, 'too', 'much', 'to', 'ask');
	if (ask >= 0) found.push(s.first + ask, s.first + ask + 1, s.first + ask + 2, s.first + ask + 3);
	const optional = find(ws, 'optional', 'for');
	if (optional >= 0 && READER.has(ws[optional + 2] ?? '')) found.push(s.first + optional);
	// "Some of us (have to) actually test our code": diligence others lack.
	if (at(ws, 0, 'some', 'of', 'us')) {
		const verbs = ws.slice(3, 7).filter((w) => !['have', 'to', 'actually', 'still'].includes(w));
		if (DUTIES.has(verbs[0] ?? '')) found.push(s.first, s.first + 2);
	}
	// "You do realise other people have to maintain this, right?"
	if (at(ws, 0, 'you', 'do') && ['realise', 'realize', 'know', 'understand'].includes(ws[2] ?? '')) {
		if (ws.slice(3).some((w) => OTHERS.has(w)) || find(ws, 'for', 'a', 'reason') >= 0)
			found.push(s.first, s.first + 1, s.first + 2);
	}
	// A dropped subject: "Must be exhausting to read a whole stack trace" (the sincere one says "It must …").
	const must = at(ws, 0, "must've", 'been')
		? 2
		: at(ws, 0, 'must', 'have', 'been')
			? 3
			: at(ws, 0, 'must', 'be')
				? 2
				: -1;
	if (must > 0 && HARD.has(ws[must] ?? '') && ws[must + 1] === 'to') found.push(s.first, s.first + must);
}

/** "So glad we spent two sprints on your rewrite that changed nothing": the reader's work did nothing. */
/** Spans long enough that "only took you …" is a complaint even beside thanks (not minutes, hours, an afternoon). */
const LONG_UNITS = words(
	'day days week weeks fortnight fortnights month months year years sprint sprints quarter quarters release ' +
		'releases',
);
/** Things counted that only a wait makes ("only took you six pings", "three reminders", "two CVEs"). */
const NAGS = words(
	'ping pings reminder reminders nudge nudges thread threads issue issues report reports complaint ' +
		'complaints cves email emails ticket tickets duplicates bumps escalations',
);
/** What makes a short wait praise ("It only took you an hour, impressive"). */
const SPEED_PRAISE = words(
	'impressive amazing awesome fast faster quick quickly speedy wow incredible record nice great brilliant ' +
		'kudos well',
);
/** Words that may stand between a count and its unit ("a whole sprint", "a dozen duplicate issues"). */
const COUNT_FILLER = words('whole full entire good dozen couple more duplicate separate angry');

/**
 * "Only took you three weeks", "Took you long enough", "Took you ages", "Only took you six pings": a wait the
 * reader made, said as a complaint. Session 12: this is a jab whatever else the draft says, thanks included
 * ("Thanks for finally fixing this! Only took you three weeks." was quiet: the draft's thanks made every frame
 * sincere). A short wait said with praise is not ("It only took you an hour, impressive"); "It took you three
 * weeks of hard work" (a subject, no "only") is not counted.
 */
function lateJab(s: Sentence, next: Sentence | undefined, found: number[]): void {
	const ws = s.ws;
	ws.forEach((w, i) => {
		if (w !== 'took' || !READER.has(ws[i + 1] ?? '')) return;
		const rest = ws.slice(i + 2, i + 8);
		const idle = at(ws, i + 2, 'long', 'enough') || ['forever', 'ages', 'eons'].includes(rest[0] ?? '');
		const counted = rest.slice(0, 4).some((x, k) => {
			if (!LONG_UNITS.has(x) && !NAGS.has(x)) return false;
			const before = rest.slice(Math.max(0, k - 3), k).filter((b) => !COUNT_FILLER.has(b));
			const last = before[before.length - 1] ?? '';
			return isCount(last) || (x.endsWith('s') && /^(?:several|many|multiple)$/.test(last));
		});
		// "Only took you …", "Took you …" with no subject; not "It took you three weeks of hard work".
		const complaint = ['only', 'just'].includes(ws[i - 1] ?? '') || i === 0 || ws[i - 1] === 'and';
		const praised = [...ws.slice(i + 2), ...(next?.ws ?? [])].some((x) => SPEED_PRAISE.has(x));
		if (idle || (counted && complaint && !praised)) found.push(s.first + i, s.first + i + 1);
	});
}

function workDidNothing(s: Sentence, found: number[]): void {
	const your = s.ws.indexOf('your');
	const nothing = s.ws.findIndex((w, i) => i > your && w === 'nothing' && ACHIEVED.has(s.ws[i - 1] ?? ''));
	if (your >= 0 && nothing > 0) found.push(s.first + nothing - 1, s.first + nothing);
}

/** Token indices of the words that make the draft passive-aggressive at someone; empty when none. */
export function passiveAggressive(sentences: readonly Sentence[]): number[] {
	const found: number[] = [];
	// "Thanks for finally reading the docs": thanks for basic attention that came late, so thanks cannot make it
	// sincere. Thanks for work that finally landed is relief ("Thanks for finally fixing this!", session 11).
	for (const s of sentences) {
		const late = find(s.ws, 'for', 'finally');
		const what = s.ws[late + 2] ?? '';
		// "getting back to me", "getting around to it"; not "getting this merged".
		const attention =
			ATTENTION.has(what) && (what !== 'getting' || /^(?:back|around)$/.test(s.ws[late + 3] ?? ''));
		if (['thanks', 'thank'].includes(s.ws[0] ?? '') && late >= 0 && attention)
			found.push(s.first, s.first + late + 1);
	}
	// "Ping me once you've actually tried it": the wait for basic diligence is a jab whatever else is said.
	for (const s of sentences) diligenceAwaited(s, found);
	sentences.forEach((s, k) => {
		lateJab(s, sentences[k + 1], found);
	});
	if (sentences.some((s) => s.ws.some((w) => SINCERE.has(w)))) return [...new Set(found)];
	sentences.forEach((s, k) => {
		workDidNothing(s, found);
		mockTrust(s, sentences[k + 1], found);
		timingJab(s, found);
		repeatedExplanation(s, found);
		grudgingCredit(s, found);
		martyrAndReminder(s, found);
	});
	return [...new Set(found)];
}
