/**
 * The try-it box's card, as a site's card reads: the reasons in plain words, the passages quoted back, and a
 * rewrite on request ("Use this wording" puts it in the box, which scores it again).
 */
import { useState } from 'preact/hooks';
import { userMessageFromChannel } from '../../models/rewrite/errors.ts';
import type { RewriteSuggestion } from '../../models/rewrite/types.ts';
import type { TryItVerdict } from './try-it.ts';

/** How the page asks for a rewrite (sendMessage('rewriteDraft', …) in the extension). */
export type RewriteFn = (text: string) => Promise<RewriteSuggestion>;

export interface TryItCardProps {
	/** A verdict that warns or cautions; the card is keyed by its text, so a new draft starts without a rewrite. */
	verdict: TryItVerdict;
	level: 'warn' | 'caution';
	rewrite: RewriteFn;
	onUse: (rewrite: string) => void;
	/** The box holds newer text than the verdict (being scored): its rewrite would overwrite that, so no actions. */
	stale?: boolean;
}

type Rewrite =
	| { kind: 'none' }
	| { kind: 'loading' }
	| { kind: 'done'; text: string | null }
	| { kind: 'error'; message: string };

const HEADINGS = { warn: 'This may land badly', caution: 'Close to the line' } as const;

export function TryItCard({ verdict, level, rewrite, onUse, stale = false }: TryItCardProps) {
	const [suggestion, setSuggestion] = useState<Rewrite>({ kind: 'none' });
	const ask = async () => {
		setSuggestion({ kind: 'loading' });
		try {
			const result = await rewrite(verdict.text);
			setSuggestion({ kind: 'done', text: result.candidates[0]?.rewrite ?? null });
		} catch (error) {
			setSuggestion({ kind: 'error', message: userMessageFromChannel(error) });
		}
	};
	return (
		<div class={`tf-try-card tf-${level}`} data-testid="try-card">
			<h3>{HEADINGS[level]}</h3>
			<ul class="tf-try-reasons">
				{verdict.reasons.map((r) => (
					<li key={r.dimension}>
						<strong>{r.title}</strong>: {r.explanation}
					</li>
				))}
			</ul>
			{verdict.quotes.length ? (
				<p class="tf-try-quotes">Underlined: {verdict.quotes.map((q) => `“${q}”`).join(', ')}</p>
			) : null}
			<div class="tf-try-rewrite">
				<button
					type="button"
					class="tf-btn"
					data-testid="try-suggest"
					disabled={stale || suggestion.kind === 'loading'}
					onClick={() => void ask()}
				>
					{suggestion.kind === 'loading' ? 'Writing a suggestion…' : 'Suggest a rewrite'}
				</button>
				{suggestion.kind === 'done' ? (
					suggestion.text ? (
						<div class="tf-try-suggestion">
							<p data-testid="try-rewrite">{suggestion.text}</p>
							<button
								type="button"
								class="tf-btn"
								data-testid="try-use"
								disabled={stale}
								onClick={() => onUse(suggestion.text ?? '')}
							>
								Use this wording
							</button>
						</div>
					) : (
						<p class="tf-muted" data-testid="try-rewrite">
							No rewrite kept your point and read calmer; try rephrasing it yourself.
						</p>
					)
				) : suggestion.kind === 'error' ? (
					<p class="tf-note" role="alert" data-testid="try-rewrite-error">
						{suggestion.message}
					</p>
				) : null}
			</div>
		</div>
	);
}
