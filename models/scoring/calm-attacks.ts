/**
 * Session 21 (attacks8): attacks whose words read calm to the models, found by exact structures on the draft's own
 * words (quotes and code masked), each with its civil use kept out by the structure, not by a phrase list:
 * - hate at the reader: the writer ("I", one adverb allowed) + hate / despise / loathe / detest / can't stand +
 *   "you" ending the clause ("I hate you so much.", not "I hate this bug", "I'd hate you to miss it", "I don't
 *   hate you"); "… working / dealing with you." ending the clause; "you disgust / sicken me", "you make me sick";
 *   "tired / sick of you" ending the clause (not "tired of you having to wait");
 * - threats to the reader's standing: the writer's "I'll / I will / I can … make sure / see to it / ensure" then,
 *   in the same sentence, the reader losing a place ("you never work in this industry again", not "you never
 *   work weekends again"), nobody hiring / trusting the reader, the reader or theirs removed / fired / banned /
 *   dragged, or "everyone knows you can't be trusted"; "I'll get / have you removed", "I'll get / have your
 *   access revoked"; "you won't be a maintainer by the end of …". threats5-frames.ts `friendlyAfter` (advice, a
 *   cause) takes them back;
 * - sarcastic praise: praise ("what a brilliant idea", "great job", "bravo", "truly inspired", "genius") and, in
 *   the same draft, a harmful act said as a gerund right on its object ("breaking the build", "deleting the
 *   tests", "pushing secrets"), not negated ("not breaking prod") and not a civil sense ("breaking the build into
 *   stages");
 * - lower-case chat contempt: the reader in chat spelling ("ur", "u r", "you're") + one intensifier at most + a
 *   verdict on a person ("ur so bad at this", "ur trash at this"); "u have no clue what ur doing"; "ur literally
 *   the reason this repo is a mess"; none inside a condition ("if ur bad at regex, …");
 * - veiled threats: "better hope we never meet"; "(a) pity / shame to lose it" after the reader's career, job,
 *   house … (friendlyAfter: "so back it up" takes it back).
 * The draft gets the threat / insult floor (SEGMENT_FLOOR), underlined on the frame's words (culprit-words.ts).
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR } from './sentences.ts';
import { friendlyAfter } from './threats5-frames.ts';

const words = (s: string) => new Set(s.split(' '));

const HATE = words('hate despise loathe detest');
/** One adverb between the writer and the verb ("I really hate you"), not a modal or negation. */
const ADVERB = words('really truly honestly just genuinely absolutely seriously so sincerely');
/** What may follow "you" and keep it the object of the hate ("I hate you so much", "… you or anything you write"). */
const AFTER_YOU = words('so and or more too all both');
const WITH = words('working dealing talking interacting arguing');
const DISGUST = words('disgust disgusts sicken repulse revolt nauseate');
const SICK = words('sick ill');
/** The writer committing to an outcome. */
const WRITER_WILL = words("i'll ill");
const ENSURE = words('make see ensure');
/** Where the reader would never again work or commit ("… never work in this industry again"). */
const PLACE = words(
	'here industry project projects team repo repos org organization company community field',
);
const STANDING_VERBS = words('work commit contribute merge post comment show touch land');
const NEVER = words("never won't wont");
const NOBODY = words('nobody no');
const JUDGE = words(
	'hires hire trusts trust takes take respects respect listens listen merges reviews works',
);
const REMOVED = words(
	'removed fired banned kicked blacklisted revoked demoted dragged suspended expelled thrown blocked',
);
const ROLE = words(
	'maintainer maintainers contributor committer member reviewer admin moderator employee collaborator',
);
const PRAISE = words('brilliant genius great nice good amazing fantastic wonderful inspired bravo visionary');
/** A harmful act and the objects that make it one ("breaking the build", "pushing secrets"); a Map, as any word is looked up ("constructor"). */
const HARM = new Map<string, Set<string>>([
	[
		'breaking',
		words('build builds production prod main master ci site app release deploy staging pipeline everything'),
	],
	['deleting', words('tests test backups backup database prod production data')],
	['pushing', words('secrets secret credentials keys key passwords password tokens token')],
	['dropping', words('database table tables prod production')],
	['leaking', words('secrets credentials keys passwords tokens data')],
	['wiping', words('database prod production data backups')],
]);
/** "breaking the build into stages", "breaking prod out into …": the civil sense of the verb. */
const CIVIL_AFTER = words('into up down apart out off');
/** The reader in chat spelling, as a subject with its verb ("ur", "you're"). */
const CHAT_YOU_ARE = words("ur you're youre");
const INTENSIFIER = words('so such really literally just truly totally actually');
const CHAT_VERDICT = words(
	'bad trash garbage terrible awful clueless hopeless useless pathetic dumb stupid worthless incompetent',
);
const CONDITION = words('if when whether unless once');
const YOU_CHAT = words('u you ya');
const DOING = words("ur you're youre u");
const MESS = words('mess broken garbage trash dying slow sucks');
const POSSESSION = words('career job house home family car reputation account position role');

