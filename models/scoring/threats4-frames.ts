/**
 * Session 18 (threats4): threats at a person that passed unwarned because no earlier frame had their words
 * ("Close this issue again and I will find you." 0.31, "I'm going to make you pay for deleting my branch." 0.16,
 * "I'm going to post your home address in this thread." 0.02, "If you close this again I will get your account
 * suspended." 0.07, "I'll make sure you lose your job over this." 0.08, "You won't live to see the next release."
 * 0.01, "Your family isn't safe while this bug is open." 0.06). Written from the dev half (odd lines) of
 * tests/corpora/threats-4.txt; each frame keeps away from its civil twin in threats-4-civil.txt:
 * - the writer coming for the reader: "I will find you", "I'll come find you", "I'll track you down" (not "I'll
 *   find you a reviewer");
 * - "I'll make you pay / suffer / bleed" (not "this bug will make you suffer", "make you pay the invoice");
 * - doxxing: "I'll post / publish / leak your home address / phone number / real name", "dox you" (not "I'll
 *   share my personal email", "publish the phone app");
 * - the reader's account: "I'll get your account suspended", "make sure your npm account gets banned" (not "make
 *   sure your account gets the publish rights back", "your account will be migrated");
 * - the reader's job or life: "I'll ruin / destroy / end your career / life / reputation", "make sure you lose
 *   your job" (not "stale caches will ruin your day");
 * - "you won't live to see …" (not "this branch won't live to see …");
 * - "a bullet in the maintainer" (a person noun: a game's sniper puts "a bullet in you", one appropriateness row);
 * - "better not walk home alone"; "… and you'll be (very) sorry" after a clause about the writer or a repeat;
 * - "beat you senseless / up / to a pulp" (not "beat you to it"); "your family / kids aren't safe"; "I'll come to
 *   your house" (not "I'll come to your meetup").
 * Draft scoring only, as every threat frame; the caller (threats.ts) underlines the words [start, end).
 */
import type { Token } from '../features/featurize.ts';
import { toolClause } from './threats5-frames.ts';

const words = (s: string) => new Set(s.split(' '));

/** The words a frame below is keyed on: every other word skips this pass with one set lookup. */
const KEYS = words(
	'find track make post publish leak share dox doxx account accounts ruin destroy wreck end lose live bullet ' +
		'walk sorry beat safe come coming',
);
/** The writer (or someone called on) meaning to do it. */
const INTENT = words("i i'll i'm i'd i'ma ima gonna we we'll let's someone somebody personally");
const YOU = words('you u');
/** What a doxxer posts: "your (home) address", "your phone number", "your real name". */
const PRIVATE = words('address location whereabouts phone number');
const PRIVATE_MOD = words('home real full personal private');
/** What may happen to the reader's account. */
const ACCOUNT_HARM = words(
	'suspended banned deleted nuked removed terminated locked disabled flagged wiped reported',
);
/** What of the reader's a threat ruins. */
const LIVELIHOOD = words('career careers life job reputation livelihood');
const RUIN = words('ruin destroy wreck end');
/** What "beat you …" goes on to when it is violence ("beat you senseless"), not a race ("beat you to it"). */
const BEATEN = words('senseless up unconscious bloody silly');
const FAMILY = words('family kids kid children child wife husband parents son daughter');
const NOT_SAFE = words("isn't isnt aren't arent not won't wont never");
const HOME = words('house home door doorstep place street');
/** What a repeat or the writer's own thing in the clause before "… and you'll be sorry" ("touch my code again"). */
const PROVOKE = words('my me mine again more');
/** Words of a friendly purpose after "find you" / "track you down". */
const FRIENDLY = words(
	'pair pairing thank thanks coffee beer lunch chat talk demo meetup conference review onboard onboarding help hug',
);
/** Punctuation that ends a clause. */
const CLAUSE_END = /[,;:!?()\-–—]/;

const hasIntent = (ws: string[], from: number, to: number) =>
	ws.slice(Math.max(0, from), to).some((w) => INTENT.has(w));

/** Whether word k is the sentence's last or a clause break follows it. */
function endsAfter(ws: string[], toks: readonly Token[], masked: string, k: number): boolean {
	const here = toks[k];
	const next = toks[k + 1];
	if (!here || !next || k + 1 >= ws.length) return true;
	return CLAUSE_END.test(masked.slice(here.end, next.start));
}

