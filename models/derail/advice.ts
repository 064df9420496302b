/**
 * Issue 4, made concrete: the thread warning names the people and words behind it and tailors the de-escalation
 * suggestions to them ("ann has waited three weeks and wrote "still waiting on a real answer""; "Acknowledge that
 * ann has waited three weeks…"), instead of explain.ts's general sentences alone.
 *
 * Pure and cheap (a few regexes over the driving comments and the draft), computed from a finished DerailResult:
 * the model's markers are not changed (scripts/derail-hash.ts stays byte-identical). `tactful derail` adds it to
 * its markers as `advice` when the thread is at risk; the card, the badge's label and the live region say it.
 */
import { insultAmong } from '../scoring/insult-target.ts';
import { heatOf, isBotRole, SUGGEST } from './explain.ts';
import { FRUSTRATION, IMPATIENCE, NEGATION, SECOND_PERSON } from './lexicon.ts';
import type { CommentMarker, DerailMarkers, HottestSentence, Thread } from './types.ts';

/** One driving comment in words. */
export interface CommentAdvice {
	/** Index into thread.comments (as `markers.comments[].index`). */
	index: number;
	author: string;
	/**
	 * A few of the comment's own words: the clause holding its strongest cue (impatience, frustration, …), one
	 * that does not repeat `waited` when there is one.
	 */
	quote: string;
	/** How long the author says they have waited ("three weeks"), when the comment is impatient and says so. */
	waited?: string;
	/** One sentence naming the author and quoting them, e.g. `ann has waited three weeks and wrote "still broken"`. */
	line: string;
}

/** What `markers.advice` holds: who and what drive the risk, and the suggestions made specific to them. */
export interface ThreadAdvice {
	/** `markers.comments` in words, same order (a comment whose text is not at hand is left out). */
	comments: CommentAdvice[];
	/**
	 * `markers.dynamics` in words naming the people ("ana and ben have written the last 5 comments, back and forth",
	 * "kim opened this and has come back twice").
	 */
	dynamics: string[];
	/**
	 * `markers.suggestions`, same order, each made specific to this thread and draft where it can be; one the draft
	 * already follows is left out (`draftDoes`: it already says what happens next, asks, acknowledges, names
	 * specifics, or proposes a smaller channel), so there can be fewer.
	 */
	suggestions: string[];
}

const MAINTAINER_ROLES = /^(owner|member|collaborator|maintainer|moderator|admin|staff)$/i;
const NEWCOMER_ROLES = /^(none|first[- ]time contributor|first[- ]timer|contributor|new user|newcomer)$/i;
const DURATION =
	/\b((?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few)\s+(?:day|week|month|year)s?)\b/i;
/** Longest quote, in words: enough to recognise the comment, short enough for a card line. */
const QUOTE_WORDS = 9;

const words = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
const norm = (w: string) => w.toLowerCase().replace('’', "'");

/**
 * The comment's own prose, in sentence-sized pieces: code, quoted replies, HTML comments and links left out. Also
 * what the predictor rates one by one for `DerailResult.hottest`, so the card quotes a sentence it can find here.
 */
