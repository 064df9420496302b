import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { GROUP_TEXT, MOCKING_TEXT, REASON_TEXT } from '../../entrypoints/content/levels.ts';
import { Badge } from '../Badge/Badge.tsx';
import { reasonSummary, reasonWhy, WarningCard, type WarningCardProps } from './WarningCard.tsx';

const reasons = [{ title: 'Toxic emotions', explanation: 'insulting the person rather than the code.' }];

/** A warning card with no-op actions; each test passes only what it is about. */
const renderCard = (props: Partial<WarningCardProps> = {}) =>
	render(
		<WarningCard
			level="warn"
			reasons={reasons}
			quotes={[]}
			onFine={() => {}}
			onSnooze={() => {}}
			onClose={() => {}}
			{...props}
		/>,
	);

describe('WarningCard', () => {
	it('explains in plain words and offers the two actions', () => {
		const onFine = vi.fn();
		const onSnooze = vi.fn();
		const { container } = renderCard({ quotes: ['idiot'], onFine, onSnooze });
		expect(container.querySelector('[data-tactful="card"]')?.getAttribute('role')).toBe('dialog');
		expect(screen.getByText(/insulting the person/)).toBeTruthy();
		fireEvent.click(screen.getByText('This is fine'));
		fireEvent.click(screen.getByText('Snooze here for 1 hour'));
		expect(onFine).toHaveBeenCalledOnce();
		expect(onSnooze).toHaveBeenCalledOnce();
	});
	it('a hover card the keyboard takes over takes focus in place: the same element, not a new card (ui7, session 16)', () => {
		const props = {
			level: 'warn' as const,
			reasons,
			quotes: [],
			onFine: () => {},
			onSnooze: () => {},
			onClose: () => {},
		};
		const { container, rerender } = render(<WarningCard {...props} autoFocus={false} />);
		const card = container.querySelector('[data-tactful="card"]');
		expect(document.activeElement).not.toBe(card);
		rerender(<WarningCard {...props} autoFocus />);
		expect(container.querySelector('[data-tactful="card"]')).toBe(card);
		expect(document.activeElement).toBe(card);
	});
	it('a "Looks fine" card offers no "This is fine" (it would record a nothing-to-dismiss as feedback)', () => {
		const onFine = vi.fn();
		renderCard({ level: 'ok', reasons: [], onFine, autoFocus: true });
		expect(screen.getByText('Looks fine')).toBeTruthy();
		expect(screen.queryByText('This is fine')).toBeNull();
		// Focus lands on the card itself: a reflexive Enter must not snooze the site.
		expect(document.activeElement?.getAttribute('data-tactful')).toBe('card');
	});
	it('a draft in another language is not headed "Looks fine": the card says Tactful reads English only', () => {
		renderCard({ level: 'ok', reasons: [], otherLanguage: true });
		expect(screen.queryByText('Looks fine')).toBeNull();
		expect(screen.getByText('Tactful reads English')).toBeTruthy();
		expect(screen.getByTestId('card-no-reasons').textContent).toMatch(/another language.*read English only/);
	});
	it('a calm draft in a thread that warns is not headed "Looks fine" above the thread warning', () => {
		renderCard({ level: 'ok', reasons: [], threadWarning: true });
		expect(screen.queryByText('Looks fine')).toBeNull();
		expect(screen.getByText('Mind the conversation')).toBeTruthy();
		expect(screen.getByText('Nothing stands out in the draft itself.')).toBeTruthy();
	});
	it('opens with focus on the card itself, not on an action: a reflexive Enter (the user was typing) does nothing', () => {
		const onFine = vi.fn();
		const onSnooze = vi.fn();
		const { container } = renderCard({ quotes: ['idiot'], onFine, onSnooze, autoFocus: true });
		const card = container.querySelector('[data-tactful="card"]') as HTMLElement;
		expect(document.activeElement).toBe(card);
		expect(card.tabIndex).toBe(-1); // focusable by script, not a Tab stop of its own
		fireEvent.keyDown(card, { key: 'Enter' });
		fireEvent.keyUp(card, { key: 'Enter' });
		expect(onFine).not.toHaveBeenCalled();
		expect(onSnooze).not.toHaveBeenCalled();
	});
	it('a nudge opens with focus on "Review", the action that posts nothing', () => {
		renderCard({ nudge: { onPostAnyway: () => {}, onReview: () => {} }, autoFocus: true });
		expect(document.activeElement?.textContent).toBe('Review');
	});
	it('closes on Escape and renders the extension slots', () => {
		const onClose = vi.fn();
		const { container } = renderCard({ onClose, thread: <p>thread risk</p>, rewrite: <p>try this</p> });
		expect(container.querySelector('[data-tactful-slot="thread"]')?.textContent).toBe('thread risk');
		expect(container.querySelector('[data-tactful-slot="rewrite"]')?.textContent).toBe('try this');
		fireEvent.keyDown(container.querySelector('[data-tactful="card"]') as Element, { key: 'Escape' });
		expect(onClose).toHaveBeenCalledOnce();
	});
	it('closes when Tab leaves it past the last control or Shift+Tab before the first, not in between', () => {
		const onClose = vi.fn();
		const { container } = renderCard({ onClose });
		const card = container.querySelector('[data-tactful="card"]') as Element;
		screen.getByText('This is fine').focus();
		fireEvent.keyDown(card, { key: 'Tab' });
		fireEvent.keyDown(card, { key: 'Tab', shiftKey: true });
		expect(onClose).not.toHaveBeenCalled();
		screen.getByText('Snooze here for 1 hour').focus();
		fireEvent.keyDown(card, { key: 'Tab' });
		expect(onClose).toHaveBeenCalledOnce();
		screen.getByLabelText('Close').focus();
		fireEvent.keyDown(card, { key: 'Tab', shiftKey: true });
		expect(onClose).toHaveBeenCalledTimes(2);
		// Focus on the card itself (where it opens): Shift+Tab would leave for the top of the page; Tab goes in.
		(card as HTMLElement).focus();
		fireEvent.keyDown(card, { key: 'Tab' });
		expect(onClose).toHaveBeenCalledTimes(2);
		fireEvent.keyDown(card, { key: 'Tab', shiftKey: true });
		expect(onClose).toHaveBeenCalledTimes(3);
	});
	it('offers Post anyway / Review when nudging', () => {
		const onPostAnyway = vi.fn();
		renderCard({ nudge: { onPostAnyway, onReview: () => {} } });
		fireEvent.click(screen.getByText('Post anyway'));
		expect(onPostAnyway).toHaveBeenCalledOnce();
	});
});

