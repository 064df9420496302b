/**
 * The top of the popup when Tactful cannot check drafts (a damaged model file, out of memory, WebAssembly
 * blocked, the offscreen host that does not start): the same plain reason the badge gives, the raw error folded
 * under "Details" for a bug report, and "Try again", which makes the host forget its remembered failed load and
 * load again (utils/host/load-gate.ts). Nothing is shown while the check runs or when the engine is fine.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type EngineHealth, type Unavailable, unavailableFrom } from '../../utils/health.ts';

/** Asks the host whether it can check drafts; `retry` forgets a remembered failure first. */
export type HealthFn = (retry: boolean) => Promise<EngineHealth>;

/**
 * `onProblem`: told each answer (the problem, or null when the engine is fine), so the popup's status line does not
 * claim to watch drafts while nothing can be checked (session 14).
 */
export function EngineProblem({
	health,
	onProblem,
}: {
	health: HealthFn;
	onProblem?: (problem: Unavailable | null) => void;
}) {
	const [problem, setProblem] = useState<Unavailable | null>(null);
	const tell = useRef(onProblem);
	tell.current = onProblem;
	const [trying, setTrying] = useState(false);
	// Asked once when the popup opens, not at each render of the popup (its `health` is a new function each time).
	const ask = useRef(health);
	ask.current = health;
	const check = useCallback((retry: boolean, alive: () => boolean = () => true) => {
		setTrying(retry);
		ask
			.current(retry)
			.then(
				(h): Unavailable | null => (h.ok ? null : { reason: h.reason, details: h.details }),
				(error: unknown) => unavailableFrom(error),
			)
			.then((p) => {
				if (!alive()) return;
				setProblem(p);
				tell.current?.(p);
				setTrying(false);
			});
	}, []);
	useEffect(() => {
		let alive = true;
		check(false, () => alive);
		return () => {
			alive = false;
		};
	}, [check]);
	if (!problem) return null;
	return (
		<div class="tf-engine-problem" role="alert" data-testid="engine-problem">
			<p class="tf-engine-problem-text">
				<strong>Tactful cannot check drafts right now.</strong> {problem.reason}.
			</p>
			<div class="tf-engine-problem-actions">
				<button type="button" class="tf-btn" disabled={trying} onClick={() => check(true)}>
					{trying ? 'Trying…' : 'Try again'}
				</button>
			</div>
			<details class="tf-engine-problem-details">
				<summary>Details</summary>
				<code>{problem.details}</code>
			</details>
		</div>
	);
}
