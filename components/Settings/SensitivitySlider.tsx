/** A 0..1 slider with calm words instead of numbers; reports while dragging and on release. */
import type { ComponentChildren } from 'preact';

export interface SensitivitySliderProps {
	id: string;
	/** The visible label (may hold screen-reader-only context). */
	label: ComponentChildren;
	value: number;
	onInput: (value: number) => void;
	onCommit: (value: number) => void;
	/** Words for the current value; defaults to sensitivity wording. */
	describe?: (value: number) => string;
	/** Labels under the two ends. */
	ends?: [string, string];
	/** A line under the slider that the input is described by (aria-describedby). */
	hint?: ComponentChildren;
}

/** Under every heated-thread slider (options and popup): its threshold stops at 0.95, so Relaxed still warns. */
export const THREAD_RELAXED_HINT = 'Even at Relaxed, a clearly heated thread still gets a warning.';

/** Words for a sensitivity value (0.5 = the calibrated default). */
export function sensitivityWord(value: number): string {
	if (value < 0.2) return 'Only the clearest cases';
	if (value < 0.4) return 'Relaxed';
	if (value <= 0.6) return 'Balanced (recommended)';
	if (value <= 0.8) return 'Attentive';
	return 'Strict';
}

export function SensitivitySlider({
	id,
	label,
	value,
	onInput,
	onCommit,
	describe = sensitivityWord,
	ends = ['Relaxed', 'Strict'],
	hint,
}: SensitivitySliderProps) {
	const read = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
	return (
		<div class="tf-slider">
			<div class="tf-slider-head">
				<label for={id}>{label}</label>
				<span class="tf-slider-word" aria-hidden="true">
					{describe(value)}
				</span>
			</div>
			<input
				id={id}
				type="range"
				min={0}
				max={1}
				step={0.05}
				value={value}
				aria-valuetext={`${describe(value)}, ${Math.round(value * 100)}%`}
				aria-describedby={hint ? `${id}-hint` : undefined}
				onInput={(e) => onInput(read(e))}
				onChange={(e) => onCommit(read(e))}
			/>
			<div class="tf-slider-ends" aria-hidden="true">
				<span>{ends[0]}</span>
				<span>{ends[1]}</span>
			</div>
			{hint ? (
				<p class="tf-hint" id={`${id}-hint`}>
					{hint}
				</p>
			) : null}
		</div>
	);
}
