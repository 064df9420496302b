import { describe, expect, it } from 'vitest';
import { levelChanges } from './card-announce.ts';
import type { FieldController } from './field-controller.ts';

const field = (id: number, level: string | null, summary = '') =>
	({ id, verdict: level ? { level, summary } : null }) as unknown as FieldController;

describe('levelChanges', () => {
	it('reports a field’s level only when it changed, announcing the summary or that concerns are gone', () => {
		const events: string[] = [];
		const levels = levelChanges((c, action) => events.push(`${c.id}:${action}`));
		expect(levels.note(field(1, null))).toBeNull(); // no verdict yet counts as ok
		expect(levels.announcement()).toBe('');
		expect(levels.note(field(1, 'caution', 'Sounds harsh'))).toBe('caution');
		expect(levels.announcement()).toBe('Sounds harsh');
		expect(levels.note(field(1, 'caution', 'Sounds harsh'))).toBeNull();
		expect(levels.note(field(1, 'warn', 'Insulting'))).toBe('warn');
		expect(levels.note(field(1, 'ok'))).toBe('ok');
		expect(levels.announcement()).toBe('Tactful: no concerns now');
		expect(events).toEqual(['1:shown']); // only a change to warn is a `shown` event
	});

	it('keeps each field’s level apart', () => {
		const levels = levelChanges(() => undefined);
		expect(levels.note(field(1, 'warn', 'a'))).toBe('warn');
		expect(levels.note(field(2, 'warn', 'b'))).toBe('warn');
		expect(levels.note(field(1, 'warn', 'a'))).toBeNull();
	});
});
