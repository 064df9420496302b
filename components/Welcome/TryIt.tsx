/**
 * The welcome page's "try it" box: a text box scored live through the real inference host (the same
 * `scoreDraft` message a site's content script sends), drawn the way a site shows it: the words responsible
 * underlined, the badge in the corner and the card's reasons, with a rewrite on request (`rewriteDraft`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionScoreOptions } from '../../entrypoints/content/score-options.ts';
import type { ScoreFn } from '../Popup/LiveExamples.tsx';
import { snoozeUntilText } from '../Popup/snooze-until.ts';
import { type RewriteFn, TryItCard } from './TryItCard.tsx';
import { type TryItVerdict, verdictOf } from './try-it.ts';

export type { RewriteFn };

/** Two lines to try with one click, written for this page. */
export const SAMPLE_HEATED = 'Are you serious? Only an idiot would merge this garbage without a single test.';
export const SAMPLE_CIVIL = 'Thanks for the patch! Could you add a test for the empty input case?';

export interface TryItProps {
	/** The options the user's choices give (tryItOptions); re-scores when they change. */
	options: SessionScoreOptions;
	score: ScoreFn;
	rewrite: RewriteFn;
	/**
	 * Set while the user has switched warnings off or snoozed them: the box then checks nothing (a site would show
	 * nothing either) and says why, with `onWake` to turn them back on.
	 */
	quiet?: Quiet;
	onWake?: () => void;
	/** Starts loading the models when the box gains focus, as a site's text box does. */
	warmUp?: () => void;
	debounceMs?: number;
	/** While the checker is still starting, retry this often, this many times. */
	retryMs?: number;
	retries?: number;
}

/** Why the box stays quiet: warnings off everywhere, or snoozed until `until` (epoch ms). */
export type Quiet = { reason: 'off' } | { reason: 'snoozed'; until: number };

function quietLine(quiet: Quiet): string {
	return quiet.reason === 'off'
		? 'Warnings are off, so Tactful shows nothing as you write, here or on a site.'
		: `Warnings are snoozed until ${snoozeUntilText(quiet.until, Date.now())}, so Tactful shows nothing as you write, here or on a site.`;
}

type Check =
	| { kind: 'idle' }
	| { kind: 'checking' }
	| { kind: 'starting' }
	| { kind: 'done'; verdict: TryItVerdict };
