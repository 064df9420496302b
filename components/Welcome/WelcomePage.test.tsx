import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RewriteSuggestion } from '../../models/rewrite/types.ts';
import {
	DIMENSIONS,
	type Dimension,
	type ScoreOptions,
	type ScoreResult,
} from '../../models/scoring/types.ts';
import { getSettings, updateSettings } from '../../utils/storage/settings.ts';
import { SAMPLE_CIVIL, SAMPLE_HEATED } from './TryIt.tsx';
import { WelcomePage } from './WelcomePage.tsx';

const dims = (p: number) => Object.fromEntries(DIMENSIONS.map((d) => [d, p])) as Record<Dimension, number>;

/** A stand-in scorer: flags a draft containing "idiot" (blaming that word), passes anything else. */
function fakeScore(text: string, _options: ScoreOptions): Promise<ScoreResult> {
	const at = text.indexOf('idiot');
	const rude = at >= 0;
	return Promise.resolve({
		text,
		inappropriate: rude ? 0.9 : 0.05,
		toxic: rude ? 0.95 : 0.02,
		dimensions: dims(rude ? 0.3 : 0.02),
		flag: rude,
		spans: rude ? [{ start: at, end: at + 5, weight: 1, head: 'toxic' }] : [],
	});
}

const fakeRewrite = (text: string): Promise<RewriteSuggestion> =>
	Promise.resolve({
		source: text,
		backend: 'offline',
		weight: 0.5,
		candidates: [
			{
				rewrite: 'I think this needs tests before it is merged.',
				strategy: 's',
				reward: 1,
				appropriate: 1,
				similarity: 0.5,
			},
		],
		rejected: [],
		context: 'c',
	});

function setup(score = vi.fn(fakeScore)) {
	const rewrite = vi.fn(fakeRewrite);
	const warmUp = vi.fn();
	render(
		<WelcomePage score={score} rewrite={rewrite} warmUp={warmUp} rewriteSettingsUrl="options.html#rewrite" />,
	);
	return { score, rewrite, warmUp };
}

const verdict = () => screen.getByTestId('try-verdict');

// The card command's binding as the browser reports it (fakeBrowser has no `commands`): the manifest's suggestion.
beforeEach(() => {
	vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
		{ name: 'open-card', shortcut: 'Alt+Shift+T' },
	] as never);
});