describe('WarningCard keyboard', () => {
	it('says how to reach it from the text box and how to go back (the badge is not in the Tab order from the field)', () => {
		const { container } = renderCard({ quotes: ['idiot'] });
		const hint = container.querySelector('[data-testid="card-keys"]') as HTMLElement;
		expect(hint.textContent).toBe(
			'Alt+Shift+T in the text box opens or closes this card; Esc goes back to your text.',
		);
		// In the scrolling middle: it never pushes the actions out of view in a short window.
		expect(hint.closest('.tf-card-body')).not.toBeNull();
	});
});

describe('WarningCard underlines', () => {
	it('tells a screen reader every underlined passage in draft order when the quotes (strongest first, four at most) do not', () => {
		const { container } = renderCard({
			quotes: ['idiot', 'garbage', 'clueless', 'useless'],
			underlined: ['useless', 'idiot', 'clueless', 'garbage', 'lazy'],
		});
		const list = container.querySelector('[data-testid="card-underlined"]') as HTMLElement;
		expect(list.textContent).toBe(
			'Underlined in your draft, in order: “useless”, “idiot”, “clueless”, “garbage”, “lazy”.',
		);
		expect(list.classList.contains('tf-sr')).toBe(true); // read out, not drawn twice
	});
	it('says nothing more when the quotes already are the underlines in order', () => {
		const { container } = renderCard({ quotes: ['idiot', 'garbage'], underlined: ['idiot', 'garbage'] });
		expect(container.querySelector('[data-testid="card-underlined"]')).toBeNull();
	});
});

describe('WarningCard layout', () => {
	it('puts reasons, quotes and the thread section in the scrolling middle; the rewrite and actions after it', () => {
		const { container } = renderCard({ quotes: ['idiot'], thread: <p>tense</p>, rewrite: <p>try this</p> });
		const middle = container.querySelector('.tf-card-body') as HTMLElement;
		expect(middle.querySelector('.tf-reasons')).not.toBeNull();
		expect(middle.querySelector('.tf-quotes')).not.toBeNull();
		expect(middle.querySelector('[data-tactful-slot="thread"]')).not.toBeNull();
		// Apply/Undo (in the rewrite section) and the card's own buttons must stay in view: never inside the middle.
		expect(middle.querySelector('[data-tactful-slot="rewrite"], .tf-actions')).toBeNull();
		const card = container.querySelector('[data-tactful="card"]') as HTMLElement;
		expect([...card.children].map((c) => c.className || c.getAttribute('data-tactful-slot'))).toEqual([
			'tf-card-head',
			'tf-card-body',
			'tf-slot',
			'tf-actions',
		]);
	});
});