/** Words of which every frame has one ("hate", "sure", "breaking", "ur", "pity" …): the prefilter. */
const ANCHORS = new Set([
	...HATE,
	...DISGUST,
	...REMOVED,
	...ROLE,
	...HARM.keys(),
	...CHAT_YOU_ARE,
	...words('stand bear sick ill tired fed sure see ensure r clue idea hope pity shame'),
]);

/** Ranges [a, b) of the draft's sentences/clauses (a break is . ! ? ; or a newline; commas split clauses). */
function breaks(masked: string, tokens: readonly Token[], commas: boolean): number[] {
	const at: number[] = [];
	const re = commas ? /[,.;!?\n]/ : /[.;!?\n]/;
	for (let k = 0; k < tokens.length; k++) {
		const next = tokens[k + 1];
		if (next === undefined || re.test(masked.slice((tokens[k] as Token).end, next.start))) at.push(k + 1);
	}
	return at;
}

/** Indices of the words of the first calm attack found in the draft, or none. */
export function calmAttackWords({ masked, tokens }: Tokenized): number[] {
	// Cheap exact prefilter: every frame has one of these words; most drafts have none (one set lookup a word).
	if (!tokens.some((t) => ANCHORS.has(t.word))) return [];
	// The normaliser has lowercased the words and straightened their apostrophes.
	const ws = tokens.map((t) => t.word);
	// Clause and sentence breaks, computed only when a frame's first words are found (most drafts have none).
	let clauseEnds: Set<number> | undefined;
	let sentenceEnds: number[] | undefined;
	const sentenceEnd = (i: number) => {
		sentenceEnds ??= breaks(masked, tokens, false);
		return sentenceEnds.find((e) => e > i) ?? ws.length;
	};
	const ends = (k: number) => {
		clauseEnds ??= new Set(breaks(masked, tokens, true));
		return clauseEnds.has(k);
	};
	const range = (a: number, b: number) => Array.from({ length: b - a }, (_x, k) => a + k);
	const clauseStart = (i: number) => {
		let a = i;
		while (a > 0 && !ends(a)) a--;
		return a;
	};
	const conditional = (i: number) => ws.slice(clauseStart(i), i).some((w) => CONDITION.has(w));
	// The writer, at most one adverb, then the verb: "I hate", "I really despise", "I can't stand".
	const writerBefore = (k: number) => ws[k - 1] === 'i' || (ADVERB.has(ws[k - 1] ?? '') && ws[k - 2] === 'i');
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i] ?? '';
		let verbEnd = -1;
		if (HATE.has(w) && writerBefore(i)) verbEnd = i + 1;
		if ((w === "can't" || w === 'cannot') && ['stand', 'bear'].includes(ws[i + 1] ?? '') && writerBefore(i))
			verbEnd = i + 2;
		if (verbEnd > 0) {
			let k = verbEnd;
			if (WITH.has(ws[k] ?? '') && ws[k + 1] === 'with') k += 2;
			if (ws[k] === 'you' && (ends(k + 1) || AFTER_YOU.has(ws[k + 1] ?? '')) && !conditional(i))
				return range(i - 1, k + 1);
		}
		// "you disgust me", "you make me sick", "tired of you."
		if (w === 'you' && !conditional(i)) {
			if (DISGUST.has(ws[i + 1] ?? '') && ws[i + 2] === 'me') return range(i, i + 3);
			if (ws[i + 1] === 'make' && ws[i + 2] === 'me' && SICK.has(ws[i + 3] ?? '')) return range(i, i + 4);
		}
		if ((w === 'tired' || w === 'sick') && ws[i + 1] === 'of' && ws[i + 2] === 'you' && ends(i + 3))
			return range(i, i + 3);
		if (w === 'fed' && ws[i + 1] === 'up' && ws[i + 2] === 'with' && ws[i + 3] === 'you' && ends(i + 4))
			return range(i, i + 4);

		// Threats to the reader's standing.
		const willAt = WRITER_WILL.has(w) || (w === 'i' && ['will', 'can'].includes(ws[i + 1] ?? '')) ? i : -1;
		if (willAt >= 0) {
			const end = sentenceEnd(i);
			let k = i + (w === 'i' ? 2 : 1);
			if (ws[k] === 'personally') k++;
			const ensure =
				ENSURE.has(ws[k] ?? '') &&
				(ws[k] !== 'make' || ws[k + 1] === 'sure') &&
				(ws[k] !== 'see' || ws[k + 1] === 'to');
			const getHave = ws[k] === 'get' || ws[k] === 'have';
			if (ensure || getHave) {
				const hit = standingHarm(ws, k + 1, Math.min(end, k + 16), getHave);
				if (hit > 0 && !friendlyAfter(ws, hit, true)) return range(i, hit);
			}
		}
		if (
			w === 'you' &&
			NEVER.has(ws[i + 1] ?? '') &&
			ws[i + 2] === 'be' &&
			['a', 'an'].includes(ws[i + 3] ?? '') &&
			ROLE.has(ws[i + 4] ?? '') &&
			(ws[i + 5] === 'by' || ws[i + 5] === 'after' || (ws[i + 5] === 'much' && ws[i + 6] === 'longer')) &&
			!conditional(i)
		)
			return range(i, i + 5);

		// Sarcastic praise: a harmful act on its object, with praise elsewhere in the draft.
		const objects = HARM.get(w);
		if (objects && ws[i - 1] !== 'not' && ws[i - 1] !== 'without') {
			const o = ws[i + 1] === 'the' || ws[i + 1] === 'to' ? i + 2 : i + 1;
			if (objects.has(ws[o] ?? '') && !CIVIL_AFTER.has(ws[o + 1] ?? '') && ws.some((x) => PRAISE.has(x)))
				return range(i, o + 1);
		}

		// Chat contempt.
		if (CHAT_YOU_ARE.has(w) || (w === 'u' && ws[i + 1] === 'r')) {
			let k = i + (w === 'u' ? 2 : 1);
			if (INTENSIFIER.has(ws[k] ?? '')) k++;
			if (CHAT_VERDICT.has(ws[k] ?? '') && !conditional(i)) return range(i, k + 1);
			if (ws[k] === 'the' && ws[k + 1] === 'reason') {
				const m = ws.slice(k + 2, Math.min(sentenceEnd(i), k + 9)).findIndex((x) => MESS.has(x));
				if (m >= 0) return range(i, k + 3 + m);
			}
		}
		if (
			YOU_CHAT.has(w) &&
			(ws[i + 1] === 'have' || ws[i + 1] === 'got') &&
			ws[i + 2] === 'no' &&
			['clue', 'idea'].includes(ws[i + 3] ?? '') &&
			ws[i + 4] === 'what' &&
			DOING.has(ws[i + 5] ?? '') &&
			!conditional(i)
		)
			return range(i, i + 7);

		// Veiled threats.
		if (w === 'better' && ws[i + 1] === 'hope') {
			const n = ws.slice(i + 2, i + 5).indexOf('never');
			if (n >= 0 && ['meet', 'see', 'cross', 'find'].includes(ws[i + 3 + n] ?? ''))
				return range(i, i + 4 + n);
		}
		if ((w === 'pity' || w === 'shame') && ws[i + 1] === 'to' && ws[i + 2] === 'lose') {
			const before = ws.slice(Math.max(0, i - 14), i);
			if (before.some((x) => POSSESSION.has(x)) && before.includes('you') && !friendlyAfter(ws, i + 3))
				return range(i, i + 4);
		}
	}
	return [];
}

