/**
 * Who a sentence's insult words are aimed at. The sentence rule (sentences.ts) lets one clearly toxic sentence
 * carry a draft; scored alone, a short self-insult ("Ugh, I'm such an idiot.") reads like any insult to a
 * bag-of-n-grams model (0.99), although the whole comment is a civil apology (0.1–0.6). A writer insulting
 * themselves is not someone a comment warning should warn, so such a sentence may not lift the draft on its
 * own; the whole draft is still scored as it is. Deliberately narrow: every insult word must sit in a
 * first-person-singular frame ("I'm (such) a(n) …", "I feel like a …", "I was being …", "my stupid …",
 * "silly me", "what an idiot I am") and the sentence must name no one else (you, he, they, whoever, people,
 * the author …). "I think you're an idiot", "I'm not the idiot here, you are", "what idiot wrote this" and
 * "only a moron would …" are not self-directed.
 */
import type { Token } from '../features/featurize.ts';

/** Words that call a person stupid (after normalisation: lower case, camouflage undone). */
const INSULTS = new Set([
	'idiot',
	'idiots',
	'idiotic',
	'moron',
	'morons',
	'moronic',
	'fool',
	'fools',
	'foolish',
	'stupid',
	'stupider',
	'stupidest',
	'stupidity',
	'dumb',
	'dumber',
	'dumbest',
	'dummy',
	'dumbass',
	'dunce',
	'dork',
	'doofus',
	'clown',
	'bonehead',
	'boneheaded',
	'imbecile',
	'incompetent',
	'dense',
	'clueless',
	'brainless',
	'noob',
	'numpty',
	'muppet',
	'dimwit',
	'halfwit',
	'nitwit',
	'twit',
	'silly',
	'idiocy',
]);

/** What a "my stupid …" frame may be about: the writer's own slip, not a person ("my idiot coworker"). */
const OWN_SLIPS = new Set(
	(
		'mistake mistakes fault bad typo typos error errors question questions oversight move bug bugs blunder ' +
		'slip moment copy change commit code brain idea assumption'
	).split(' '),
);
/**
 * Insult words that name a failing, not a person: "my stupidity" needs nothing after it, and a writer may
 * have one ("I had a brain fart", "I have a moment of stupidity").
 */
const FAILINGS = new Set(['stupidity', 'idiocy']);
/** Between a writer and a failing they had (only failings: "I had an idiot reviewer" is not about the writer). */
const HAVING = new Set(['had', 'have', 'having', 'moment', 'moments', 'another']);

/** Anyone but the writer: a sentence naming one of them is never self-directed. */
const OTHERS = new Set([
	'you',
	"you're",
	'youre',
	'your',
	'yours',
	'yourself',
	'yourselves',
	"you've",
	"you'd",
	"you'll",
	'u',
	'ur',
	'ya',
	'he',
	"he's",
	'she',
	"she's",
	'they',
	"they're",
	'him',
	'her',
	'them',
	'his',
	'their',
	'we',
	'us',
	'our',
	'whoever',
	'someone',
	'somebody',
	'anyone',
	'anybody',
	'everyone',
	'everybody',
	'people',
	'guys',
	'folks',
	'guy',
	'person',
	'author',
	'authors',
	'maintainer',
	'maintainers',
	'dev',
	'devs',
	'developer',
	'developers',
	'reviewer',
	'reviewers',
	'contributor',
	'contributors',
	'team',
	'boss',
]);

/** The writer as subject or object. */
const SELF = new Set(['i', "i'm", 'im', "i've", "i'd", 'me', 'myself']);

/** Words allowed between the writer and the insult ("I feel like such a complete …"); no negation, no verb of judging others. */
const FILLERS = new Set(
	(
		'am was m feel felt feeling like such a an the so really complete completely total totally absolute ' +
		'absolutely utter utterly officially being been be just bit little kind of sometimes truly sound look ' +
		'must may might pretty quite most biggest big huge real clearly seriously still always again today ' +
		'probably definitely obviously actually literally such own'
	).split(' '),
);

/** How far back (in words) a frame's "I" / "my" may stand from the insult word. */
const MAX_FRAME_GAP = 6;

