/**
 * Session 19 (threats5): veiled threats at the reader that no phrase frame had, found by their structure rather
 * than their words. Written from the dev half (odd lines) of tests/corpora/threats5.txt; each keeps away from its
 * civil twin in threats5-civil.txt (same words, civil use):
 * - a provocation, then harm to the reader or what is theirs: "If you merge that again, your maintainer rights
 *   will disappear", "One more snide comment and your job here is over", "Ban me and … your life can fall apart",
 *   "Do that again and you'll end up regretting it", "Keep it up and you won't have a job", "… and watch what
 *   happens to your reputation". A provocation is a clause about the writer ("ban me", "my PR") or a repeat
 *   ("again", "one more", "keep it up"); a clause about a tool or code ("Skip the pin again", "Do that migration
 *   without a backup") is a warning about the tool, and "do X or you'll regret it" is advice;
 * - harm to what is the reader's with a menace beside it ("… and everyone will know why", "I'll see to it");
 * - "you will pay for rejecting this" (not "pay less for hosting"), "you're going to wish you had never …";
 * - knowing where the reader is: "I found your house", "nobody finds out where you live", unless a friendly
 *   purpose follows ("for the team dinner, see you at seven", "we met at the conference");
 * - "accidents happen to reviewers who …", "something bad will happen to you" (not "… so take your time");
 * - "you'll be lucky to still have an account", "people who cross me tend to lose …", "waiting for you … alone".
 * `friendlyAfter` is the shared guard: a friendly purpose, advice or a stated cause after a frame takes it back
 * ("I know where your office is, I'll drop off the hardware", "… if your account got hacked, so please turn on
 * two-factor auth"); threats.ts, threats4-frames.ts and put-downs.ts (veiled threat patterns) use it too.
 * Draft scoring only, as every threat frame; the caller (threats.ts) underlines the words [start, end).
 */
const words = (s: string) => new Set(s.split(' '));

/** Words of a friendly purpose after a frame ("we met at the conference", "see you at seven", "carpool"). */
const FRIENDLY = words(
	'thank thanks thx congrats congratulations welcome coffee beer beers drinks lunch dinner breakfast party ' +
		'meetup meet met conference summit keynote talk demo workshop hackathon chat pair pairing review onboard ' +
		'onboarding help hug carpool ride deliver swag stickers hardware invite invitation birthday gift ' +
		'schedule call visit neighbours neighbors',
);
/** Verbs of advice after ", so" ("so please turn on two-factor auth", "so back it up first", "so take your time"). */
const ADVICE = words(
	'please turn enable use back keep pin update rotate change add check remember make take set save export ' +
		'consider try lock avoid run be',
);
/** People who may stand behind a threat ("…, the admins are with me"), never a thing that causes a warning. */
const BACKERS = words(
	'team maintainers admins admin board boss manager managers cto ceo director directors mods moderators hr lead',
);
/** The writer, after a "because": a threat that gives its reason ("because I'll report you") stays one. */
const WRITER = words("i i'll i'm i've i'd me my we we'll");

/**
 * Whether, after word `from` of a sentence, a friendly purpose, advice or a cause that is not the writer takes
 * a threat frame back ("… we met at the conference!", "…, so please turn on 2FA", "… because the bot force-pushes",
 * "… as you requested"). `standsAlone` (session 20, attacks7): the frame is a threat by itself (a provocation and
 * its consequence, harm with a menace, "something bad will happen to you"), so a friendly word after it is a
 * sign-off, not a purpose ("…, your rights will disappear, see you at the meetup"): only advice or a cause
 * takes it back. A frame that only knows where the reader is still needs the purpose to be read.
 */
export function friendlyAfter(ws: readonly string[], from: number, standsAlone = false): boolean {
	for (let k = from; k < ws.length; k++) {
		const w = ws[k] ?? '';
		if (w === 'so' && ADVICE.has(ws[k + 1] ?? '')) return true;
		if ((w === 'because' || w === 'since') && !ws.slice(k + 1, k + 4).some((x) => WRITER.has(x))) return true;
		if (w === 'as' && ws[k + 1] === 'you' && ['requested', 'asked'].includes(ws[k + 2] ?? '')) return true;
		// A thing said to be the cause after the frame ("…, the conflicts are nasty"): a warning, as "because …".
		// Session 21: not when that clause names the writer or people who back the writer ("…, the team is on my
		// side", "…, the admins are listening to me", "…, the logs are all I need"): that is backing, not a cause.
		if (
			w === 'the' &&
			k > from &&
			['is', 'are', 'was', 'were'].includes(ws[k + 2] ?? '') &&
			!BACKERS.has(ws[k + 1] ?? '') &&
			!ws.slice(k + 3, k + 9).some((x) => WRITER.has(x))
		)
			return true;
		if (standsAlone) continue;
		if (FRIENDLY.has(w) || w === 'please') return true;
		if (w === 'see' && ws[k + 1] === 'you') return true;
		// "drop off the hardware", "pick you up" (not "so maybe drop it").
		if ((w === 'drop' && ws[k + 1] === 'off') || (w === 'pick' && ws.slice(k + 1, k + 3).includes('up')))
			return true;
	}
	return false;
}

