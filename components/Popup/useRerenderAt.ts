/** Preact hook: renders the component again when a moment passes (a snooze running out changes nothing stored). */
import { useEffect, useReducer } from 'preact/hooks';

/** Longest setTimeout delay; a later moment is re-armed from the render that one causes. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Re-renders once `at` (epoch ms on `now`'s clock) has passed; 0 = never. */
export function useRerenderAt(at: number, now: () => number): void {
	const [, tick] = useReducer((n: number, _action: 'tick') => n + 1, 0);
	useEffect(() => {
		if (!at) return;
		// A little after the moment, so the render sees it as passed.
		const timer = setTimeout(() => tick('tick'), Math.min(Math.max(0, at - now()) + 50, MAX_DELAY_MS));
		return () => clearTimeout(timer);
	}, [at, now]);
}
