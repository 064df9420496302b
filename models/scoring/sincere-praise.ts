/**
 * Sincere praise of the reader is not an insult (session 18, issue 2). The toxic head reads "you are a
 * <adjective> <noun>" as a name-calling frame whatever the adjective is: "You are a competent reviewer." scored
 * 0.54, "You're such a sharp reviewer, good catch on the off by one." 0.56, "You are clearly an experienced
 * maintainer, the triage labels are spot on." 0.77 (the toxic fold carries Inappropriateness with it).
 *
 * A draft that praises the reader in one of the frames below, and has nothing of a mocking twin in it, is capped
 * under the default threshold on both heads (PRAISE_CAP, as civil-dev-idioms.ts; held under the flag point
 * at every sensitivity: civil-hold.ts). The frames:
 * - "you are / you're / you were" + up to four words of degree or article ("a", "such", "clearly an", "a very")
 *   + a word of praise (competent, careful, patient, experienced, …) or a praising noun (expert, star, lifesaver);
 * - "you (really|clearly|truly) know / understand" + "this / the / your / what / how …";
 * - "you did a / an <praise> job / work".
 * Never capped (the mocking twins, tests/corpora/praise18-mocking.txt): an insult word, profanity or contempt, a
 * failure ("you broke prod twice", "at breaking the build", "another outage"), a negation ("not", "no one",
 * "never"), a question or scare quotes, "/s", a condition or concession ("if by great you mean absent", "as long
 * as", "but", "too bad"), irony markers ("said no one ever", "real", "true", "sure", "genius", "congrats",
 * "only", "even", "finally", "actually"). The sarcasm, put-down and threat floors that run after it still apply.
 *
 * The praise words are a short hand-written list: no well-kept sentiment lexicon is among the project's
 * dependencies, and a general one would bring words ("sure", "real", "genius") that are the mocking twins' markers.
 *
 * Draft scoring only, with no model run: nothing at all for a draft under the cap, else a few set look-ups.
 */

import type { Tokenized } from '../features/featurize.ts';
import { CAMOUFLAGE_LEXICON } from '../text/lexicon.ts';
import { type CivilReading, capCivil, leansOver } from './civil-hold.ts';
import { hasInsult } from './insult-target.ts';
import type { ScoreEntry } from './score-entry.ts';

const words = (s: string) => new Set(s.split(' '));

/** Where a praising draft lands on each head: as civil-dev-idioms.ts's CIVIL_IDIOM_CAP. */
export const PRAISE_CAP = 0.35;
/** The civil reading the rule marks (civil-hold.ts: held under the flag point at every sensitivity). */
const SINCERE_PRAISE_READING: CivilReading = {
	rule: 'sincere-praise',
	cap: PRAISE_CAP,
	toxic: true,
	toReader: true,
};

/** Words of praise for a person ("a competent reviewer", "such a sharp reviewer", "so kind"). */
const PRAISE = words(
	'competent capable careful thoughtful thorough meticulous patient kind generous helpful great good ' +
		'fantastic wonderful amazing awesome excellent brilliant outstanding superb terrific fabulous marvellous ' +
		'marvelous incredible talented gifted skilled skillful skilful experienced knowledgeable sharp smart ' +
		'clever wise fair humble friendly reliable dependable trustworthy dedicated diligent hardworking ' +
		'hard-working responsible solid strong fine lovely nice caring supportive insightful attentive rigorous ' +
		'precise detailed responsive approachable welcoming inspiring exceptional remarkable impressive ' +
		'invaluable valuable productive creative articulate considerate professional stellar',
);
/** Nouns that praise on their own ("you're a star", "you are clearly an expert", "you were a huge help"). */
const PRAISE_NOUNS = words(
	// "genius", "legend" and "master" are here for the mocking twins (mockedPraise); the cap never passes them,
	// since "genius" is a MOCKING word and the others need a praise frame with nothing mocking.
	'expert experts star rockstar lifesaver life-saver gem asset pro help blessing genius legend master',
);
/** Words of degree and articles between "you are" and the praise ("such a", "clearly an", "a very"). */
const DEGREE = words(
	'a an such so very really truly clearly honestly definitely obviously incredibly super extremely ' +
		'genuinely the most one of and quite absolutely huge big massive real true',
);
/** What "you know / understand" takes in praise ("this codebase", "the build system", "what you are doing"). */
const KNOWN = words('this the your what how these our its');
/**
 * A mocking twin's marks: failures, negation, conditions and concessions, irony markers, contempt and blame
 * (tests/corpora/praise18-mocking.txt, misses6-mock-praise.txt, sarcasm-attacks*.txt).
 */
