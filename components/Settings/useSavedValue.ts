/** Preact hook: a slider's value as shown, kept in step with the stored value without fighting the user's key presses. */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Returns `[value, setValue, committed]`: `value` follows `saved` (the stored value) and `setValue` moves it
 * while the user drags; call `committed(v)` with each value the slider saves. Each arrow-key press saves, and the
 * stored value comes back a moment later: an older save coming back while a newer one is on its way must not move
 * the thumb back under the next press, or presses are lost (Firefox, quick presses: Home + 20 × → stored 0.3, not
 * 1). A stored value that is none of the pending saves (changed in another window, reset) is shown at once.
 * Synced at commit, not after paint, so a move right after a re-render is not overwritten by a late sync.
 * `reset()` (a save failed) drops the saves on their way and shows the stored value.
 */
export function useSavedValue<T>(saved: T): [T, (value: T) => void, (value: T) => void, () => void] {
	const [value, setValue] = useState(saved);
	const pending = useRef<T[]>([]);
	const last = useRef(saved);
	last.current = saved;
	useLayoutEffect(() => {
		const ours = pending.current.indexOf(saved);
		if (ours < 0) pending.current = [];
		else {
			pending.current.splice(0, ours + 1);
			if (pending.current.length > 0) return; // a newer save is still on its way: the thumb stays on it
		}
		setValue(saved);
	}, [saved]);
	const committed = useCallback((v: T) => {
		pending.current.push(v);
	}, []);
	/** A save failed: forget the saves on their way and show the stored value again. */
	const reset = useCallback(() => {
		pending.current = [];
		setValue(last.current);
	}, []);
	return [value, setValue, committed, reset];
}