export function sentences(text: string): string[] {
	return text
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/```[\s\S]*?(```|$)/g, '\n')
		.replace(/~~~[\s\S]*?(~~~|$)/g, '\n')
		.split(/\r?\n/)
		.filter((line) => !/^\s*>/.test(line) && !/^( {4}|\t)\S/.test(line))
		.join('\n')
		.replace(/`[^`\n]*`/g, '…')
		.replace(/https?:\/\/\S+/g, '…')
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.replace(/\s+/g, ' ').trim())
		.filter((s) => words(s).length > 0);
}

const NEGATES = (w: string) => NEGATION.has(w) || w.endsWith("n't");
const ABSOLUTE = new Set(['always', 'never', 'every', 'everything', 'nothing', 'nobody', 'everyone', 'all']);

type Cue = 'impatience' | 'frustration' | 'person' | 'claim' | 'any';
const CUE_TEST: Record<Cue, (w: string) => boolean> = {
	impatience: (w) => IMPATIENCE.has(w),
	frustration: (w) => FRUSTRATION.has(w),
	person: (w) => SECOND_PERSON.has(w),
	claim: (w) => NEGATES(w) || ABSOLUTE.has(w),
	any: () => true,
};

/**
 * A few words of `text` around its first word that fits `cue`: the clause holding it (split at commas, semicolons
 * and dashes), cut to QUOTE_WORDS words around the cue with "…" where it was cut. Undefined when no word fits.
 */
export function quoteOf(text: string, cue: Cue, skip?: RegExp): string | undefined {
	const test = CUE_TEST[cue];
	const all = sentences(text);
	for (const [i, sentence] of all.entries()) {
		const clauses = sentence.split(/\s*[,;:]\s+|\s+[-–—]\s+/).filter((c) => words(c).length > 0);
		for (const clause of clauses) {
			const ws = words(clause);
			const at = ws.findIndex((w) => test(norm(w)));
			if (at < 0 || skip?.test(clause)) continue;
			// One or two words ("Seriously,") say little on their own: the rest of the sentence goes with them, or
			// for a sentence that short ("Seriously?"), the next sentence.
			const next = all[i + 1];
			if (ws.length < 3 && clause !== sentence && !skip?.test(sentence)) {
				const sws = words(sentence);
				return cut(
					sentence,
					sws,
					Math.max(
						0,
						sws.findIndex((w) => test(norm(w))),
					),
				);
			}
			if (ws.length < 3 && clause === sentence && next && !skip?.test(next)) {
				const joined = `${sentence} ${next}`;
				return cut(joined, words(joined), at);
			}
			return cut(clause, ws, at);
		}
	}
	return undefined;
}

/** The clause itself when short; else QUOTE_WORDS of its words from just before the cue, with ellipses. */
function cut(clause: string, ws: readonly string[], at: number): string {
	const plain = clause.replace(/^["“'‘(]+|["”'’)]+$/g, '').replace(/[.,;:]+$/, '');
	if (ws.length <= QUOTE_WORDS) return plain;
	const start = Math.max(0, Math.min(at - 3, ws.length - QUOTE_WORDS));
	const end = start + QUOTE_WORDS;
	// The words as written, punctuation between them kept ("Seriously? You never…").
	const spans = [...clause.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)];
	const from = spans[start]?.index ?? 0;
	const last = spans[end - 1];
	const to = last ? (last.index ?? 0) + last[0].length : clause.length;
	return `${start > 0 ? '…' : ''}${clause.slice(from, to)}${end < ws.length ? '…' : ''}`;
}

/**
 * How a name is written in the advice's sentences: the site's convention ("@ann" on GitHub, "u/ann" on Reddit),
 * given by the caller (the card); the name as read when none is given (`tactful derail`, whose output stays as it
 * was).
 */
export type Handle = (name: string) => string;
const asRead: Handle = (name) => name;

/** Options of adviseThread. */
export interface AdviceOptions {
	/** Writes a person's name the way their site does (entrypoints/content/threads/handles.ts); as read if absent. */
	handle?: Handle;
	/**
	 * The predictor's per-sentence tone reading of the driving comments (`DerailResult.hottest`): the quote comes
	 * from the sentence it rates highest, the cue words only pick the clause within it. Without it (the CLI), the
	 * quote is the clause holding the comment's strongest cue.
	 */
	hottest?: readonly HottestSentence[];
}

/** "ann", or "ann (Member)" when the page shows a role; "someone" when it shows no author. */
function nameOf(author: string, role?: string, withRole = true, handle: Handle = asRead): string {
	const name = author.trim() ? handle(author.trim()) : 'someone';
	return withRole && role && role !== 'None' ? `${name} (${role})` : name;
}

/** The cue a comment is quoted for, strongest derailment marker first. */
function cueOf(m: CommentMarker): Cue {
	if (m.cues.includes('impatience')) return 'impatience';
	if (m.cues.includes('bitter-frustration')) return 'frustration';
	if (m.cues.includes('second-person')) return 'person';
	if (m.cues.includes('negation')) return 'claim';
	return 'any';
}

/** The words to quote for `cue`: a clause holding it, else one holding another marker, else the first clause. */
function quoteFor(text: string, cue: Cue, skip?: RegExp): string | undefined {
	const order: Cue[] = [cue, 'frustration', 'impatience', 'person', 'claim', 'any'];
	for (const c of order) {
		const q = quoteOf(text, c, skip) ?? quoteOf(text, c);
		if (q) return q;
	}
	return undefined;
}

/** The clause of `text` holding a word of frustration ("This is ridiculous"), if any. */
const frustrationIn = (text: string) => quoteOf(text, 'frustration');

/** A length of time said in an impatient sentence ("I have waited three weeks"), lower-cased. */
function waitedIn(text: string): string | undefined {
	for (const s of sentences(text)) {
		if (!words(s).some((w) => IMPATIENCE.has(norm(w)) || /^wait/i.test(w))) continue;
		const found = s.match(DURATION)?.[1];
		if (found) return found.toLowerCase();
	}
	return undefined;
}

function commentAdvice(
	thread: Thread,
	m: CommentMarker,
	handle: Handle,
	hottest?: readonly HottestSentence[],
): CommentAdvice | undefined {
	const text = thread.comments[m.index]?.text;
	if (!text) return undefined;
	const cue = cueOf(m);
	const waited = cue === 'impatience' ? waitedIn(text) : undefined;
	// The heated part may hold no cue word ("Fix your stupid project!!!" after "Seriously, …"): the sentence the
	// tone heads rate highest, unless it only says how long they waited (the line says that already).
	const hot = hottest?.find((h) => h.index === m.index)?.sentence;
	const fromHot = hot && !(waited && DURATION.test(hot)) ? quoteFor(hot, cue) : undefined;
	// The line already says how long they waited: quote other words of theirs when there are some.
	const quote = fromHot ?? quoteFor(text, cue, waited ? DURATION : undefined);
	if (!quote) return undefined;
	const who = nameOf(m.author, m.role, true, handle);
	// Whether the words quoted were rated: the sentence the tone heads rate highest, or a comment of one sentence
	// (its own tones are that sentence's). Otherwise the clause was picked by cue words alone.
	const rated = fromHot !== undefined || sentences(text).length === 1;
	// Said of the words quoted, so the line and the quote agree ("sounds frustrated" over a quote of frustration).
	const has = (set: ReadonlySet<string>) => words(quote).some((w) => set.has(norm(w)));
	const line = waited
		? `${who} has waited ${waited} and wrote "${quote}"`
		: has(FRUSTRATION)
			? `${who} sounds frustrated: "${quote}"`
			: has(IMPATIENCE)
				? `${who} sounds impatient: "${quote}"`
				: has(SECOND_PERSON) &&
						(cue === 'person' || m.tones.attack >= 0.4 || m.cues.includes('second-person'))
					? `${who} turned to the person: "${quote}"`
					: m.tones.frustration >= 0.5
						? `${who} sounds frustrated: "${quote}"`
						: `${who} wrote "${quote}"`;
	const advice = { index: m.index, author: m.author, quote, ...(waited ? { waited } : {}), line };
	if (!rated) unrated.set(advice, waited ? line : `${who} wrote "${quote}"`);
	if (m.author.trim()) whoOf.set(advice, { name: nameOf(m.author, undefined, false, handle), who });
	return advice;
}

/** How each line names its author: `name` as the site writes it, `who` as the line starts ("@sam (Member)"). */
const whoOf = new WeakMap<CommentAdvice, { name: string; who: string }>();

/**
 * Lines whose quote was not rated (a clause picked by cue words in a comment of several sentences, when only the
 * strongest driving comment's sentences are rated: onnx-predictor.ts `hottest`), by their advice: the same words
 * without a verdict on how they sound ("sam wrote "…"", not "sam turned to the person: "…""). Kept beside the
 * advice, not in it, so `tactful derail`'s JSON stays as it was.
 */
const unrated = new WeakMap<CommentAdvice, string>();

/**
 * The two authors of the alternating run that ends the thread, and its length in comments (≥ 4 to count). A
 * forum's opener (`ThreadComment.post`) is no turn of it: the exchange is the replies (session 26: a post and three
 * replies read as "the last 4 comments, back and forth", naming the poster as one of the two).
 */
function backAndForth(thread: Thread): { a: string; b: string; n: number } | undefined {
	const authors = thread.comments.filter((c) => !c.post).map((c) => c.author);
	const last = authors.length - 1;
	const a = authors[last - 1];
	const b = authors[last];
	if (a === undefined || b === undefined || a === b) return undefined;
	let n = 2;
	while (n <= last && authors[last - n] === (n % 2 === 0 ? b : a)) n++;
	if (n < 4) return undefined;
	// Named in the order they started it.
	return authors[last - n + 1] === a ? { a, b, n } : { a: b, b: a, n };
}

/** How the role of someone outside the project reads in a sentence. */
function outsider(role: string): string {
	if (/^none$/i.test(role)) return 'outside the project';
	if (/^contributor$/i.test(role)) return 'a contributor from outside the team';
	return `a ${role.toLowerCase()}`;
}

/** "who is outside the project", "a first-time contributor": said after the person's name. */
const asOutsider = (role: string) => (/^none$/i.test(role) ? `who is ${outsider(role)}` : outsider(role));

/** A person as read (`author`, trimmed) and as the site writes them (`name`). */
interface Mention {
	author: string;
	name: string;
}

interface People {
	/** `author` as read, `name` as the site writes it. */
	newcomer?: Mention & { role: string; answered: boolean };
	maintainers: Mention[];
	pair?: { a: Mention; b: Mention; n: number };
	voices: number;
	/** Whoever opened the thread (as the site writes them) and how many comments they added since. */
	opener?: { author: string; name: string; returns: number };
}

/** "once", "twice", "3 times". */
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

function peopleOf(thread: Thread, markers: DerailMarkers, handle: Handle): People {
	// People only: a bot (dependabot[bot], AutoModerator) is nobody's newcomer or maintainer, and no voice.
	const comments = thread.comments.filter((c) => !isBotRole(c.role));
	// The outsider named is one whose comment drives the risk. First one heated enough to make explain's
	// maintainer-newcomer dynamic (heat ≥ 0.5): the people whose exchange drives the risk (the GitHub issue snapshot
	// named @pat-reporter, answered seven weeks before, under @lee-new's heated "You keep ignoring this"). Among
	// them, one a maintainer has answered (a bystander's jab can drive the risk while the maintainers answer the
	// reporter: the GitHub demo said "is answering @pat-other"); else any driving outsider, the same way; else the
	// latest outsider in the thread.
	const answered = (author: string) => {
		const first = comments.findIndex((c) => c.author === author);
		return first >= 0 && comments.slice(first + 1).some((c) => MAINTAINER_ROLES.test(c.role ?? ''));
	};
	const outsiders = markers.comments.filter((m) => NEWCOMER_ROLES.test(m.role ?? ''));
	const heated = outsiders.filter((m) => heatOf(m.tones) >= 0.5);
	const driving =
		heated.find((m) => answered(m.author)) ??
		heated[0] ??
		outsiders.find((m) => answered(m.author)) ??
		outsiders[0];
	const latest = [...comments].reverse().find((c) => NEWCOMER_ROLES.test(c.role ?? ''));
	const who = driving ?? latest;
	const openedBy = comments[0]?.author.trim();
	const returns = openedBy ? comments.slice(1).filter((c) => c.author.trim() === openedBy).length : 0;
	const mention = (author: string): Mention => ({
		author: author.trim(),
		name: nameOf(author, undefined, true, handle),
	});
	const maintainers = [
		...new Set(comments.filter((c) => MAINTAINER_ROLES.test(c.role ?? '')).map((c) => c.author.trim())),
	].map(mention);
	const found = backAndForth({ ...thread, comments });
	const pair = found && { n: found.n, a: mention(found.a), b: mention(found.b) };
	return {
		...(who?.role
			? {
					newcomer: {
						author: who.author.trim(),
						name: nameOf(who.author, undefined, false, handle),
						role: who.role,
						answered: answered(who.author),
					},
				}
			: {}),
		maintainers,
		...(pair ? { pair } : {}),
		voices: new Set(comments.map((c) => c.author)).size,
		...(openedBy && returns > 0 ? { opener: { author: openedBy, name: handle(openedBy), returns } } : {}),
	};
}

const list = (names: readonly string[]) =>
	names.length <= 1
		? (names[0] ?? '')
		: `${names.slice(0, -1).slice(0, 2).join(', ')}${names.length > 3 ? ' and others' : ` and ${names.at(-1)}`}`;

/**
 * Writes people into one reason line so that each is named once: a name the first time; after that "they" /
 * "them" when the person is whom the part before was about (the card's line "@lee-new (First-time contributor)
 * sounds impatient: "…"; they are waiting for an answer from @sam-maint" named @lee-new twice before session 19).
 * A fresh teller names everyone: the standalone sentences of `ThreadAdvice.dynamics` (and `tactful derail`).
 */
class Teller {
	private readonly named = new Set<string>();
	/** Whom the last part was about (its subject), when that was one person. */
	subject?: string;

	constructor(lead?: string) {
		if (lead) {
			this.named.add(lead);
			this.subject = lead;
		}
	}

	/** Whether `p` would be said as a pronoun here. */
	pronoun(p: Mention): boolean {
		return this.named.has(p.author) && p.author === this.subject;
	}

	/**
	 * `p`'s name, or "they"/"them" as `pronoun` says. Named before but not the last part's subject: the name again,
	 * as a pronoun there could mean someone else (not reached by explain's dynamics: tested in advice.test.ts).
	 */
	who(p: Mention, as: 'they' | 'them'): string {
		if (this.pronoun(p)) return as;
		this.named.add(p.author);
		return p.name;
	}

	/** A list of people as `list` says it, a pronoun first ("they and @ben"). */
	all(ps: readonly Mention[], as: 'they' | 'them'): { text: string; plural: boolean } {
		const first = ps.filter((p) => this.pronoun(p));
		const said = [
			...first.map(() => as),
			...ps.filter((p) => !first.includes(p)).map((p) => this.who(p, as)),
		];
		return { text: list(said), plural: said.length > 1 || first.length > 0 };
	}

	named2(a: Mention, b: Mention): boolean {
		return this.named.has(a.author) && this.named.has(b.author);
	}
}

/** One dynamic in words, said by a teller (which knows who the line has named already). */
type Part = (t: Teller) => string;

function dynamicsParts(markers: DerailMarkers, people: People): Part[] {
	const out: Part[] = [];
	const answering =
		markers.dynamics.includes('maintainer-newcomer') && people.newcomer && people.maintainers.length;
	// The outsider the maintainers answer is the opener pushing: one line, the name said once.
	const pushing = markers.dynamics.includes('issue-author-pushing') ? people.opener : undefined;
	const same = answering && pushing && pushing.author === people.newcomer?.author;
	for (const d of markers.dynamics) {
		if (d === 'back-and-forth' && people.pair) {
			const pair = people.pair;
			out.push((t) => {
				// Whoever the line was about comes first ("they have gone back and forth with @ben").
				const [a, b] = t.pronoun(pair.b) ? [pair.b, pair.a] : [pair.a, pair.b];
				if (t.named2(a, b)) {
					t.subject = undefined;
					return `the two have written the last ${pair.n} comments, back and forth`;
				}
				// Still about the person the line is about: a later "they" means them.
				if (t.pronoun(a))
					return `they have gone back and forth with ${t.who(b, 'them')} over the last ${pair.n} comments`;
				const said = `${t.who(a, 'they')} and ${t.who(b, 'them')} have written the last ${pair.n} comments, back and forth`;
				t.subject = undefined;
				return said;
			});
		} else if (d === 'maintainer-newcomer' && answering && people.newcomer) {
			const newcomer = people.newcomer;
			const { role } = newcomer;
			const none = /^none$/i.test(role);
			const maintainers = people.maintainers;
			out.push((t) => {
				const single = maintainers.length === 1 ? maintainers[0]?.author : undefined;
				// "is answering" only when a maintainer has written since the outsider's first comment; else the outsider
				// is the one waiting (the maintainer's only word may be weeks old, or come before they joined).
				if (t.pronoun(newcomer)) {
					// The line is about the newcomer already: "they", their role said once (the line's first part shows
					// it in brackets unless it is None, "outside the project").
					const came =
						same && pushing
							? `opened this${none ? ' from outside the project' : ''} and have come back ${times(pushing.returns)}`
							: '';
					if (newcomer.answered) {
						const ms = t.all(maintainers, 'they');
						const said = `${came ? `they ${came}` : none ? 'they are outside the project' : ''}`;
						const answer = `${ms.text} ${ms.plural ? 'are' : 'is'} answering them`;
						t.subject = single;
						return said ? `${said}, and ${answer}` : answer;
					}
					const from = t.all(maintainers, 'them').text;
					return came
						? `they ${came}, waiting for an answer from ${from}`
						: `they are ${none ? 'outside the project and ' : ''}waiting for an answer from ${from}`;
				}
				const who = same
					? `who opened this ${none ? 'from outside the project' : `as ${outsider(role)}`} and has come back ${times(pushing?.returns ?? 0)}`
					: asOutsider(role);
				if (newcomer.answered) {
					const ms = t.all(maintainers, 'they');
					const said = `${ms.text} ${ms.plural ? 'are' : 'is'} answering ${t.who(newcomer, 'them')}, ${who}`;
					t.subject = single;
					return said;
				}
				const name = t.who(newcomer, 'they');
				const said = `${name}, ${who}, is waiting for an answer from ${t.all(maintainers, 'them').text}`;
				t.subject = newcomer.author;
				return said;
			});
		} else if (d === 'many-voices')
			out.push((t) => {
				t.subject = undefined;
				return `${people.voices} people have joined in`;
			});
		else if (d === 'issue-author-pushing' && pushing && !same)
			out.push((t) => {
				const p = { author: pushing.author, name: pushing.name };
				const said = t.pronoun(p)
					? `they opened this and have come back ${times(pushing.returns)}`
					: `${t.who(p, 'they')} opened this and has come back ${times(pushing.returns)}`;
				t.subject = pushing.author;
				return said;
			});
	}
	return out;
}

/** Each dynamic said on its own, everyone named (`ThreadAdvice.dynamics`). */
const standalone = (parts: readonly Part[]) => parts.map((part) => part(new Teller()));

/** The dynamics' parts of each advice, for `reasonDynamics` (beside the advice: its JSON stays as it was). */
const partsOf = new WeakMap<ThreadAdvice, readonly Part[]>();

/**
 * The dynamics as the card's reason line says them after the strongest comment's line about `lead` (an author as
 * read): each person named once in the line, "they"/"them" for whom the part before was about. Without `lead`
 * (or for advice not made here), the standalone sentences.
 */
export function reasonDynamics(advice: ThreadAdvice, lead?: string): string[] {
	const parts = partsOf.get(advice);
	if (!parts) return advice.dynamics;
	const teller = new Teller(lead?.trim() || undefined);
	return parts.map((part) => part(teller)).filter(Boolean);
}

/**
 * The reason line's person (the strongest comment's author) as the suggestions address them: their comment's
 * advice and how the line shows them ("has waited" / "sounds impatient": impatient; "sounds frustrated":
 * frustrated; a line without a verdict: as the model's cues say). Undefined when the line names nobody, the viewer,
 * someone it shows as neither, or a bystander's frustrated jab: one comment, not the opener, not the outsider or
 * the pair the dynamics name, while the opener is among the heated voices.
 */
function leadOf(
	thread: Thread,
	markers: DerailMarkers,
	comments: readonly CommentAdvice[],
	people: People,
): { advice: CommentAdvice; mood: 'impatient' | 'frustrated' } | undefined {
	const top = markers.comments[0];
	const author = top?.author.trim();
	if (!top || !author || author === thread.viewer) return undefined;
	const advice = comments.find((c) => c.index === top.index);
	if (!advice) return undefined;
	const opener = thread.comments[0]?.author.trim();
	const openerHeated = markers.comments.some((m) => m.index > 0 && m.author.trim() === opener);
	const party =
		author === opener ||
		author === people.newcomer?.author ||
		author === people.pair?.a.author ||
		author === people.pair?.b.author ||
		thread.comments.filter((c) => c.author.trim() === author).length > 1;
	// The verdict the card's line gives (commentAdvice: "has waited", "sounds frustrated", "sounds impatient"); a
	// line without one ("wrote "…"") goes by the model's cues; "turned to the person" shows no one upset.
	const { line } = advice;
	const plain = advice.waited === undefined && line.endsWith(` wrote "${advice.quote}"`);
	const mood =
		advice.waited !== undefined || / sounds impatient: "/.test(line)
			? 'impatient'
			: / sounds frustrated: "/.test(line)
				? 'frustrated'
				: plain && top.cues.includes('impatience')
					? 'impatient'
					: plain && top.cues.includes('bitter-frustration')
						? 'frustrated'
						: undefined;
	// A bystander's frustrated jab while the opener is heated: not the need to answer. An impatient one waits on
	// something (on Stack Exchange, the answer's author the comment box replies to): the line's person stays.
	if (!party && openerHeated && mood === 'frustrated') return undefined;
	return mood ? { advice, mood } : undefined;
}

/**
 * A thread on a forum (Hacker News, Stack Exchange, Lemmy, Reddit, Discourse) rather than an issue tracker (GitHub;
 * the CLI names no site): nobody there triages, so "who looks at it, and when", "a separate issue" and "this
 * change" do not fit (qa22: the Hacker News and Stack Exchange cards told the user to say who looks at it).
 */
const onForum = (thread: Thread) => thread.site !== undefined && thread.site !== 'github';
/** A smaller place to take it, in the words of the thread's site. */
const smallerChannel = (thread: Thread) =>
	onForum(thread) ? '(a direct message or a new thread)' : '(a direct message, a separate issue, or a call)';
/** The general suggestions reworded for a forum, where they name tracker things. */
const FORUM_SUGGEST: Partial<Record<keyof typeof SUGGEST, string>> = {
	person: 'Talk about the idea, not the person: "this misses X" rather than "you missed X".',
	channel: 'Take it to a smaller channel (a direct message or a new thread) rather than another round here.',
};

/**
 * Words that put a person or their work down ("garbage", "no clue"), beside insult-target.ts's words that call
 * someone stupid. A clause holding one is never quoted as a claim to "make concrete" (session 27: the card said
 * 'Make "…is the dumbest thing I have read all week" concrete', which reads as endorsing the put-down; the draft's
 * own warning and underlines already point at it).
 */
const PUT_DOWN = new Set(
	(
		'garbage trash crap crappy shit shitty pathetic useless worthless joke laughable embarrassing amateur ' +
		'amateurish braindead ridiculous absurd nonsense terrible horrible awful worst wtf lazy arrogant rude ' +
		'clueless incompetent idiot idiots stupid dumb dumbest'
	).split(' '),
);
const putsDown = (text: string) => {
	const ws = words(text).map(norm);
	return ws.some((w) => PUT_DOWN.has(w)) || insultAmong(ws) || /\bno (?:clue|idea what)\b/i.test(text);
};

/** Questions that are jabs, not questions ("Are you serious?", "Did you even read it?"). */
const RHETORICAL =
	/^(?:are you (?:serious|kidding|joking)|seriously|really|what the\b|wtf|how (?:hard|difficult) (?:is|can|could)|did you (?:even|not|actually)|do you (?:even|not)|have you (?:even|not)|can(?:'t|not)? you (?:not|even|read)|why (?:would|do|did|can't|won't) you|is this a joke|who (?:wrote|thought|approved))/i;

/** The user commits to a next step or a time ("I will push a fix today", "I'll look", "PR incoming", "by Friday"). */
/** A time said with a step in it ("the fix lands tomorrow", "expect a patch by Friday"), not "Today I found…". */
const STEP =
	/\b(?:fix|fixed|patch|pr|release|released|merge|merged|land|lands|ship|ships|look|review|update|post)\b/i;
const WILL =
	/\b(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to| plan to| intend to| am about to|'m about to)\s+(?!not\b|never\b)[a-z]+|\b(?:and|then|so) (?:will|'ll) (?!not\b|never\b)[a-z]+/i;
const WHEN =
	/\b(?:today|tonight|tomorrow|this (?:week|weekend|morning|afternoon|evening|sprint)|next (?:week|month|sprint|release|version|patch|minor|major|update)|by (?:mon|tues|wednes|thurs|fri|satur|sun)day|by (?:the )?end of|by eod|within (?:a|an|one|two|\d+) (?:hours?|days?|weeks?)|in the next (?:release|version|few days|day|week|patch))\b/i;
const DONE =
	/\b(?:i|we)(?:'ve| have| just)? (?:just )?(?:opened|filed|pushed|posted|submitted|sent|merged|tagged|released|landed|raised|created|started)\b[^.!?]*(?:#\d+|\b(?:pr|pull request|fix|patch|issue|branch|release|commit)\b)|\b(?:pr|fix|patch|release)(?: is)? (?:incoming|on (?:the|its) way|coming|up)\b/i;
/** The user acknowledges the other side ("Sorry this took so long", "I understand why", "You're right"). */
const ACKNOWLEDGES =
	/\b(?:sorry|apologi[sz]e|apologies|my bad|you'?re right|you are right|fair point|good point|that'?s fair|understandabl[ey]|thanks? (?:you )?for (?:your )?(?:patience|waiting|bearing with)|i (?:can )?(?:see|understand|hear|get) (?:that|why|how|it|this|the|your)|i know (?:this|it|that|how)|(?:this|that|it) (?:has|must have|must be|has been) (?:been )?(?:frustrating|annoying|a pain|taken|cost|slow|long))/i;
/** The user already names specifics: a version, an issue or PR, code, a commit, an error, a file, steps. */
const SPECIFIC =
	/\bv?\d+\.\d+(?:\.\d+)?\b|#\d+\b|`[^`\n]+`|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b|\b(?:traceback|stack trace|exit code|errno|steps to reproduce|repro(?:duction)? steps)\b|\b[\w-]+\.(?:js|mjs|ts|tsx|jsx|py|rs|go|json|ya?ml|toml|c|h|cpp|java|rb|php|css|html|sh|lock)\b/i;
/**
 * A question that asks for the specifics ("Can you send the exact version and the error you get?"): the draft moves to
 * specifics already, so "Move to specifics: the exact version, error, …" would only repeat it (qa27, session 27).
 */
const ASKS_SPECIFICS =
	/\b(?:versions?|errors?|error messages?|logs?|stack ?traces?|tracebacks?|steps to reproduce|repro(?:duction)?(?: steps)?|config(?:uration)?|output|screenshots?|commits?|(?:which|what) (?:file|line|browser|os|platform|release|build))\b/i;
/** An error's name as code writes it ("TypeError", "NullPointerException"): case matters ("an error message" is none). */
const ERROR_NAME = /\b[A-Z]\w*(?:Error|Exception)\b/;
/** The user already takes it elsewhere ("DM me", "let's take this to a separate issue", "a quick call"). */
const ELSEWHERE =
	/\b(?:direct message|private message|dm me|pm me|email me|e-?mail\b|(?:a|quick|short|video) call\b|(?:separate|new|another|dedicated) (?:issue|thread|discussion|topic)|discord|slack|zulip|gitter|matrix room)\b/i;

/** What the draft already does (session 27): the advice it already follows is left out. */
export interface DraftDoes {
	/** Says what happens next or when ("I will push a fix today", "I've opened #123", "PR incoming"). */
	commits: boolean;
	/** Asks a real question (not a jab such as "Are you serious?", nor one in a sentence that puts someone down). */
	asks: boolean;
	/** Acknowledges the other side ("Sorry this took so long", "I understand why this is frustrating"). */
	acknowledges: boolean;
	/** Names specifics (a version, an issue or PR number, code, a commit, an error, a file name, steps) or asks for them. */
	specific: boolean;
	/** Proposes a smaller channel (a direct message, a call, a separate issue or thread). */
	elsewhere: boolean;
}

/** Reads `draft` for the advice it already follows; sentence by sentence, a put-down sentence counts for nothing. */
export function draftDoes(draft: string | undefined): DraftDoes {
	const does: DraftDoes = {
		commits: false,
		asks: false,
		acknowledges: false,
		specific: false,
		elsewhere: false,
	};
	if (!draft?.trim()) return does;
	// Code and versions live in spans sentences() blanks: read specifics on the text as written.
	does.specific = SPECIFIC.test(draft) || ERROR_NAME.test(draft);
	for (const raw of draft.split(/(?<=[.!?])\s+|\n+/)) {
		const s = raw.replace(/[’‘]/g, "'").trim();
		if (!s || putsDown(s)) continue;
		if (WILL.test(s) || DONE.test(s) || (WHEN.test(s) && STEP.test(s))) does.commits = true;
		if (/\?\s*$/.test(s) && !RHETORICAL.test(s)) {
			does.asks = true;
			if (ASKS_SPECIFICS.test(s)) does.specific = true;
		}
		if (ACKNOWLEDGES.test(s)) does.acknowledges = true;
		if (ELSEWHERE.test(s)) does.elsewhere = true;
	}
	return does;
}

/** "all" in "all week", "all day": a length of time, not a sweeping claim. */
const ALL_TIME = /^(?:day|days|week|weeks|night|morning|afternoon|evening|month|year|along)$/;
/** Fewer words than this say too little to "make concrete" ("It does not"). */
const CLAIM_MIN_WORDS = 4;

/**
 * A vague complaint in the draft that can be made concrete: the clause (or, when the clause is a fragment, its
 * sentence) holding a negation or a sweeping word ("it never worked on Windows anyway"), at least CLAIM_MIN_WORDS
 * words, not about the person (the person advice quotes those), not in a sentence that puts someone down, not
 * `skip`. Undefined when there is none: the general "Move to specifics" stands (session 27).
 */
export function vagueClaim(draft: string | undefined, skip?: RegExp): string | undefined {
	if (!draft) return undefined;
	const claimAt = (ws: readonly string[]) =>
		ws.findIndex((w, i) => {
			const n = norm(w);
			if (n === 'all' && ALL_TIME.test(norm(ws[i + 1] ?? ''))) return false;
			return CUE_TEST.claim(n);
		});
	const aboutPerson = (ws: readonly string[]) => ws.some((w) => SECOND_PERSON.has(norm(w)));
	for (const sentence of sentences(draft)) {
		if (putsDown(sentence)) continue;
		for (const clause of sentence.split(/\s*[,;:]\s+|\s+[-–—]\s+/)) {
			const ws = words(clause);
			const at = claimAt(ws);
			if (at < 0 || aboutPerson(ws) || skip?.test(clause)) continue;
			if (ws.length >= CLAIM_MIN_WORDS) return cut(clause, ws, at);
			// "No, it breaks every build": the fragment's sentence, when that says enough and not about the person.
			const sws = words(sentence);
			if (clause !== sentence && sws.length >= CLAIM_MIN_WORDS && !aboutPerson(sws) && !skip?.test(sentence))
				return cut(sentence, sws, Math.max(0, claimAt(sws)));
		}
	}
	return undefined;
}

/** The first clause of the draft that fits `cue`, as the user wrote it. */
const draftQuote = (draft: string | undefined, cue: Cue) => (draft ? quoteOf(draft, cue) : undefined);

/**
 * The draft's words about the person: the put-down aimed at the reader when there is one ("you clearly have no
 * clue"), else the first clause that addresses them (session 27: the card quoted "Are you serious?" and left the
 * put-down after it unnamed).
 */
function personalWords(draft: string | undefined): string | undefined {
	if (!draft) return undefined;
	for (const s of sentences(draft)) {
		const q = putsDown(s) ? quoteOf(s, 'person') : undefined;
		if (q && putsDown(q)) return q;
	}
	return draftQuote(draft, 'person');
}

function specific(
	key: keyof typeof SUGGEST,
	thread: Thread,
	markers: DerailMarkers,
	comments: readonly CommentAdvice[],
	people: People,
	draft: string | undefined,
	handle: Handle,
	does: DraftDoes,
): string | null | undefined {
	// The strongest comment's words are already quoted by the reason line (the card shows it above): not twice.
	const shown = (c: CommentAdvice) => c.index === markers.comments[0]?.index;
	// Never the viewer: the suggestions speak to them about the others.
	const viewer = thread.viewer?.trim();
	const by = (cue: string) => {
		const m = markers.comments.find((c) => c.cues.includes(cue) && c.author.trim() !== viewer);
		return m && comments.find((c) => c.index === m.index);
	};
	// The person the reason line is about (the strongest comment's author), when the line shows them upset: the
	// suggestions that acknowledge or ask someone name them (session 20: the GitHub issue card's line was about
	// @lee-new's "You keep ignoring this" while "Acknowledge…" named @pat-reporter, whose wait only the "Also:" list
	// points at). Not the viewer, nor a bystander whose one jab leads while the opener is heated (the reporter's
	// cost and need come first there: session 17's GitHub demo).
	const lead = leadOf(thread, markers, comments, people);
	const leadImpatient = lead?.mood === 'impatient' ? lead.advice : undefined;
	const leadFrustrated = lead?.mood === 'frustrated' ? lead.advice : undefined;
	/** "Acknowledge what this has cost X ("…") before you answer.", their words quoted unless the line shows them. */
	const cost = (c: CommentAdvice) => {
		const quote = frustrationIn(thread.comments[c.index]?.text ?? '') ?? c.quote;
		const name = nameOf(c.author, undefined, true, handle);
		return shown(c) && quote === c.quote
			? `Acknowledge what this has cost ${name} before you answer.`
			: `Acknowledge what this has cost ${name} ("${quote}") before you answer.`;
	};
	switch (key) {
		case 'person': {
			const q = personalWords(draft);
			if (!q) return undefined;
			return onForum(thread)
				? `Your words "${q}" are about the person: say what is wrong with the idea instead ("this misses X", not "you missed X").`
				: `Your words "${q}" are about the person: say what the change does instead ("this change breaks X", not "you broke X").`;
		}
		case 'waited': {
			// The reason's person frustrated rather than impatient: their cost, not another person's wait.
			if (leadFrustrated) return does.acknowledges ? null : cost(leadFrustrated);
			const c = leadImpatient ?? by('impatience');
			if (!c) return undefined;
			const name = nameOf(c.author, undefined, true, handle);
			const wait = c.waited
				? `that ${name} has waited ${c.waited}`
				: shown(c)
					? `${name}'s wait`
					: `${name}'s wait ("${c.quote}")`;
			// The newcomer advice (also given) says what happens next to the same person: not twice.
			const toSameNewcomer = markers.suggestions.includes(SUGGEST.newcomer) && people.newcomer?.name === name;
			// Only the half the draft does not do yet (session 27: "I will push a fix today" was still told to say
			// what happens next).
			const next = !(toSameNewcomer || onForum(thread) || does.commits);
			if (does.acknowledges)
				return next ? `Tell ${name} what happens next: who looks at it, and when.` : null;
			return next
				? `Acknowledge ${wait}, then say what happens next: who looks at it, and when.`
				: `Acknowledge ${wait} before you answer.`;
		}
		case 'frustrated': {
			if (does.acknowledges) return null;
			const frustrated = comments.filter(
				(x) =>
					x.author.trim() !== viewer &&
					markers.comments.some((m) => m.index === x.index && m.cues.includes('bitter-frustration')),
			);
			// What the wait or the bug has cost is the cost to whoever opened the thread, when they are among the
			// frustrated (a bystander's "Fix your stupid project!!!" is a jab, not a cost: the GitHub demo said
			// "Acknowledge what this has cost pat-other"); else a comment with a word of frustration in it (not only
			// the tone head's reading); else the strongest.
			const opener = thread.comments[0]?.author.trim();
			const saysIt = (x: CommentAdvice) => frustrationIn(thread.comments[x.index]?.text ?? '') !== undefined;
			// The reason line's person first, when they are frustrated.
			const c =
				leadFrustrated ??
				frustrated.find((x) => x.index > 0 && opener && x.author.trim() === opener && saysIt(x)) ??
				frustrated.find((x) => words(x.quote).some((w) => FRUSTRATION.has(norm(w)))) ??
				by('bitter-frustration');
			// Their own words of frustration, when the reason line above does not show them already.
			return c ? cost(c) : undefined;
		}
		case 'channel':
			if (does.elsewhere) return null;
			if (people.pair && markers.dynamics.includes('back-and-forth'))
				return `${people.pair.a.name} and ${people.pair.b.name} have gone back and forth ${people.pair.n} times: take it to a smaller channel ${smallerChannel(thread)} rather than another round here.`;
			if (markers.dynamics.includes('many-voices'))
				return `With ${people.voices} people in the thread, take the disagreement to a smaller channel ${smallerChannel(thread)}.`;
			return undefined;
		case 'newcomer':
			if (does.commits) return null;
			return people.newcomer
				? `Tell ${people.newcomer.name} what happens next (who looks at it, and when): someone ${people.newcomer.role === 'None' ? 'outside the project' : `who is ${outsider(people.newcomer.role)}`} reads silence or a bare "no" as dismissal.`
				: undefined;
		case 'ask': {
			if (does.asks) return null;
			// The person whose need is at stake: the outsider when maintainers are answering one, else whoever opened
			// the thread when they are among its heated voices (a bystander's jab is not a need), else the author of
			// the comment driving the risk.
			const top = markers.comments[0];
			const opener = thread.comments[0]?.author.trim();
			const openerHeated = opener && markers.comments.some((m) => m.author.trim() === opener && m.index > 0);
			// The reason line's person first (a person, not the viewer): the card asks the one it just named.
			const name = lead
				? lead.advice.author.trim()
				: markers.dynamics.includes('maintainer-newcomer')
					? (people.newcomer?.author ?? top?.author.trim())
					: openerHeated
						? opener
						: top?.author.trim();
			return name && name !== thread.viewer
				? `Ask ${handle(name)} a question about what they need instead of arguing the point.`
				: undefined;
		}
		case 'pushing':
			// Asked already, or already offers what would settle it (a fix, a date: "I will push a fix today").
			if (does.asks || does.commits) return null;
			// explain() leaves it out when the user writing opened the thread.
			// The reason line says who opened it and how often they came back (dynamicsAdvice): not twice.
			return people.opener
				? `Ask ${people.opener.name} what would settle it for them (a fix, a workaround, or a date) rather than another round on the details.`
				: undefined;
		case 'specifics': {
			if (does.specific) return null;
			// Another clause than the one the person advice quotes; only a vague complaint that can be made
			// concrete, never a put-down or a fragment (vagueClaim): else the general wording, without a quote.
			const personal = personalWords(draft);
			const skip = personal ? new RegExp(personal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : undefined;
			const q = vagueClaim(draft, skip);
			return q ? `Make "${q}" concrete: the exact version, error, or change you mean.` : undefined;
		}
		default:
			return undefined;
	}
}

/** The general suggestions a draft already follows, by what it does (session 27). */
const FOLLOWED: Partial<Record<keyof typeof SUGGEST, (does: DraftDoes) => boolean>> = {
	waited: (d) => d.acknowledges,
	frustrated: (d) => d.acknowledges,
	channel: (d) => d.elsewhere,
	newcomer: (d) => d.commits,
	ask: (d) => d.asks,
	pushing: (d) => d.asks || d.commits,
	specifics: (d) => d.specific,
};

const KEY_OF = new Map(Object.entries(SUGGEST).map(([k, v]) => [v as string, k as keyof typeof SUGGEST]));

/**
 * The advice for one result: undefined when there is nothing to advise (the thread and draft are calm, so
 * `markers.suggestions` is empty). `thread` and `draft` are what the markers were computed on.
 */
export function adviseThread(
	thread: Thread,
	markers: DerailMarkers,
	draft?: string,
	{ handle = asRead, hottest }: AdviceOptions = {},
): ThreadAdvice | undefined {
	if (markers.suggestions.length === 0) return undefined;
	const comments = markers.comments
		.map((m) => commentAdvice(thread, m, handle, hottest))
		.filter((c): c is CommentAdvice => c !== undefined);
	const people = peopleOf(thread, markers, handle);
	// The user writing is the thread's newcomer: "say what happens next" to them is advice to answer themselves
	// (session 21: "Tell @you what happens next…"), and its general wording is about them too. Left out.
	const viewerIsNewcomer = Boolean(thread.viewer && people.newcomer?.author === thread.viewer.trim());
	const does = draftDoes(draft);
	const suggestions = markers.suggestions
		.filter((s) => !(viewerIsNewcomer && s === SUGGEST.newcomer))
		.flatMap((s) => {
			const key = KEY_OF.get(s);
			if (!key) return [s];
			const said = specific(key, thread, markers, comments, people, draft, handle, does);
			// null: the draft already does what it says. A general line the draft already follows goes too.
			if (said === null || (!said && FOLLOWED[key]?.(does))) return [];
			return [said || (onForum(thread) && FORUM_SUGGEST[key]) || s];
		});
	const parts = dynamicsParts(markers, people);
	const advice = { comments, dynamics: standalone(parts), suggestions };
	partsOf.set(advice, parts);
	return advice;
}

/**
 * One line for a rewrite prompt (models/rewrite/prompts.ts): the driving comments of up to two people and the
 * dynamics, joined with "; ", whole parts only, at most `max` characters, each person named once (session 20: the
 * summary said "@lee-new (First-time contributor) sounds impatient: "…"; @sam-maint (Member) wrote "…"; @lee-new,
 * a first-time contributor, is waiting for an answer from @sam-maint"). The strongest comment's line comes first and
 * the dynamics follow it as the card's reason line says them (`reasonDynamics`: "they are waiting for an answer from
 * @sam-maint"); the second person's words join the part that names them ("… from @sam-maint (Member), who wrote
 * "…""), or stand on their own when no part does. A comment whose quote was not rated (`unrated`: the content
 * script rates only the strongest driving comment's sentences) is said without a verdict on how it sounds.
 */
export function adviceSummary(advice: ThreadAdvice, max = 600): string {
	const authors = new Set<string>();
	const lines = advice.comments.filter((c) => {
		if (authors.has(c.author) || authors.size >= 2) return false;
		authors.add(c.author);
		return true;
	});
	const said = (c: CommentAdvice) => unrated.get(c) ?? c.line;
	const [first, ...rest] = lines;
	const parts = first ? [said(first), ...reasonDynamics(advice, first.author)] : [...advice.dynamics];
	for (const c of rest) {
		const names = whoOf.get(c);
		const line = said(c);
		if (!names || !line.startsWith(names.who) || !joinWords(parts, names, line.slice(names.who.length)))
			parts.push(line);
	}
	let out = '';
	for (const part of parts) {
		const next = out ? `${out}; ${part}` : part;
		if (next.length > max) break;
		out = next;
	}
	return out;
}

/**
 * Puts a person's words (`words`: their line after the name, " wrote "…"") into the first part of `parts` that
 * names them, as a relative clause: "… from @sam (Member), who wrote "…""; false (nothing changed) when none does.
 */
function joinWords(parts: string[], { name, who }: { name: string; who: string }, words: string): boolean {
	const at = new RegExp(`(^|[\\s(])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s,;:.)])`);
	for (const [i, part] of parts.entries()) {
		const found = at.exec(part);
		if (!found) continue;
		const start = found.index + (found[1]?.length ?? 0);
		const before = part.slice(0, start);
		const after = part.slice(start + name.length);
		parts[i] =
			after === ''
				? `${before}${who}, who${words}`
				: after.startsWith(' ')
					? `${before}${who}, who${words},${after}`
					: // Already followed by a clause about them (", who is outside the project"): their words in brackets.
						`${before}${name} (who${words})${after}`;
		return true;
	}
	return false;
}