const MOCKING = new Set([
	...CAMOUFLAGE_LEXICON,
	...words(
		// failures and their costs
		'broke broken break breaks breaking outage outages crash crashes crashed crashing down fire fires bug ' +
			'bugs buggy wrong worst worse mess messes messy slow slower slowest ignore ignores ignoring ignored ' +
			'waste wastes wasting wasted ruin ruins ruined ruining delete deleted deletes deleting absent quit ' +
			'quits quitting fail fails failed failing failure failures rollback revert reverted reverts ' +
			'regression regressions typo typos falling fell ' +
			// negation
			"not no never nobody nothing ever aren't weren't isn't wasn't don't didn't doesn't can't cannot " +
			"couldn't won't wouldn't hardly barely " +
			// conditions, concessions and irony
			'if unless but except though although shame pity bad said apparently supposedly allegedly pretend ' +
			'pretending think thinks thought must only even finally actually once real true sure again twice why ' +
			'bother bothered now ' +
			'another genius congrats congratulations bravo wow oh lol lmao rofl haha sarcasm ' +
			// contempt and blame
			'fuck fucking fucked shit shitty crap crappy damn damned hell ass wtf ffs bloody garbage trash junk ' +
			'rubbish joke pathetic useless worthless clown amateur sloppy ignorant lazy clueless arrogant rude ' +
			'liar incompetence incompetent stupidity laziness ego nonsense careless pointless because',
	),
]);
/** Marks in the text itself: a question, scare quotes, "/s" and eye-roll emoji. */
const MOCKING_MARKS = /[?"“”]|\/s\b|🙄|🙃|😒/u;

/** Whether the words praise the reader in one of the frames (see the file comment). */
function praisesReader(ws: readonly string[]): boolean {
	return praiseAt(ws) >= 0;
}

/** Where the words praise the reader in one of the frames (the praise word, or the verb); -1 when they do not. */
function praiseAt(ws: readonly string[]): number {
	// An index loop: `entries()` made an array per word of every draft (session 20).
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i] as string;
		let at = -1;
		if (w === "you're" || w === 'youre') at = i + 1;
		else if (w !== 'you') continue;
		else if (ws[i + 1] === 'are' || ws[i + 1] === 'were') at = i + 2;
		if (at >= 0) {
			for (let j = at; j < at + 5 && j < ws.length; j++) {
				const x = ws[j] ?? '';
				if (PRAISE.has(x) || PRAISE_NOUNS.has(x)) return j;
				if (!DEGREE.has(x)) break;
			}
			continue;
		}
		// "you (really) know / understand this …", "you did a thorough job".
		const k = ws[i + 1] === 'really' || ws[i + 1] === 'clearly' || ws[i + 1] === 'truly' ? i + 2 : i + 1;
		if ((ws[k] === 'know' || ws[k] === 'understand') && KNOWN.has(ws[k + 1] ?? '')) return k;
		if (ws[k] === 'did' && (ws[k + 1] === 'a' || ws[k + 1] === 'an')) {
			const job = ws.slice(k + 2, k + 5).findIndex((x) => x === 'job' || x === 'work');
			if (job > 0 && ws.slice(k + 2, k + 2 + job).some((x) => PRAISE.has(x))) return k + 2 + job;
		}
	}
	return -1;
}

