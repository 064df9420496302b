/** The card's thread section: shown only for a thread at risk, with why, what the draft adds, and how to de-escalate. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SUGGEST } from '../../../models/derail/explain.ts';
import type { DerailResult, Thread } from '../../../models/derail/types.ts';
import type { Editor } from '../editors/types.ts';
import type { CardContext } from '../extensions.ts';
import { comment } from '../threads/common.ts';
import { watchThreadRisk } from './thread-risk.ts';
import { alsoLabels, threadSection } from './thread-section.tsx';

const TONES = { uncivil: 0.8, frustration: 0.7, attack: 0.4, heat: 0.6 };

function result(flag: boolean, delta: number): DerailResult {
	return {
		derail: flag ? 0.9 : 0.1,
		flag,
		markers: {
			thread: flag ? 0.85 : 0.1,
			tones: TONES,
			comments: [{ index: 0, author: 'bob', role: 'None', tones: TONES, cues: ['second-person'] }],
			trend: 'rising',
			dynamics: ['maintainer-newcomer'],
			draft: { delta, tones: TONES, cues: ['second-person'], message: 'Your reply addresses the person.' },
			suggestions: [
				'Acknowledge the frustration first.',
				'Ask a question about what they need.',
				'Move to specifics.',
				'Take it to a smaller channel.',
			],
		},
	} as DerailResult;
}

/** Watches a field whose thread gets `r`, and returns a card context for it. */
function cardFor(
	r: DerailResult,
	thread: Thread = {
		comments: [
			{ author: 'bob', text: 'You never fix anything.' },
			{ author: 'alice', text: 'Please keep it civil.' },
		],
	},
): CardContext {
	const editor = { el: document.createElement('textarea'), read: () => 'a reply' } as unknown as Editor;
	watchThreadRisk(editor, new AbortController().signal, {
		readThread: () => thread,
		predict: async () => r,
		sensitivity: async () => 0.5,
	});
	return { editor } as unknown as CardContext;
}