/** What of the reader's a threat takes away or harms ("your commit access", "your job", "your car"). */
const POSSESSION = words(
	'account accounts access rights permissions job jobs career life reputation repo repos project laptop car ' +
		'house home family kids children livelihood position role',
);
/** What befalls it ("will disappear", "is over", "goes away", "can fall apart", "got wiped"). */
const LOSS = words(
	'disappear disappears disappeared vanish vanishes vanished gone over wiped deleted banned revoked removed ' +
		'hacked scratched destroyed ruined finished toast ended apart away',
);
/** Harms that need a negation to be one ("won't survive", "won't last"). */
const ENDURE = words('survive survives last lasts');
const NEGATED = words("won't wont not never can't cannot isn't");
/** The reader made subject of what comes ("you'll regret", "you're going to wish"). */
const YOU_WILL = words("you'll youll");
/** What the reader is told will come of it ("you'll regret it", "end up regretting", "be sorry", "pay"). */
const COMING = words('regret regretting sorry pay paying');
/** Tools and code: the cause of a warning, not a provocation ("Skip the pin again and you'll be sorry"). */
const THINGS = words(
	'pin pins version versions lockfile lockfiles cache caches test tests migration migrations backup backups ' +
		'build builds lint linter warning warnings deploy deploys config dependency dependencies flag flags hook ' +
		'hooks script scripts pipeline ci timeout timeouts retry secret secrets key keys token tokens certificate ' +
		'upgrade update patch release bot bots query queries index schema cron job',
);
/** The writer and what is theirs, in the provoking clause ("ban me", "close my PR"). */
const MINE = words('me my mine');
/** What "something … will happen to you" may be ("something bad", "something unpleasant might …"). */
const HARMFUL = words('bad terrible unpleasant nasty awful unfortunate horrible');
const WILL = words("will might could may would 'll going");
/** Menace beside a harm ("everyone will know why", "nobody will know who did it", "I'll see to it"). */
const MENACE_AFTER = words('why who');

/** Whether ws[from, to) is about a tool or code and not the writer ("Skip the pin again", not "Revert my fix"). */
export function toolClause(ws: readonly string[], from: number, to: number): boolean {
	const clause = ws.slice(from, to);
	return !clause.some((w) => MINE.has(w)) && clause.some((w) => THINGS.has(w));
}

/** Whether a provocation (a clause about the writer, or a repeat) stands in ws[from, to), with no tool in it. */
function provocation(ws: readonly string[], from: number, to: number): boolean {
	const clause = ws.slice(from, to);
	if (clause.some((w) => MINE.has(w))) return true;
	if (toolClause(ws, from, to)) return false;
	const more = clause.some((w, k) => w === 'more' && (clause[k - 1] === 'one' || clause[k - 1] === 'once'));
	const keepUp = clause.some((w, k) => w === 'keep' && clause[k + 2] === 'up');
	return clause.includes('again') || more || keepUp || clause.includes('ever');
}

/**
 * Where the consequence of a provocation may start in ws: after "… and" (not "… or": "pin it or you'll regret it"
 * is advice), or after the comma that closes an "if you …" clause. -1 when the sentence has no provocation.
 */
function provokedFrom(ws: readonly string[], clauseBreaks: ReadonlySet<number>): number {
	const and = ws.indexOf('and');
	if (and > 0 && provocation(ws, 0, and)) return and + 1;
	if (ws[0] === 'if' && (ws[1] === 'you' || ws[1] === 'u')) {
		for (const b of [...clauseBreaks].sort((x, y) => x - y))
			if (b > 1 && provocation(ws, 0, b + 1)) return b + 1;
	}
	return -1;
}