export function TryIt({
	options,
	score,
	rewrite,
	quiet,
	onWake,
	warmUp,
	debounceMs = 250,
	retryMs = 1500,
	retries = 20,
}: TryItProps) {
	const [text, setText] = useState('');
	const [check, setCheck] = useState<Check>({ kind: 'idle' });
	const box = useRef<HTMLTextAreaElement>(null);
	const mirror = useRef<HTMLDivElement>(null);
	const optionsKey = JSON.stringify(options);
	const silent = Boolean(quiet);
	useEffect(() => {
		if (!text.trim() || silent) {
			setCheck({ kind: 'idle' });
			return;
		}
		let live = true;
		let timer: ReturnType<typeof setTimeout>;
		const scoring: SessionScoreOptions = JSON.parse(optionsKey);
		const attempt = async (n: number) => {
			setCheck((c) => (c.kind === 'starting' ? c : { kind: 'checking' }));
			try {
				const result = await score(text, scoring);
				// A result carries its text: one for an older draft is dropped.
				if (live && result.text === text) setCheck({ kind: 'done', verdict: verdictOf(result, scoring) });
			} catch {
				if (!live) return;
				// The first check loads the models (a few seconds on a slow machine): keep trying for a while.
				setCheck({ kind: 'starting' });
				if (n < retries) timer = setTimeout(() => void attempt(n + 1), retryMs);
			}
		};
		timer = setTimeout(() => void attempt(0), debounceMs);
		return () => {
			live = false;
			clearTimeout(timer);
		};
	}, [text, optionsKey, silent, score, debounceMs, retryMs, retries]);

	const verdict = !quiet && check.kind === 'done' ? check.verdict : null;
	const level = verdict?.level ?? 'ok';
	// "Use this wording" and the examples replace the box's text the way the content script applies a rewrite on a
	// site (insertText over the whole text), so the browser's Ctrl+Z brings the earlier draft back, as the page
	// promises; the input event that follows updates `text`. Where the browser refuses, plain state (no undo).
	const replaceText = (next: string) => {
		const el = box.current;
		if (!el) return setText(next);
		el.focus();
		el.select();
		const inserted = document.execCommand?.('insertText', false, next) ?? false;
		if (!inserted || el.value !== next) setText(next);
	};
	const takeRewrite = replaceText;
	const fill = replaceText;
	return (
		<section class="tf-card tf-try" aria-labelledby="w-try" data-testid="try-it">
			<h2 id="w-try">Try it here</h2>
			<p class="tf-muted">
				Write a comment the way you might on GitHub or a forum, or start from an example. It is checked on
				this device, exactly as on a site.
			</p>
			<p class="tf-btns">
				<button type="button" class="tf-btn" onClick={() => fill(SAMPLE_HEATED)} data-testid="try-heated">
					Try a heated line
				</button>
				<button type="button" class="tf-btn" onClick={() => fill(SAMPLE_CIVIL)} data-testid="try-civil">
					Try a civil line
				</button>
			</p>
			<label for="tf-try-input" class="tf-try-label">
				Your draft
			</label>
			<div class="tf-try-field">
				{/* The mirror draws the underlines under the box's own (transparent-backed) text. */}
				<div class="tf-try-mirror" ref={mirror} aria-hidden="true">
					{(verdict?.text === text ? verdict.pieces : [{ text, underlined: false }]).map((p, i) =>
						p.underlined ? (
							// biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt each score
							<span key={i} class={`tf-try-underline tf-${level}`} data-testid="try-underline">
								{p.text}
							</span>
						) : (
							p.text
						),
					)}
					{'\u200b'}
				</div>
				<textarea
					id="tf-try-input"
					ref={box}
					class="tf-try-input"
					data-testid="try-input"
					rows={4}
					spellcheck={false}
					value={text}
					aria-describedby="tf-try-verdict"
					onFocus={warmUp}
					onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
					onScroll={(e) => {
						if (mirror.current) mirror.current.scrollTop = (e.currentTarget as HTMLTextAreaElement).scrollTop;
					}}
				/>
				{verdict ? (
					<span
						class={`tf-try-badge tf-${level}`}
						aria-hidden="true"
						data-testid="try-badge"
						data-level={level}
					>
						{level === 'ok' ? <span class="tf-try-dot" /> : verdict?.reasons.length || '!'}
					</span>
				) : null}
			</div>
			<p
				id="tf-try-verdict"
				class="tf-try-status"
				role="status"
				data-testid="try-verdict"
				data-state={quiet ? 'quiet' : check.kind}
				// The level of the text now in the box: absent while an older draft's verdict is still shown.
				data-level={verdict?.text === text ? level : undefined}
			>
				{quiet
					? quietLine(quiet)
					: check.kind === 'idle'
						? 'Nothing to check yet.'
						: check.kind === 'checking'
							? 'Checking…'
							: check.kind === 'starting'
								? 'Starting the checker (the first check loads its models)…'
								: verdict?.otherLanguage
									? `${verdict.summary}.`
									: level === 'ok'
										? 'Reads fine: no warning.'
										: verdict?.summary.replace(/^Tactful: t/, 'T')}
			</p>
			{quiet && onWake ? (
				<p class="tf-btns">
					<button type="button" class="tf-btn" onClick={onWake} data-testid="try-wake">
						{quiet.reason === 'off' ? 'Turn warnings on' : 'End the snooze'}
					</button>
				</p>
			) : null}
			{verdict && level !== 'ok' ? (
				<TryItCard
					stale={verdict.text !== text}
					key={verdict.text}
					verdict={verdict}
					level={level}
					rewrite={rewrite}
					onUse={takeRewrite}
				/>
			) : null}
		</section>
	);
}