describe('Badge', () => {
	it('is a labelled button carrying the level hook', () => {
		const onActivate = vi.fn();
		const { container } = render(
			<Badge
				level="warn"
				summary="Tactful: this draft may land badly"
				count={2}
				expanded={false}
				onActivate={onActivate}
			/>,
		);
		const button = container.querySelector('[data-tactful="badge"]') as HTMLButtonElement;
		expect(button.dataset.level).toBe('warn');
		expect(button.getAttribute('aria-label')).toContain('may land badly');
		// The shortcut that reaches the card from the text box, for tooltips and assistive tech.
		expect(button.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+T');
		expect(button.title).toBe('Tactful: this draft may land badly (Alt+Shift+T)');
		fireEvent.click(button);
		expect(onActivate).toHaveBeenCalledOnce();
		expect(button.classList.contains('tf-faded')).toBe(false);
	});

	it('over text with no room outside the field it is drawn faded, still a working button', () => {
		const onActivate = vi.fn();
		const { container } = render(
			<Badge level="warn" summary="Tactful" count={1} expanded={false} faded onActivate={onActivate} />,
		);
		const button = container.querySelector('[data-tactful="badge"]') as HTMLButtonElement;
		expect(button.classList.contains('tf-faded')).toBe(true);
		fireEvent.click(button);
		expect(onActivate).toHaveBeenCalledOnce();
	});

	it('rechecking after a settings change: the previous level and count stay, marked busy (ui7, session 16)', () => {
		const { container } = render(
			<Badge level="warn" summary="Tactful" count={2} expanded={false} rechecking onActivate={() => {}} />,
		);
		const button = container.querySelector('[data-tactful="badge"]') as HTMLButtonElement;
		expect(button.dataset.level).toBe('warn');
		expect(button.dataset.rechecking).toBe('true');
		expect(button.getAttribute('aria-busy')).toBe('true');
		expect(button.textContent).toBe('2');
		expect(button.classList.contains('tf-rechecking')).toBe(true);
	});
});

describe('WarningCard when the draft cannot be checked (session 14)', () => {
	const unavailable = {
		reason:
			"Tactful's model file could not be loaded: it is damaged or missing. Reinstall or update the extension",
		details: 'Failed to load model because protobuf parsing failed.',
	};

	it('says what is wrong in plain words, what still works, Try again, and the raw text folded under Details', () => {
		const onTryAgain = vi.fn();
		const onFine = vi.fn();
		const { container } = renderCard({
			level: 'ok',
			reasons: [],
			onFine,
			unavailable: { ...unavailable, trying: false, onTryAgain },
			autoFocus: true,
		});
		const card = container.querySelector('[data-tactful="card"]') as HTMLElement;
		expect(card.dataset.unavailable).toBe('true');
		expect(screen.getByRole('heading').textContent).toBe('Tactful cannot check this draft');
		expect(card.textContent).toMatch(/damaged or missing\. Reinstall or update the extension\./);
		// What still works, so the user knows they can go on.
		expect(screen.getByTestId('card-still-works').textContent).toMatch(
			/post as usual.*not changed|not changed.*post as usual/,
		);
		const details = card.querySelector('details') as HTMLDetailsElement;
		expect(details.querySelector('summary')?.textContent).toBe('Details');
		expect(details.open).toBe(false);
		expect(details.textContent).toMatch(/protobuf parsing failed/);
		// The raw text is only under Details, not in the plain words.
		expect(screen.getByTestId('card-unavailable-reason').textContent).not.toMatch(/protobuf/);
		// No verdict, so nothing to call fine; focus on the card (a reflexive Enter does nothing).
		expect(screen.queryByText('This is fine')).toBeNull();
		expect(screen.queryByText('Looks fine')).toBeNull();
		expect(document.activeElement).toBe(card);
		fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		expect(onTryAgain).toHaveBeenCalledOnce();
		// Focus stays in the card (on the card itself) while the button turns into "Trying…".
		expect(document.activeElement).toBe(card);
	});

	it('while trying again the button says so and cannot be pressed twice', () => {
		const onTryAgain = vi.fn();
		renderCard({ level: 'ok', reasons: [], unavailable: { ...unavailable, trying: true, onTryAgain } });
		const button = screen.getByRole('button', { name: 'Trying…' }) as HTMLButtonElement;
		expect(button.disabled).toBe(true);
		expect(screen.getByRole('heading').textContent).toBe('Tactful cannot check this draft');
	});

	it('is compact when its room is short (session 15: ~175 px at 640x450), with the same controls in the same order', async () => {
		const down = { ...unavailable, trying: false, onTryAgain: () => {} };
		const order = (c: Element) =>
			[...c.querySelectorAll('button, summary')].map((e) => e.textContent?.trim());
		const small = renderCard({ level: 'ok', reasons: [], unavailable: down, style: { maxHeight: '175px' } });
		const card = small.container.querySelector('[data-tactful="card"]') as HTMLElement;
		expect(card.classList.contains('tf-compact')).toBe(true);
		expect(order(card)).toEqual(['×', 'Details', 'Try again']);
		// The shortcut line stays in the card for screen readers.
		expect(card.querySelector('[data-testid="card-keys"]')).not.toBeNull();
		// Details opened: the usual layout (its middle scrolls, Try again pinned) while the raw error shows.
		const details = card.querySelector('details') as HTMLDetailsElement;
		const toggle = (open: boolean) =>
			act(() => {
				details.open = open;
				details.dispatchEvent(new Event('toggle'));
			});
		await toggle(true);
		expect(card.classList.contains('tf-compact')).toBe(false);
		await toggle(false);
		expect(card.classList.contains('tf-compact')).toBe(true);
		small.unmount();
		const roomy = renderCard({ level: 'ok', reasons: [], unavailable: down, style: { maxHeight: '600px' } });
		const big = roomy.container.querySelector('[data-tactful="card"]') as HTMLElement;
		expect(big.classList.contains('tf-compact')).toBe(false);
		expect(order(big)).toEqual(['×', 'Details', 'Try again']);
		roomy.unmount();
		// A warning card with little room is never "compact" (it has its own tight layout).
		const warn = renderCard({ style: { maxHeight: '175px' } });
		expect(warn.container.querySelector('.tf-compact')).toBeNull();
	});
});

describe('WarningCard tight: why, in one line under the heading (session 21, card8)', () => {
	it('says the first reason and the strongest quotes, at most two', () => {
		expect(reasonSummary(reasons, ['stupidest', 'garbage', 'clown'])).toBe(
			'Toxic emotions: ‘stupidest’, ‘garbage’',
		);
		expect(reasonSummary(reasons, [])).toBe('Toxic emotions');
		expect(reasonSummary([], ['idiot'])).toBeNull();
	});

	it('shows it only in a tight card, right after the heading in the document, before the reasons', () => {
		const sizes = (scroll: number, client: number) => {
			const s = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollHeight');
			const c = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
			Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => scroll });
			Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => client });
			return () => {
				if (s) Object.defineProperty(HTMLElement.prototype, 'scrollHeight', s);
				if (c) Object.defineProperty(HTMLElement.prototype, 'clientHeight', c);
			};
		};
		const roomy = renderCard({ quotes: ['idiot'] });
		expect(roomy.container.querySelector('[data-testid="card-summary"]')).toBeNull();
		roomy.unmount();
		const restore = sizes(500, 200);
		try {
			const { container } = renderCard({ quotes: ['idiot'] });
			const card = container.querySelector('[data-tactful="card"]') as HTMLElement;
			expect(card.classList.contains('tf-tight')).toBe(true);
			const summary = card.querySelector('[data-testid="card-summary"]') as HTMLElement;
			expect(summary.textContent).toBe('Toxic emotions: insulting the person rather than the code.');
			expect(summary.previousElementSibling?.classList.contains('tf-card-head')).toBe(true);
			// Reading on, a screen reader meets the full reasons right after it: the line is for the eye only.
			expect(summary.getAttribute('aria-hidden')).toBe('true');
		} finally {
			restore();
		}
	});
});