describe('thread section', () => {
	it('says the thread is tense, why, what the draft adds, and shows three de-escalation suggestions', async () => {
		render(<div>{threadSection.render(cardFor(result(true, 0.1)))}</div>);
		await screen.findByText('This conversation is getting tense');
		expect(screen.getByText(/^bob's comment shows/)).toBeTruthy();
		expect(screen.getByText(/rising/)).toBeTruthy();
		expect(screen.getByText('Your reply addresses the person.')).toBeTruthy();
		const items = screen.getAllByRole('listitem').map((li) => li.textContent);
		expect(items).toEqual([
			'Acknowledge the frustration first.',
			'Ask a question about what they need.',
			'Move to specifics.',
		]);
	});

	it('draws nothing when the thread is not at risk', async () => {
		const { container } = render(<div>{threadSection.render(cardFor(result(false, 0)))}</div>);
		await new Promise((r) => setTimeout(r, 10));
		await waitFor(() => expect(container.textContent).toBe(''));
	});

	it('names the driving comments as buttons that scroll to them on the page and outline them', async () => {
		const page = ['bob', 'alice', 'carol'].map((who) => {
			const el = document.createElement('div');
			el.textContent = `${who} wrote this`;
			el.scrollIntoView = vi.fn();
			document.body.append(el);
			return el;
		});
		const thread = {
			comments: page.map((el, i) => comment(['bob', 'alice', 'carol'][i] ?? '', 'x', undefined, null, el)),
		};
		const r = result(true, 0.1);
		r.markers.comments.push({ index: 2, author: 'carol', tones: TONES, cues: [] });
		render(<div>{threadSection.render(cardFor(r, thread))}</div>);
		const bob = await screen.findByRole('button', { name: /bob's comment/ });
		expect(bob.getAttribute('title')).toMatch(/show/i);
		fireEvent.click(bob);
		expect(page[0]?.scrollIntoView).toHaveBeenCalled();
		expect((page[0] as HTMLElement).style.outline).not.toBe('');
		expect((page[2] as HTMLElement).style.outline).toBe('');
		// The other driving comments are named too, and hovering one outlines it without scrolling.
		const carol = screen.getByRole('button', { name: /carol's comment/ });
		fireEvent.mouseEnter(carol);
		expect((page[2] as HTMLElement).style.outline).not.toBe('');
		expect(page[2]?.scrollIntoView).not.toHaveBeenCalled();
		fireEvent.mouseLeave(carol);
		expect((page[2] as HTMLElement).style.outline).toBe('');
		for (const el of page) el.remove();
	});

	it('a comment the page no longer shows (or a thread from elsewhere) is named as plain text', async () => {
		render(<div>{threadSection.render(cardFor(result(true, 0.1)))}</div>);
		await screen.findByText('This conversation is getting tense');
		expect(screen.queryByRole('button', { name: /bob's comment/ })).toBeNull();
		expect(screen.getByText(/bob's comment shows/)).toBeTruthy();
	});

	it('a heated thread still shows while the reply being written is calm, and says the reply helps', async () => {
		// The thread alone is past the threshold; the calm draft appended brings the prediction under it.
		const r = result(false, -0.8);
		r.markers.thread = 0.88;
		r.derail = 0.08;
		r.markers.draft = { delta: -0.8, tones: TONES, cues: [], message: 'Your reply helps calm this thread.' };
		render(<div>{threadSection.render(cardFor(r))}</div>);
		await screen.findByText('This conversation is getting tense');
		expect(screen.getByText('Your reply helps calm this thread.')).toBeTruthy();
	});
});

describe('advice specific to this thread (issue 4)', () => {
	it('the reason line quotes the driving comment, its author is the button, and the suggestions name people', async () => {
		const page = ['bob', 'alice'].map((who) => {
			const el = document.createElement('div');
			el.textContent = `${who} wrote this`;
			el.scrollIntoView = vi.fn();
			document.body.append(el);
			return el;
		});
		const texts = ['This is ridiculous, the upload has been broken since Monday!', 'Please keep it civil.'];
		const thread = {
			comments: page.map((el, i) => comment(['bob', 'alice'][i] ?? '', texts[i] ?? '', 'None', null, el)),
		};
		const r = result(true, 0.1);
		r.thread = { comments: thread.comments.map(({ author, role, text }) => ({ author, role, text })) };
		r.draft = 'You never test anything before you merge.';
		r.markers.comments[0] = {
			index: 0,
			author: 'bob',
			role: 'None',
			tones: TONES,
			cues: ['bitter-frustration'],
		};
		r.markers.suggestions = [SUGGEST.person, SUGGEST.frustrated, SUGGEST.ask, SUGGEST.specifics];
		render(<div>{threadSection.render(cardFor(r, thread))}</div>);
		const bob = await screen.findByRole('button', { name: 'bob' });
		expect(bob.parentElement?.textContent).toMatch(/^bob sounds frustrated: "This is ridiculous"/);
		const items = screen.getAllByRole('listitem').map((li) => li.textContent);
		expect(items).toEqual([
			'Your words "You never test anything before you merge" are about the person: say what the change does instead ("this change breaks X", not "you broke X").',
			// bob's words are quoted by the reason line above: not again here.
			'Acknowledge what this has cost bob before you answer.',
			'Ask bob a question about what they need instead of arguing the point.',
		]);
		for (const el of page) el.remove();
	});
});

describe('names on GitHub', () => {
	it('the button and the line say "@bob", as GitHub does; the button still points at the comment', async () => {
		const el = document.createElement('div');
		el.scrollIntoView = vi.fn();
		document.body.append(el);
		const thread: Thread = {
			site: 'github',
			comments: [
				comment('bob', 'This is ridiculous, the upload has been broken since Monday!', 'None', null, el),
				comment('alice', 'Please keep it civil.', 'Member'),
			],
		};
		const r = result(true, 0.1);
		r.thread = {
			...thread,
			comments: thread.comments.map(({ author, role, text }) => ({ author, role, text })),
		};
		r.markers.comments[0] = {
			index: 0,
			author: 'bob',
			role: 'None',
			tones: TONES,
			cues: ['bitter-frustration'],
		};
		r.markers.suggestions = [SUGGEST.frustrated, SUGGEST.ask];
		render(<div>{threadSection.render(cardFor(r, thread))}</div>);
		const bob = await screen.findByRole('button', { name: '@bob' });
		expect(bob.parentElement?.textContent).toMatch(/^@bob sounds frustrated: "This is ridiculous"/);
		expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain(
			'Ask @bob a question about what they need instead of arguing the point.',
		);
		fireEvent.click(bob);
		expect(el.scrollIntoView).toHaveBeenCalled();
		el.remove();
	});
});

describe("the draft's own line", () => {
	it('shows "addresses the person" in a saturated thread although the reply moves the probability by 0', async () => {
		const r = result(true, 0);
		r.markers.draft = {
			delta: 0,
			tones: TONES,
			cues: ['second-person'],
			message: 'Your reply addresses the person, not the problem, in a thread that is already tense.',
			kind: 'person',
		};
		render(<div>{threadSection.render(cardFor(r))}</div>);
		await screen.findByText('This conversation is getting tense');
		expect(screen.getByText(/Your reply addresses the person, not the problem/)).toBeTruthy();
	});
	it('leaves out the neutral line ("does not add heat")', async () => {
		const r = result(true, 0);
		const message = 'Your reply does not add heat, but the thread is already tense.';
		r.markers.draft = { delta: 0, tones: TONES, cues: [], message, kind: 'neutral' };
		render(<div>{threadSection.render(cardFor(r))}</div>);
		await screen.findByText('This conversation is getting tense');
		expect(screen.queryByText(message)).toBeNull();
	});
});

describe('alsoLabels', () => {
	const marker = (index: number, author: string, role?: string) => ({
		index,
		author,
		role,
		tones: TONES,
		cues: [],
	});
	it('numbers a name already used, so two buttons never read the same', () => {
		const top = marker(3, 'vic', 'Owner');
		expect(alsoLabels(top, [marker(1, 'vic', 'Owner'), marker(2, 'ann'), marker(5, 'vic', 'Owner')])).toEqual(
			["vic (Owner)'s comment (2)", "ann's comment", "vic (Owner)'s comment (3)"],
		);
		expect(alsoLabels(undefined, [marker(0, 'ann'), marker(1, 'ann')])).toEqual([
			"ann's comment",
			"ann's comment (2)",
		]);
	});
});