describe('WelcomePage', () => {
	it('says what Tactful does and what stays on this machine', async () => {
		setup();
		const main = await screen.findByTestId('welcome');
		expect(main.textContent).toMatch(/scored by small models/);
		expect(main.textContent).toMatch(/Nothing you type leaves it unless you turn on a remote rewrite model/);
		await waitFor(() =>
			expect(screen.getByTestId('keyboard-hint').textContent).toMatch(
				/Alt\+Shift\+T in a text box opens Tactful’s card.*Esc goes back to your text/,
			),
		);
		expect(screen.getByRole('link', { name: /model on this device or a server/ }).getAttribute('href')).toBe(
			'options.html#rewrite',
		);
	});

	it('warns on a heated line with the reason, underline and a rewrite; not on a civil one', async () => {
		const { score, rewrite, warmUp } = setup();
		fireEvent.click(await screen.findByTestId('try-heated'));
		await waitFor(() => expect(verdict().dataset.level).toBe('warn'));
		expect(score).toHaveBeenLastCalledWith(SAMPLE_HEATED, expect.objectContaining({ sensitivity: 0.5 }));
		expect(screen.getByTestId('try-card').textContent).toMatch(/Insults, threats and slurs/);
		expect(screen.getAllByTestId('try-underline').map((u) => u.textContent)).toEqual(['idiot']);
		fireEvent.click(screen.getByTestId('try-suggest'));
		expect(await screen.findByTestId('try-rewrite')).toHaveProperty(
			'textContent',
			'I think this needs tests before it is merged.',
		);
		expect(rewrite).toHaveBeenCalledWith(SAMPLE_HEATED);
		expect(warmUp).toHaveBeenCalled(); // the box took focus: the models start loading, as on a site
		fireEvent.click(screen.getByTestId('try-use'));
		await waitFor(() => expect(verdict().dataset.level).toBe('ok'));

		fireEvent.click(screen.getByTestId('try-civil'));
		await waitFor(() =>
			expect((screen.getByTestId('try-input') as HTMLTextAreaElement).value).toBe(SAMPLE_CIVIL),
		);
		await waitFor(() => expect(verdict().dataset.level).toBe('ok'));
		expect(screen.queryByTestId('try-card')).toBeNull();
		expect(screen.queryByTestId('try-underline')).toBeNull();
	});

	it('says the checker is starting while the host does not answer, then shows the verdict', async () => {
		let ready = false;
		const score = vi.fn((text: string, options: ScoreOptions) =>
			ready ? fakeScore(text, options) : Promise.reject(new Error('no reply to scoreDraft')),
		);
		render(<WelcomePage score={score} rewrite={fakeRewrite} rewriteSettingsUrl="#" />);
		fireEvent.click(await screen.findByTestId('try-heated'));
		await waitFor(() => expect(verdict().dataset.state).toBe('starting'), { timeout: 3000 });
		ready = true;
		await waitFor(() => expect(verdict().dataset.level).toBe('warn'), { timeout: 4000 });
	});

	it('saves the first choices to the settings the popup reads, and re-scores with them', async () => {
		await updateSettings({ sensitivity: 0.5, allowSwearingAtThings: false, rewrite: { backend: 'openai' } });
		const { score } = setup();
		fireEvent.click(await screen.findByTestId('welcome-allow-swearing'));
		await waitFor(async () => expect((await getSettings()).allowSwearingAtThings).toBe(true));
		const slider = screen.getByLabelText('How readily it warns') as HTMLInputElement;
		fireEvent.input(slider, { target: { value: '0.8' } });
		fireEvent.change(slider, { target: { value: '0.8' } });
		await waitFor(async () => expect((await getSettings()).sensitivity).toBe(0.8));
		fireEvent.click(screen.getByTestId('welcome-use-offline'));
		await waitFor(async () => expect((await getSettings()).rewrite.backend).toBe('offline'));
		fireEvent.click(screen.getByTestId('try-heated'));
		await waitFor(() =>
			expect(score).toHaveBeenLastCalledWith(
				SAMPLE_HEATED,
				expect.objectContaining({ sensitivity: 0.8, allowSwearingAtThings: true }),
			),
		);
	});

	it('has the heated-thread alert switch the popup and options page have (settings v6 derailAlerts)', async () => {
		await updateSettings({ derailAlerts: true });
		setup();
		const alerts = await screen.findByTestId('welcome-derail-alerts');
		expect(alerts.textContent).toMatch(/Warn when a thread is heated/);
		expect(alerts.getAttribute('aria-checked')).toBe('true');
		fireEvent.click(alerts);
		await waitFor(async () => expect((await getSettings()).derailAlerts).toBe(false));
		await waitFor(() =>
			expect(screen.getByTestId('welcome-derail-alerts').getAttribute('aria-checked')).toBe('false'),
		);
	});

	it('does not score or warn while warnings are off, says so, and offers to turn them back on', async () => {
		await updateSettings({ enabled: false, snoozeUntil: 0 });
		const { score } = setup();
		fireEvent.click(await screen.findByTestId('try-heated'));
		await waitFor(() => expect(verdict().dataset.state).toBe('quiet'));
		expect(verdict().textContent).toMatch(/Warnings are off/);
		await new Promise((r) => setTimeout(r, 400)); // past the 250 ms debounce: nothing may be sent
		expect(score).not.toHaveBeenCalled();
		expect(screen.queryByTestId('try-card')).toBeNull();
		expect(screen.queryByTestId('try-underline')).toBeNull();
		expect(screen.queryByTestId('try-badge')).toBeNull();
		fireEvent.click(screen.getByTestId('try-wake'));
		await waitFor(async () => expect((await getSettings()).enabled).toBe(true));
		await waitFor(() => expect(verdict().dataset.level).toBe('warn'));
		expect(score).toHaveBeenLastCalledWith(SAMPLE_HEATED, expect.anything());
	});

	it('while snoozed says until when, stays quiet, and checks again once the snooze runs out', async () => {
		await updateSettings({ enabled: true, snoozeUntil: Date.now() + 1500 });
		const { score } = setup();
		fireEvent.click(await screen.findByTestId('try-heated'));
		await waitFor(() => expect(verdict().dataset.state).toBe('quiet'));
		expect(verdict().textContent).toMatch(/Warnings are snoozed until /);
		expect(score).not.toHaveBeenCalled();
		await waitFor(() => expect(verdict().dataset.level).toBe('warn'), { timeout: 4000 });
		await updateSettings({ snoozeUntil: 0 });
	});
});
