/**
 * Loads the training/evaluation data sets (Node only; used by scripts/train-derail.ts and scripts/eval-derail.ts).
 * Every conversation is cut the way a page would show it before the harm: gh-derailment's derailed threads stop
 * before their first toxic comment, and nothing but speaker and text is read from them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ThreadComment } from './types.ts';

/** A labelled conversation. */
export interface LabelledThread {
	id: string;
	comments: ThreadComment[];
	label: 0 | 1;
	/** In the paper's 822-conversation final evaluation. */
	finalEval: boolean;
	/** TBDF tag of each comment (null = none / not annotated); only used for the comment-level heads. */
	tbdf: (string | null)[];
	subset: string;
	/**
	 * The scoring engine may have trained on this thread's comments: its issue is in gh-incivility, one of the
	 * toxic scorer's training sets (true for most derailed threads, almost no other).
	 */
	scorerSeen: boolean;
}

/** A comment with incivility (TBDF) labels. */
export interface ToneExample {
	issueId: string;
	isOpener: boolean;
	text: string;
	tbdf: string | null;
}

const readJsonl = (path: string): Record<string, unknown>[] =>
	readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l));

/** Default data root (../shared/data from the repository), overridable with TACTFUL_DATA. */
export const dataRoot = (): string => process.env.TACTFUL_DATA ?? join(process.cwd(), '..', 'shared', 'data');

interface RawComment {
	seq: number;
	speaker: string | null;
	text: string | null;
	tbdf: string | null;
}

/** gh-derailment conversations usable for forecasting (non_derailed_toxic only when the paper evaluated it). */
export function loadDerailment(root = dataRoot()): LabelledThread[] {
	const out: LabelledThread[] = [];
	const hasIncivility = existsSync(join(root, 'gh-incivility', 'comments.jsonl'));
	const incivilityIssues = new Set(hasIncivility ? loadIncivility(root).map((row) => row.issueId) : []);
	for (const row of readJsonl(join(root, 'gh-derailment', 'conversations.jsonl'))) {
		const subset = String(row.subset);
		const finalLabel = row.final_label_derailed as number | null;
		const label =
			finalLabel !== null && finalLabel !== undefined
				? finalLabel
				: subset === 'derailed_toxic'
					? 1
					: subset === 'representative_nontoxic'
						? 0
						: null;
		if (label === null) continue;
		const firstToxic = row.first_toxic_seq as number | null;
		const kept = (row.comments as RawComment[]).filter((c) => firstToxic === null || c.seq < firstToxic);
		out.push({
			id: String(row.issue_id),
			comments: kept.map((c) => ({ author: c.speaker ?? '', text: c.text ?? '' })),
			tbdf: kept.map((c) => c.tbdf),
			label: label === 1 ? 1 : 0,
			finalEval: row.in_final_eval === true,
			subset,
			scorerSeen: incivilityIssues.has(String(row.issue_id)),
		});
	}
	return out;
}

/** gh-incivility comments with their TBDF tag (spellings of name-calling normalised). */
export function loadIncivility(root = dataRoot()): ToneExample[] {
	return readJsonl(join(root, 'gh-incivility', 'comments.jsonl')).map((row) => ({
		issueId: String(row.issue_id),
		isOpener: row.comment_id === row.issue_id,
		text: String(row.text ?? ''),
		tbdf: row.tbdf === null || row.tbdf === undefined ? null : normaliseTbdf(String(row.tbdf)),
	}));
}

/**
 * Extra derailed threads built from gh-incivility's locked issues that are NOT gh-derailment conversations, in
 * gh-derailment's shape: the opener, then the replies by comment id, cut before the SECOND uncivil (TBDF) comment,
 * kept when at least two comments come before the cut. The first uncivil comment stays as the derailment point
 * (every derailed gh-derailment thread has one before its toxic comment; on the 76 derailed threads also in
 * gh-incivility this cut lands exactly on the toxic comment in 33 and never after it). Cutting before the first
 * attack-type TBDF instead (insulting, mocking, vulgarity, ...) kept 27-57 threads and gained nothing
 * (models/derail/README.md, session 5). No speakers in this data: authors stay ''. Training rows only; every
 * number is still measured on gh-derailment threads.
 */
export function loadIncivilityThreads(root = dataRoot()): LabelledThread[] {
	const derailment = new Set(
		readJsonl(join(root, 'gh-derailment', 'conversations.jsonl')).map((row) => String(row.issue_id)),
	);
	const byIssue = new Map<string, Record<string, unknown>[]>();
	for (const row of readJsonl(join(root, 'gh-incivility', 'comments.jsonl'))) {
		const issue = String(row.issue_id);
		if (!derailment.has(issue)) byIssue.set(issue, [...(byIssue.get(issue) ?? []), row]);
	}
	const out: LabelledThread[] = [];
	for (const [issue, rows] of byIssue) {
		const isOpener = (row: Record<string, unknown>) => row.comment_id === row.issue_id;
		const ordered = [
			...rows.filter(isOpener),
			...rows.filter((r) => !isOpener(r)).sort((a, b) => Number(a.comment_id) - Number(b.comment_id)),
		];
		const tags = ordered.map((r) =>
			r.tbdf === null || r.tbdf === undefined ? null : normaliseTbdf(String(r.tbdf)),
		);
		const cut = tags.flatMap((t, i) => (t !== null ? [i] : []))[1] ?? -1;
		if (cut < 2) continue;
		out.push({
			id: issue,
			comments: ordered.slice(0, cut).map((r) => ({ author: '', text: String(r.text ?? '') })),
			tbdf: tags.slice(0, cut),
			label: 1,
			finalEval: false,
			subset: 'incivility-extra',
			scorerSeen: true,
		});
	}
	return out;
}

/** Maps the raw TBDF spellings onto one name each. */
export function normaliseTbdf(tag: string): string {
	const t = tag.trim().toLowerCase();
	if (t.startsWith('identity') || t.includes('name')) return 'Name-calling';
	return tag.trim().replace(/^\w/, (c) => c.toUpperCase());
}

/** CGA-Wiki validation conversations (context + the next reply), for transfer evaluation only. */
export function loadCgaWiki(root = dataRoot()): LabelledThread[] {
	return readJsonl(join(root, 'cga-partial', 'cga_wiki_base_valid.jsonl')).map((row) => {
		const texts = [...(row.context as string[]), String(row.reply_decoded)];
		// No speakers in this release: alternate two placeholder authors, the usual shape of a talk-page dispute.
		const comments = texts.map((text, i) => ({ author: i % 2 === 0 ? 'A' : 'B', text }));
		return {
			id: `${row.convo_id}`,
			comments,
			tbdf: texts.map(() => null),
			label: row.derails === 1 ? 1 : 0,
			finalEval: false,
			subset: 'cga-wiki',
			scorerSeen: false,
		};
	});
}

/** Stable split: about `share` of each label goes to validation, chosen by a seeded hash of the id. */
export function isValidation(id: string, seed: number, share = 0.2): boolean {
	let h = 0x811c9dc5 ^ seed;
	for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
	return ((h >>> 0) % 1000) / 1000 < share;
}

/** The CGA-Wiki half held out for evaluation (the other half trains the thread model's forum rows). */
export const isWikiHeldOut = (id: string, seed: number): boolean => isValidation(id, seed + 1, 0.5);
