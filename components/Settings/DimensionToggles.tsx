/** Per-signal on/off switches (the toxic head and the dimensions); a switched-off signal never causes a warning. */
import type { Signal } from '../../models/scoring/types.ts';
import { DIMENSION_LABELS, TOGGLEABLE_DIMENSIONS } from './dimension-labels.ts';
import { Switch } from './Switch.tsx';

export interface DimensionTogglesProps {
	disabled: readonly Signal[];
	/**
	 * Gets an update to apply to the latest stored list, not a list: a second switch clicked before the first
	 * save re-rendered would otherwise rebuild the list from the old render and undo the first (session 23).
	 */
	onChange: (update: (disabled: readonly Signal[]) => Signal[]) => void;
	showHints?: boolean;
}

export function DimensionToggles({ disabled, onChange, showHints = false }: DimensionTogglesProps) {
	const off = new Set(disabled);
	const toggle = (d: Signal, on: boolean) =>
		onChange((latest) => {
			const next = new Set(latest);
			if (on) next.delete(d);
			else next.add(d);
			return [...next];
		});
	return (
		<ul class="tf-dims" data-testid="dimension-toggles">
			{TOGGLEABLE_DIMENSIONS.map((d) => (
				<li key={d}>
					<Switch
						checked={!off.has(d)}
						onChange={(on) => toggle(d, on)}
						hint={showHints ? DIMENSION_LABELS[d].hint : undefined}
						testId={`dim-${d}`}
					>
						{DIMENSION_LABELS[d].label}
					</Switch>
				</li>
			))}
		</ul>
	);
}
