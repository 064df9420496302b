/**
 * Kept drafts on the history page: what the user was writing when a tab reloaded, crashed or was closed (and the
 * text a rewrite replaced), to copy back. Only exists with the "keep draft text" opt-in; deleting is one click.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { KeptDraft } from '../../utils/background/history-types.ts';
import { useSettings } from '../Settings/useSettings.ts';

/** What the section needs from the history store. */
export interface DraftsClient {
	listDrafts(req: Record<string, never>): Promise<{ drafts: KeptDraft[] }>;
	discardDraft(req: { key: string }): Promise<{ ok: true }>;
}

/** How long ago, in words a person uses. */
export function ago(then: number, now: number): string {
	const minutes = Math.round((now - then) / 60_000);
	if (minutes < 1) return 'just now';
	if (minutes < 60) return `${minutes} min ago`;
	const hours = Math.round(minutes / 60);
	if (hours < 48) return `${hours} h ago`;
	return `${Math.round(hours / 24)} days ago`;
}

/** The field part of a draft key (`host/path#field`), for a short label. */
const fieldOf = (key: string) => key.slice(key.indexOf('#') + 1) || 'field';
/** The path part of a draft key (`host/path#field`). */
const pathOf = (key: string) => {
	const page = key.includes('#') ? key.slice(0, key.indexOf('#')) : key;
	return page.includes('/') ? page.slice(page.indexOf('/')) : '/';
};

export interface SavedDraftsProps {
	client: DraftsClient;
	now?: () => number;
	/** Bumped by the page when it deleted data, so the list re-reads instead of showing deleted text. */
	generation?: number;
}

export function SavedDrafts({ client, now = Date.now, generation = 0 }: SavedDraftsProps) {
	const [drafts, setDrafts] = useState<KeptDraft[] | null>(null);
	const [status, setStatus] = useState('');
	// The empty list explains the opt-in only to someone who has not opted in.
	const keeping = useSettings().settings?.storeDrafts === true;
	// biome-ignore lint/correctness/useExhaustiveDependencies: generation is the page's "data changed, read again"
	const load = useCallback(() => {
		client.listDrafts({}).then(
			(r) => setDrafts(r.drafts),
			(e: unknown) => setStatus(`Could not read kept drafts: ${e instanceof Error ? e.message : String(e)}`),
		);
	}, [client, generation]);
	useEffect(load, [load]);

	const copy = async (d: KeptDraft) => {
		try {
			await navigator.clipboard.writeText(d.text);
			setStatus('Copied. Paste it back where you were writing.');
		} catch {
			setStatus('The browser refused the clipboard: select the text and copy it by hand.');
		}
	};
	const remove = async (d: KeptDraft) => {
		await client.discardDraft({ key: d.key });
		setStatus('Draft deleted.');
		load();
	};

	return (
		<section class="tf-card" aria-labelledby="h-drafts" data-testid="kept-drafts">
			<h2 id="h-drafts">Kept drafts</h2>
			{drafts && drafts.length === 0 && keeping ? (
				<p class="tf-muted">
					None right now. What you are writing is kept here until you post or clear it, and deleted after 7
					days.
				</p>
			) : drafts && drafts.length === 0 ? (
				<p class="tf-muted">
					None. With “Keep draft text on this device” on (Options), Tactful keeps what you are writing until
					you post or clear it, so a reload or a crash does not lose it. Kept drafts are deleted after 7 days.
				</p>
			) : null}
			{drafts?.map((d) => (
				<article key={d.key} class="tf-draft" data-testid="kept-draft">
					<p class="tf-muted">
						<strong>{d.site}</strong> · {pathOf(d.key)} · {fieldOf(d.key)} · {ago(d.updatedAt, now())}
					</p>
					<pre class="tf-draft-text">{d.text}</pre>
					<div class="tf-row">
						{/* One pair of buttons per draft: their names say which draft, or a screen reader lists "Copy, Copy". */}
						<button
							type="button"
							class="tf-btn"
							aria-label={`Copy the draft on ${d.site}${pathOf(d.key)}`}
							onClick={() => copy(d)}
						>
							Copy
						</button>
						<button
							type="button"
							class="tf-btn tf-btn-danger"
							aria-label={`Delete the draft on ${d.site}${pathOf(d.key)}`}
							onClick={() => remove(d)}
						>
							Delete
						</button>
					</div>
				</article>
			))}
			{status ? (
				<p class="tf-note" role="status">
					{status}
				</p>
			) : null}
		</section>
	);
}