/**
 * Reading tests (session 22, card9): what a tight card says at first sight — its heading and, under it, the one line
 * of why — must read as a heading and as one short line at every room the placement gives (card-place.ts: the whole
 * card, the room for the suggestion, the compact strip), whatever reasons and quotes the draft brings.
 */
describe('WarningCard tight: why it warns is the first reason whole (session 27, card26)', () => {
	it('says the first reason title and its why; without a why, the title with the strongest quotes', () => {
		expect(reasonWhy(reasons, ['idiot'])).toEqual({
			title: 'Toxic emotions:',
			why: 'insulting the person rather than the code.',
		});
		expect(reasonWhy([{ title: 'Toxic emotions', explanation: ' ' }], ['idiot', 'garbage'])).toEqual({
			title: 'Toxic emotions: ‘idiot’, ‘garbage’',
			why: '',
		});
		expect(reasonWhy([], ['idiot'])).toBeNull();
	});

	it('every reason reads whole in at most three 12 px lines of the card (~44 characters a line)', () => {
		for (const [title, why] of [...Object.values(REASON_TEXT), MOCKING_TEXT, GROUP_TEXT]) {
			const line = `${title}: ${why}`;
			expect(line.length, line).toBeLessThanOrEqual(3 * 44);
		}
	});
});

