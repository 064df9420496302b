/**
 * "What Tactful learned" on the history page: the rewrite styles the user's applies and turn-downs favour, in plain
 * words (models/rewrite/learned-summary.ts), and "Reset what Tactful learned", which forgets only that (confirmed);
 * the history, "this is fine" notes and charts stay. The state is read from and reset in the inference host, where
 * it is kept, through the message contract (entrypoints/history-page/main.tsx).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { BanditState } from '../../models/rewrite/bandit.ts';
import { type LearnedSummary, learnedSummary } from '../../models/rewrite/learned-summary.ts';

/** Where the learned preferences are kept. */
export interface LearnedClient {
	get(): Promise<BanditState>;
	reset(): Promise<void>;
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');

export function LearnedPreferences({
	client,
	generation = 0,
}: {
	client: LearnedClient;
	generation?: number;
}) {
	const [summary, setSummary] = useState<LearnedSummary | null>(null);
	const [failed, setFailed] = useState('');
	const [confirming, setConfirming] = useState(false);
	const [message, setMessage] = useState('');
	const askRef = useRef<HTMLButtonElement>(null);
	const cancelRef = useRef<HTMLButtonElement>(null);
	const asked = useRef(false);
	useEffect(() => {
		if (confirming) cancelRef.current?.focus();
		else if (asked.current) askRef.current?.focus();
		asked.current = confirming;
	}, [confirming]);
	const load = useCallback(() => {
		client.get().then(
			(state) => {
				setFailed('');
				setSummary(learnedSummary(state));
			},
			(e: unknown) => setFailed(`Could not read what Tactful learned: ${why(e)}.`),
		);
	}, [client]);
	// biome-ignore lint/correctness/useExhaustiveDependencies: read again after "Delete everything" (generation), which forgets it too
	useEffect(load, [load, generation]);
	const reset = async () => {
		try {
			await client.reset();
			setMessage('Forgotten. Every rewrite style starts out equal again; your history is unchanged.');
			load();
		} catch (e) {
			setMessage(`Could not reset: ${why(e)}. Nothing was changed.`);
		}
		setConfirming(false);
	};
	return (
		<section class="tf-card" aria-labelledby="h-learned" data-testid="learned">
			<h2 id="h-learned">What Tactful learned</h2>
			{failed ? (
				<p class="tf-note" role="alert">
					{failed}
				</p>
			) : !summary ? (
				<p class="tf-note">Reading…</p>
			) : (
				<>
					<p data-testid="learned-words">{summary.words}</p>
					{summary.styles.length > 0 && (
						<ul class="tf-muted" data-testid="learned-styles">
							{summary.styles.map((s) => (
								<li key={s.label}>
									{s.label}: applied {s.applied}, turned down {s.declined}
								</li>
							))}
						</ul>
					)}
				</>
			)}
			<p class="tf-muted">
				It learns from the rewrites you apply, and from those you dismiss, undo or pass over with Another, and
				also weighs how civil each style’s suggestions read. It decides which styles an AI model (the
				browser’s built-in AI, the on-device model or your server) is asked for first; the offline fixer
				writes every style and ranks them by how civil they read and how much of your wording they keep.
			</p>
			<div class="tf-row">
				{confirming ? (
					<span
						class="tf-confirm"
						role="alertdialog"
						aria-label="Confirm reset"
						onKeyDown={(e) => {
							if (e.key === 'Escape') setConfirming(false);
						}}
					>
						Forget the rewrite styles Tactful learned? Your history stays.{' '}
						<button
							type="button"
							class="tf-btn tf-btn-danger-solid"
							onClick={reset}
							data-testid="confirm-reset-learned"
						>
							Reset
						</button>{' '}
						<button type="button" class="tf-btn" ref={cancelRef} onClick={() => setConfirming(false)}>
							Cancel
						</button>
					</span>
				) : (
					<button
						type="button"
						class="tf-btn"
						ref={askRef}
						aria-disabled={summary?.learned ? undefined : 'true'}
						onClick={summary?.learned ? () => setConfirming(true) : undefined}
						data-testid="reset-learned"
					>
						Reset what Tactful learned…
					</button>
				)}
			</div>
			{message ? (
				<p class="tf-note" role="status" data-testid="learned-message">
					{message}
				</p>
			) : null}
		</section>
	);
}
