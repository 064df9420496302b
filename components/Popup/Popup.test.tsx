import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ScoreOptions, ScoreResult } from '../../models/scoring/types.ts';
import { getSettings, snoozeSite, updateSettings } from '../../utils/storage/settings.ts';
import { EXAMPLE_SENTENCES } from './examples.ts';
import { LiveExamples } from './LiveExamples.tsx';
import { Popup } from './Popup.tsx';

// Real clock: updateSettings prunes site snoozes that have already expired.
const NOW = Date.now();

/** A stand-in scorer: example i scores (i+1)/6 and flags when that passes 1 - sensitivity. */
function fakeScore(text: string, options: ScoreOptions): Promise<ScoreResult> {
	const p = (EXAMPLE_SENTENCES.indexOf(text) + 1) / 6;
	const flag = p >= 1 - (options.sensitivity ?? 0.5);
	return Promise.resolve({
		text,
		inappropriate: p,
		toxic: p,
		dimensions: {} as ScoreResult['dimensions'],
		flag,
		spans: [],
	});
}

function setup(score = vi.fn(fakeScore), hostname: string | null = 'www.github.com') {
	const openOptions = vi.fn();
	const openHistory = vi.fn();
	render(
		<Popup
			hostname={hostname}
			score={score}
			openOptions={openOptions}
			openHistory={openHistory}
			now={() => NOW}
		/>,
	);
	return { score, openOptions, openHistory };
}

const flaggedCount = () => document.querySelectorAll('.tf-example-flagged').length;

describe('Popup', () => {
	it('shows the site status and turns the extension off', async () => {
		setup();
		expect(await screen.findByTestId('status')).toHaveProperty(
			'textContent',
			'Watching your drafts on github.com',
		);
		fireEvent.click(screen.getByTestId('enabled'));
		await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Off everywhere'));
		expect((await getSettings()).enabled).toBe(false);
	});

	it('turns the current site off', async () => {
		setup();
		fireEvent.click(await screen.findByTestId('site-enabled'));
		await waitFor(async () => expect((await getSettings()).sites['github.com']?.enabled).toBe(false));
		expect(screen.getByTestId('site-enabled').getAttribute('aria-checked')).toBe('false');
		expect(screen.getByTestId('status').textContent).toBe('Off on github.com');
	});

	it('snoozes for an hour and resumes', async () => {
		setup();
		fireEvent.click(await screen.findByTestId('snooze-hour'));
		await waitFor(async () => expect((await getSettings()).snoozeUntil).toBe(NOW + 3_600_000));
		fireEvent.click(await screen.findByTestId('resume'));
		await waitFor(async () => expect((await getSettings()).snoozeUntil).toBe(0));
	});

	it('shows a site snooze set from the warning card and resumes it', async () => {
		await snoozeSite('github.com', NOW + 600_000);
		setup();
		expect((await screen.findByTestId('status')).textContent).toMatch(/^Snoozed on github.com until/);
		fireEvent.click(await screen.findByTestId('resume-site'));
		await waitFor(async () => expect((await getSettings()).sites['github.com']).toBeUndefined());
		await waitFor(() =>
			expect(screen.getByTestId('status').textContent).toBe('Watching your drafts on github.com'),
		);
	});

	it('snoozes for the rest of today', async () => {
		setup();
		fireEvent.click(await screen.findByTestId('snooze-today'));
		await waitFor(async () => expect((await getSettings()).snoozeUntil).toBeGreaterThan(NOW));
		expect(new Date((await getSettings()).snoozeUntil).getHours()).toBe(0);
	});

	it('re-scores the live examples as the slider moves and saves on release', async () => {
		const { score } = setup();
		await waitFor(() => expect(screen.getByTestId('live-examples').dataset.state).toBe('ready'));
		expect(flaggedCount()).toBe(3); // p >= 0.5: examples 3..5
		const slider = screen.getByLabelText('Sensitivity') as HTMLInputElement;
		fireEvent.input(slider, { target: { value: '0.2' } });
		await waitFor(() => expect(flaggedCount()).toBe(1));
		expect(score).toHaveBeenLastCalledWith(expect.any(String), { sensitivity: 0.2, disabledDimensions: [] });
		expect((await getSettings()).sensitivity).toBe(0.5); // not saved while dragging
		fireEvent.change(slider, { target: { value: '0.2' } });
		await waitFor(async () => expect((await getSettings()).sensitivity).toBe(0.2));
	});

	it('retries while the host starts, then shows the preview', async () => {
		let calls = 0;
		const score = vi.fn((text: string, options: ScoreOptions) =>
			++calls <= EXAMPLE_SENTENCES.length ? Promise.reject(new Error('starting')) : fakeScore(text, options),
		);
		render(
			<LiveExamples sensitivity={0.5} disabledDimensions={[]} score={score} debounceMs={0} retryMs={10} />,
		);
		await waitFor(() => expect(screen.getByTestId('live-examples').dataset.state).toBe('ready'));
		expect(flaggedCount()).toBe(3);
	});

	it('degrades quietly when the scorer is not up', async () => {
		setup(vi.fn(() => Promise.reject(new Error('no reply to scoreDraft'))));
		expect(await screen.findByText(/live preview appears once the checker has started/)).toBeTruthy();
		expect(screen.getAllByText(EXAMPLE_SENTENCES[0] as string)).toHaveLength(1);
	});

	it('toggles a dimension by its friendly name', async () => {
		setup();
		fireEvent.click(await screen.findByText('Toxic emotions'));
		await waitFor(async () => expect((await getSettings()).disabledDimensions).toEqual(['Toxic Emotions']));
		expect(screen.getByText(/12 of 13 on/)).toBeTruthy();
	});

	it('follows settings changed elsewhere and links to options and history', async () => {
		const { openOptions, openHistory } = setup(undefined, null);
		expect(await screen.findByText('Not available on this page')).toBeTruthy();
		expect(screen.queryByTestId('site-enabled')).toBeNull();
		await updateSettings({ enabled: false });
		await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Off everywhere'));
		fireEvent.click(screen.getByText('More options'));
		fireEvent.click(screen.getByText('Your history'));
		expect(openOptions).toHaveBeenCalledOnce();
		expect(openHistory).toHaveBeenCalledOnce();
	});
});