describe('WarningCard reading: the heading and the one-line reason at each size (session 22, card9)', () => {
	/** About what one 12 px line of the 320 px card holds (292 px of text, ~6.6 px a character). */
	const ONE_LINE = 44;
	const titles = Object.values(REASON_TEXT).map(([title]) => title);

	it('every reason title reads as the start of "Title: ‘quote’": a capital, no closing punctuation, short', () => {
		for (const title of titles) {
			expect(title, title).toMatch(/^[A-Z]/);
			expect(title, title).not.toMatch(/[.:;,!?]$/);
			// Room left for at least one short quote on the line.
			expect(title.length, title).toBeLessThanOrEqual(ONE_LINE - 14);
		}
	});

	it('the line is one line of words: quotes on one line, each once whatever its case, long ones cut', () => {
		expect(reasonSummary(reasons, ['your\n  code', 'idiot'])).toBe('Toxic emotions: ‘your code’, ‘idiot’');
		expect(reasonSummary(reasons, ['Idiot', 'idiot', 'garbage'])).toBe('Toxic emotions: ‘Idiot’, ‘garbage’');
		expect(reasonSummary(reasons, ['  ', 'garbage'])).toBe('Toxic emotions: ‘garbage’');
		const long = reasonSummary(reasons, ['this is without any doubt the worst patch', 'garbage']) ?? '';
		// A long first quote would push the second out of the line (the CSS cuts it at the card's edge).
		expect(long).toBe('Toxic emotions: ‘this is without any…’, ‘garbage’');
		for (const title of titles) {
			const line = reasonSummary([{ title, explanation: '' }], ['the stupidest idea ever', 'a clown']) ?? '';
			expect(line.length, line).toBeLessThanOrEqual(ONE_LINE + 24);
			expect(line).not.toMatch(/\n|\s{2}|::|\.:/);
		}
	});

	it('at every room: one heading that reads as a heading, the reason line only when tight, right under it', () => {
		const restoreSizes: (() => void)[] = [];
		const sizes = (scroll: number, client: number) => {
			const s = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollHeight');
			const c = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
			Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => scroll });
			Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => client });
			restoreSizes.push(() => {
				if (s) Object.defineProperty(HTMLElement.prototype, 'scrollHeight', s);
				if (c) Object.defineProperty(HTMLElement.prototype, 'clientHeight', c);
			});
		};
		// The card's natural height 480 px; rooms: whole, the suggestion's room with the thread line, the strip.
		for (const room of [600, 196, 100]) {
			sizes(480, Math.min(480, room));
			try {
				for (const level of ['warn', 'caution'] as const) {
					const { container, unmount } = renderCard({
						level,
						quotes: ['idiot', 'garbage'],
						style: { maxHeight: `${room}px` },
					});
					const card = container.querySelector('[data-tactful="card"]') as HTMLElement;
					const headings = card.querySelectorAll('h2');
					expect(headings.length).toBe(1);
					const heading = headings[0]?.textContent ?? '';
					expect(heading, heading).toMatch(/^[A-Z][^.!?:]*$/);
					expect(heading.split(' ').length, heading).toBeLessThanOrEqual(5);
					const tight = card.classList.contains('tf-tight');
					expect(tight).toBe(room < 480);
					const summary = card.querySelector('[data-testid="card-summary"]');
					expect(Boolean(summary), `room ${room}`).toBe(tight);
					if (summary) {
						expect(summary.textContent).toBe('Toxic emotions: insulting the person rather than the code.');
						// Right under the heading: read first, before the suggestion the CSS orders next.
						expect(summary.previousElementSibling?.querySelector('h2')).toBe(headings[0]);
					}
					unmount();
				}
			} finally {
				for (const restore of restoreSizes.splice(0)) restore();
			}
		}
	});
});

