import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { KeyboardHint } from './KeyboardHint.tsx';

const hint = () => screen.getByTestId('keyboard-hint');

describe('KeyboardHint: the card shortcut as the browser has it now', () => {
	it('names the current binding and opens the shortcut page (Chrome)', async () => {
		const open = vi.fn();
		render(<KeyboardHint shortcuts={{ read: async () => 'Ctrl+Shift+Y', open }} mac={false} />);
		await waitFor(() =>
			expect(hint().textContent).toMatch(/^Ctrl\+Shift\+Y in a text box opens Tactful’s card/),
		);
		fireEvent.click(screen.getByRole('button', { name: 'Change the shortcut' }));
		expect(open).toHaveBeenCalledOnce();
	});

	it('writes it the macOS way', async () => {
		render(<KeyboardHint shortcuts={{ read: async () => '⌥⇧T', open: vi.fn() }} mac={true} />);
		await waitFor(() => expect(hint().textContent).toMatch(/^⌥⇧T in a text box/));
		expect([...hint().querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['⌥', '⇧', 'T', 'Esc']);
	});

	it('says when none is set, and how to set one', async () => {
		render(<KeyboardHint shortcuts={{ read: async () => '', open: vi.fn() }} mac={false} />);
		await waitFor(() => expect(hint().textContent).toMatch(/No keyboard shortcut is set for Tactful’s card/));
		expect(screen.getByRole('button', { name: 'Set a shortcut' })).toBeTruthy();
	});

	it('on Firefox, says where (extensions cannot open about:addons)', async () => {
		render(<KeyboardHint firefox shortcuts={{ read: async () => '' }} mac={false} />);
		await waitFor(() =>
			expect(hint().textContent).toMatch(/Set one in about:addons → ⚙.*Manage Extension Shortcuts\./),
		);
		expect(screen.queryByRole('button')).toBeNull();
	});
});
