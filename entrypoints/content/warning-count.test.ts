import { describe, expect, it } from 'vitest';
import { levelChanges } from './card-announce.ts';
import type { FieldController } from './field-controller.ts';
import { warningCount } from './warning-count.ts';

describe('warningCount: a draft’s warning counts once per draft episode', () => {
	it('counts a warning over new text, not one over text this draft was already warned about', () => {
		const count = warningCount();
		expect(count.appeared(1, 'you are an idiot')).toBe(true);
		// Applied a rewrite, then Ctrl+Z: the same words come back.
		expect(count.appeared(1, 'you are an idiot')).toBe(false);
		// The same words, spaced as an editor may leave them (a trailing newline), are the same draft.
		expect(count.appeared(1, 'you are an  idiot\n')).toBe(false);
		// A different insult in the same draft is a new warning.
		expect(count.appeared(1, 'you are an idiot. and a clown')).toBe(true);
	});

	it('remembers the text a warning stood over while the user typed on (the text an undo restores)', () => {
		const count = warningCount();
		expect(count.appeared(1, 'you are an idiot')).toBe(true);
		count.stands(1, 'you are an idiot, look again');
		expect(count.appeared(1, 'you are an idiot, look again')).toBe(false);
	});

	it('keeps fields apart, and an emptied field starts a new episode', () => {
		const count = warningCount();
		expect(count.appeared(1, 'you are an idiot')).toBe(true);
		expect(count.appeared(2, 'you are an idiot')).toBe(true);
		count.emptied(1);
		expect(count.appeared(1, 'you are an idiot')).toBe(true);
		expect(count.appeared(2, 'you are an idiot')).toBe(false);
	});

	it('forgets the oldest text beyond its bound', () => {
		const count = warningCount(3);
		for (const t of ['a', 'b', 'c', 'd']) expect(count.appeared(1, t)).toBe(true);
		expect(count.appeared(1, 'a')).toBe(true); // forgotten: counted again rather than kept forever
		expect(count.appeared(1, 'd')).toBe(false);
	});
});

/** A field holding `text` whose verdict, at `level` (null: none), is about that text. */
const field = (id: number, level: string | null, text: string) =>
	({
		id,
		editor: { read: () => text },
		verdict: level ? { level, summary: 'Insulting', text, result: { text } } : null,
	}) as unknown as FieldController;

describe('levelChanges: the `shown` events of Apply, Ctrl+Z and a new draft', () => {
	it('an undo that restores a counted insult adds no `shown`; a new draft after the field is emptied does', () => {
		const events: string[] = [];
		const levels = levelChanges((c, action) => events.push(`${c.id}:${action}`));
		levels.note(field(1, 'warn', 'you are an idiot'));
		levels.note(field(1, 'warn', 'you are an idiot, look again')); // typed on under the warning
		levels.note(field(1, 'ok', 'I think this needs another look.')); // Apply
		// Ctrl+Z: the words the warning stood over come back, and the warning with them (it is still announced).
		expect(levels.note(field(1, 'warn', 'you are an idiot, look again'))).toBe('warn');
		expect(events).toEqual(['1:shown']);
		// A different insult in the same draft is a new warning.
		levels.note(field(1, 'ok', 'I think this needs another look.'));
		levels.note(field(1, 'warn', 'I think this needs another look, clown.'));
		expect(events).toEqual(['1:shown', '1:shown']);
		// Posted: the field is emptied. The same words in the next comment are a new warning.
		levels.note(field(1, null, ''));
		levels.note(field(1, 'warn', 'you are an idiot'));
		expect(events).toEqual(['1:shown', '1:shown', '1:shown']);
	});

	it('the checker going down and back over the same words does not count the warning again', () => {
		const events: string[] = [];
		const levels = levelChanges((c, action) => events.push(`${c.id}:${action}`));
		levels.note(field(1, 'warn', 'you are an idiot'));
		const down = { ...field(1, 'warn', 'you are an idiot'), unavailable: { reason: 'x' } };
		levels.note(down as unknown as FieldController);
		levels.note(field(1, 'warn', 'you are an idiot'));
		expect(events).toEqual(['1:shown']);
	});
});