/** The span of "your [two words] POSSESSION … LOSS" starting at `i` ("your maintainer rights will disappear"), or -1. */
function harmToYours(ws: readonly string[], i: number): number {
	if (ws[i] !== 'your') return -1;
	let k = i + 1;
	while (k < i + 3 && !POSSESSION.has(ws[k] ?? '')) k++;
	if (!POSSESSION.has(ws[k] ?? '')) return -1;
	for (let j = k + 1; j <= k + 5 && j < ws.length; j++) {
		const w = ws[j] ?? '';
		const negated = ws.slice(k + 1, j).some((x) => NEGATED.has(x));
		if (ENDURE.has(w)) return negated || ws.slice(i - 3, i).includes('long') ? j + 1 : -1;
		if (LOSS.has(w)) {
			// "goes away", "fall apart": the particle needs its verb; "over" needs "is/be" ("your job here is over").
			if (w === 'away' && !['go', 'goes', 'gone', 'taken'].includes(ws[j - 1] ?? '')) continue;
			if (w === 'apart' && !['fall', 'falls', 'fell', 'falling'].includes(ws[j - 1] ?? '')) continue;
			if (w === 'over' && !['is', 'be', "it's"].includes(ws[j - 1] ?? '')) continue;
			return negated ? -1 : j + 1;
		}
	}
	return -1;
}

/** The end of what the reader is told will come at `i` ("you'll end up regretting it", "you won't have a job"), or -1. */
function consequenceAt(ws: readonly string[], i: number): number {
	const w = ws[i] ?? '';
	const yours = harmToYours(ws, i);
	if (yours > 0) return yours;
	// "you'll …", "you will …", "you're going to …".
	let k = -1;
	if (YOU_WILL.has(w)) k = i + 1;
	else if (w === 'you' && ws[i + 1] === 'will') k = i + 2;
	else if ((w === "you're" || w === 'youre') && ws[i + 1] === 'going' && ws[i + 2] === 'to') k = i + 3;
	else if (w === 'you' && ws[i + 1] === 'are' && ws[i + 2] === 'going' && ws[i + 3] === 'to') k = i + 4;
	if (k > 0) {
		for (let j = k; j < k + 6 && j < ws.length; j++) if (COMING.has(ws[j] ?? '')) return j + 1;
		if (ws[k] !== 'not') return -1;
	}
	// "you won't have a job to come back to".
	const not =
		ws[i + 1] === "won't" || ws[i + 1] === 'wont'
			? i + 2
			: ws[i + 1] === 'will' && ws[i + 2] === 'not'
				? i + 3
				: -1;
	if (w === 'you' && not > 0 && ws[not] === 'have') {
		const noun = ['a', 'an', 'your', 'any'].includes(ws[not + 1] ?? '') ? not + 2 : -1;
		if (noun > 0 && POSSESSION.has(ws[noun] ?? '')) return noun + 1;
	}
	// "watch what happens to your reputation", "something bad will happen to you".
	if (w === 'happens' || w === 'happen') {
		if (ws[i + 1] === 'to' && (ws[i + 2] === 'you' || ws[i + 2] === 'your')) return i + 3;
	}
	return -1;
}

/** Whether word `i` of the sentence is the reader ("you") or the reader's subject form. */
const youAt = (ws: readonly string[], i: number) =>
	['you', "you'll", 'youll', "you're"].includes(ws[i] ?? '');

/**
 * The word span [start, end) of a threats5 frame that starts at word i of a sentence, or undefined. `breaks`
 * holds the indices of the words a clause break follows.
 */
