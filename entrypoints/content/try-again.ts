/**
 * "Try again" on a field whose badge says checking is unavailable (pressing the badge, or Alt+Shift+T in the
 * field): the host forgets a remembered failed load (`engineHealth {retry: true}`, utils/host/load-gate.ts), then
 * the field is scored again, settling on a verdict or on the same "cannot check" if it still fails.
 */
import type { SessionDeps } from './deps.ts';
import type { FieldController } from './field-controller.ts';

/** Whether `c` shows "cannot check" (no verdict to open a card on): its badge and shortcut mean Try again. */
export function showsUnavailable(c: FieldController): boolean {
	return c.unavailable !== null && c.verdict === null;
}

/** Asks the host to load again, then rescores `c` (unless the session ended meanwhile). */
export function tryAgain(
	c: FieldController,
	deps: Pick<SessionDeps, 'retryEngine'>,
	signal: AbortSignal,
): void {
	const retry = deps.retryEngine?.() ?? Promise.resolve();
	void retry
		.catch((error: unknown) => console.debug('[tactful] try again: the engine still fails:', error))
		.finally(() => {
			if (!signal.aborted) c.retry();
		});
}
