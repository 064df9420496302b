/**
 * Session 22 (attacks9): the attacks8 kinds said in other words. calm-attacks.ts matches exact structures; the
 * paraphrases keep a structure's roles but change its words, so each rule here is a word class plus a structural
 * condition that keeps the class's civil use out (rules written from attacks9-dev.txt only):
 * - contempt at the reader: "you're / you are / ur" + at most three fillers + a contempt adjective ("you are
 *   honestly the most repulsive coworker"), not about a thing ("this bug is repulsive"); the reader in the sentence
 *   of "… is a (daily) insult to us / the rest" or "… ruins my day";
 * - chat contempt: "ur / you're" + fillers + a chat verdict ("ur so mid", "ur actually the worst"), "worst dev /
 *   reviewer …" with the reader in the sentence (not "the worst dev experience"), "who let u near …", "get good" as
 *   an order, the reader's belief mocked ("u really thought this was clever huh, cringe"), "being this wrong" with a
 *   mockery marker (imagine, lol, lmao) and not about the writer; none inside a condition;
 * - veiled threats: "who / people who cross me" (not "crossed me off"), "you'll know it was me", "over between us",
 *   the reader's name at the top of a list;
 * - threats to standing: the reader's access / rights / role / job + a loss word in the sentence ("you'll lose
 *   your commit access", "enjoy your admin rights while they last") with a sign of the writer's will ("keep …",
 *   "again", "me", "enjoy … while"); "I'll see / get you fired"; nobody + review / hire / trust … + yours + again;
 *   "make you the example of what happens";
 * - sarcastic praise: praise in the draft and a harmful act as a class: a harm verb in any inflection before its
 *   object ("drops the users table", "breaks every test"), skipping review / tests, "without reading / testing", a
 *   degradation ("even slower", "a worse version"), an outage not recovered from; not negated, and not when the
 *   draft found or fixed it ("you found the typo that crashed the app").
 * The draft gets the insult / threat floor (SEGMENT_FLOOR), underlined on the rule's words (culprit-words.ts).
 * On drafts without an anchor word it costs one set lookup a word (the prefilter).
 */
import type { Token, Tokenized } from '../features/featurize.ts';
import { putDownWords } from './put-downs.ts';
import { sarcasmAtOthers } from './sarcasm-at-others.ts';
import type { ScoreEntry } from './score-entry.ts';
import { SEGMENT_FLOOR } from './sentences.ts';
import { threatWords } from './threats.ts';

const words = (s: string) => new Set(s.split(' '));

const READER = words("you u ur you're youre your yours");
const YOU_ARE = words("you're youre ur");
const CONTEMPT = words(
	'repulsive revolting vile disgusting despicable loathsome contemptible insufferable unbearable repugnant odious',
);
const FILLER = words(
	'so such really truly honestly just genuinely absolutely actually literally totally the a an most utterly simply def definitely clearly',
);
const CHAT_VERDICT = words('mid cringe clown worst dumbest slowest');
const PERSON = words(
	'dev developer devs reviewer maintainer coder engineer contributor programmer teammate coworker colleague person human',
);
/** "the worst dev experience": the person noun is a modifier. */
const COMPOUND = words(
	'experience environment setup server build tooling loop workflow cycle team tools ergonomics',
);
const CONDITION = words('if when whether unless once while before after since');
const MOCK = words('lol lmao lmfao rofl imagine');
const BAD_STATE = words('wrong clueless dumb bad incompetent slow lost');
const STANDING = words(
	'access rights privileges permissions status role job career position account seat maintainership',
);
const LOSS = words('lose losing lost gone last lasts numbered over history revoked');
/** In the sentence, a sign the loss is the writer's doing or wish ("keep arguing and …", "enjoy … while they last"). */
const ANTAGONISM = words('keep again more me enjoy');
const NOBODY_JUDGE = words(
	'review reviews look merge merges approve approves read reads hire hires trust trusts respect respects take takes',
);
const REMOVED = words('fired removed banned kicked blocked demoted suspended expelled');
const PRAISE = words(
	'genius visionary amazing stunning brilliant bravo expertise talent congratulations congrats impressive masterpiece fantastic wonderful stellar smart',
);
/** Harm verbs by stem; an inflection is the stem plus an ending ("drops", "dropped", "dropping"). */
const HARM_STEMS = ['drop', 'break', 'broke', 'crash', 'delet', 'wip', 'nuk', 'leak', 'corrupt'];
/** The endings a stem takes as a verb ("drops", "dropped", "deleting"), not "dropdown" or "breakfast". */
const ENDINGS = words('s es ed d ing ped ping e n en');
ENDINGS.add('');
const HARM_OBJECTS = words(
	'table tables database db test tests build builds app site prod production docs data backups pipeline ci deploy release users page server servers',
);
const SKIP = words('skip skipping skipped');
const CHECKS = words('review reviews reviewers tests testing ci checks');
const WITHOUT_WHAT = words('reading testing checking reviewing looking running');
const FOUND = words('found fixed caught spotted tracked fixing finding');
const OUTAGE = words('outage outages downtime incident regression');
const RECOVER = words('from after fixing resolving recovery recovering during');

