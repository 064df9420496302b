import { describe, expect, it } from 'vitest';
import type { DerailResult } from '../../../models/derail/types.ts';
import { adviceFor, describeThread, rewriteTension, threadSummary } from './thread-section.tsx';

const calm = { uncivil: 0.1, frustration: 0.1, attack: 0.1, heat: 0.1 };
const hot = { uncivil: 0.2, frustration: 0.1, attack: 0.1, heat: 0.8 };

function result(author: string, role?: string): DerailResult {
	return {
		thread: { comments: [] },
		derail: 0.7,
		flag: true,
		markers: {
			thread: 0.6,
			tones: hot,
			comments: [{ index: 1, author, ...(role ? { role } : {}), tones: hot, cues: [] }],
			trend: 'steady',
			dynamics: [],
			suggestions: [],
		},
	};
}

describe('describeThread', () => {
	it("names the comment's author and role", () => {
		expect(describeThread(result('mel', 'Moderator'))).toBe("mel (Moderator)'s comment shows heat.");
	});

	it('says "one comment" when the page shows no author (a deleted account, markup the reader does not know)', () => {
		expect(describeThread(result(''))).toBe('One comment shows heat.');
		expect(describeThread(result('  ', 'OP'))).toBe('One comment (OP) shows heat.');
	});

	it('falls back to a general line with no named comment', () => {
		const r = result('x');
		r.markers.comments = [];
		r.markers.tones = calm;
		expect(describeThread(r)).toBe('Recent replies read as tense.');
	});
});

describe('threadSummary', () => {
	it('a tense thread is called tense, with the comment that drives it', () => {
		expect(threadSummary({ result: result('mel'), threadTense: true })).toEqual({
			heading: 'This conversation is getting tense',
			detail: "mel's comment shows heat.",
		});
	});

	it('a calm thread that only the draft would tip is not called tense: the reply is named instead', () => {
		const r = result('bob');
		r.markers.thread = 0.2;
		r.markers.draft = {
			delta: 0.5,
			tones: hot,
			cues: ['second-person'],
			message: 'Your reply addresses the person, not the problem.',
		};
		expect(threadSummary({ result: r, threadTense: false })).toEqual({
			heading: 'Your reply could make this conversation tense',
			detail: '',
		});
	});
});

describe('describeThread with the thread at hand (issue 4: say something specific to THIS thread)', () => {
	const waiting = (): DerailResult => ({
		thread: {
			comments: [
				{ author: 'dana', role: 'None', text: 'The CSV export drops its header row.' },
				{ author: 'lee', role: 'Member', text: 'Thanks, we will look.' },
				{
					author: 'dana',
					role: 'None',
					text: 'Any update? I have waited three weeks and it is still broken.',
				},
			],
		},
		derail: 0.8,
		flag: true,
		markers: {
			thread: 0.8,
			tones: hot,
			comments: [{ index: 2, author: 'dana', role: 'None', tones: hot, cues: ['impatience'] }],
			trend: 'rising',
			dynamics: ['maintainer-newcomer'],
			suggestions: [
				'Acknowledge the wait first ("I see this has been waiting a long time") before answering.',
				'Say what happens next (who looks at it, and when): someone outside the project reads silence or a bare "no" as dismissal.',
				'Ask a question about what they need instead of arguing the point.',
			],
		},
	});

	it('names the author, how long they waited and their words, and who answers whom', () => {
		// Session 19: dana is named once ("…; lee is answering dana, who is outside the project" named her twice);
		// the trend comes last, so "they" follows the person it means.
		expect(describeThread(waiting())).toBe(
			'dana has waited three weeks and wrote "Any update?"; they are outside the project, and lee is answering them; the tone has been rising over the last replies.',
		);
	});

	it('a rewrite request for this thread carries the summary for the LLM prompt; a calm thread none', () => {
		expect(rewriteTension({ result: waiting(), threadTense: true })).toEqual({
			tense: true,
			frustrated: true,
			secondPerson: false,
			impatient: false,
			summary:
				'dana has waited three weeks and wrote "Any update?"; they are outside the project, and lee is answering them',
		});
		const calmResult = { ...waiting(), flag: false, derail: 0.1 };
		calmResult.markers = { ...calmResult.markers, thread: 0.1, suggestions: [] };
		expect(rewriteTension({ result: calmResult, threadTense: false })).not.toHaveProperty('summary');
	});

	it("the card's suggestions name them too (adviceFor), in the same order as the general ones", () => {
		expect(adviceFor(waiting())?.suggestions).toEqual([
			'Acknowledge that dana has waited three weeks before you answer.',
			'Tell dana what happens next (who looks at it, and when): someone outside the project reads silence or a bare "no" as dismissal.',
			'Ask dana a question about what they need instead of arguing the point.',
		]);
	});
});