export function threat5At(
	ws: readonly string[],
	breaks: ReadonlySet<number>,
	i: number,
): [number, number] | undefined {
	const w = ws[i] ?? '';
	// A provocation, then harm: "Ban me and … your life can fall apart", "Do that again and you'll end up regretting it".
	const from = i === 0 ? provokedFrom(ws, breaks) : -1;
	if (from > 0) {
		for (let k = from; k < ws.length; k++) {
			const end = consequenceAt(ws, k);
			if (end > 0 && !friendlyAfter(ws, end, true)) return [k, end];
		}
	}
	// Harm to what is the reader's with a menace after it: "… and everyone will know why", "I'll see to it".
	const yours = harmToYours(ws, i);
	if (yours > 0) {
		const rest = ws.slice(yours);
		const knows = rest.some((x, k) => x === 'know' && MENACE_AFTER.has(rest[k + 1] ?? ''));
		const seeTo = rest.some((x, k) => x === 'see' && rest[k + 1] === 'to' && rest[k + 2] === 'it');
		if ((knows || seeTo) && !friendlyAfter(ws, yours, true)) return [i, yours];
	}
	// "you will pay for rejecting this", "you'll pay" (not "pay less for hosting", "pay for the licence").
	if (w === 'pay' && (YOU_WILL.has(ws[i - 1] ?? '') || (ws[i - 1] === 'will' && ws[i - 2] === 'you'))) {
		const start = YOU_WILL.has(ws[i - 1] ?? '') ? i - 1 : i - 2;
		const next = ws[i + 1] ?? '';
		if (next === 'dearly' || breaks.has(i) || i === ws.length - 1) return [start, i + 1];
		const what = ws[i + 2] ?? '';
		const obj = ws[i + 3] ?? '';
		if (next === 'for' && ['this', 'that', 'it', 'what'].includes(what)) return [start, i + 1];
		if (next === 'for' && what.endsWith('ing') && ['this', 'that', 'it', 'me', 'my', 'our'].includes(obj))
			return [start, i + 1];
		return undefined;
	}
	// "you're going to wish you had never …", "you'll wish you'd never …".
	if (w === 'wish') {
		const told = ws.slice(Math.max(0, i - 4), i);
		const ahead = told.some((x) => YOU_WILL.has(x)) || told.includes('going') || told.includes('gonna');
		const had = ws[i + 1] === 'you' && ws[i + 2] === 'had' ? i + 3 : ws[i + 1] === "you'd" ? i + 2 : -1;
		if (ahead && had > 0 && ws[had] === 'never') return [i, had + 1];
		return undefined;
	}
	// Where the reader lives or is: "I found your house", "nobody finds out where you live".
	if (['found', 'seen', 'saw', 'finds', 'learns', 'learned', 'tracked', 'watched'].includes(w)) {
		let k = ws[i + 1] === 'out' ? i + 2 : i + 1;
		if (ws[k] === 'where' && (ws[k + 1] === 'you' || ws[k + 1] === 'u')) {
			if (['live', 'work', 'park', 'sleep', 'stay', 'go'].includes(ws[k + 2] ?? '')) k += 3;
			else return undefined;
		} else if (
			ws[k] === 'your' &&
			['house', 'home', 'address', 'car', 'office', 'school', 'street'].includes(ws[k + 1] ?? '')
		)
			k += 2;
		else return undefined;
		// "nobody finds out where you live" is no negation of the threat: the span starts at its subject.
		const start = ['nobody', 'someone', 'somebody', 'anyone', 'everyone'].includes(ws[i - 1] ?? '')
			? i - 1
			: i;
		return friendlyAfter(ws, k) ? undefined : [start, k];
	}
	// "Accidents happen to reviewers who …", "something bad will happen to you".
	if (w === 'accidents' || w === 'something') {
		const to = ws.indexOf('to', i);
		const verb = to - 1;
		if (to < 0 || to > i + 5 || !['happen', 'happens'].includes(ws[verb] ?? '')) return undefined;
		const who = ws[to + 1] ?? '';
		// "something happens to your layout when …" narrates a bug: only a harm word or a modal makes it a threat.
		const between = ws.slice(i + 1, verb);
		const menace = w === 'accidents' || between.some((x) => HARMFUL.has(x) || WILL.has(x));
		if (!menace || (who === 'your' && THINGS.has(ws[to + 2] ?? ''))) return undefined;
		const person = who === 'you' || who === 'your' || (w === 'accidents' && ws[to + 2] === 'who');
		if (person && !friendlyAfter(ws, to + 2, true)) return [i, to + 2];
		return undefined;
	}
	// "You'll be lucky to still have an account by Friday."
	if (w === 'lucky' && ws[i + 1] === 'to') {
		let k = i + 2;
		if (ws[k] === 'still') k++;
		if (
			ws[k] === 'have' &&
			['a', 'an', 'your', 'any'].includes(ws[k + 1] ?? '') &&
			POSSESSION.has(ws[k + 2] ?? '')
		)
			return [i, k + 3];
		return undefined;
	}
	// "People who cross me tend to lose their jobs."
	if (w === 'who' && ['cross', 'crosses', 'crossed'].includes(ws[i + 1] ?? '') && ws[i + 2] === 'me') {
		const harm = ws.slice(i + 3, i + 9).findIndex((x) => ['lose', 'regret', 'disappear', 'hurt'].includes(x));
		if (harm >= 0) return [i, i + 4 + harm];
		return undefined;
	}
	// "I'll be waiting for you in the parking garage after work, alone."
	if (w === 'waiting' && ws[i + 1] === 'for' && youAt(ws, i + 2) && ws.slice(i + 3).at(-1) === 'alone') {
		if (!friendlyAfter(ws, i + 3)) return [i, ws.length];
	}
	return undefined;
}
