/**
 * Contempt for the reader's work, said to them (session 12; English only), for the insult-at-others floor:
 * "Your PR is garbage", "The code you wrote for the parser is trash", "Clueless PR as always from you", "What a
 * shoddy piece of work your installer is", "This is lazy work, even for you". The models read many of these as
 * civil (0.02–0.45: "garbage" and "joke" said of things are common), and the thing-insult rule rightly excuses
 * them when no one is named.
 *
 * Where the line is drawn: harsh words about a thing the reader made, addressed to them, read as an attack (a
 * GitHub thread labels "your benchmark is a joke" uncivil: it is the maintainer who is belittled); the same
 * words about a tool, an error message or a thing no one here is said to have made ("This error message is
 * garbage, it doesn't say which file failed", "the vendor schema is a disaster") are venting about a thing,
 * left to the thing rules and the swearing opt-in. The writer's own work ("my first draft was a mess"), a
 * negation ("not garbage"), a condition ("if your lockfile is a mess") and a description ("a mess of merge
 * commits") never count; nor do plain critiques ("your docs are useless for v2", "your test is flaky").
 */
import type { Token } from '../features/featurize.ts';

const words = (s: string) => new Set(s.split(' '));

/** Words of contempt for a piece of work ("useless", "broken", "flaky" are critiques, not contempt). */
export const CONTEMPT = words(
	'garbage trash trashy junk joke mess disaster shoddy sloppy lazy embarrassing pathetic clueless worthless ' +
		'travesty abomination circus laughable',
);
/** Pieces of work someone makes. */
const WORK = words(
	'pr prs patch patches code commit commits change changes fix fixes work review reviews design docs ' +
		'documentation tutorial library plugin api schema migration release refactor issue issues job effort ' +
		'attempt answer answers implementation test tests suite piece excuse crate package app fork theme',
);
/** Verbs of making after "you" in a relative clause ("the code you wrote", "the schema you designed"). */
const MADE = words(
	'wrote written write made make built build designed design published publish shipped ship maintain ' +
		'maintained created create added add merged released posted submitted sent proposed came put',
);
/** Frame words between a copula's subject and the contempt word ("is a complete", "was just"). */
const FRAME = words(
	"is are was were 's 're be been a an the complete total utter absolute just such so really honestly " +
		'frankly totally completely absolutely pure utterly literally basically still always again and',
);
/** What someone is blamed for in "Who approved this trash?". */
const BLAMED = words('approved merged wrote reviewed designed shipped accepted signed');
const COPULAS = words("is are was were 's 're been");
export const NEGATIONS = words(
	"not no never isn't aren't wasn't weren't don't doesn't didn't hardly nothing far",
);
/** The writer's own ("my first draft was a mess", "our old config was junk"). */
const WRITERS = words('my our i me we');

/** Whether the words `ws[from..to)` name the reader's work: "your …" or "… you wrote". */
function readersWork(ws: string[], from: number, to: number): boolean {
	const span = ws.slice(Math.max(0, from), to);
	if (span.some((w) => WRITERS.has(w))) return false;
	return span.some((w, k) => w === 'your' || (w === 'you' && MADE.has(span[k + 1] ?? '')));
}

/**
 * Session 13: "dumpster fire", "train wreck" and "clown show" said of the team's shared work ("The last
 * three releases were a dumpster fire.", "This project is a dumpster fire and everyone knows it."): in a project's
 * thread a release, sprint or launch is the maintainers' work, so the verdict lands on them (the brief's known miss
 * "This release is a dumpster fire." read 0.02). Not counted: the writer's own ("our launch was a train wreck, my
 * fault"), a literal fire ("an actual dumpster fire behind the office": no work noun is its subject), a negation.
 */
const WRECKS: readonly (readonly string[])[] = [
	['dumpster', 'fire'],
	['dumpster', 'fires'],
	['train', 'wreck'],
	['trainwreck'],
	['clown', 'show'],
];
/** The first words of WRECKS, for insult-at-others.ts's quick check that a draft has any word to look at. */
export const WRECK_HEADS = new Set(WRECKS.map((p) => p[0] as string));
/** The team's shared work a wreck is said of. */
const TEAM_WORK = words(
	'release releases launch launches sprint sprints project codebase rollout migration roadmap process pr prs ' +
		'patch refactor redesign deploy deployment rewrite',
);

/** Whether a wreck phrase starts at `i`, predicated of the team's (or reader's) work. */
export function wreckOfWork(ws: readonly string[], i: number): boolean {
	const wreck = WRECKS.find((p) => p.every((w, k) => ws[i + k] === w));
	if (!wreck || ws.some((w) => WRITERS.has(w))) return false;
	if (ws.slice(Math.max(0, i - 4), i).some((x) => NEGATIONS.has(x))) return false;
	let j = i - 1;
	let copula = false;
	while (j >= 0 && (FRAME.has(ws[j] ?? '') || ws[j] === 'has' || ws[j] === 'have')) {
		copula ||= COPULAS.has(ws[j] ?? '');
		j--;
	}
	return copula && TEAM_WORK.has(ws[j] ?? '');
}

