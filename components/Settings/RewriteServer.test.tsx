import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getApiKey, saveApiKey } from '../../utils/storage/api-key.ts';
import {
	getSettings,
	localSettingsItem,
	type Settings,
	updateSettings,
} from '../../utils/storage/settings.ts';
import { settingsSectionItem } from '../../utils/storage/settings-section.ts';
import { OptionsPage } from './OptionsPage.tsx';

// The options page's OpenAI-compatible server: empty fields mean the defaults (and say so), the permission the
// browser needs is shown with the button that asks for it, and a card's "Fix in settings" lands on this section.
const SERVER = 'http://127.0.0.1:8080/v1';

function renderPage(access: { has?: boolean; grant?: boolean } = {}) {
	const requestAccess = vi.fn(async () => access.grant ?? true);
	const hasAccess = vi.fn(async () => access.has ?? true);
	render(<OptionsPage openHistory={() => {}} requestAccess={requestAccess} hasAccess={hasAccess} />);
	return { requestAccess, hasAccess };
}

describe('options: the rewrite server', () => {
	it('a user who cleared the fields sees them empty, with the defaults as placeholders and in words', async () => {
		// As a v3 browser stored it; the v3 → v4 migration used to fill the defaults in.
		await fakeBrowser.storage.local.set({
			settings: { rewrite: { backend: 'openai', weight: 0.5, openai: { baseUrl: '', model: '' } } },
			settings$: { v: 3 },
		});
		await localSettingsItem.migrate();
		renderPage();
		const baseUrl = (await screen.findByLabelText('Base URL')) as HTMLInputElement;
		const model = screen.getByLabelText('Model') as HTMLInputElement;
		expect([baseUrl.value, model.value]).toEqual(['', '']);
		expect([baseUrl.placeholder, model.placeholder]).toEqual(['https://api.openai.com/v1', 'gpt-4o-mini']);
		expect(screen.getByTestId('openai-defaults').textContent).toBe(
			'Empty, so Tactful uses the default: the server https://api.openai.com/v1 and the model gpt-4o-mini.',
		);
		// Saving with the fields still empty keeps them empty: the defaults are not written as if typed.
		fireEvent.input(screen.getByLabelText(/API key/), { target: { value: 'sk-x' } });
		fireEvent.click(screen.getByText('Save server'));
		await screen.findByText('Saved.');
		const stored = (await fakeBrowser.storage.local.get('settings')).settings as Settings;
		expect(stored.rewrite.openai).toEqual({ baseUrl: '', model: '' });
		expect(baseUrl.value).toBe('');
	});

	it('a typed model with an empty address says only the address is the default', async () => {
		await updateSettings({ rewrite: { backend: 'openai', openai: { baseUrl: '', model: 'llama3.2' } } });
		renderPage();
		expect((await screen.findByTestId('openai-defaults')).textContent).toBe(
			'Empty, so Tactful uses the default: the server https://api.openai.com/v1.',
		);
	});

	it('says the saved server lacks the browser’s permission, and asks for it inside the click', async () => {
		await updateSettings({ rewrite: { backend: 'openai', openai: { baseUrl: SERVER, model: 'tiny' } } });
		const { requestAccess, hasAccess } = renderPage({ has: false, grant: true });
		const banner = await screen.findByTestId('server-access');
		expect(hasAccess).toHaveBeenCalledWith('http://127.0.0.1:8080');
		expect(banner.textContent).toContain('Tactful needs your permission to contact http://127.0.0.1:8080.');
		fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
		expect(requestAccess).toHaveBeenCalledWith('http://127.0.0.1:8080'); // synchronously, as Firefox needs
		await waitFor(() => expect(screen.queryByTestId('server-access')).toBeNull());
	});

	it('says so when the browser still refuses', async () => {
		await updateSettings({ rewrite: { backend: 'openai', openai: { baseUrl: SERVER, model: 'tiny' } } });
		renderPage({ has: false, grant: false });
		fireEvent.click(await screen.findByRole('button', { name: 'Allow access' }));
		expect((await screen.findByText(/did not allow it this time/)).textContent).toContain('127.0.0.1:8080');
	});

	it('"Check server" without the permission blames the permission, not the server', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => {
				throw new TypeError('Failed to fetch');
			}),
		);
		try {
			await updateSettings({ rewrite: { backend: 'openai', openai: { baseUrl: SERVER, model: 'tiny' } } });
			renderPage({ has: false });
			fireEvent.click(await screen.findByRole('button', { name: 'Check server' }));
			expect(
				await screen.findByText(
					'The browser blocked the check: Tactful has no permission to contact http://127.0.0.1:8080 yet. Press “Save server” to allow it.',
				),
			).toBeTruthy();
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('a card’s "Fix in settings" lands on the rewrite section, focused, and is honoured once', async () => {
		await updateSettings({ rewrite: { backend: 'openai' } });
		await settingsSectionItem.setValue({ section: 'rewrite', at: Date.now() });
		renderPage();
		const heading = await screen.findByRole('heading', { name: 'Rewrites' });
		await waitFor(() => expect(document.activeElement).toBe(heading));
		await waitFor(async () => expect(await settingsSectionItem.getValue()).toBeNull());
		// Already open: a new request moves there again.
		(document.activeElement as HTMLElement).blur();
		await settingsSectionItem.setValue({ section: 'rewrite', at: Date.now() });
		await waitFor(() => expect(document.activeElement).toBe(heading));
		expect((await getSettings()).rewrite.backend).toBe('openai');
	});

	it('a key saved for one server is not shown for, checked against or saved for another (Session 24)', async () => {
		await updateSettings({ rewrite: { backend: 'openai', openai: { baseUrl: '', model: '' } } });
		await saveApiKey('sk-openai', 'https://api.openai.com');
		const fetchMock = vi.fn(async () => new Response('{"data":[{"id":"qwen2.5:0.5b-instruct"}]}'));
		vi.stubGlobal('fetch', fetchMock);
		renderPage();
		const key = (await screen.findByLabelText(/API key/)) as HTMLInputElement;
		await waitFor(() => expect(key.value).toBe('sk-openai'));
		fireEvent.click(screen.getByRole('button', { name: 'Ollama' }));
		expect(key.value).toBe('');
		expect(screen.getByTestId('openai-key-elsewhere').textContent).toContain(
			'Your saved API key is for https://api.openai.com; Tactful does not send it to http://localhost:11434.',
		);
		fireEvent.click(screen.getByText('Check server'));
		await screen.findByText(/it has “qwen2.5:0.5b-instruct”/);
		const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
		expect(new Headers(init.headers).get('authorization')).toBeNull();
		fireEvent.click(screen.getByText('Save server'));
		await screen.findByText('Saved.');
		// The OpenAI key stays, bound to OpenAI (not sent to Ollama), and is back with OpenAI's address.
		expect(await getApiKey()).toEqual({ key: 'sk-openai', origin: 'https://api.openai.com' });
		fireEvent.click(screen.getByRole('button', { name: 'OpenAI' }));
		expect(key.value).toBe('sk-openai');
		fireEvent.click(screen.getByRole('button', { name: 'Ollama' }));
		// A key typed for this server is saved for this server.
		fireEvent.input(key, { target: { value: 'ollama-key' } });
		fireEvent.click(screen.getByText('Save server'));
		await waitFor(async () =>
			expect(await getApiKey()).toEqual({ key: 'ollama-key', origin: 'http://localhost:11434' }),
		);
		vi.unstubAllGlobals();
	});
});
