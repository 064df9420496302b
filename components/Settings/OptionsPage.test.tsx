import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearApiKey, getApiKey } from '../../utils/storage/api-key.ts';
import { getDb } from '../../utils/storage/db.ts';
import { effectiveOpenAI, getSettings, updateSettings } from '../../utils/storage/settings.ts';
import { OptionsPage } from './OptionsPage.tsx';

function setup() {
	const requestAccess = vi.fn(async () => true);
	const openHistory = vi.fn();
	render(<OptionsPage openHistory={openHistory} requestAccess={requestAccess} />);
	return { requestAccess, openHistory };
}

describe('OptionsPage', () => {
	it('"Tour" opens the welcome page again', async () => {
		const openTour = vi.fn();
		render(<OptionsPage openHistory={vi.fn()} openTour={openTour} />);
		fireEvent.click(await screen.findByRole('button', { name: 'Tour' }));
		expect(openTour).toHaveBeenCalledOnce();
	});

	it('says that "Heated-thread alerts" at Relaxed still warns about a clearly heated thread', async () => {
		// Session 14 QA: at the slider's far left a heated thread still raised the ring (the threshold stops at
		// 0.95), and nothing on the page said so; the slider's description does now.
		setup();
		const slider = await screen.findByLabelText('Heated-thread alerts');
		const hint = document.getElementById(slider.getAttribute('aria-describedby') ?? '');
		expect(hint?.textContent).toMatch(/Even at Relaxed, a clearly heated thread still gets a warning/);
	});

	it('"Warn when a thread is heated" switches the thread alerts off (slider hidden) and back on', async () => {
		setup();
		const alerts = await screen.findByRole('switch', { name: /Warn when a thread is heated/ });
		expect(alerts.getAttribute('aria-checked')).toBe('true');
		expect(screen.getByLabelText('Heated-thread alerts')).toBeTruthy();
		fireEvent.click(alerts);
		await waitFor(async () => expect((await getSettings()).derailAlerts).toBe(false));
		await waitFor(() => expect(screen.queryByLabelText('Heated-thread alerts')).toBeNull());
		expect(alerts.getAttribute('aria-checked')).toBe('false');
		fireEvent.click(alerts);
		await waitFor(async () => expect((await getSettings()).derailAlerts).toBe(true));
		expect(await screen.findByLabelText('Heated-thread alerts')).toBeTruthy();
	});

	it('stores the pre-submit nudge, draft and sync switches', async () => {
		setup();
		fireEvent.click(await screen.findByTestId('opt-nudge'));
		fireEvent.click(screen.getByTestId('opt-drafts'));
		await waitFor(async () =>
			expect(await getSettings()).toMatchObject({ preSubmitNudge: true, storeDrafts: true }),
		);
		fireEvent.click(screen.getByTestId('opt-sync'));
		await waitFor(async () => expect((await getSettings()).syncSettings).toBe(true));
		expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ storeDrafts: true });
	});

	it('saves an OpenAI-compatible server, keeping the key local and asking for host access', async () => {
		const { requestAccess } = setup();
		fireEvent.click(await screen.findByLabelText(/OpenAI-compatible server/));
		await screen.findByTestId('openai-form');
		expect((await getSettings()).rewrite.backend).toBe('openai');
		fireEvent.click(screen.getByText('Ollama'));
		fireEvent.input(screen.getByLabelText('Model'), { target: { value: 'llama3.2' } });
		fireEvent.input(screen.getByLabelText(/API key/), { target: { value: ' sk-local ' } });
		fireEvent.click(screen.getByText('Save server'));
		await screen.findByText('Saved.');
		expect((await getSettings()).rewrite.openai).toEqual({
			baseUrl: 'http://localhost:11434/v1',
			model: 'llama3.2',
		});
		expect(await getApiKey()).toEqual({ key: 'sk-local', origin: 'http://localhost:11434' });
		expect(requestAccess).toHaveBeenCalledWith('http://localhost:11434');
		// In the extension's database only: nothing in storage.local (content scripts can read it) holds the key.
		expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('sk-local');
		expect(await fakeBrowser.storage.local.get('openaiApiKeyChangedAt')).toEqual({
			openaiApiKeyChangedAt: expect.any(Number),
		});
	});

	it('says so when the API key cannot be stored, keeping what was typed (session 26)', async () => {
		await clearApiKey();
		setup();
		fireEvent.click(await screen.findByLabelText(/OpenAI-compatible server/));
		await screen.findByTestId('openai-form');
		const put = vi.spyOn(getDb().secrets, 'put').mockRejectedValue(new Error('QuotaExceededError'));
		const key = screen.getByLabelText(/API key/) as HTMLInputElement;
		fireEvent.input(key, { target: { value: 'sk-typed' } });
		fireEvent.click(screen.getByText('Save server'));
		await screen.findByText(
			/Saved the server, but the browser would not store the API key \(QuotaExceededError\)/,
		);
		expect(key.value).toBe('sk-typed');
		put.mockRestore();
		fireEvent.click(screen.getByText('Save server'));
		await screen.findByText('Saved.');
		expect((await getApiKey()).key).toBe('sk-typed');
	});

	it("a preset fills in a model that server serves, not the previous server's model", async () => {
		setup();
		fireEvent.click(await screen.findByLabelText(/OpenAI-compatible server/));
		await screen.findByTestId('openai-form');
		// The default is OpenAI's gpt-4o-mini, which an Ollama install does not have (it would answer 404).
		fireEvent.click(screen.getByText('Ollama'));
		expect((screen.getByLabelText('Base URL') as HTMLInputElement).value).toBe('http://localhost:11434/v1');
		expect((screen.getByLabelText('Model') as HTMLInputElement).value).toBe('qwen2.5:0.5b-instruct');
		fireEvent.click(screen.getByText('LM Studio'));
		// It says what leaves the device: the draft and the thread comments sent as context.
		expect(screen.getByText(/drafts, with the last few comments of the thread/)).toBeTruthy();
		expect((screen.getByLabelText('Model') as HTMLInputElement).value).toBe('qwen2.5-0.5b-instruct');
	});

	it('asks for host access inside the click itself (Firefox refuses permissions.request after an await)', async () => {
		const { requestAccess } = setup();
		await updateSettings({ rewrite: { backend: 'openai' } });
		const save = await screen.findByText('Save server');
		fireEvent.click(save);
		// Synchronously, before any storage write resolved.
		expect(requestAccess).toHaveBeenCalledWith('https://api.openai.com');
		expect(await screen.findByText('Saved.')).toBeTruthy();
	});

	it('reads a base URL typed without a scheme or pasted with /chat/completions the way it was meant', async () => {
		const { requestAccess } = setup();
		await updateSettings({ rewrite: { backend: 'openai' } });
		const baseUrl = (await screen.findByLabelText('Base URL')) as HTMLInputElement;
		// "localhost:11434/v1" parses as the scheme "localhost:" (origin "null"): it used to be saved as is.
		fireEvent.input(baseUrl, { target: { value: 'localhost:11434/v1' } });
		fireEvent.click(screen.getByText('Save server'));
		await screen.findByText('Saved.');
		expect(requestAccess).toHaveBeenLastCalledWith('http://localhost:11434');
		expect((await getSettings()).rewrite.openai.baseUrl).toBe('http://localhost:11434/v1');
		expect(baseUrl.value).toBe('http://localhost:11434/v1');
		// The full endpoint from a server's docs: the backend appends /chat/completions itself (a 404 otherwise).
		fireEvent.input(baseUrl, { target: { value: 'https://api.openai.com/v1/chat/completions' } });
		fireEvent.click(screen.getByText('Save server'));
		// That is the default server, so it is stored as "the default" (empty) and used as such.
		await waitFor(async () =>
			expect(effectiveOpenAI(await getSettings()).baseUrl).toBe('https://api.openai.com/v1'),
		);
		// An address that cannot work is refused in words, and nothing is saved.
		fireEvent.input(baseUrl, { target: { value: 'ftp://files.example.com' } });
		fireEvent.click(screen.getByText('Save server'));
		expect(await screen.findByText(/must start with http:\/\/ or https:\/\//)).toBeTruthy();
		expect(effectiveOpenAI(await getSettings()).baseUrl).toBe('https://api.openai.com/v1');
	});

	it('"Check server" says whether the server has the model typed, before any draft needs it', async () => {
		const fetchFn = vi.fn(
			async () =>
				new Response(JSON.stringify({ data: [{ id: 'qwen2.5:0.5b-instruct' }] }), {
					headers: { 'content-type': 'application/json' },
				}),
		);
		vi.stubGlobal('fetch', fetchFn);
		try {
			setup();
			await updateSettings({ rewrite: { backend: 'openai' } });
			fireEvent.input(await screen.findByLabelText('Base URL'), { target: { value: 'localhost:11434/v1' } });
			fireEvent.input(screen.getByLabelText('Model'), { target: { value: 'llama3.2' } });
			fireEvent.click(screen.getByRole('button', { name: 'Check server' }));
			expect(await screen.findByText(/has no model “llama3.2”. It has “qwen2.5:0.5b-instruct”/)).toBeTruthy();
			expect(fetchFn).toHaveBeenCalledWith('http://localhost:11434/v1/models', expect.anything());
			fireEvent.input(screen.getByLabelText('Model'), { target: { value: 'qwen2.5:0.5b-instruct' } });
			fireEvent.click(screen.getByRole('button', { name: 'Check server' }));
			expect(
				await screen.findByText('The server answered, and it has “qwen2.5:0.5b-instruct”.'),
			).toBeTruthy();
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('says so when the browser refuses host access', async () => {
		render(<OptionsPage openHistory={() => {}} requestAccess={async () => false} />);
		await updateSettings({ rewrite: { backend: 'openai' } });
		fireEvent.click(await screen.findByText('Save server'));
		expect(await screen.findByText(/did not grant access to https:\/\/api.openai.com/)).toBeTruthy();
	});

	it('lists sites with their own setting; switching one back on drops the override', async () => {
		await updateSettings({ sites: { 'reddit.com': { enabled: false }, 'github.com': { enabled: false } } });
		setup();
		const list = await screen.findByTestId('site-list');
		expect(list.textContent).toContain('reddit.com');
		fireEvent.click(screen.getByText('reddit.com'));
		await waitFor(async () =>
			expect((await getSettings()).sites).toEqual({ 'github.com': { enabled: false } }),
		);
		fireEvent.click(screen.getByLabelText('Forget github.com'));
		await waitFor(async () => expect((await getSettings()).sites).toEqual({}));
		expect(await screen.findByText(/No site has its own setting yet/)).toBeTruthy();
	});

	it('stores "Don\'t warn about swearing at code and tools", off by default', async () => {
		setup();
		const toggle = await screen.findByTestId('opt-allow-swearing');
		expect(toggle.getAttribute('aria-checked')).toBe('false');
		fireEvent.click(toggle);
		await waitFor(async () => expect((await getSettings()).allowSwearingAtThings).toBe(true));
	});

	it("lists a site's own swearing choice and returns it to the global one", async () => {
		await updateSettings({ sites: { 'work.example': { enabled: true, allowSwearingAtThings: false } } });
		setup();
		const row = await screen.findByTestId('site-work.example');
		expect(row.textContent).toContain('Swearing at code and tools: warned');
		expect(row.textContent).not.toContain('Own sensitivity');
		// The button names what it gives back (it read "Global sensitivity" for a swearing choice until session 15).
		const back = screen.getByLabelText('Use the global swearing choice on work.example');
		expect(back.textContent).toBe('Global settings');
		fireEvent.click(back);
		await waitFor(async () => expect((await getSettings()).sites).toEqual({}));
	});

	it("lists a site's own sensitivity and returns it to the global value", async () => {
		await updateSettings({
			sites: {
				'github.com': { enabled: true, sensitivity: 0.3, derailSensitivity: 0.8 },
				'reddit.com': { enabled: false, sensitivity: 0.9 },
			},
		});
		setup();
		const row = await screen.findByTestId('site-github.com');
		expect(row.textContent).toContain('Own sensitivity · Drafts: Relaxed (30%) · Heated threads: 80%');
		fireEvent.click(screen.getByLabelText('Use the global sensitivity on github.com'));
		// Nothing else set on github.com: the entry goes; reddit.com keeps being off, without its own value.
		await waitFor(async () =>
			expect((await getSettings()).sites).toEqual({ 'reddit.com': { enabled: false, sensitivity: 0.9 } }),
		);
		fireEvent.click(screen.getByLabelText('Use the global sensitivity on reddit.com'));
		await waitFor(async () =>
			expect((await getSettings()).sites).toEqual({ 'reddit.com': { enabled: false } }),
		);
		expect(screen.queryByLabelText('Use the global sensitivity on reddit.com')).toBeNull();
	});

	it('names a site whose heated-thread alerts are off, and returns it to the global choice', async () => {
		await updateSettings({
			sites: { 'github.com': { enabled: true, derailAlerts: false, derailSensitivity: 0.8 } },
		});
		setup();
		const row = await screen.findByTestId('site-github.com');
		expect(row.textContent).toContain('Heated threads: off');
		expect(row.textContent).not.toContain('80%'); // a slider value that does nothing while off is not listed
		// The button says it gives the heated-thread alerts back too (it read "Global sensitivity" until session 15).
		const back = screen.getByLabelText('Use the global sensitivity and heated-thread alerts on github.com');
		expect(back.textContent).toBe('Global settings');
		fireEvent.click(back);
		await waitFor(async () => expect((await getSettings()).sites).toEqual({}));
	});

	it('keeps keyboard focus in the site list when a row or its button goes away', async () => {
		await updateSettings({
			sites: {
				'github.com': { enabled: false, sensitivity: 0.3 },
				'news.ycombinator.com': { enabled: false },
				'reddit.com': { enabled: false },
			},
		});
		setup();
		const global = await screen.findByLabelText('Use the global sensitivity on github.com');
		global.focus();
		fireEvent.click(global);
		// The button is gone with the override; focus stays on the same site's row.
		await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Forget github.com')));
		fireEvent.click(screen.getByLabelText('Forget github.com'));
		// The row is gone: the next site's switch takes focus.
		await waitFor(() =>
			expect(document.activeElement).toBe(
				screen.getByTestId('site-news.ycombinator.com').querySelector('[role="switch"]'),
			),
		);
		fireEvent.click(screen.getByLabelText('Forget reddit.com'));
		await waitFor(() => expect(screen.queryByTestId('site-reddit.com')).toBeNull());
		await updateSettings({
			sites: { 'news.ycombinator.com': { enabled: false }, 'lobste.rs': { sensitivity: 0.9, enabled: true } },
		});
		// A site whose only choice was its sensitivity leaves the list with it: focus goes to its neighbour.
		fireEvent.click(await screen.findByLabelText('Use the global sensitivity on lobste.rs'));
		await waitFor(() =>
			expect(document.activeElement).toBe(
				screen.getByTestId('site-news.ycombinator.com').querySelector('[role="switch"]'),
			),
		);
		fireEvent.click(screen.getByLabelText('Forget news.ycombinator.com'));
		// The last one: focus goes to the note that says the list is empty, not to <body>.
		await waitFor(() =>
			expect(document.activeElement?.textContent).toMatch(/No site has its own setting yet/),
		);
	});

	it('links to the history page', async () => {
		const { openHistory } = setup();
		fireEvent.click(await screen.findByText(/See, export or delete your history/));
		expect(openHistory).toHaveBeenCalledOnce();
	});
});