const harmVerb = (w: string) => HARM_STEMS.some((s) => w.startsWith(s) && ENDINGS.has(w.slice(s.length)));

/** Rare words of which a rule has one: the prefilter's first half. */
const ANCHORS = new Set([
	...CONTEMPT,
	...CHAT_VERDICT,
	...MOCK,
	...PRAISE,
	...words('nobody insult ruins huh'),
]);
/**
 * Common words that start a rule only next to a given word ("get good", "well done", "who let", "cross me", "your
 * … access"): the prefilter's second half, so everyday drafts full of "good", "well", "access" skip the pass.
 */
const PAIRED = new Map<string, (ws: readonly string[], i: number) => boolean>([
	['good', (ws, i) => ws[i - 1] === 'get'],
	['well', (ws, i) => ws[i + 1] === 'done'],
	['idea', (ws, i) => ws[i - 1] === 'great'],
	['know', (ws, i) => ws[i - 1] === "you'll" || ws[i - 1] === 'will'],
	['over', (ws, i) => ws[i + 1] === 'between'],
	['one', (ws, i) => ws[i - 1] === 'no'],
	['let', (ws, i) => ws[i - 1] === 'who'],
	['list', (ws) => ws.includes('top')],
	['happens', (ws, i) => ws[i + 1] === 'to'],
	['cross', (ws, i) => ws[i + 1] === 'me'],
	['crossed', (ws, i) => ws[i + 1] === 'me'],
	['crosses', (ws, i) => ws[i + 1] === 'me'],
	...[...REMOVED].map((w) => [w, (ws: readonly string[], i: number) => ws[i - 1] === 'you'] as const),
	...[...STANDING].map(
		(w) =>
			[w, (ws: readonly string[], i: number) => ws.slice(Math.max(0, i - 4), i).includes('your')] as const,
	),
]);

function breaks(masked: string, tokens: readonly Token[], commas: boolean): number[] {
	const at: number[] = [];
	const re = commas ? /[,.;!?\n]/ : /[.;!?\n]/;
	for (let k = 0; k < tokens.length; k++) {
		const next = tokens[k + 1];
		if (next === undefined || re.test(masked.slice((tokens[k] as Token).end, next.start))) at.push(k + 1);
	}
	return at;
}

