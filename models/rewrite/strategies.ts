/**
 * The strategy catalogue: the arms of the bandit. Each is a prompt template (how far to go), a few-shot set and
 * a sampling temperature. The offline fixer reads only the template, so it gets one arm per template.
 */
import type { BackendId, Strategy } from './types.ts';

const make = (
	template: Strategy['template'],
	fewShot: Strategy['fewShot'],
	temperature: number,
): Strategy => ({
	id: `${template}.${fewShot}.t${Math.round(temperature * 10)}`,
	template,
	fewShot,
	temperature,
});

/** How far a rewrite of each template goes, in the words the card and the history page use. */
export const APPROACH_LABELS: Record<Strategy['template'], string> = {
	minimal: 'Smallest change',
	soften: 'Softened',
	restate: 'Restated',
	neutral: 'Neutral tone',
};

/** Every strategy an LLM backend may use. */
export const LLM_STRATEGIES: readonly Strategy[] = [
	make('minimal', 'civil', 0.3),
	make('soften', 'civil', 0.3),
	make('soften', 'civil', 0.8),
	make('soften', 'none', 0.7),
	make('restate', 'civil', 0.5),
	make('restate', 'argument', 0.7),
	make('neutral', 'argument', 0.5),
	make('neutral', 'none', 1),
];

/**
 * The offline fixer's arms: one per template (temperature has no meaning there), plus two that also frame the
 * first claim as the author's opinion, the register of the `argument` few-shot set ("In my opinion, …" on the
 * softened text, "I think …" on the restated one). The fixer is instant, so the engine runs every arm.
 */
export const OFFLINE_STRATEGIES: readonly Strategy[] = [
	make('minimal', 'none', 0),
	make('soften', 'none', 0),
	make('restate', 'none', 0),
	make('neutral', 'none', 0),
	make('soften', 'argument', 0),
	make('restate', 'argument', 0),
];

/** The arms available to a backend. */
export function strategiesFor(backend: BackendId): readonly Strategy[] {
	return backend === 'offline' ? OFFLINE_STRATEGIES : LLM_STRATEGIES;
}
