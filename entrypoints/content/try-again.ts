/**
 * "Try again" on a field whose badge says checking is unavailable (the card's Try again, opened from the badge or
 * the card shortcut): the host forgets a remembered failed load (`engineHealth {retry: true}`,
 * utils/host/load-gate.ts), then the field is scored again, settling on a verdict or on the same "cannot check" if
 * it still fails.
 */
import type { SessionDeps } from './deps.ts';
import type { FieldController } from './field-controller.ts';

/**
 * Whether `c` shows "cannot check": its last score failed and no verdict is about that text. A verdict from before
 * the failure (the checker died mid-session, the user typed on) is about older text: showing it, settled, would say
 * the new words were checked when they were not (session 14).
 */
export function showsUnavailable(c: Pick<FieldController, 'unavailable' | 'verdict'>): boolean {
	const down = c.unavailable;
	if (!down) return false;
	return !c.verdict || c.verdict.result.text !== down.text;
}

/**
 * Asks the host to load again, then rescores `c` (unless the session ended meanwhile). Resolves once the rescore
 * was asked for (its answer comes through the field's `changed`).
 */
export function tryAgain(
	c: FieldController,
	deps: Pick<SessionDeps, 'retryEngine'>,
	signal: AbortSignal,
): Promise<void> {
	const retry = deps.retryEngine?.() ?? Promise.resolve();
	return retry
		.catch((error: unknown) => console.debug('[tactful] try again: the engine still fails:', error))
		.then(() => {
			if (!signal.aborted) c.retry();
		});
}
