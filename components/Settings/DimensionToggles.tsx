/** Per-signal on/off switches (the toxic head and the dimensions); a switched-off signal never causes a warning. */
import type { Signal } from '../../models/scoring/types.ts';
import { DIMENSION_LABELS, TOGGLEABLE_DIMENSIONS } from './dimension-labels.ts';
import { Switch } from './Switch.tsx';

export interface DimensionTogglesProps {
	disabled: readonly Signal[];
	onChange: (disabled: Signal[]) => void;
	showHints?: boolean;
}

export function DimensionToggles({ disabled, onChange, showHints = false }: DimensionTogglesProps) {
	const off = new Set(disabled);
	const toggle = (d: Signal, on: boolean) => {
		const next = new Set(off);
		if (on) next.delete(d);
		else next.add(d);
		onChange([...next]);
	};
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