/** Whether the contempt word at `i` of a sentence (`ws`, `toks`) is aimed at the reader through their work. */
export function contemptForWork(ws: string[], toks: readonly Token[], masked: string, i: number): boolean {
	const w = ws[i] ?? '';
	if (wreckOfWork(ws, i)) return true;
	if (!CONTEMPT.has(w)) return false;
	const token = toks[i] as Token;
	// In an identifier, path or quote ("junk_filter", '"trash"'): not a word of the sentence.
	if (
		/[\w=:/\\.@#$<>*'"`_-]/.test(masked[token.start - 1] ?? ' ') ||
		/[\w=/\\@#$<>*'"`_-]/.test(masked[token.end] ?? ' ')
	)
		return false;
	if (ws.slice(Math.max(0, i - 3), i).some((x) => NEGATIONS.has(x))) return false;
	if (ws.slice(0, i).includes('if')) return false;
	// "a mess of merge commits": a description.
	if (ws[i + 1] === 'of' && w !== 'piece') return false;
	// "Who approved this trash?": asking who is to blame for contemptible work.
	const k = i - (ws[i - 1] === 'this' || ws[i - 1] === 'that' ? 2 : 3);
	if (ws[k - 1] === 'who' && BLAMED.has(ws[k] ?? '') && ['this', 'that'].includes(ws[k + 1] ?? ''))
		return true;
	// Predicated: "Your PR is garbage", "The migration you wrote is a shoddy mess".
	let j = i - 1;
	let copula = false;
	while (j >= 0 && (FRAME.has(ws[j] ?? '') || CONTEMPT.has(ws[j] ?? ''))) {
		copula ||= COPULAS.has(ws[j] ?? '');
		j--;
	}
	if (copula && j >= 0 && readersWork(ws, j - 6, j + 1)) return true;
	// Attributive: "Clueless PR as always from you", "What a sloppy patch your team merged", "lazy work, even
	// for you".
	let n = i + 1;
	while (CONTEMPT.has(ws[n] ?? '')) n++;
	if (!WORK.has(ws[n] ?? '')) return false;
	const after = ws.slice(n + 1, n + 8);
	if (after.some((x) => WRITERS.has(x))) return false;
	const fromYou = after.some((x, k) => (x === 'from' || x === 'for' || x === 'by') && after[k + 1] === 'you');
	return fromYou || after.includes('your') || ws[i - 1] === 'your';
}

/**
 * Session 14: "this is a stupid question" / "what a dumb idea" said to the reader. An insult at what the reader
 * asked or proposed is an insult at them ("You clearly never read the docs, this is a stupid question." read
 * 0.42), while the same words are the commonest self-deprecation in developer talk ("Dumb question: …", "This is
 * a stupid question but why …", "my stupid question above", "this might be a dumb question"). It counts only as a
 * verdict: "this/that/it is a(n) …", "what a …" or "another …" before it, closing its clause (not "…: where",
 * "… but why", "…?"), in a draft that names the reader and never the writer (I, my, me), with no hedge (maybe,
 * might, sorry, if …) or negation ("there is no stupid question") in its sentence.
 */
export const CONTRIBUTIONS = words(
	'question questions idea ideas suggestion suggestions proposal proposals comment comments take request ' +
		'requests argument point remark answer reply post',
);
export const VERDICT_ADJECTIVES = words(
	'stupid stupider stupidest dumb dumber dumbest idiotic moronic brainless boneheaded',
);
/** Words that make the question or idea the writer's own, or hedge the verdict, anywhere in its sentence. */
export const OWN_OR_HEDGED = words(
	"i i'm im i've i'd me my mine myself maybe might perhaps probably possibly sorry apologies apologize if",
);
/** The reader, named somewhere in the draft. */
const READER = words("you you're youre your you've yourself u ur");

/** Whether the draft (its words) names the reader and not the writer: a verdict there is said to the reader. */
export function toReaderOnly(all: readonly string[]): boolean {
	return all.some((w) => READER.has(w)) && !all.some((w) => WRITERS.has(w) || w === "i'm" || w === "i've");
}

/** Whether the insult adjective at `i` of a sentence is a verdict on the reader's question or idea. */
export function contributionInsult(
	ws: string[],
	toks: readonly Token[],
	masked: string,
	i: number,
	readerOnly: boolean,
): boolean {
	if (!readerOnly || !VERDICT_ADJECTIVES.has(ws[i] ?? '')) return false;
	const noun = i + 1;
	if (!CONTRIBUTIONS.has(ws[noun] ?? '')) return false;
	if (ws.some((w) => OWN_OR_HEDGED.has(w))) return false;
	if (ws.slice(Math.max(0, i - 3), i).some((w) => NEGATIONS.has(w))) return false;
	const before = ws.slice(Math.max(0, i - 3), i).join(' ');
	if (
		!/(?:^|\s)(?:(?:this|that|it)(?: is| was|'s)? (?:a|an|such a|such an)|what a|what an|another)$/.test(
			before,
		)
	)
		return false;
	// Closing its clause with a full stop, "!" or the draft's end ("…, this is a stupid question."; not "…: where"
	// or "… but why …?").
	const end = toks[noun] as Token;
	const next = toks[noun + 1];
	const after = masked.slice(end.end, next ? next.start : masked.length);
	if (next && !/^\s*[.!]/.test(after)) return false;
	return (
		!/^\s*\?/.test(after) &&
		!masked
			.slice(end.end)
			.split(/[.!\n]/)[0]
			?.includes('?')
	);
}