/**
 * Session 23 (card10): a thread card cut short to clear the thread's lines (card-place.ts MIN_THREAD_BAND) keeps why
 * it warns in view: the reason beside the thread line from 200 px of room. Session 27 (card27): with less, the reason
 * still shows and the thread line shrinks to a short tag in the heading's row (it took the reason's place before).
 */
describe('WarningCard tight with a thread warning: the reason beside the thread line (sessions 23, 27)', () => {
	it('from 200 px of room the reason and the whole thread line; at 171 px the reason and a short thread tag', () => {
		const s = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollHeight');
		const c = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
		// A card 480 px tall in less room, its thread section's heading under the fold.
		Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => 480 });
		Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 5 });
		try {
			for (const [room, whole] of [
				[200, true],
				[260, true],
				[171, false],
			] as const) {
				const { container, unmount } = renderCard({
					quotes: ['idiot', 'garbage'],
					thread: <h3 data-short="Tense thread">This conversation is getting tense</h3>,
					style: { maxHeight: `${room}px` },
				});
				const card = container.querySelector('[data-tactful="card"]') as HTMLElement;
				expect(card.classList.contains('tf-tight')).toBe(true);
				const line = card.querySelector('[data-testid="card-thread-line"]');
				const summary = card.querySelector('[data-testid="card-summary"]');
				expect(summary?.textContent, `room ${room}`).toBe(`${reasons[0]?.title}: ${reasons[0]?.explanation}`);
				if (whole) {
					expect(line?.textContent, `room ${room}`).toMatch(/^This conversation is getting tense/);
					expect(summary?.nextElementSibling).toBe(line);
				} else {
					// The tag by the heading, its name saying the whole line.
					expect(line?.textContent).toBe('Tense thread');
					expect(line?.closest('.tf-card-head')).not.toBeNull();
					expect(line?.getAttribute('aria-label')).toBe('Tense thread: This conversation is getting tense');
				}
				unmount();
			}
		} finally {
			if (s) Object.defineProperty(HTMLElement.prototype, 'scrollHeight', s);
			if (c) Object.defineProperty(HTMLElement.prototype, 'clientHeight', c);
		}
	});
});

/**
 * Session 28 (ui28): the tag fit beside the heading with ~0 px to spare in Debian's font. Measured (a hidden copy of the
 * heading and of the tag on one line): when both do not fit the row with Close, it reads the shorter word.
 */
describe('WarningCard: the thread tag shortens when it and the heading do not fit one row (session 28)', () => {
	it('"Tense thread" where the row holds both, "Tense" in a wider font; the full words stay its name', () => {
		const keep = (name: string, proto: object) =>
			[proto, name, Object.getOwnPropertyDescriptor(proto, name)] as const;
		const saved = [
			keep('scrollHeight', HTMLElement.prototype),
			keep('clientHeight', HTMLElement.prototype),
			keep('clientWidth', HTMLElement.prototype),
			keep('getBoundingClientRect', Element.prototype),
		];
		let perChar = 7;
		Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => 480 });
		Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 5 });
		// The heading's row 300 px wide; every box as wide as its text at `perChar` px a character.
		Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
			configurable: true,
			get(this: HTMLElement) {
				return this.classList.contains('tf-card-head') ? 300 : 0;
			},
		});
		Object.defineProperty(Element.prototype, 'getBoundingClientRect', {
			configurable: true,
			value(this: Element) {
				return new DOMRect(0, 0, (this.textContent ?? '').length * perChar, 0);
			},
		});
		try {
			for (const [k, tag] of [
				[7, 'Tense thread'],
				[9, 'Tense'],
			] as const) {
				perChar = k;
				const { container, unmount } = renderCard({
					quotes: ['idiot', 'garbage'],
					thread: <h3 data-short="Tense thread">This conversation is getting tense</h3>,
					style: { maxHeight: '171px' },
				});
				const line = container.querySelector('[data-testid="card-thread-line"]');
				expect(line?.closest('.tf-card-head'), `${k} px a character`).not.toBeNull();
				expect(line?.textContent, `${k} px a character`).toBe(tag);
				expect(line?.getAttribute('aria-label')).toBe('Tense thread: This conversation is getting tense');
				unmount();
			}
		} finally {
			for (const [proto, name, d] of saved)
				if (d) Object.defineProperty(proto, name, d);
				else delete (proto as Record<string, unknown>)[name];
		}
	});
});