/** Indices of the words of the first paraphrased attack found in the draft, or none. */
export function paraphraseAttackWords({ masked, tokens }: Tokenized): number[] {
	const ws = tokens.map((t) => t.word);
	if (!ws.some((w, i) => ANCHORS.has(w) || PAIRED.get(w)?.(ws, i) === true)) return [];
	// Sentence and clause breaks, computed only when a rule's first word is found.
	let sentenceEnds: number[] | undefined;
	let clauseEnds: number[] | undefined;
	const sentence = (i: number): [number, number] => {
		sentenceEnds ??= breaks(masked, tokens, false);
		const b = sentenceEnds.find((e) => e > i) ?? ws.length;
		const a = sentenceEnds.findLast((e) => e <= i) ?? 0;
		return [a, b];
	};
	const clause = (i: number): [number, number] => {
		clauseEnds ??= breaks(masked, tokens, true);
		const b = clauseEnds.find((e) => e > i) ?? ws.length;
		const a = clauseEnds.findLast((e) => e <= i) ?? 0;
		return [a, b];
	};
	const inSentence = (i: number, set: Set<string>) => {
		const [a, b] = sentence(i);
		return ws.slice(a, b).some((x) => set.has(x));
	};
	const conditional = (i: number) => {
		const [a] = clause(i);
		return ws.slice(a, i).some((x) => CONDITION.has(x));
	};
	const range = (a: number, b: number) => Array.from({ length: b - a }, (_x, k) => a + k);
	const negated = (i: number) => ['not', "don't", "isn't", "aren't", 'never', 'no'].includes(ws[i - 1] ?? '');
	const draftPraise =
		ws.some((x, k) => PRAISE.has(x) || (x === 'well' && ws[k + 1] === 'done')) ||
		ws.some((x, k) => x === 'great' && ws[k + 1] === 'idea');
	const draftFound = ws.some((x, k) => FOUND.has(x) && !(ws[k + 1] === 'a' && ws[k + 2] === 'way'));

	for (let i = 0; i < ws.length; i++) {
		const w = ws[i] ?? '';
		const next = ws[i + 1] ?? '';

		// Contempt at the reader: "you're / you are / I find you" + at most three fillers + a contempt word.
		const youAre = YOU_ARE.has(w) ? i + 1 : w === 'you' && next === 'are' ? i + 2 : -1;
		if (youAre >= 0 && !conditional(i)) {
			let k = youAre;
			while (k < youAre + 3 && FILLER.has(ws[k] ?? '')) k++;
			if (
				CONTEMPT.has(ws[k] ?? '') ||
				(YOU_ARE.has(w) && CHAT_VERDICT.has(ws[k] ?? '') && ws[k] !== 'cringe')
			)
				return range(i, k + 1);
		}
		// "your existence … is an insult to the rest of us", "every day you stay … is an insult to everyone"
		if (w === 'insult' && ws[i + 1] === 'to' && ['us', 'the'].includes(ws[i + 2] ?? '')) {
			const [a] = sentence(i);
			const r = ws.slice(a, i).findIndex((x) => x === 'you' || x === 'your');
			if (r >= 0 && !negated(i - 1) && !negated(i - 2)) return range(a + r, i + 3);
		}
		// "seeing your name … ruins my whole day"
		if (w === 'ruins') {
			const [a, b] = sentence(i);
			const s = ws.slice(a, b);
			const day = s.includes('day') && s.includes('my');
			const reader = s.some((x) => x === 'you' || x === 'your' || x === "you've" || x === 'u');
			if (day && reader) return range(i, i + 1);
		}

		// Chat contempt.
		if (
			w === 'worst' &&
			PERSON.has(ws[i + 1] ?? '') &&
			!COMPOUND.has(ws[i + 2] ?? '') &&
			!negated(i - 1) &&
			!negated(i)
		) {
			if (inSentence(i, READER)) return range(i, i + 2);
		}
		if (w === 'who' && next === 'let' && (ws[i + 2] === 'u' || ws[i + 2] === 'you')) {
			// "touch" and "have" left out (lead): "Who let you touch the release config?" is often a real question.
			if (['near', 'anywhere', 'into'].includes(ws[i + 3] ?? '')) return range(i, i + 4);
		}
		// The clause start only once the words match (session 24: its tuple and two closures were made per word).
		if (w === 'get' && next === 'good' && clause(i)[0] === i) return range(i, i + 2);
		// "u really thought this was clever huh, cringe"
		if ((w === 'u' || w === 'you') && !conditional(i)) {
			let k = i + 1;
			if (FILLER.has(ws[k] ?? '')) k++;
			if (
				['thought', 'believed', 'think', 'believe'].includes(ws[k] ?? '') &&
				inSentence(i, words('cringe lol lmao huh'))
			) {
				const [, b] = sentence(i);
				if (ws.slice(k, b).some((x) => ['clever', 'smart', 'good', 'work', 'works', 'genius'].includes(x)))
					return range(i, k + 1);
			}
		}
		// "imagine being this confident and this wrong"
		if ((w === 'this' || w === 'so') && BAD_STATE.has(next) && inSentence(i, MOCK)) {
			const [a, b] = sentence(i);
			const s = ws.slice(a, b);
			const self = s.some((x) => ['i', 'me', 'my', "i'm", 'sorry'].includes(x));
			if (!self && ws.slice(Math.max(a, i - 6), i).some((x) => x === 'being')) return range(i, i + 2);
		}

		// Veiled threats.
		if ((w === 'cross' || w === 'crossed' || w === 'crosses') && next === 'me' && ws[i + 2] !== 'off') {
			if (['who', 'that', 'people', 'folks'].includes(ws[i - 1] ?? '')) return range(i - 1, i + 2);
		}
		if ((w === "you'll" || (w === 'you' && next === 'will')) && ws.includes('know')) {
			let k = i + (w === 'you' ? 2 : 1);
			if (ws[k] === 'know') {
				k++;
				if (ws[k] === 'exactly') k++;
				if (ws[k] === 'it' && ws[k + 1] === 'was' && ws[k + 2] === 'me') return range(i, k + 3);
			}
		}
		if (w === 'over' && ws[i + 1] === 'between' && ['us', 'you'].includes(ws[i + 2] ?? ''))
			return range(i, i + 3);
		if (w === 'list' && inSentence(i, words('top'))) {
			const [a, b] = sentence(i);
			const s = ws.slice(a, b);
			if (s.some((x, k) => x === 'your' && s[k + 1] === 'name')) return range(i, i + 1);
		}

		// Threats to standing: the reader's access / rights / role / job lost, with antagonism in the sentence.
		if (STANDING.has(w) && !conditional(i)) {
			const [a, b] = sentence(i);
			// Advice, not a threat: "If you keep the token in the repo, you'll lose your access …" (lead).
			if (ws.slice(a, i).some((x) => CONDITION.has(x))) continue;
			const before = ws.slice(Math.max(a, i - 4), i);
			const yours = before.includes('your');
			const loss = ws.slice(a, b).some((x) => LOSS.has(x));
			if (yours && loss && ws.slice(a, b).some((x) => ANTAGONISM.has(x) || x === 'while'))
				return range(i, i + 1);
		}
		if ((w === 'see' || w === 'get' || w === 'have') && next === 'you' && REMOVED.has(ws[i + 2] ?? '')) {
			const [a, b] = sentence(i);
			if (ws.slice(a, b).some((x) => ['i', "i'll", 'my', 'me', "i'm"].includes(x))) return range(i, i + 3);
		}
		if ((w === 'nobody' || (w === 'no' && next === 'one')) && !conditional(i)) {
			const [, b] = sentence(i);
			const s = ws.slice(i, b);
			const j = s.findIndex((x) => NOBODY_JUDGE.has(x));
			const y = s.findIndex((x) => x === 'your' || x === 'yours' || x === 'you');
			if (j >= 0 && j < 8 && y > j && s.includes('again')) return range(i, i + y + 1);
		}
		if (w === 'happens' && next === 'to') {
			if (ws.slice(Math.max(0, i - 6), i).includes('example') && ws.slice(0, i).includes('you'))
				return range(i, i + 2);
		}

		// Sarcastic praise: praise in the draft and a harmful act as a class.
		if (draftPraise && !draftFound) {
			if (harmVerb(w) && !negated(i) && ws[i - 1] !== 'without' && ws[i - 1] !== 'record') {
				const near = ws.slice(i + 1, i + 5).findIndex((x) => HARM_OBJECTS.has(x));
				const civil = ['into', 'up', 'down', 'apart', 'out', 'off'].includes(next);
				if (!civil && near >= 0) return range(i, i + 2 + near);
			}
			if (SKIP.has(w) && ws.slice(i + 1, i + 4).some((x) => CHECKS.has(x))) return range(i, i + 2);
			if (w === 'without' && WITHOUT_WHAT.has(next)) return range(i, i + 2);
			if ((w === 'slower' || w === 'worse') && (ws[i - 1] === 'even' || next === 'version'))
				return range(i - (ws[i - 1] === 'even' ? 1 : 0), i + 1);
			if (OUTAGE.has(w) && !ws.slice(Math.max(0, i - 3), i).some((x) => RECOVER.has(x)))
				return range(i, i + 1);
		}
	}
	return [];
}

/** Gives a draft with a paraphrased attack the floor (SEGMENT_FLOOR), underlined on the rule's words. */
export function applyParaphraseAttacks(entry: ScoreEntry, tokenized: Tokenized): void {
	if (entry.toxic >= SEGMENT_FLOOR) return;
	const found = paraphraseAttackWords(tokenized).filter((i) => !entry.mentionedWords?.has(i));
	if (found.length === 0) return;
	entry.toxic = SEGMENT_FLOOR;
	// This pass runs before the sarcasm pass and pre-empts its floor: a draft that pass reads as mocking is still
	// named sarcasm on the card and underlined on that pass's words (the act, not the thing: "broke", not "prod"),
	// as before this pass (praise18 and behaviour.spec: "You are a genius, you broke prod twice.").
	const mocking = sarcasmAtOthers(tokenized);
	if (mocking.length > 0)
		entry.mocking = threatWords(tokenized).length === 0 && putDownWords(tokenized).length === 0;
	const toxicWords = new Float32Array(entry.tokens.length);
	for (const i of mocking.length > 0 ? mocking : found) toxicWords[i] = 1;
	entry.toxicWords = toxicWords;
	entry.toxicSentences = undefined;
	entry.toxicRuns = undefined;
}
