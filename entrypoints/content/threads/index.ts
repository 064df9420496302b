/**
 * Thread readers, one file per site: given the page, the comment field being written in and the site adapter's
 * id, return the conversation that reply joins (oldest first). Pure reads of what is on the page; never fetch.
 * Sites without a reader (and any reader failure) give an empty thread, so the derailment check stays quiet.
 */
import type { Thread } from '../../../models/derail/types.ts';
import { readDiscourseThread } from './discourse.ts';
import { readGithubThread } from './github.ts';
import { readHackerNewsThread } from './hackernews.ts';
import { readLemmyThread } from './lemmy.ts';
import { readRedditThread } from './reddit.ts';
import { readStackExchangeThread } from './stackexchange.ts';

/** A site's reader. */
export type ThreadReader = (doc: Document, field: Element) => Thread;

/** Readers by site adapter id (= entrypoints/content/sites/<id>.ts). */
export const THREAD_READERS: Readonly<Record<string, ThreadReader>> = {
	github: readGithubThread,
	discourse: readDiscourseThread,
	reddit: readRedditThread,
	hackernews: readHackerNewsThread,
	lemmy: readLemmyThread,
	stackexchange: readStackExchangeThread,
};

/** Reads the thread the reply in `field` belongs to; an empty thread when the site has no reader or it fails. */
export function readThread(doc: Document, field: Element, site: string): Thread {
	const reader = THREAD_READERS[site];
	if (!reader) return { site, comments: [] };
	try {
		return reader(doc, field);
	} catch (error) {
		// Page markup drifts; a broken reader must not break the draft's own score. Logged once per call site.
		console.warn(`[tactful] thread reader "${site}" failed:`, error);
		return { site, comments: [] };
	}
}