/** Whether a draft is sincere praise of the reader with no mark of a mocking twin. */
export function sincerePraise({ tokens, masked }: Tokenized): boolean {
	const ws = tokens.map((t) => t.word);
	if (!ws.includes('you') && !ws.includes("you're") && !ws.includes('youre')) return false;
	if (MOCKING_MARKS.test(masked) || ws.some((w) => MOCKING.has(w))) return false;
	// "as long as nobody reads it" is caught by "nobody"; "as long as you …" by this; "when you show up" is a
	// condition on the reader.
	if (ws.some((w, i) => w === 'long' && ws[i - 1] === 'as' && ws[i + 1] === 'as')) return false;
	if (ws.some((w, i) => w === 'you' && (ws[i - 1] === 'when' || ws[i - 1] === 'whenever'))) return false;
	return praisesReader(ws) && !hasInsult(tokens);
}

/**
 * Caps a sincerely praising draft's toxic head and dimensions at PRAISE_CAP. Call after civil-dev-idioms.ts,
 * before the floors of insult-at-others.ts, sarcasm-at-others.ts, threats.ts and put-downs.ts.
 */
export function applySincerePraise(entry: ScoreEntry, tokenized: Tokenized): void {
	if (!leansOver(entry, SINCERE_PRAISE_READING) || !sincerePraise(tokenized)) return;
	capCivil(entry, SINCERE_PRAISE_READING, tokenized);
}

/**
 * The reader's failure in a mocking twin: "you broke prod", "you only took three weeks", "at breaking the build",
 * "of ignoring every comment", "a writer of bugs". Not a failure that is undone or found ("an expert at spotting
 * broken builds", "you fixed the crash") or denied ("without breaking", "never broke").
 */
const FAILING = words(
	'break breaks breaking broke broken crash crashing crashed outage outages waste wasting wasted ignore ' +
		'ignoring ignored ruin ruining ruined delete deleting deleted bug bugs slow slower mess wrong typo',
);
/** Failures the reader did, right after "you" ("you broke prod twice"). */
const FAILED = words('broke crashed deleted wasted ignored ruined wrecked nuked took');
/** Words that undo, find or deny the failure after them ("at spotting broken builds", "without breaking"). */
const UNDOING = words(
	'fix fixing fixed find finding found track tracking tracked catch catching caught debug debugging solve ' +
		'solving solved prevent preventing prevented avoid avoiding reduce reducing clean cleaning untangling ' +
		'remove removing removed squash squashing hunting finder hunter fixer catcher spotting spotted ' +
		'reproducing diagnosing from without no never not zero',
);
/** Lengths of time a mocking "you took …" counts. */
const SPANS = words('minutes hours days weeks months years sprints quarters week month year day');
/** Words between "you" and what they did ("you only took", "you just deleted"). */
const ADVERBS = words('just only always also then again');

/**
 * Token indices of praise of the reader mocked by the reader's failure in the same draft (the praise word and the
 * failure): "You are a genius, you broke prod twice.", "You're such an expert at breaking the build.", "You did a
 * thorough job of ignoring every review comment.", "… a great teammate, if by great you mean absent." Empty when
 * there is none. For the sarcasm floor (sarcasm-at-others.ts).
 */
export function mockedPraise(ws: readonly string[]): number[] {
	const at = praiseAt(ws);
	if (at < 0) return [];
	for (let j = at + 1; j < ws.length; j++) {
		const w = ws[j] ?? '';
		if (w === 'if' && ws[j + 1] === 'by') return [at, j, j + 1];
		if (w === 'at' || w === 'of') {
			for (let k = j + 1; k < Math.min(ws.length, j + 8); k++) {
				if (UNDOING.has(ws[k] ?? '')) break;
				if (FAILING.has(ws[k] ?? '')) return [at, k];
			}
		}
		if (w === 'you') {
			let k = j + 1;
			while (ADVERBS.has(ws[k] ?? '')) k++;
			// "took" only with a length of time after it ("you only took three weeks"; not "you took the time").
			const took = ws[k] !== 'took' || ws.slice(k + 1, k + 4).some((x) => SPANS.has(x));
			if (FAILED.has(ws[k] ?? '') && took) return [at, k];
		}
	}
	return [];
}
