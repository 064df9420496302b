import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OTHER_LANGUAGE, TALKS_DOWN } from '../../models/rewrite/reward.ts';
import { CUT_OFF, FILTERED } from '../../models/rewrite/stream.ts';
import type { RewriteSuggestion } from '../../models/rewrite/types.ts';
import { RewriteCard } from './RewriteCard.tsx';

const suggestion: RewriteSuggestion = {
	source: 'This is a STUPID idea.',
	backend: 'offline',
	weight: 0.5,
	context: 'Toxic Emotions',
	rejected: [],
	candidates: [
		{
			rewrite: 'This is an unwise idea.',
			strategy: 'soften.none.t0',
			reward: 0.8,
			appropriate: 0.9,
			similarity: 0.7,
		},
		{
			rewrite: 'This idea may not work.',
			strategy: 'neutral.none.t0',
			reward: 0.6,
			appropriate: 0.95,
			similarity: 0.3,
		},
	],
};
const handlers = () => ({ onApply: vi.fn(), onUndo: vi.fn(), onDismiss: vi.fn(), onAnother: vi.fn() });

describe('RewriteCard', () => {
	it('shows a word-level diff and the scores, and applies the shown candidate', () => {
		const h = handlers();
		render(<RewriteCard suggestion={suggestion} {...h} />);
		const diff = screen.getByTestId('rewrite-diff');
		expect(diff.querySelector('del')?.textContent).toBe('a STUPID');
		expect(diff.querySelector('ins')?.textContent).toBe('an unwise');
		expect(screen.getByTestId('rewrite-scores').textContent).toContain('Civility 90%');
		// Screen readers get the rewrite as plain text, not the diff's deleted and inserted words run together.
		expect(diff.getAttribute('aria-hidden')).toBe('true');
		expect(screen.getByText(`Suggested rewrite: ${suggestion.candidates[0]?.rewrite}`)).toBeTruthy();
		fireEvent.click(screen.getByText('Apply'));
		expect(h.onApply).toHaveBeenCalledWith(suggestion.candidates[0], { keyboard: expect.any(Boolean) });
	});

	it('a long draft shows the changed lines, not the whole draft, so Apply stays in reach', () => {
		const calm = (i: number) =>
			`Point ${i}: the retry loop never backs off when the queue is full, which saturates the worker pool.`;
		const source = [calm(0), calm(1), 'Point 2: you are a moron.', calm(3), calm(4), calm(5)].join('\n');
		const rewrite = source.replace('you are a moron', 'I disagree');
		const long: RewriteSuggestion = {
			...suggestion,
			source,
			candidates: [{ ...(suggestion.candidates[0] as RewriteSuggestion['candidates'][number]), rewrite }],
		};
		render(<RewriteCard suggestion={long} {...handlers()} />);
		const diff = screen.getByTestId('rewrite-diff');
		expect(diff.querySelector('del')?.textContent).toBe('you are a moron');
		expect(diff.textContent).toContain('Point 2: ');
		expect(diff.textContent).not.toContain('Point 4');
		expect(diff.querySelectorAll('.tactful-rw-gap')).toHaveLength(2);
		expect((diff.textContent ?? '').length).toBeLessThan(source.length / 3);
		// Screen readers hear the line Apply changes, not the whole draft again (spoken-rewrite.ts, session 18).
		expect(document.querySelector('.tf-sr')?.textContent).toBe(
			'Suggested rewrite of one place; the rest of the draft stays as it is. Line 3: Point 2: I disagree.',
		);
	});

	it('"Kept" on a long draft measures the sentence Apply changes, not the whole draft (which read 100%)', () => {
		const calm = (i: number) =>
			`Point ${i}: the retry loop never backs off when the queue is full, which saturates the worker pool.`;
		const source = Array.from({ length: 60 }, (_, i) =>
			i === 40 ? 'Point 40: you are a moron.' : calm(i),
		).join('\n');
		const rewrite = source.replace('you are a moron.', 'I disagree with this change.');
		const base = suggestion.candidates[0] as RewriteSuggestion['candidates'][number];
		// The engine's whole-draft similarity, as the reward computes it: ~0.99.
		const long: RewriteSuggestion = {
			...suggestion,
			source,
			candidates: [{ ...base, rewrite, similarity: 0.99 }],
		};
		render(<RewriteCard suggestion={long} {...handlers()} />);
		const kept = screen.getByTestId('rewrite-kept');
		expect(kept.dataset.scope).toBe('sentence');
		const share = Number(/Kept (\d+)% of that sentence/.exec(kept.textContent ?? '')?.[1]);
		expect(share).toBeGreaterThan(0);
		expect(share).toBeLessThan(60);
	});

	it('a rewrite that only deletes one sentence says "Removes 1 sentence", not "Kept 0% of that sentence"', () => {
		// qa28: a review comment's struck jab read "Kept 0% of that sentence", as if the whole draft were lost.
		const source =
			'Please use the constant here instead of the literal.\nSeriously, who wrote this mess? Use the constant.\nThanks for the patch otherwise.';
		const base = suggestion.candidates[0] as RewriteSuggestion['candidates'][number];
		const rewrite = source.replace('Seriously, who wrote this mess? ', '');
		render(
			<RewriteCard
				suggestion={{ ...suggestion, source, candidates: [{ ...base, rewrite, similarity: 0.9 }] }}
				{...handlers()}
			/>,
		);
		const kept = screen.getByTestId('rewrite-kept');
		expect(kept.textContent).toBe('Removes 1 sentence');
		expect(kept.title).toMatch(/the rest of the draft stays as it is/);
	});

	it('a rewrite that deletes two sentences together says "Removes 2 sentences"', () => {
		const source =
			'The fix looks right to me. You are clueless. Nobody wants this. Please add a test for the empty case.';
		const base = suggestion.candidates[0] as RewriteSuggestion['candidates'][number];
		const rewrite = source.replace('You are clueless. Nobody wants this. ', '');
		render(
			<RewriteCard
				suggestion={{ ...suggestion, source, candidates: [{ ...base, rewrite, similarity: 0.8 }] }}
				{...handlers()}
			/>,
		);
		expect(screen.getByTestId('rewrite-kept').textContent).toBe('Removes 2 sentences');
	});

	it('"Kept" on a rewrite of the whole draft is the engine\'s similarity, with no "of that sentence"', () => {
		render(<RewriteCard suggestion={suggestion} {...handlers()} />);
		const kept = screen.getByTestId('rewrite-kept');
		expect(kept.textContent).toBe('Kept 70%');
		expect(kept.dataset.scope).toBe('draft');
	});

	it('"Another" shows the next best, then is disabled', () => {
		const h = handlers();
		render(<RewriteCard suggestion={suggestion} {...h} />);
		fireEvent.click(screen.getByText('Another'));
		expect(h.onAnother).toHaveBeenCalledWith(suggestion.candidates[0], suggestion.candidates[1]);
		const shown = Array.from(screen.getByTestId('rewrite-diff').childNodes).filter(
			(n) => n.nodeName !== 'DEL',
		);
		expect(shown.map((n) => n.textContent).join('')).toBe('This idea may not work.');
		expect((screen.getByText('Another') as HTMLButtonElement).disabled).toBe(true);
	});

	it('the offline fixer with one wording: no "Another" (a retry gives the same text), and the card says why', () => {
		const one: RewriteSuggestion = { ...suggestion, candidates: suggestion.candidates.slice(0, 1) };
		const h = { ...handlers(), onRetry: vi.fn() };
		render(<RewriteCard suggestion={one} {...h} />);
		expect(screen.queryByText('Another')).toBeNull();
		expect(screen.getByTestId('rewrite-only-one').textContent).toBe(
			"This is the offline fixer's only wording for this draft.",
		);
		expect(screen.getByText('Apply')).toBeTruthy();
	});

	it('the offline fixer at its last wording: "Another" is disabled and says why, even with a retry at hand', () => {
		const h = { ...handlers(), onRetry: vi.fn() };
		render(<RewriteCard suggestion={suggestion} {...h} />);
		expect(screen.queryByTestId('rewrite-only-one')).toBeNull();
		fireEvent.click(screen.getByText('Another'));
		const another = screen.getByText('Another') as HTMLButtonElement;
		expect(another.disabled).toBe(true);
		expect(another.title).toBe('The offline fixer has no other wording for this draft.');
		fireEvent.click(another);
		expect(h.onRetry).not.toHaveBeenCalled();
	});

	it('a model backend with one candidate keeps "Another": it asks the model again', () => {
		const one: RewriteSuggestion = {
			...suggestion,
			backend: 'openai',
			candidates: suggestion.candidates.slice(0, 1),
		};
		const h = { ...handlers(), onRetry: vi.fn() };
		render(<RewriteCard suggestion={one} {...h} />);
		expect(screen.queryByTestId('rewrite-only-one')).toBeNull();
		fireEvent.click(screen.getByText('Another'));
		expect(h.onRetry).toHaveBeenCalled();
	});

	it('a new suggestion (draft edited, or "Try again") starts at its best candidate, not where "Another" left off', () => {
		const h = handlers();
		const { rerender } = render(<RewriteCard suggestion={suggestion} {...h} onRetry={vi.fn()} />);
		fireEvent.click(screen.getByText('Another'));
		const next: RewriteSuggestion = {
			...suggestion,
			source: 'This is a STUPID plan.',
			candidates: [
				{
					...(suggestion.candidates[0] as RewriteSuggestion['candidates'][0]),
					rewrite: 'This is an unwise plan.',
				},
				{
					...(suggestion.candidates[1] as RewriteSuggestion['candidates'][0]),
					rewrite: 'This plan may not work.',
				},
			],
		};
		rerender(<RewriteCard suggestion={next} {...h} onRetry={vi.fn()} />);
		fireEvent.click(screen.getByText('Apply'));
		expect(h.onApply).toHaveBeenCalledWith(next.candidates[0], { keyboard: expect.any(Boolean) });
	});

	it.each([
		[['empty', 'empty'], /came back empty/],
		[['still flagged', 'still flagged'], /still read as inappropriate/],
		// Session 28 (rank28): a model that kept "leave X to people who …" reads as inappropriate too.
		[[TALKS_DOWN, 'still flagged'], /still read as inappropriate/],
		[['garbled output', 'too long', 'unrelated to the draft'], /did not read as a rewrite of your draft/],
		// Session 30 (lang30): a model that answered in French.
		[[OTHER_LANGUAGE, OTHER_LANGUAGE], /answered in another language than your draft/],
		[[OTHER_LANGUAGE, 'garbled output'], /did not read as a rewrite of your draft/],
		[['dropped a link'], /No suggestion read as appropriate\./],
	])('with no candidate left, says why (%j)', (reasons, message) => {
		const h = handlers();
		const rejected = reasons.map((r, i) => ({
			rewrite: `candidate ${i}`,
			strategy: 'soften.none.t0',
			reward: 0,
			appropriate: 0.2,
			similarity: 0.3,
			rejected: r,
		}));
		render(
			<RewriteCard suggestion={{ ...suggestion, backend: 'openai', candidates: [], rejected }} {...h} />,
		);
		expect(screen.getByText(message)).toBeTruthy();
	});

	// qa20 #7: cut-off and garbled answers together fell to "kept your code, links, mentions…" for a draft with none.
	it.each([
		['This is a STUPID idea.', [CUT_OFF, 'garbled output'], /did not read as a rewrite of your draft/],
		[
			'This is a STUPID idea.',
			['still flagged', 'added link https://x.io'],
			/^No suggestion read as appropriate\./,
		],
		[
			'@kim `run()` is STUPID, see https://x.io.',
			['still flagged', 'dropped or changed inline-code `run()`'],
			/kept your code, links and mentions\./,
		],
	])('names only what the draft has when saying why (%s, %j)', (source, reasons, message) => {
		const rejected = reasons.map((r, i) => ({
			rewrite: `candidate ${i}`,
			strategy: 'soften.none.t0',
			reward: 0,
			appropriate: 0.2,
			similarity: 0.3,
			rejected: r,
		}));
		render(
			<RewriteCard
				suggestion={{ ...suggestion, source, backend: 'openai', candidates: [], rejected }}
				{...handlers()}
			/>,
		);
		const text = document.querySelector('.tactful-rw-empty')?.textContent ?? '';
		expect(text).toMatch(message);
		if (!/`/.test(source)) expect(text).not.toMatch(/code, links/);
	});

	it('a server whose answers were all rejected offers the offline fixer, not only Dismiss', () => {
		// Session 14 QA: an OpenAI-compatible server answering junk or nothing left the card saying "try another
		// backend" with Dismiss as its only button.
		const onUseOffline = vi.fn();
		const rejected = [
			{
				rewrite: 'asdf ]]]',
				strategy: 'soften.none.t0',
				reward: 0,
				appropriate: 0.2,
				similarity: 0.1,
				rejected: 'garbled output',
			},
		];
		render(
			<RewriteCard
				suggestion={{ ...suggestion, backend: 'openai', candidates: [], rejected }}
				onUseOffline={onUseOffline}
				{...handlers()}
			/>,
		);
		fireEvent.click(screen.getByRole('button', { name: 'Use the offline fixer' }));
		expect(onUseOffline).toHaveBeenCalledOnce();
	});

	it('says plainly when the offline fixer has no civil wording (fragments withdrawn, still flagged)', () => {
		const rejected = ['empty', 'still flagged', 'unrelated to the draft'].map((r, i) => ({
			rewrite: r === 'empty' ? '' : `candidate ${i}`,
			strategy: 'soften.none.t0',
			reward: 0,
			appropriate: 0.2,
			similarity: 0.3,
			rejected: r,
		}));
		render(<RewriteCard suggestion={{ ...suggestion, candidates: [], rejected }} {...handlers()} />);
		expect(screen.getByText(/offline fixer has no civil wording for this draft/)).toBeTruthy();
		expect(screen.queryByText(/kept your code, links/)).toBeNull();
	});

	it('says plainly that an all-attack draft had nothing to keep, and offers the alternative to Apply', () => {
		const h = handlers();
		const alt = {
			rewrite: 'I disagree with you.',
			strategy: 'soften.none.t0',
			reward: 0.5,
			appropriate: 0.9,
			similarity: 0.15,
			replacement: true,
		};
		render(
			<RewriteCard
				suggestion={{ ...suggestion, source: 'You stupid idiot.', candidates: [alt], rejected: [] }}
				{...h}
			/>,
		);
		expect(screen.getByTestId('rewrite-replacement').textContent).toMatch(/nothing in it to keep/);
		expect(screen.getByText('Suggested instead: I disagree with you.')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: /apply/i }));
		expect(h.onApply).toHaveBeenCalledWith(alt, { keyboard: expect.any(Boolean) });
	});

	it('offers Undo rewrite once applied', () => {
		const h = handlers();
		render(<RewriteCard suggestion={suggestion} applied {...h} />);
		fireEvent.click(screen.getByText('Undo rewrite'));
		expect(h.onUndo).toHaveBeenCalled();
		expect(screen.queryByText('Apply')).toBeNull();
	});

	it('a write the editor changed as it landed: says so, never "not changed", and offers Undo rewrite', () => {
		const h = handlers();
		render(<RewriteCard error="The editor changed the text." applied draftChanged {...h} />);
		expect(screen.getByRole('alert').textContent).not.toContain('not changed');
		fireEvent.click(screen.getByText('Undo rewrite'));
		expect(h.onUndo).toHaveBeenCalled();
	});

	it('shows errors clearly, says the draft is untouched, and offers a retry', () => {
		const h = { ...handlers(), onRetry: vi.fn() };
		render(<RewriteCard error="The rewrite service rejected the API key (401)." {...h} />);
		expect(screen.getByRole('alert').textContent).toContain('401');
		expect(screen.getByRole('alert').textContent).toContain('Your draft was not changed.');
		fireEvent.click(screen.getByText('Try again'));
		expect(h.onRetry).toHaveBeenCalled();
	});

	it('offers the way out of an error: the settings that fix it and the offline fixer; the draft is untouched', () => {
		const h = { ...handlers(), onRetry: vi.fn(), onOpenSettings: vi.fn(), onUseOffline: vi.fn() };
		render(
			<RewriteCard
				error="Tactful needs your permission to contact http://127.0.0.1:8080. Allow it in Tactful’s settings."
				settingsLabel="Allow in settings"
				{...h}
			/>,
		);
		fireEvent.click(screen.getByRole('button', { name: 'Allow in settings' }));
		expect(h.onOpenSettings).toHaveBeenCalled();
		fireEvent.click(screen.getByRole('button', { name: 'Use the offline fixer' }));
		expect(h.onUseOffline).toHaveBeenCalled();
		expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
		expect(h.onApply).not.toHaveBeenCalled();
	});

	// Session 27: with the on-device model chosen but not downloaded, Try again sat beside "Fix in settings" and
	// could only fail again.
	it('offers no Try again for a failure no retry can change, and keeps it where a retry may work', () => {
		const h = { ...handlers(), onRetry: vi.fn(), onOpenSettings: vi.fn(), onUseOffline: vi.fn() };
		const { rerender } = render(
			<RewriteCard
				error="The on-device model is not downloaded yet. Enable it in Tactful’s settings first."
				errorCode="not-opted-in"
				{...h}
			/>,
		);
		expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
		expect(screen.getByRole('button', { name: 'Fix in settings' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Use the offline fixer' })).toBeTruthy();
		for (const errorCode of ['unavailable', 'no-permission', 'unauthorized', 'too-long'] as const) {
			rerender(<RewriteCard error="x" errorCode={errorCode} {...h} />);
			expect(screen.queryByRole('button', { name: 'Try again' }), errorCode).toBeNull();
		}
		for (const errorCode of ['timeout', 'rate-limited', 'unreachable', 'interrupted', 'server'] as const) {
			rerender(<RewriteCard error="x" errorCode={errorCode} {...h} />);
			fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		}
		expect(h.onRetry).toHaveBeenCalledTimes(5);
	});

	it('shows no settings or offline button where there is no such way out', () => {
		render(
			<RewriteCard error="The rewrite service had an internal error." {...handlers()} onRetry={vi.fn()} />,
		);
		expect(screen.queryByText('Fix in settings')).toBeNull();
		expect(screen.queryByText('Use the offline fixer')).toBeNull();
	});

	it('explains when nothing passed the checks', () => {
		render(<RewriteCard suggestion={{ ...suggestion, candidates: [] }} {...handlers()} />);
		expect(screen.getByText(/No suggestion read as appropriate/)).toBeTruthy();
	});

	it('names the approach in words and says how far a first-time model download is', () => {
		const { unmount } = render(<RewriteCard suggestion={suggestion} {...handlers()} />);
		expect(screen.getByTestId('rewrite-scores').textContent).toContain('Softened');
		unmount();
		render(<RewriteCard loading download={{ loaded: 250e6, total: 1000e6 }} {...handlers()} />);
		expect(screen.getByTestId('rewrite-download').textContent).toContain(
			'Downloading the on-device rewrite model (first time only): 25% of 1000 MB',
		);
	});

	it('shows the candidate being written with a Stop button; screen readers hear the status, not each chunk', () => {
		const h = { ...handlers(), onStop: vi.fn() };
		const { rerender } = render(
			<RewriteCard loading stream={{ index: 1, total: 4, text: 'This is an ' }} {...h} />,
		);
		const streamed = screen.getByTestId('rewrite-stream');
		expect(streamed.textContent).toBe('This is an ');
		expect(streamed.closest('[aria-live]')).toBeNull();
		const status = screen.getByRole('status');
		expect(status.getAttribute('aria-live')).toBe('polite');
		// Says what the "1 of 4" counts (QA session 19: "(1 of 6)" of what?), the why outside the live region.
		expect(status.textContent).toBe('Writing suggestion 1 of 4…');
		const several = screen.getByTestId('rewrite-several');
		expect(several.textContent).toBe('Tactful writes 4 and shows you the best one first.');
		expect(several.closest('[aria-live]')).toBeNull();
		rerender(<RewriteCard loading stream={{ index: 1, total: 4, text: 'This is an unwise ' }} {...h} />);
		expect(screen.getByRole('status').textContent).toBe('Writing suggestion 1 of 4…');
		rerender(<RewriteCard loading stream={{ index: 2, total: 4, text: '' }} {...h} />);
		expect(screen.getByRole('status').textContent).toBe('Writing suggestion 2 of 4…');
		expect(screen.queryByText('Apply')).toBeNull();
		fireEvent.click(screen.getByText('Stop'));
		expect(h.onStop).toHaveBeenCalled();
	});

	it('says, with a rising count and the server, that no answer came yet, keeps Stop, and drops it when text comes', () => {
		const h = { ...handlers(), onStop: vi.fn() };
		const waiting = (seconds: number) => ({
			index: 1,
			total: 4,
			text: '',
			waiting: { seconds, server: 'localhost:11434' },
		});
		const { rerender } = render(<RewriteCard loading stream={waiting(8)} {...h} />);
		const note = screen.getByTestId('rewrite-waiting');
		expect(note.textContent).toBe(
			'No answer yet (8 s). The rewrite model may still be loading on localhost:11434…',
		);
		// Not read out every second: the count is outside the live region, which says once that the model is awaited.
		expect(note.closest('[aria-live]')).toBeNull();
		const announced = 'Writing suggestion 1 of 4… Waiting for the model to answer.';
		expect(screen.getByRole('status').textContent).toBe(announced);
		rerender(<RewriteCard loading stream={waiting(9)} {...h} />);
		expect(screen.getByTestId('rewrite-waiting').textContent).toMatch(/^No answer yet \(9 s\)/);
		expect(screen.getByRole('status').textContent).toBe(announced);
		fireEvent.click(screen.getByText('Stop'));
		expect(h.onStop).toHaveBeenCalled();
		rerender(
			<RewriteCard loading stream={{ index: 1, total: 4, text: '', waiting: { seconds: 12 } }} {...h} />,
		);
		expect(screen.getByTestId('rewrite-waiting').textContent).toBe(
			'No answer yet (12 s). The rewrite model may still be loading…',
		);
		// Past a minute "may still be loading" is no longer the likely story (qa28): stuck or busy, and the ways out.
		rerender(<RewriteCard loading stream={waiting(60)} {...h} />);
		expect(screen.getByTestId('rewrite-waiting').textContent).toBe(
			'No answer yet (60 s). The server at localhost:11434 may be stuck or busy. You can stop and try again later.',
		);
		rerender(<RewriteCard loading stream={waiting(61)} {...h} onUseOffline={vi.fn()} />);
		expect(screen.getByTestId('rewrite-waiting').textContent).toBe(
			'No answer yet (61 s). The server at localhost:11434 may be stuck or busy. You can stop, or use the offline fixer.',
		);
		// The live region still says it once: the change of words is not read out.
		expect(screen.getByRole('status').textContent).toBe(announced);
		expect(screen.getByTestId('rewrite-waiting').closest('[aria-live]')).toBeNull();
		rerender(<RewriteCard loading stream={{ index: 1, total: 4, text: 'This is ' }} {...h} />);
		expect(screen.queryByTestId('rewrite-waiting')).toBeNull();
		expect(screen.getByRole('status').textContent).toBe('Writing suggestion 1 of 4…');
		rerender(<RewriteCard stopped stream={waiting(20)} {...h} />);
		expect(screen.queryByTestId('rewrite-waiting')).toBeNull();
	});

	it('marks a candidate cut off at the length limit while streaming and after ranking', () => {
		const h = handlers();
		const { rerender } = render(
			<RewriteCard loading stream={{ index: 2, total: 4, text: 'This is', cutOff: true }} {...h} />,
		);
		expect(screen.getByTestId('rewrite-stream').textContent).toBe('This is [cut off]');
		expect(screen.getByRole('status').textContent).toMatch(/cut off before its end/);
		const cut = {
			rewrite: 'This is',
			strategy: 's',
			reward: 0,
			appropriate: 0,
			similarity: 0,
			rejected: 'cut off',
		};
		rerender(<RewriteCard suggestion={{ ...suggestion, rejected: [cut] }} {...h} />);
		expect(screen.getByText(/One more suggestion was cut off/)).toBeTruthy();
		rerender(<RewriteCard suggestion={{ ...suggestion, candidates: [], rejected: [cut, cut] }} {...h} />);
		expect(screen.getByText(/reached its length limit before finishing/)).toBeTruthy();
		expect(screen.queryByText('Apply')).toBeNull();
		// A server's content filter withholding the rest is a cut-off too, not a failed appropriateness check.
		const filtered = { ...cut, rejected: FILTERED };
		rerender(
			<RewriteCard suggestion={{ ...suggestion, candidates: [], rejected: [filtered, cut] }} {...h} />,
		);
		expect(screen.getByText(/cut off before their end/)).toBeTruthy();
		expect(screen.queryByText(/kept your code/)).toBeNull();
	});

	it("a reasoning model's thinking is not streamed as if it were the rewrite", () => {
		const h = handlers();
		const thinking = '<think>The user wants this to sound less rude, so I will';
		const { rerender } = render(
			<RewriteCard loading stream={{ index: 1, total: 4, text: thinking }} {...h} />,
		);
		expect(screen.queryByText(/user wants/)).toBeNull();
		rerender(
			<RewriteCard
				loading
				stream={{ index: 1, total: 4, text: `${thinking} soften it.</think>\n\nThis patch broke ` }}
				{...h}
			/>,
		);
		expect(screen.getByTestId('rewrite-stream').textContent).toBe('This patch broke ');
	});

	it('while a model has not answered ("No answer yet"), the offline fixer is offered beside Stop (qa28)', () => {
		const h = { ...handlers(), onStop: vi.fn(), onUseOffline: vi.fn() };
		const { rerender } = render(<RewriteCard loading stream={{ index: 1, total: 4, text: '' }} {...h} />);
		// Not before the note: a model that answers within seconds is not second-guessed.
		expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Stop', 'Dismiss']);
		rerender(
			<RewriteCard loading stream={{ index: 1, total: 4, text: '', waiting: { seconds: 30 } }} {...h} />,
		);
		expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
			'Stop',
			'Use the offline fixer',
			'Dismiss',
		]);
		fireEvent.click(screen.getByTestId('rewrite-use-offline'));
		expect(h.onUseOffline).toHaveBeenCalled();
		expect(h.onStop).not.toHaveBeenCalled();
		// Text came: the note and the offer go.
		rerender(<RewriteCard loading stream={{ index: 1, total: 4, text: 'This is ' }} {...h} />);
		expect(screen.queryByTestId('rewrite-use-offline')).toBeNull();
	});

	it('after Stop on a model that had not answered: Try again and the offline fixer, no Apply (qa28)', () => {
		const h = { ...handlers(), onRetry: vi.fn(), onUseOffline: vi.fn() };
		render(
			<RewriteCard
				stopped
				stream={{ index: 1, total: 4, text: '', waiting: { seconds: 40, server: '127.0.0.1:11434' } }}
				{...h}
			/>,
		);
		expect(screen.getByRole('status').textContent).toBe('Stopped. Your draft was not changed.');
		expect(screen.queryByTestId('rewrite-waiting')).toBeNull();
		expect(screen.queryByText('Apply')).toBeNull();
		const buttons = screen.getAllByRole('button').map((b) => b.textContent);
		expect(buttons).toEqual(['Try again', 'Use the offline fixer', 'Dismiss']);
		fireEvent.click(screen.getByTestId('rewrite-use-offline'));
		expect(h.onUseOffline).toHaveBeenCalled();
		expect(h.onRetry).not.toHaveBeenCalled();
	});

	it('after Stop: what was written stays, marked stopped, with Try again and no Apply', () => {
		const h = { ...handlers(), onRetry: vi.fn() };
		render(<RewriteCard stopped stream={{ index: 1, total: 4, text: 'This is an ' }} {...h} />);
		expect(screen.getByRole('status').textContent).toBe('Stopped. Your draft was not changed.');
		expect(screen.getByTestId('rewrite-stream').textContent).toBe('This is an ');
		expect(screen.queryByText('Apply')).toBeNull();
		fireEvent.click(screen.getByText('Try again'));
		expect(h.onRetry).toHaveBeenCalled();
	});
});
