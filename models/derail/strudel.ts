/**
 * Extra GitHub threads from STRUDEL's labelled issue comments (`strudel-gh-toxicity/comments.jsonl`, Node only):
 * training rows for the thread model, never evaluated. STRUDEL has no issue body and no authors, only the sampled
 * comments of each issue with a toxic flag, so a thread is that issue's comments by comment id (authors '').
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataRoot, type LabelledThread } from './data.ts';

const readJsonl = (path: string): Record<string, unknown>[] =>
	readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l));

/** Lower-cased words only: the same comment exported twice compares equal. */
export const normaliseForOverlap = (text: string): string =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** Shorter normalised texts ("thanks", "+1") occur in unrelated threads, so they are no evidence of overlap. */
const MIN_OVERLAP_CHARS = 20;

/** Which STRUDEL threads to build: derailed (cut before the first toxic comment) and/or calm ones. */
export interface StrudelOptions {
	derailed?: boolean;
	calm?: boolean;
	/** Comments a derailed thread needs before its cut (gh-incivility's extra threads use 2). */
	minBeforeCut?: number;
	/** Comments a calm thread needs (every calm gh-derailment thread has >= 4). */
	minCalm?: number;
}

/**
 * STRUDEL issues as threads. Derailed: an issue with a toxic comment, cut before the first one, kept with at
 * least `minBeforeCut` comments before it. Calm: an issue without a toxic comment and at least `minCalm`
 * comments. An issue any of whose comments also occurs in gh-derailment or gh-incivility (same normalised text of
 * >= 20 characters, or same GitHub comment id) is dropped: those conversations are already evaluation threads, extra threads or tone rows.
 */
export function loadStrudelThreads(
	root = dataRoot(),
	{ derailed = true, calm = false, minBeforeCut = 2, minCalm = 4 }: StrudelOptions = {},
): { threads: LabelledThread[]; overlapping: string[] } {
	// STRUDEL rewrote mentions (`@friend`) and layout, so a comment is also matched by its GitHub comment id.
	const seen = new Set<string>();
	const remember = (text: unknown, commentId: unknown) => {
		const n = normaliseForOverlap(String(text ?? ''));
		if (n.length >= MIN_OVERLAP_CHARS) seen.add(n);
		if (commentId !== null && commentId !== undefined) seen.add(`#${commentId}`);
	};
	for (const row of readJsonl(join(root, 'gh-derailment', 'conversations.jsonl')))
		for (const c of (row.comments as Record<string, unknown>[] | undefined) ?? [])
			remember(c.text, c.comment_id);
	for (const row of readJsonl(join(root, 'gh-incivility', 'comments.jsonl')))
		remember(row.text, row.comment_id);

	const byIssue = new Map<string, { commentId: number; text: string; toxic: boolean }[]>();
	for (const row of readJsonl(join(root, 'strudel-gh-toxicity', 'comments.jsonl'))) {
		// id = project/owner/issue/comment_id
		const parts = String(row.id).split('/');
		const issue = parts.slice(0, -1).join('/');
		const list = byIssue.get(issue) ?? [];
		list.push({ commentId: Number(parts.at(-1)), text: String(row.text ?? ''), toxic: row.toxic === 1 });
		byIssue.set(issue, list);
	}
	const threads: LabelledThread[] = [];
	const overlapping: string[] = [];
	for (const [issue, list] of byIssue) {
		if (list.some((c) => seen.has(normaliseForOverlap(c.text)) || seen.has(`#${c.commentId}`))) {
			overlapping.push(issue);
			continue;
		}
		const ordered = [...list].sort((a, b) => a.commentId - b.commentId);
		const firstToxic = ordered.findIndex((c) => c.toxic);
		const keep = firstToxic >= 0 ? derailed && firstToxic >= minBeforeCut : calm && ordered.length >= minCalm;
		if (!keep) continue;
		const kept = firstToxic >= 0 ? ordered.slice(0, firstToxic) : ordered;
		threads.push({
			id: `strudel:${issue}`,
			comments: kept.map((c) => ({ author: '', text: c.text })),
			tbdf: kept.map(() => null),
			label: firstToxic >= 0 ? 1 : 0,
			finalEval: false,
			subset: 'strudel-extra',
			// The toxic scorer trains on most STRUDEL comments.
			scorerSeen: true,
		});
	}
	return { threads, overlapping };
}