/**
 * Where, in ws[from, to), the reader loses their standing after "I'll make sure / see to it / get / have": the
 * index after the harm's last word, or -1. `direct`: after "get / have" only the reader removed counts.
 */
function standingHarm(ws: readonly string[], from: number, to: number, direct: boolean): number {
	for (let k = from; k < to; k++) {
		const w = ws[k] ?? '';
		const yours = w === 'you' || w === 'your';
		// "you / your commit rights … removed / revoked / dragged"
		if (yours) {
			const r = ws.slice(k + 1, Math.min(to, k + 5)).findIndex((x) => REMOVED.has(x));
			if (r >= 0) return k + 2 + r;
		}
		if (direct) continue;
		// "you never work in this industry again", "you never commit here again"
		if (w === 'you' && NEVER.has(ws[k + 1] ?? '')) {
			const v = ws[k + 2] === 'ever' ? k + 3 : k + 2;
			if (STANDING_VERBS.has(ws[v] ?? '')) {
				const p = ws.slice(v + 1, Math.min(to, v + 6)).findIndex((x) => PLACE.has(x));
				if (p >= 0) return v + 2 + p;
			}
		}
		// "nobody ever hires you", "no one will trust you"
		if (NOBODY.has(w)) {
			let j = w === 'no' && ws[k + 1] === 'one' ? k + 2 : k + 1;
			if (w === 'no' && j === k + 1) continue;
			while (ws[j] === 'ever' || ws[j] === 'will' || ws[j] === 'would') j++;
			if (JUDGE.has(ws[j] ?? '') && ws.slice(j + 1, j + 4).some((x) => x === 'you' || x === 'your'))
				return j + 1 + ws.slice(j + 1, j + 4).findIndex((x) => x === 'you' || x === 'your') + 1;
		}
		// "everyone knows you can't be trusted"
		if ((w === 'everyone' || w === 'everybody') && ws[k + 1] === 'knows' && ws[k + 2] === 'you') {
			if ((ws[k + 3] === "can't" || ws[k + 3] === 'cannot') && ws[k + 4] === 'be' && ws[k + 5] === 'trusted')
				return k + 6;
		}
	}
	return -1;
}

/** Gives a draft with a calm attack the floor (SEGMENT_FLOOR), underlined on the frame's words. */
export function applyCalmAttacks(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	const found = calmAttackWords(tokenized).filter((i) => !entry.mentionedWords?.has(i));
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
}
