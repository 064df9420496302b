/**
 * Scores a few fixed sentences at the slider's current value so the user sees what it would flag.
 * Degrades to a quiet note when the scorer isn't reachable (host not up yet, or a browser page).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ScoreOptions, ScoreResult, Signal } from '../../models/scoring/types.ts';
import { EXAMPLE_SENTENCES } from './examples.ts';

/** How the popup reaches the scorer (sendMessage('scoreDraft', …) in the extension). */
export type ScoreFn = (text: string, options: ScoreOptions) => Promise<ScoreResult>;

export interface LiveExamplesProps {
	sensitivity: number;
	disabledDimensions: readonly Signal[];
	score: ScoreFn;
	/** Wait this long after the last slider move before scoring. */
	debounceMs?: number;
	timeoutMs?: number;
	/** Retries after a failure (host still starting), `retryMs` apart. */
	retries?: number;
	retryMs?: number;
}

/** `ready` carries the value it was scored for (`key`): while the slider sits elsewhere, it is the old result. */
type State =
	| { kind: 'loading' }
	| { kind: 'unavailable' }
	| { kind: 'ready'; key: string; flags: Map<string, boolean> };

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('timed out')), ms);
		p.then(resolve, reject).finally(() => clearTimeout(timer));
	});
}

export function LiveExamples({
	sensitivity,
	disabledDimensions,
	score,
	debounceMs = 150,
	timeoutMs = 4000,
	retries = 3,
	retryMs = 2000,
}: LiveExamplesProps) {
	const [state, setState] = useState<State>({ kind: 'loading' });
	const dimsKey = [...disabledDimensions].sort().join('|');
	const key = `${sensitivity}/${dimsKey}`;
	useEffect(() => {
		let live = true;
		let timer: ReturnType<typeof setTimeout>;
		const attempt = async (n: number) => {
			const options: ScoreOptions = {
				sensitivity,
				disabledDimensions: dimsKey ? (dimsKey.split('|') as Signal[]) : [],
			};
			try {
				const results = await withTimeout(
					Promise.all(EXAMPLE_SENTENCES.map((t) => score(t, options))),
					timeoutMs,
				);
				// Results carry their text: match on it, not on position.
				// Answers for a value the slider has left are dropped (`live`), so a fast drag ends on its last value.
				if (live) setState({ kind: 'ready', key, flags: new Map(results.map((r) => [r.text, r.flag])) });
			} catch {
				if (!live) return;
				setState({ kind: 'unavailable' });
				// The host may still be starting (first model load): try again a few times.
				if (n < retries) timer = setTimeout(() => void attempt(n + 1), retryMs);
			}
		};
		timer = setTimeout(() => void attempt(0), debounceMs);
		return () => {
			live = false;
			clearTimeout(timer);
		};
	}, [sensitivity, dimsKey, key, score, debounceMs, timeoutMs, retries, retryMs]);

	const flagged = state.kind === 'ready' ? EXAMPLE_SENTENCES.filter((t) => state.flags.get(t)).length : 0;
	// The shown result is for another value while the new one is scored: it stays (no flicker while dragging), marked
	// as updating; aria-busy makes screen readers wait for the new count instead of reading the old one.
	const updating = state.kind === 'ready' && state.key !== key;
	return (
		<section
			class="tf-examples"
			aria-labelledby="tf-examples-title"
			data-testid="live-examples"
			data-state={state.kind}
			data-updating={updating ? 'true' : undefined}
			aria-busy={state.kind === 'loading' || updating}
		>
			<h2 id="tf-examples-title" class="tf-subtitle">
				At this setting
				{state.kind === 'ready' ? (
					<span class="tf-muted" aria-live="polite">
						{' '}
						· {flagged} of {EXAMPLE_SENTENCES.length} examples flagged
					</span>
				) : null}
				{updating ? (
					<span class="tf-updating" aria-hidden="true">
						{' '}
						(updating…)
					</span>
				) : null}
			</h2>
			<ul class={updating ? 'tf-examples-stale' : undefined}>
				{EXAMPLE_SENTENCES.map((text) => {
					const flag = state.kind === 'ready' ? state.flags.get(text) : undefined;
					const mark = flag === undefined ? 'unknown' : flag ? 'flagged' : 'ok';
					return (
						<li key={text} class={`tf-example tf-example-${mark}`} data-flagged={String(flag ?? '')}>
							<span class="tf-example-mark" aria-hidden="true" />
							<span class="tf-example-text">{text}</span>
							<span class="tf-sr">
								{mark === 'flagged' ? ' (would be flagged)' : mark === 'ok' ? ' (fine)' : ''}
							</span>
						</li>
					);
				})}
			</ul>
			{state.kind === 'unavailable' ? (
				<p class="tf-note" role="status">
					The live preview appears once the checker has started. Your setting is saved either way.
				</p>
			) : null}
		</section>
	);
}
