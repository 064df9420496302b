import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScoreOptions, ScoreResult } from '../../models/scoring/types.ts';
import { getSettings, setSiteSensitivity, snoozeSite, updateSettings } from '../../utils/storage/settings.ts';
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

// The card command's binding as the browser reports it (fakeBrowser has no `commands`): the manifest's suggestion.
beforeEach(() => {
	vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
		{ name: 'open-card', shortcut: 'Alt+Shift+T' },
	] as never);
});

describe('Popup', () => {
	it('"Tour" opens the welcome page again', async () => {
		const openTour = vi.fn();
		render(
			<Popup
				hostname="github.com"
				score={fakeScore}
				openOptions={vi.fn()}
				openHistory={vi.fn()}
				openTour={openTour}
				now={() => NOW}
			/>,
		);
		fireEvent.click(await screen.findByRole('button', { name: 'Tour' }));
		expect(openTour).toHaveBeenCalledOnce();
		// The keyboard way to the card, said where people look for how Tactful works.
		await waitFor(() =>
			expect(screen.getByTestId('keyboard-hint').textContent).toMatch(
				/Alt\+Shift\+T in a text box opens Tactful’s card.*Esc goes back to your text/,
			),
		);
	});

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

	it('keeps keyboard focus on the snooze row when its buttons swap (Snooze → Resume now → Snooze)', async () => {
		setup();
		const hour = await screen.findByTestId('snooze-hour');
		hour.focus();
		fireEvent.click(hour);
		await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('resume')));
		fireEvent.click(screen.getByTestId('resume'));
		await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('snooze-hour')));
	});

	it('keeps keyboard focus in the site card after "Resume here"', async () => {
		await snoozeSite('github.com', NOW + 600_000);
		setup();
		const resume = await screen.findByTestId('resume-site');
		resume.focus();
		fireEvent.click(resume);
		await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('snooze-site-hour')));
	});

	it('says which sites a snooze covers, without repeating the status in the rows (QA session 19)', async () => {
		setup();
		// This site, from the popup: the status and the button name it; every other site keeps watching.
		fireEvent.click(await screen.findByRole('button', { name: 'Snooze on github.com for 1 hour' }));
		await waitFor(async () =>
			expect((await getSettings()).sites['github.com']?.snoozeUntil).toBe(NOW + 3_600_000),
		);
		expect((await getSettings()).snoozeUntil).toBe(0);
		await waitFor(() =>
			expect(screen.getByTestId('status').textContent).toMatch(/^Snoozed on github\.com until /),
		);
		expect(document.activeElement).toBe(screen.getByTestId('resume-site'));
		expect(screen.getByTestId('resume-site').getAttribute('aria-label')).toBe('Resume on github.com');
		// Every site: the status says so (a bare "Snoozed until" read as this site's), once.
		fireEvent.click(screen.getByRole('button', { name: 'Snooze all sites for 1 hour' }));
		await waitFor(() =>
			expect(screen.getByTestId('status').textContent).toMatch(/^Snoozed on all sites until /),
		);
		const popup = screen.getByTestId('popup').textContent ?? '';
		expect(popup.match(/until/g)).toHaveLength(1);
	});

	// QA session 21: "Rest of today" read "Snoozed on all sites until 12:00 AM", which many read as noon (or as
	// this morning's midnight, long past); a snooze ending on another day said only the time.
	it('says "until midnight" after "Rest of today", and "tomorrow" for a snooze ending on another day', async () => {
		setup();
		fireEvent.click(await screen.findByRole('button', { name: 'Snooze all sites for the rest of today' }));
		await waitFor(() =>
			expect(screen.getByTestId('status').textContent).toBe('Snoozed on all sites until midnight'),
		);
		fireEvent.click(screen.getByRole('button', { name: 'Resume all sites now' }));
		// A site snooze past midnight (an hour from 23:30): "tomorrow", with the time.
		const late = new Date(NOW);
		late.setHours(23, 30, 0, 0);
		await snoozeSite('github.com', late.getTime() + 3_600_000);
		await waitFor(() =>
			expect(screen.getByTestId('status').textContent).toMatch(
				/^Snoozed on github\.com until tomorrow, 12:30/,
			),
		);
	});

	it('wakes up by itself when a snooze runs out while the popup is open (no settings change marks it)', async () => {
		// A clock the test moves; the snoozes end in 300 ms (site) and 600 ms (everywhere), real time.
		let clock = Date.now();
		await snoozeSite('github.com', clock + 300);
		await updateSettings({ snoozeUntil: clock + 600 });
		render(
			<Popup
				hostname="github.com"
				score={vi.fn(fakeScore)}
				openOptions={vi.fn()}
				openHistory={vi.fn()}
				now={() => clock}
			/>,
		);
		expect((await screen.findByTestId('status')).textContent).toMatch(/^Snoozed on all sites until /);
		clock += 700;
		await waitFor(
			() => expect(screen.getByTestId('status').textContent).toBe('Watching your drafts on github.com'),
			{
				timeout: 2000,
			},
		);
		expect(screen.getByTestId('snooze-hour')).toBeTruthy();
		expect(screen.queryByTestId('resume-site')).toBeNull();
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

	it('names the snooze buttons for a screen reader ("Snooze all sites for 1 hour", not a bare "1 hour")', async () => {
		setup();
		fireEvent.click(await screen.findByRole('button', { name: 'Snooze all sites for 1 hour' }));
		await waitFor(async () => expect((await getSettings()).snoozeUntil).toBe(NOW + 3_600_000));
		fireEvent.click(await screen.findByTestId('resume'));
		expect(
			await screen.findByRole('button', { name: 'Snooze all sites for the rest of today' }),
		).toBeTruthy();
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

	it('gives the current site its own sensitivity, previews it, and goes back to the global one', async () => {
		setup();
		await waitFor(() => expect(screen.getByTestId('live-examples').dataset.state).toBe('ready'));
		const group = screen.getByRole('group', { name: 'Sensitivity on github.com' });
		const same = screen.getByRole('radio', { name: 'Same as everywhere' }) as HTMLInputElement;
		const custom = screen.getByRole('radio', { name: 'Custom' }) as HTMLInputElement;
		expect(group.contains(same) && group.contains(custom)).toBe(true);
		expect(same.checked).toBe(true);
		expect(screen.queryByLabelText('Drafts on github.com')).toBeNull();

		// "Custom" starts from the global values, so nothing changes until a slider moves.
		fireEvent.click(custom);
		await waitFor(async () =>
			expect((await getSettings()).sites['github.com']).toEqual({
				enabled: true,
				sensitivity: 0.5,
				derailSensitivity: 0.5,
			}),
		);
		const siteSlider = (await screen.findByLabelText('Drafts on github.com')) as HTMLInputElement;
		expect(custom.checked).toBe(true);
		expect(siteSlider.getAttribute('aria-valuetext')).toBe('Balanced (recommended), 50%');

		// The preview follows the site's slider while it moves; only the site's value is saved.
		fireEvent.input(siteSlider, { target: { value: '0.2' } });
		await waitFor(() => expect(flaggedCount()).toBe(1));
		fireEvent.change(siteSlider, { target: { value: '0.2' } });
		await waitFor(async () => expect((await getSettings()).sites['github.com']?.sensitivity).toBe(0.2));
		expect((await getSettings()).sensitivity).toBe(0.5);
		const derail = screen.getByLabelText('Heated-thread alerts on github.com');
		fireEvent.change(derail, { target: { value: '0.8' } });
		await waitFor(async () => expect((await getSettings()).sites['github.com']?.derailSensitivity).toBe(0.8));

		// Moving the global slider previews the global value (which other sites use).
		fireEvent.input(screen.getByLabelText('Sensitivity'), { target: { value: '0.5' } });
		await waitFor(() => expect(flaggedCount()).toBe(3));

		fireEvent.click(same);
		await waitFor(async () => expect((await getSettings()).sites['github.com']).toBeUndefined());
		await waitFor(() => expect(screen.queryByLabelText('Drafts on github.com')).toBeNull());
		expect(same.checked).toBe(true);
	});

	it('turns heated-thread alerts off for the current site under "Custom" (slider hidden), cleared by "Same as everywhere"', async () => {
		setup();
		fireEvent.click(await screen.findByRole('radio', { name: 'Custom' }));
		const siteSwitch = await screen.findByRole('switch', {
			name: 'Warn when a thread is heated on github.com',
		});
		expect(siteSwitch.getAttribute('aria-checked')).toBe('true');
		expect(screen.getByLabelText('Heated-thread alerts on github.com')).toBeTruthy();
		fireEvent.click(siteSwitch);
		await waitFor(async () => expect((await getSettings()).sites['github.com']?.derailAlerts).toBe(false));
		await waitFor(() => expect(screen.queryByLabelText('Heated-thread alerts on github.com')).toBeNull());
		expect((await getSettings()).derailAlerts).toBe(true); // other sites keep their alerts
		fireEvent.click(siteSwitch);
		await waitFor(async () => expect((await getSettings()).sites['github.com']?.derailAlerts).toBe(true));
		expect(await screen.findByLabelText('Heated-thread alerts on github.com')).toBeTruthy();
		fireEvent.click(siteSwitch);
		await waitFor(async () => expect((await getSettings()).sites['github.com']?.derailAlerts).toBe(false));
		fireEvent.click(screen.getByRole('radio', { name: 'Same as everywhere' }));
		await waitFor(async () => expect((await getSettings()).sites['github.com']).toBeUndefined());
	});

	it("says under the site's heated-thread slider that Relaxed still warns about a clearly heated thread", async () => {
		// Session 21 QA (#2): the note was only on the options page, so the popup's slider at Relaxed looked broken
		// on a clearly heated thread (the threshold stops at 0.95).
		setup();
		fireEvent.click(await screen.findByRole('radio', { name: 'Custom' }));
		const slider = await screen.findByLabelText('Heated-thread alerts on github.com');
		const hint = document.getElementById(slider.getAttribute('aria-describedby') ?? '');
		expect(hint?.textContent).toMatch(/Even at Relaxed, a clearly heated thread still gets a warning/);
	});

	it('shows a site whose alerts are off (and nothing else) as "Custom"', async () => {
		await updateSettings({ sites: { 'github.com': { enabled: true, derailAlerts: false } } });
		setup();
		const siteSwitch = await screen.findByRole('switch', {
			name: 'Warn when a thread is heated on github.com',
		});
		expect(siteSwitch.getAttribute('aria-checked')).toBe('false');
		expect((screen.getByRole('radio', { name: 'Custom' }) as HTMLInputElement).checked).toBe(true);
	});

	it('gives the current site its own swearing choice under "Custom", cleared by "Same as everywhere"', async () => {
		await updateSettings({ allowSwearingAtThings: true });
		setup();
		fireEvent.click(await screen.findByRole('radio', { name: 'Custom' }));
		const siteSwitch = await screen.findByRole('switch', {
			name: "Don't warn about swearing at code and tools on github.com",
		});
		// It starts from the global choice and stores nothing until switched.
		expect(siteSwitch.getAttribute('aria-checked')).toBe('true');
		fireEvent.click(siteSwitch);
		await waitFor(async () =>
			expect((await getSettings()).sites['github.com']?.allowSwearingAtThings).toBe(false),
		);
		expect((await getSettings()).allowSwearingAtThings).toBe(true);
		fireEvent.click(screen.getByRole('radio', { name: 'Same as everywhere' }));
		await waitFor(async () => expect((await getSettings()).sites['github.com']).toBeUndefined());
	});

	// Session 24: under "Custom" the site's swearing switch and the global one both read "Don't warn about swearing
	// at code and tools" on screen (the site's "on github.com" was for screen readers only).
	it('under "Custom", no two controls have the same visible label, and each says where it applies', async () => {
		setup();
		fireEvent.click(await screen.findByRole('radio', { name: 'Custom' }));
		await screen.findByTestId('site-allow-swearing');
		const visible = (el: Element) => {
			const copy = el.cloneNode(true) as Element;
			for (const sr of copy.querySelectorAll('.tf-sr')) sr.remove();
			return copy.textContent?.trim() ?? '';
		};
		const labels = [...document.querySelectorAll('.tf-switch-label, .tf-slider-head label')].map(visible);
		expect(new Set(labels).size).toBe(labels.length);
		expect(labels).toContain("Don't warn about swearing at code and tools on github.com");
		expect(labels).toContain("Don't warn about swearing at code and tools on all sites");
		// Once the site has its own choice, the global switch covers the other sites.
		fireEvent.click(screen.getByTestId('site-allow-swearing'));
		await screen.findByRole('switch', { name: "Don't warn about swearing at code and tools on other sites" });
	});

	it("opens on a site's own sensitivity, previewing the value in effect there", async () => {
		await setSiteSensitivity('github.com', { sensitivity: 1 });
		setup();
		await waitFor(() => expect(screen.getByTestId('live-examples').dataset.state).toBe('ready'));
		expect((screen.getByRole('radio', { name: 'Custom' }) as HTMLInputElement).checked).toBe(true);
		expect(flaggedCount()).toBe(5); // p >= 0 at sensitivity 1: every example
		expect((screen.getByLabelText('Sensitivity') as HTMLInputElement).value).toBe('0.5');
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

	it('marks the preview as updating while it re-scores a new value (the old result stays, marked), then clears it', async () => {
		// Every call waits until the test answers it, so the moment between a slider move and its result is visible.
		const waiting: { options: ScoreOptions; answer: () => void }[] = [];
		const score = vi.fn(
			(text: string, options: ScoreOptions) =>
				new Promise<ScoreResult>((resolve) =>
					waiting.push({ options, answer: () => void fakeScore(text, options).then(resolve) }),
				),
		);
		const answer = (sensitivity: number) => {
			for (const w of waiting.filter((x) => x.options.sensitivity === sensitivity)) w.answer();
		};
		const examples = () => screen.getByTestId('live-examples');
		const { rerender } = render(
			<LiveExamples sensitivity={0.5} disabledDimensions={[]} score={score} debounceMs={0} />,
		);
		expect(examples().getAttribute('aria-busy')).toBe('true'); // nothing scored yet
		await waitFor(() => expect(waiting).toHaveLength(EXAMPLE_SENTENCES.length));
		answer(0.5);
		await waitFor(() => expect(examples().dataset.state).toBe('ready'));
		expect(examples().getAttribute('aria-busy')).toBe('false');
		expect(examples().dataset.updating).toBeUndefined();
		expect(flaggedCount()).toBe(3);

		rerender(<LiveExamples sensitivity={0.2} disabledDimensions={[]} score={score} debounceMs={0} />);
		// The result shown is for 0.5 until 0.2's comes back: it says so, and screen readers wait for the new one.
		expect(examples().getAttribute('aria-busy')).toBe('true');
		expect(examples().dataset.updating).toBe('true');
		expect(screen.getByText(/updating/)).toBeTruthy();
		expect(flaggedCount()).toBe(3);
		await waitFor(() => expect(waiting).toHaveLength(2 * EXAMPLE_SENTENCES.length));
		answer(0.2);
		await waitFor(() => expect(examples().dataset.updating).toBeUndefined());
		expect(examples().getAttribute('aria-busy')).toBe('false');
		expect(screen.queryByText(/updating/)).toBeNull();
		expect(flaggedCount()).toBe(1);
	});

	it('a fast drag ends on the result for the last value, whatever order the answers come back in', async () => {
		const waiting: { options: ScoreOptions; answer: () => void }[] = [];
		const score = vi.fn(
			(text: string, options: ScoreOptions) =>
				new Promise<ScoreResult>((resolve) =>
					waiting.push({ options, answer: () => void fakeScore(text, options).then(resolve) }),
				),
		);
		const answer = (sensitivity: number) => {
			for (const w of waiting.filter((x) => x.options.sensitivity === sensitivity)) w.answer();
		};
		const { rerender } = render(
			<LiveExamples sensitivity={0.5} disabledDimensions={[]} score={score} debounceMs={0} />,
		);
		await waitFor(() => expect(waiting).toHaveLength(EXAMPLE_SENTENCES.length));
		for (const s of [0.8, 0.2]) {
			rerender(<LiveExamples sensitivity={s} disabledDimensions={[]} score={score} debounceMs={0} />);
			await waitFor(() =>
				expect(waiting.filter((w) => w.options.sensitivity === s)).toHaveLength(EXAMPLE_SENTENCES.length),
			);
		}
		// The last value's answers come first, the earlier values' after them.
		answer(0.2);
		await waitFor(() => expect(screen.getByTestId('live-examples').dataset.state).toBe('ready'));
		answer(0.8);
		answer(0.5);
		await new Promise((r) => setTimeout(r, 20));
		expect(flaggedCount()).toBe(1); // 0.2, not 0.8's 5 or 0.5's 3
		expect(screen.getByTestId('live-examples').dataset.updating).toBeUndefined();
	});

	it('degrades quietly when the scorer is not up', async () => {
		setup(vi.fn(() => Promise.reject(new Error('no reply to scoreDraft'))));
		expect(await screen.findByText(/live preview appears once the checker has started/)).toBeTruthy();
		expect(screen.getAllByText(EXAMPLE_SENTENCES[0] as string)).toHaveLength(1);
	});

	it('turns on "Don\'t warn about swearing at code and tools" by its accessible name', async () => {
		setup();
		const toggle = await screen.findByRole('switch', { name: /swearing at code and tools/ });
		expect(toggle.getAttribute('aria-checked')).toBe('false');
		expect(toggle.textContent).toContain('Swearing at people still does');
		fireEvent.click(toggle);
		await waitFor(async () => expect((await getSettings()).allowSwearingAtThings).toBe(true));
		expect(toggle.getAttribute('aria-checked')).toBe('true');
	});

	it('toggles a dimension by its friendly name', async () => {
		setup();
		fireEvent.click(await screen.findByText('Toxic emotions'));
		await waitFor(async () => expect((await getSettings()).disabledDimensions).toEqual(['Toxic Emotions']));
		expect(screen.getByText(/13 of 14 on/)).toBeTruthy();
	});

	it('two dimensions switched off in quick succession both stay off (the second click must not undo the first)', async () => {
		setup();
		fireEvent.click(await screen.findByText('Toxic emotions'));
		fireEvent.click(screen.getByText('Missing openness'));
		await waitFor(async () =>
			expect((await getSettings()).disabledDimensions).toEqual(['Toxic Emotions', 'Missing Openness']),
		);
		await waitFor(() => expect(screen.getByText(/12 of 14 on/)).toBeTruthy());
	});

	it('lists "Insults, threats and slurs" as a row of its own, on by default, apart from "Toxic emotions"', async () => {
		setup();
		const row = await screen.findByTestId('dim-Toxicity');
		expect(row.textContent).toContain('Insults, threats and slurs');
		expect(row.getAttribute('aria-checked')).toBe('true');
		fireEvent.click(row);
		await waitFor(async () => expect((await getSettings()).disabledDimensions).toEqual(['Toxicity']));
		expect(screen.getByTestId('dim-Toxic Emotions').getAttribute('aria-checked')).toBe('true');
	});

	it('follows settings changed elsewhere and links to options and history', async () => {
		const { openOptions, openHistory } = setup(undefined, null);
		expect(await screen.findByText('Not available on this page')).toBeTruthy();
		expect(screen.queryByTestId('site-enabled')).toBeNull();
		expect(screen.queryByTestId('site-sensitivity')).toBeNull();
		await updateSettings({ enabled: false });
		await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Off everywhere'));
		fireEvent.click(screen.getByText('More options'));
		fireEvent.click(screen.getByText('Your history'));
		expect(openOptions).toHaveBeenCalledOnce();
		expect(openHistory).toHaveBeenCalledOnce();
	});
});

describe('Popup when checking is unavailable (session 13)', () => {
	const broken = {
		ok: false as const,
		reason:
			"Tactful's model file could not be loaded: it is damaged or missing. Reinstall or update the extension",
		details: 'Failed to load model because protobuf parsing failed.',
	};

	function withHealth(health: (retry: boolean) => Promise<import('../../utils/health.ts').EngineHealth>) {
		render(
			<Popup
				hostname="github.com"
				score={fakeScore}
				openOptions={vi.fn()}
				openHistory={vi.fn()}
				health={health}
				now={() => NOW}
			/>,
		);
	}

	it('says so at the top in plain words, raw text behind Details, and Try again re-runs the load', async () => {
		const health = vi.fn().mockResolvedValueOnce(broken).mockResolvedValue({ ok: true });
		withHealth(health);
		const alert = await screen.findByTestId('engine-problem');
		expect(alert.getAttribute('role')).toBe('alert');
		expect(alert.textContent).toMatch(/Tactful cannot check drafts right now/);
		expect(alert.textContent).toMatch(/damaged or missing\. Reinstall or update the extension/);
		// The raw text is there for a bug report, folded away under "Details".
		const details = alert.querySelector('details');
		expect(details?.querySelector('summary')?.textContent).toBe('Details');
		expect(details?.textContent).toMatch(/protobuf parsing failed/);
		expect(details?.open).toBe(false);
		// It comes first in the popup, before the status line.
		const popup = screen.getByTestId('popup');
		expect(popup.firstElementChild?.getAttribute('data-testid')).toBe('engine-problem');
		expect(health).toHaveBeenLastCalledWith(false);
		fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		await waitFor(() => expect(screen.queryByTestId('engine-problem')).toBeNull());
		expect(health).toHaveBeenLastCalledWith(true);
	});

	it('does not claim to watch drafts while it cannot check them; says so again once Try again works', async () => {
		const health = vi.fn().mockResolvedValueOnce(broken).mockResolvedValue({ ok: true });
		withHealth(health);
		await screen.findByTestId('engine-problem');
		const status = screen.getByTestId('status');
		expect(status.textContent).toBe('Not checking drafts on github.com: see the problem above');
		expect(status.classList.contains('tf-status-on')).toBe(false);
		fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		await waitFor(() =>
			expect(screen.getByTestId('status').textContent).toBe('Watching your drafts on github.com'),
		);
		expect(screen.getByTestId('status').classList.contains('tf-status-on')).toBe(true);
	});

	it('a host that cannot start (the request itself fails) is said in plain words too', async () => {
		withHealth(() =>
			Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
		);
		const alert = await screen.findByTestId('engine-problem');
		expect(alert.textContent).toMatch(/checker did not answer/);
		expect(alert.querySelector('details')?.textContent).toMatch(/Receiving end does not exist/);
	});

	it('shows nothing when the engine is fine', async () => {
		withHealth(async () => ({ ok: true }));
		await screen.findByTestId('status');
		await new Promise((r) => setTimeout(r, 20));
		expect(screen.queryByTestId('engine-problem')).toBeNull();
	});
});
