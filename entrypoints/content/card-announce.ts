/**
 * Each field's warning level as the card last saw it: a change is what screen readers hear (the card's live
 * region), and a change to "warn" is a `shown` event in the history.
 */
import type { CardHistory } from './card-history.ts';
import type { FieldController } from './field-controller.ts';

/** The level tracker of one session's card. */
export interface LevelChanges {
	/** Notes the field's current verdict; returns its level when that changed since the last note, else null. */
	note(c: FieldController): string | null;
	/** What the live region says now: the summary of the latest change. */
	announcement(): string;
}

/** Creates the tracker; `event` records the `shown` events. */
export function levelChanges(event: CardHistory['event']): LevelChanges {
	const lastLevel = new Map<number, string>();
	let announce = '';
	return {
		note(c) {
			const level = c.verdict?.level ?? 'ok';
			const before = lastLevel.get(c.id) ?? 'ok';
			lastLevel.set(c.id, level);
			if (level === before) return null;
			if (level === 'warn') event(c, 'shown');
			announce = level === 'ok' ? 'Tactful: no concerns now' : (c.verdict?.summary ?? '');
			return level;
		},
		announcement: () => announce,
	};
}
