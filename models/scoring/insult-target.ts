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
/** Insult words that name a failing, not a person: "my stupidity" needs nothing after it. */
const FAILINGS = new Set(['stupidity', 'idiocy']);

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

/** Index of the insult word at `i` ("brain dead" counts as one insult, at "brain"). */
function isInsult(words: string[], i: number): boolean {
	const w = words[i] ?? '';
	return INSULTS.has(w) || (w === 'brain' && words[i + 1] === 'dead');
}

/** Whether the insult word at `i` is in a first-person-singular frame. */
function selfFramed(words: string[], i: number): boolean {
	// "silly me", "stupid me"; "what an idiot I am".
	if (words[i + 1] === 'me' || (words[i + 1] === 'dead' && words[i + 2] === 'me')) return true;
	if (words[i + 1] === 'i' && (words[i + 2] === 'am' || words[i + 2] === 'was')) return true;
	// "I'm (such) a …", "I feel like a …", "me being a …", "my (own) stupid …": only fillers in between.
	for (let j = i - 1; j >= Math.max(0, i - MAX_FRAME_GAP); j--) {
		const w = words[j] ?? '';
		if (SELF.has(w)) return true;
		if (w === 'my') {
			const next = words[i + 1] === 'dead' ? words[i + 2] : words[i + 1];
			return FAILINGS.has(words[i] ?? '') || OWN_SLIPS.has(next ?? '');
		}
		if (!FILLERS.has(w)) return false;
	}
	return false;
}

/**
 * Whether a sentence insults only its writer: it has an insult word, every insult word is in a
 * first-person-singular frame, and nobody else is named. Such a sentence may not carry the draft by the
 * sentence rule (the whole draft is still scored).
 */
export function selfDirected(tokens: readonly Token[]): boolean {
	const words = tokens.map((t) => t.word);
	if (words.some((w) => OTHERS.has(w))) return false;
	let insults = 0;
	for (let i = 0; i < words.length; i++) {
		if (!isInsult(words, i)) continue;
		insults++;
		if (!selfFramed(words, i)) return false;
	}
	return insults > 0;
}

/** The sentences' probabilities as the sentence rule may use them: 0 for a self-directed sentence. */
export function liftingProbs(sentences: readonly { tokens: readonly Token[] }[], probs: number[]): number[] {
	return probs.map((p, i) => (selfDirected(sentences[i]?.tokens ?? []) ? 0 : p));
}