/** The word span [start, end) of a threats4 frame keyed on word i of a sentence, or undefined. */
export function threat4At(
	ws: string[],
	toks: readonly Token[],
	masked: string,
	i: number,
): [number, number] | undefined {
	const w = ws[i] ?? '';
	if (!KEYS.has(w)) return undefined;
	const next = ws[i + 1] ?? '';
	// "I will find you", "I'll come find you", "I'll track you down" (not "I'll find you a reviewer").
	if ((w === 'find' || w === 'track') && YOU.has(next) && hasIntent(ws, i - 4, i)) {
		// A friendly purpose after it is a meeting, not a threat: "I'll find you and pair on it", "track you down at
		// the meetup to say thanks" (the lead's check after merging; both fired).
		if (ws.slice(i + 2, i + 10).some((x) => FRIENDLY.has(x))) return undefined;
		if (w === 'track' && ws[i + 2] === 'down') return [i, i + 3];
		if (w === 'find' && (endsAfter(ws, toks, masked, i + 1) || ws[i + 2] === 'and')) return [i, i + 2];
		return undefined;
	}
	// "I'll make you pay / suffer / bleed" (a payment goes on with what is paid: "make you pay the invoice").
	if (w === 'make' && YOU.has(next) && hasIntent(ws, i - 4, i)) {
		const v = ws[i + 2] ?? '';
		if (v === 'suffer' || v === 'bleed') return [i, i + 3];
		if (v === 'pay') {
			const after = ws[i + 3] ?? '';
			const forWhat = ws[i + 4] ?? '';
			if (
				endsAfter(ws, toks, masked, i + 2) ||
				(after === 'for' && (['this', 'that', 'it'].includes(forWhat) || forWhat.endsWith('ing')))
			)
				return [i, i + 3];
		}
		return undefined;
	}
	// "dox you", "doxx you".
	if ((w === 'dox' || w === 'doxx') && YOU.has(next)) return [i, i + 2];
	// "I'll post / publish / leak / share your home address, phone number, real name".
	if ((w === 'post' || w === 'publish' || w === 'leak' || w === 'share') && next === 'your') {
		if (!hasIntent(ws, i - 4, i)) return undefined;
		let k = i + 2;
		while (k < i + 4 && PRIVATE_MOD.has(ws[k] ?? '')) k++;
		const noun = ws[k] ?? '';
		if (noun === 'name' && ws[k - 1] === 'real') return [i, k + 1];
		if (PRIVATE.has(noun)) return [i, noun === 'phone' && ws[k + 1] === 'number' ? k + 2 : k + 1];
		if ((noun === 'email' || noun === 'details' || noun === 'info') && k > i + 2) return [i, k + 1];
		return undefined;
	}
	// "I'll get your (GitHub) account suspended", "make sure your npm account gets banned".
	if (w === 'account' || w === 'accounts') {
		const your = ws.slice(Math.max(0, i - 3), i).lastIndexOf('your');
		if (your < 0) return undefined;
		const start = Math.max(0, i - 3) + your;
		if (!hasIntent(ws, start - 6, start)) return undefined;
		for (let k = i + 1; k <= i + 3 && k < ws.length; k++) {
			if (ACCOUNT_HARM.has(ws[k] ?? '')) return [start, k + 1];
			// "… gets taken away / taken down".
			if (ws[k] === 'taken' && (ws[k + 1] === 'away' || ws[k + 1] === 'down')) return [start, k + 2];
		}
		return undefined;
	}
	// "I'll ruin / destroy / end your career, life, reputation".
	if (RUIN.has(w) && next === 'your' && hasIntent(ws, i - 4, i)) {
		if (LIVELIHOOD.has(ws[i + 2] ?? '')) return [i, i + 3];
		return undefined;
	}
	// "I'll make sure you lose your job".
	if (w === 'lose' && YOU.has(ws[i - 1] ?? '') && next === 'your' && LIVELIHOOD.has(ws[i + 2] ?? '')) {
		if (hasIntent(ws, i - 6, i - 1)) return [i - 1, i + 3];
		return undefined;
	}
	// "You won't live to see the next release", "you will not live long".
	if (w === 'live' && ['to', 'long', 'through', 'past'].includes(next)) {
		if ((ws[i - 1] === "won't" || ws[i - 1] === 'wont') && YOU.has(ws[i - 2] ?? '')) return [i - 2, i + 1];
		if (ws[i - 1] === 'not' && ws[i - 2] === 'will' && YOU.has(ws[i - 3] ?? '')) return [i - 3, i + 1];
		return undefined;
	}
	// "a bullet in the maintainer", "a bullet in him" (not "a bullet in you": a game's sniper).
	if (w === 'bullet' && ['in', 'into', 'through'].includes(next)) {
		const p = ws[i + 2] ?? '';
		if (['him', 'her', 'whoever', 'them'].includes(p)) return [i, i + 3];
		if (['the', 'that', 'this', 'every', 'each', 'whoever', 'his', 'her', 'their'].includes(p)) {
			const noun = PERSON_NOUNS.has(ws[i + 3] ?? '') ? i + 3 : PERSON_NOUNS.has(ws[i + 4] ?? '') ? i + 4 : -1;
			if (noun > 0) return [i, noun + 1];
		}
		return undefined;
	}
	// "Better not walk home alone tonight."
	if (w === 'walk' && (ws[i + 1] === 'alone' || ws[i + 2] === 'alone')) {
		const warn = ws.slice(Math.max(0, i - 3), i).indexOf('better');
		if (warn >= 0) return [Math.max(0, i - 3) + warn, ws[i + 1] === 'alone' ? i + 2 : i + 3];
		return undefined;
	}
	// "Touch my module again and you'll be sorry", "… and you will be very sorry".
	if (w === 'sorry' && endsAfter(ws, toks, masked, i)) {
		let k = i - 1;
		while (k > 0 && ['very', 'so', 'really', 'real'].includes(ws[k] ?? '')) k--;
		if (ws[k] !== 'be') return undefined;
		let s = -1;
		if (ws[k - 1] === "you'll" || ws[k - 1] === 'youll') s = k - 1;
		else if (ws[k - 1] === 'will' && YOU.has(ws[k - 2] ?? '')) s = k - 2;
		// A tool or code as the cause is a warning (session 19: "Skip the pin again and you'll be sorry").
		if (
			s > 0 &&
			(ws[s - 1] === 'and' || ws[s - 1] === 'or') &&
			ws.slice(0, s).some((x) => PROVOKE.has(x)) &&
			!toolClause(ws, 0, s)
		)
			return [s - 1, i + 1];
		return undefined;
	}
	// "I'm going to beat you senseless", "beat him to a pulp" (not "beat you to it").
	if (w === 'beat' && (YOU.has(next) || next === 'him' || next === 'her')) {
		const how = ws[i + 2] ?? '';
		if (BEATEN.has(how)) return [i, i + 3];
		if (how === 'to' && (ws[i + 3] === 'death' || (ws[i + 3] === 'a' && ws[i + 4] === 'pulp')))
			return [i, ws[i + 3] === 'death' ? i + 4 : i + 5];
		return undefined;
	}
	// "Your family isn't safe", "your kids won't be safe".
	if (w === 'safe') {
		for (let k = i - 1; k >= Math.max(1, i - 4); k--)
			if (ws[k - 1] === 'your' && FAMILY.has(ws[k] ?? '')) {
				if (ws.slice(k + 1, i).some((x) => NOT_SAFE.has(x))) return [k - 1, i + 1];
				return undefined;
			}
		return undefined;
	}
	// "I will come to your house", "I'm coming to your home".
	if ((w === 'come' || w === 'coming') && hasIntent(ws, i - 4, i)) {
		const to = ['to', 'by', 'round', 'over'].includes(next) ? i + 2 : i + 1;
		if (ws[to] === 'your' && HOME.has(ws[to + 1] ?? '')) return [i, to + 2];
		return undefined;
	}
	return undefined;
}

/** Nouns for people a bullet may be put in ("the maintainer of this repo"). */
const PERSON_NOUNS = words(
	'person guy dude author maintainer maintainers dev developer reviewer contributor committer admin moderator ' +
		'owner boss manager lead intern engineer programmer coder',
);
