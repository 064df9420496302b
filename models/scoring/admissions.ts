/**
 * Short admissions, concessions, agreements and apologies to the reader (session 30, edges30; issue 2): "You were
 * right about the retry logic and I was wrong." (Inappropriateness 0.52), "You win, I was wrong." (0.82), "You're
 * absolutely right, I should have asked before closing the issue." (toxic 0.65). The appropriateness corpus head
 * reads "right … wrong" said to someone as a debate argument (Missing Intelligibility / Missing Commitment ~0.77,
 * underlined on "wrong"), and its corpus has almost no short appropriate arguments (models/README.md, session 19).
 *
 * A draft of at most MAX_WORDS words with an admission phrase (ADMISSIONS: "you were right", "I was wrong", "my
 * bad", "fair point", "I stand corrected", "sorry" …), no question, no insult, profanity or word judging people
 * (prior-only.ts JUDGING), no form of address ("genius", "champ"), no sneer (SNEERS: "for once", "for a change",
 * "coming from someone", "expecting", "impressive" …, the hostile twins' edges), and in which every sentence naming
 * the reader holds an admission phrase, is capped at ADMISSION_CAP on both heads (held under the flag point
 * at every sensitivity: civil-hold.ts). The rule floors after it (put-downs, sarcasm at others, threats, the
 * contempt model) still apply.
 *
 * Draft scoring only, with no model run: a few set look-ups, and nothing for a draft under the cap.
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { type CivilReading, capCivil } from './civil-hold.ts';
import { hasInsult } from './insult-target.ts';
import { JUDGING, namesGroup } from './prior-only.ts';
import type { ScoreEntry } from './score-entry.ts';
import { wordSentences } from './sentences.ts';

/** Where a capped draft lands on each head: as civil-dev-idioms.ts's CIVIL_IDIOM_CAP. */
export const ADMISSION_CAP = 0.35;
/** The civil reading the rule marks (civil-hold.ts). */
const ADMISSION_READING: CivilReading = {
	rule: 'admission',
	cap: ADMISSION_CAP,
	toxic: true,
	toReader: true,
	underCap: true,
};
/** Longest draft the rule reads: a short reply (the class is 4–25 words). */
export const MAX_WORDS = 25;
/**
 * The toxic head's reading above which the rule never caps: the class reads at most 0.65 there ("You're absolutely
 * right, …"); the first version, without it, capped Davidson and ToxiCR positives at 0.98–1.00 that opened on
 * "Sorry" or "My bad" and carried a slur or abuse its word lists miss.
 */
export const MAX_TOXIC = 0.7;

/** Phrases that admit, concede, agree or apologise, as lowercased word sequences. */
const ADMISSIONS: readonly (readonly string[])[] = [
	'you were right',
	"you're right",
	'youre right',
	'you are right',
	"you're correct",
	"you're absolutely right",
	'you are absolutely right',
	'you were absolutely right',
	"you're totally right",
	'you are correct',
	'you were correct',
	'right you are',
	'you win',
	'you nailed it',
	'you convinced me',
	"you've convinced me",
	'you have a point',
	'i was wrong',
	'i am wrong',
	"i'm wrong",
	'i stand corrected',
	'i take it back',
	'i concede',
	'i admit',
	'i agree',
	'totally agree',
	'agreed',
	'my bad',
	'my mistake',
	'my fault',
	"that's on me",
	'that is on me',
	'fair point',
	'fair enough',
	"that's fair",
	'good point',
	'good catch',
	'good call',
	'point taken',
	'makes sense',
	'sorry',
	'apologies',
	'my apologies',
	'i owe you an apology',
	"that's a good point",
	'that is a good point',
	'thanks for the correction',
].map((p) => p.split(' '));

/** Words that judge, or name the reader by a mock title, beyond JUDGING (a form of address keeps the reading). */
const NEVER = new Set(
	(
		'competence genius einstein sherlock hotshot champ buddy pal kiddo sweetie monkey toddler child kid intern ' +
		// Contempt for a work: "Sorry, but this is the ugliest hack …" is a verdict with an apology in front.
		'disgusting ugly ugliest awful horrible terrible atrocious hideous sloppy messy lazy embarrassing shameful ' +
		// Validation rows the first version capped: contempt for a third party after "I agree" (HateModerate).
		'ridiculous demon demons hypocrite hypocrites hypocritical'
	).split(' '),
);

