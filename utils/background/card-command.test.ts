import { describe, expect, it, vi } from 'vitest';
import { CARD_COMMAND, CHROME_SHORTCUTS_URL } from '../shortcut.ts';
import { cardShortcutNow, noteCommandChange, publishCardShortcut, runCardCommand } from './card-command.ts';

describe('card command', () => {
	it("sends openCard to the command's tab and reports what the focused frame did", async () => {
		const send = vi.fn(async () => ({ done: 'opened' as const }));
		const activeTab = vi.fn(async () => ({ id: 9 }));
		expect(await runCardCommand(CARD_COMMAND, { id: 4 }, { send, activeTab })).toBe('opened');
		expect(send).toHaveBeenCalledWith(4);
		expect(activeTab).not.toHaveBeenCalled();
	});

	it('falls back to the active tab when the browser gives none', async () => {
		const send = vi.fn(async () => ({ done: 'closed' as const }));
		expect(await runCardCommand(CARD_COMMAND, undefined, { send, activeTab: async () => ({ id: 9 }) })).toBe(
			'closed',
		);
		expect(send).toHaveBeenCalledWith(9);
	});

	it('no frame answering (no watched box focused, a browser page) is quiet, not an error', async () => {
		const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
		const send = vi.fn(async () => {
			throw new Error('Could not establish connection. Receiving end does not exist.');
		});
		expect(await runCardCommand(CARD_COMMAND, { id: 4 }, { send, activeTab: async () => undefined })).toBe(
			'no field',
		);
		expect(debug).toHaveBeenCalledTimes(1);
		expect(await runCardCommand(CARD_COMMAND, undefined, { send, activeTab: async () => undefined })).toBe(
			'no tab',
		);
		expect(await runCardCommand(CARD_COMMAND, { id: -1 }, { send, activeTab: async () => undefined })).toBe(
			'no tab',
		);
		debug.mockRestore();
	});

	it("ignores other extensions' or future commands", async () => {
		const send = vi.fn();
		expect(
			await runCardCommand('_execute_action', { id: 4 }, { send, activeTab: async () => undefined }),
		).toBe('not ours');
		expect(send).not.toHaveBeenCalled();
	});

	const store = (v = false) => {
		const box = { v };
		return {
			box,
			getValue: async () => box.v,
			setValue: async (x: boolean) => {
				box.v = x;
			},
		};
	};
	const cmd = (shortcut?: string) => [
		{ name: '_execute_action', shortcut: 'Alt+A' },
		{ name: CARD_COMMAND, shortcut },
	];

	it('reports the binding the user chose, and remembers that it had one', async () => {
		const bound = store();
		expect(await cardShortcutNow(cmd('Ctrl+Shift+Y'), false, bound)).toEqual({
			shortcut: 'Ctrl+Shift+Y',
			inPage: false,
			where: CHROME_SHORTCUTS_URL,
		});
		expect(bound.box.v).toBe(true);
	});

	it('never bound (Chrome keeps Alt+Shift+T for its toolbar): the suggestion, heard in the page only', async () => {
		expect(await cardShortcutNow(cmd(''), false, store())).toMatchObject({
			shortcut: 'Alt+Shift+T',
			inPage: true,
		});
	});

	it('bound once, now empty: the user removed it, no key', async () => {
		const bound = store(true);
		expect(await cardShortcutNow(cmd(''), true, bound)).toMatchObject({ shortcut: '', inPage: false });
		expect((await cardShortcutNow(cmd(), true, bound)).where).toMatch(/about:addons/);
	});

	it("Firefox's commands.onChanged: a key set, changed or removed means the command has had one (even unseen by any page)", async () => {
		const bound = store();
		expect(await noteCommandChange({ name: 'other', newShortcut: 'Ctrl+1', oldShortcut: '' }, bound)).toBe(
			false,
		);
		expect(bound.box.v).toBe(false);
		// Set and removed before any watched box asked: the removal alone says it had a key.
		expect(
			await noteCommandChange({ name: CARD_COMMAND, newShortcut: '', oldShortcut: 'Ctrl+Shift+Y' }, bound),
		).toBe(true);
		expect(bound.box.v).toBe(true);
		expect(await cardShortcutNow(cmd(''), true, bound)).toMatchObject({ shortcut: '', inPage: false });
	});

	it('publishes the binding in effect for the content scripts only when it changed', async () => {
		const box: { v: unknown } = { v: null };
		const item = {
			getValue: async () => box.v as never,
			setValue: vi.fn(async (v: unknown) => {
				box.v = v;
			}),
		};
		const now = { shortcut: 'Ctrl+Shift+Y', inPage: false, where: CHROME_SHORTCUTS_URL };
		expect(await publishCardShortcut(now, item)).toEqual(now);
		await publishCardShortcut({ ...now }, item);
		expect(item.setValue).toHaveBeenCalledTimes(1);
		await publishCardShortcut({ ...now, shortcut: '' }, item);
		expect(item.setValue).toHaveBeenCalledTimes(2);
		expect(box.v).toMatchObject({ shortcut: '' });
	});
});