describe("the card writes names the way the thread's site does (GitHub @login, Reddit u/name)", () => {
	const on = (site: string, r: DerailResult): DerailResult => ({ ...r, thread: { ...r.thread, site } });

	it('a GitHub result: the reason line, the dynamics and the suggestions say @login', () => {
		const waiting: DerailResult = {
			thread: {
				site: 'github',
				comments: [
					{ author: 'kim-user', role: 'None', text: 'The CSV export drops the last row.' },
					{ author: 'lee-maint', role: 'Owner', text: 'Works for me.' },
					{
						author: 'kim-user',
						role: 'None',
						text: 'Any update? I have waited two weeks and it is still broken.',
					},
				],
			},
			derail: 0.8,
			flag: true,
			markers: {
				thread: 0.8,
				tones: hot,
				comments: [{ index: 2, author: 'kim-user', role: 'None', tones: hot, cues: ['impatience'] }],
				trend: 'steady',
				dynamics: ['maintainer-newcomer'],
				suggestions: [
					'Say what happens next (who looks at it, and when): someone outside the project reads silence or a bare "no" as dismissal.',
				],
			},
		};
		expect(describeThread(waiting)).toBe(
			'@kim-user has waited two weeks and wrote "Any update?"; they are outside the project, and @lee-maint is answering them.',
		);
		expect(adviceFor(waiting)?.suggestions[0]).toMatch(/^Tell @kim-user what happens next/);
		// The same thread without a site (the CLI's input): names as read.
		expect(describeThread({ ...waiting, thread: { comments: waiting.thread.comments } })).toMatch(
			/^kim-user has waited/,
		);
	});

	it('without the comment text at hand: "@mel (Moderator)\'s comment", "u/mel\'s comment"; HN as shown', () => {
		expect(describeThread(on('github', result('mel', 'Moderator')))).toBe(
			"@mel (Moderator)'s comment shows heat.",
		);
		expect(describeThread(on('reddit', result('mel')))).toBe("u/mel's comment shows heat.");
		expect(describeThread(on('hackernews', result('mel')))).toBe("mel's comment shows heat.");
		expect(describeThread(on('github', result('')))).toBe('One comment shows heat.');
	});
});

describe('the reason line ends as a sentence once', () => {
	it('a quote ending in "!" or "?" ends the line: no period after it (Discourse and Lemmy demos read \'"this is a joke!".\')', () => {
		const r: DerailResult = {
			thread: {
				comments: [
					{ author: 'jo', text: 'The plugin API broke in 3.2.' },
					{ author: 'mel', role: 'Moderator', text: 'Please read the pinned post.' },
					{ author: 'xx', text: 'Stop wasting my time. You people never fix anything, this is a joke!' },
				],
			},
			derail: 0.9,
			flag: true,
			markers: {
				thread: 0.9,
				tones: hot,
				comments: [
					{ index: 2, author: 'xx', tones: { ...hot, frustration: 0.8 }, cues: ['bitter-frustration'] },
				],
				trend: 'steady',
				dynamics: [],
				suggestions: ['Ask a question about what they need instead of arguing the point.'],
			},
		};
		const line = describeThread(r);
		expect(line).toMatch(/^xx sounds frustrated: "[^"]*[!?]"$/);
		expect(describeThread(result('mel'))).toBe("mel's comment shows heat.");
	});
});