/**
 * The hostile twins' edges: an admission that mocks ("You were right, for once.", "Right you are, for a change."),
 * rates the reader ("Impressive.", "which is a first"), names them as "someone who …", or admits to having expected
 * or trusted something of them ("I was wrong to expect competence from you.", "My fault for thinking you would read
 * the docs."); and a threat's "you'll be sorry" or a verdict's "sorry, but". Single words, or word pairs joined by a space.
 */
const SNEERS = new Set(
	(
		'once change impressive impressed congrats bravo wow someone somebody coming expect expected expecting ' +
		'trusting trust thinking assuming usually always even worse worst shame clock twice mansplain enjoy lucky ' +
		'miracle surprise surprised whatever pointless obviously clearly standards'
	).split(' '),
);
const SNEER_PAIRS = new Set(
	[
		'a first',
		'took you',
		'let you',
		'you knew',
		'you know',
		'you would',
		'about you',
		'not that',
		'used to',
		'be sorry',
		'feel sorry',
		'sorry but',
	].map((p) => p),
);
const READER = new Set("you you're youre your yours yourself you've you'd you'll u ur".split(' '));

/** Words that may come before an admission in its clause ("Ah, you're correct", "Yeah you were right"). */
const LEADS = new Set('yes yeah yep ok okay ah oh well honestly right indeed hmm and so totally'.split(' '));

/**
 * Whether a sentence holds an admission phrase that opens its clause (after LEADS only): "what a sick, sad and sorry
 * legacy" (ParaDetox) holds "sorry" as an adjective, not an apology.
 */
function holdsAdmission(masked: string, toks: readonly Token[]): boolean {
	const ws = toks.map((t) => t.word);
	return ws.some((_w, i) => {
		if (!ADMISSIONS.some((p) => p.every((pw, k) => ws[i + k] === pw))) return false;
		let from = i;
		while (from > 0 && LEADS.has(ws[from - 1] ?? '') && !boundaryBefore(masked, toks, from)) from--;
		return from === 0 || boundaryBefore(masked, toks, from);
	});
}

/** Whether clause punctuation stands right before token `i`. */
function boundaryBefore(masked: string, toks: readonly Token[], i: number): boolean {
	const prev = toks[i - 1];
	const cur = toks[i];
	return (
		prev !== undefined &&
		cur !== undefined &&
		/[,;:.!?()\u2013\u2014]/.test(masked.slice(prev.end, cur.start))
	);
}

/** Whether a draft is a short admission, concession, agreement or apology with nothing aimed at the reader. */
export function isAdmission(tokenized: Tokenized): boolean {
	const { tokens, masked } = tokenized;
	if (tokens.length > MAX_WORDS || masked.includes('?')) return false;
	const ws = tokens.map((t) => t.word);
	if (!wordSentences(tokenized).some((x) => holdsAdmission(masked, x.toks))) return false;
	if (ws.some((w) => JUDGING.has(w) || NEVER.has(w) || SNEERS.has(w))) return false;
	if (ws.some((w, i) => SNEER_PAIRS.has(`${w} ${ws[i + 1] ?? ''}`))) return false;
	// A group of people named by who they are keeps the models' reading, as in prior-only.ts.
	if (hasInsult(tokens) || namesGroup(tokenized)) return false;
	return wordSentences(tokenized).every(
		(s) => !s.ws.some((w) => READER.has(w)) || holdsAdmission(masked, s.toks),
	);
}

/**
 * Marks such a draft (civil-hold.ts: held under the flag point at every sensitivity, also when the models read it
 * under the cap) and caps its toxic head and dimensions at ADMISSION_CAP. Call with the other civil caps.
 * Session 30 (recall30) held admissions alone, HOLD_MARGIN under the flag point (0 at the slider's end); session
 * 31 (strict31) holds every civil reading the same way, relative to the flag point (civil-hold.ts heldLevel).
 */
export function applyAdmissions(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= MAX_TOXIC || !isAdmission(tokenized)) return;
	capCivil(entry, ADMISSION_READING, tokenized);
}