/** The word after "brain" that makes it one insult ("brain dead", "brain fart"), at "brain". */
const BRAIN_INSULTS = new Set(['dead', 'fart', 'farts']);

/** Whether the word at `i` is an insult word. */
function isInsult(words: string[], i: number): boolean {
	const w = words[i] ?? '';
	return INSULTS.has(w) || (w === 'brain' && BRAIN_INSULTS.has(words[i + 1] ?? ''));
}

/** Whether the insult word at `i` names a failing ("stupidity", "brain fart"), not a person. */
function isFailing(words: string[], i: number): boolean {
	return FAILINGS.has(words[i] ?? '') || (words[i] === 'brain' && words[i + 1]?.startsWith('fart') === true);
}

/**
 * The first-person-singular frame of the insult word at `i` as word indices [from, to] ("I'm such an idiot",
 * "my stupid", "silly me", "idiot I am"), or undefined when it has none.
 */
export function selfFrame(words: string[], i: number): [number, number] | undefined {
	// "silly me", "stupid me"; "what an idiot I am".
	if (words[i + 1] === 'me') return [i, i + 1];
	if (words[i + 1] === 'dead' && words[i + 2] === 'me') return [i, i + 2];
	if (words[i + 1] === 'i' && (words[i + 2] === 'am' || words[i + 2] === 'was')) return [i, i + 2];
	// "I'm (such) a …", "I feel like a …", "me being a …", "my (own) stupid …", "I had a brain fart": only
	// fillers in between.
	const last = words[i] === 'brain' ? i + 1 : i;
	const failing = isFailing(words, i);
	for (let j = i - 1; j >= Math.max(0, i - MAX_FRAME_GAP); j--) {
		const w = words[j] ?? '';
		if (SELF.has(w)) return [j, last];
		if (w === 'my') return failing || OWN_SLIPS.has(words[last + 1] ?? '') ? [j, last] : undefined;
		if (!FILLERS.has(w) && !(failing && HAVING.has(w))) return undefined;
	}
	return undefined;
}

/**
 * The self-insult frames of a sentence that insults only its writer (word indices [from, to], one per insult
 * word), or undefined when it does not: it has no insult word, one of them is not in a first-person-singular
 * frame, or it names someone else.
 */
export function selfInsultFrames(tokens: readonly Token[]): [number, number][] | undefined {
	const words = tokens.map((t) => t.word);
	if (words.some((w) => OTHERS.has(w))) return undefined;
	const frames: [number, number][] = [];
	for (let i = 0; i < words.length; i++) {
		if (!isInsult(words, i)) continue;
		const frame = selfFrame(words, i);
		if (!frame) return undefined;
		frames.push(frame);
	}
	return frames.length > 0 ? frames : undefined;
}

/**
 * Whether a sentence insults only its writer: it has an insult word, every insult word is in a
 * first-person-singular frame, and nobody else is named. Such a sentence may not carry the draft by the
 * sentence rule, nor count in the whole draft's score (self-insult.ts).
 */
export function selfDirected(tokens: readonly Token[]): boolean {
	return selfInsultFrames(tokens) !== undefined;
}

/** Whether a sentence has a word that calls someone stupid, whoever it is aimed at. */
export function hasInsult(tokens: readonly Token[]): boolean {
	const words = tokens.map((t) => t.word);
	return words.some((_w, i) => isInsult(words, i));
}

/**
 * Whether lower-cased words (as `Token.word`) hold a word that calls someone stupid: for callers without a
 * tokenizer at hand (models/derail/advice.ts never quotes such a clause as a claim to "make concrete").
 */
export function insultAmong(words: readonly string[]): boolean {
	const ws = [...words];
	return ws.some((_w, i) => isInsult(ws, i));
}

/**
 * The sentences' probabilities as the sentence rule may use them: 0 for a self-directed sentence. With `from`, a
 * sentence under it keeps its probability unread (the caller reads none under `from` but as "under `from`"), so
 * the frame search runs only for the few that matter (session 15: for every sentence of every draft before).
 */
export function liftingProbs(
	sentences: readonly { tokens: readonly Token[] }[],
	probs: number[],
	from = Number.NEGATIVE_INFINITY,
): number[] {
	return probs.map((p, i) => (p >= from && selfDirected(sentences[i]?.tokens ?? []) ? 0 : p));
}
