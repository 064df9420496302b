/**
 * adviseThread names who and what drive a thread's risk and turns explain()'s general suggestions into ones a
 * maintainer can act on in THIS thread: the person's name, how long they waited, their words, the draft's words.
 * Threads and drafts are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { adviceSummary, adviseThread, draftDoes, quoteOf, reasonDynamics, vagueClaim } from './advice.ts';
import { explain } from './explain.ts';
import { prepareComment, prepareThread } from './features.ts';
import type { Thread, ToneScores } from './types.ts';
import { TONES } from './types.ts';

const calm: ToneScores = { uncivil: 0.05, frustration: 0.05, attack: 0.02, heat: 0.1 };
const hot: ToneScores = { uncivil: 0.8, frustration: 0.7, attack: 0.6, heat: 0.8 };

function markersOf(
	thread: Thread,
	tones: ToneScores[],
	threadDerail: number,
	draft?: [string, ToneScores, number],
) {
	return explain({
		thread,
		prepared: prepareThread(thread.comments),
		tones: new Float32Array(tones.flatMap((t) => TONES.map((k) => t[k]))),
		threadDerail,
		threshold: 0.5,
		...(draft
			? {
					draft: {
						prepared: prepareComment({ author: 'me', text: draft[0] }, false, false),
						tones: draft[1],
						derail: draft[2],
					},
				}
			: {}),
	});
}

const waitingThread: Thread = {
	comments: [
		{ author: 'dana', role: 'None', text: 'Exporting to CSV drops the header row since 2.4.' },
		{ author: 'lee', role: 'Member', text: 'Thanks, we will take a look.' },
		{
			author: 'dana',
			role: 'None',
			text: 'Any update? I have waited three weeks now and it is still broken for every export we run.',
		},
	],
};

const pingPong: Thread = {
	comments: [
		{ author: 'sam', text: 'The retry loop in the uploader hammers the API.' },
		{ author: 'ana', role: 'Member', text: 'That is by design, read the docs.' },
		{ author: 'ben', text: 'This is ridiculous, the docs say nothing about it and it costs us money!' },
		{ author: 'ana', role: 'Member', text: 'You did not read them then.' },
		{ author: 'ben', text: 'Seriously? You never listen to anyone who reports a problem here.' },
		{ author: 'ana', role: 'Member', text: 'Not going to argue with you.' },
	],
};

describe('adviseThread', () => {
	it('names the impatient author, how long they waited and their words; the suggestion says to acknowledge that wait', () => {
		const markers = markersOf(waitingThread, [calm, calm, hot], 0.8);
		const advice = adviseThread(waitingThread, markers);
		expect(advice?.comments[0]).toMatchObject({ index: 2, author: 'dana', waited: 'three weeks' });
		expect(advice?.comments[0]?.line).toMatch(/^dana has waited three weeks and wrote "[^"]*update/i);
		const waited = advice?.suggestions.find((s) => s.startsWith('Acknowledge'));
		// dana is also the newcomer, whose own suggestion says what happens next: said once.
		expect(waited).toBe('Acknowledge that dana has waited three weeks before you answer.');
		const noRoles: Thread = {
			comments: waitingThread.comments.map(({ author, text }) => ({ author, text })),
		};
		const plain = adviseThread(noRoles, markersOf(noRoles, [calm, calm, hot], 0.8));
		expect(plain?.suggestions.find((s) => s.startsWith('Acknowledge'))).toBe(
			'Acknowledge that dana has waited three weeks, then say what happens next: who looks at it, and when.',
		);
	});

	it('names the newcomer and the maintainer when the maintainer–newcomer dynamic fires', () => {
		const markers = markersOf(waitingThread, [calm, calm, hot], 0.8);
		expect(markers.dynamics).toContain('maintainer-newcomer');
		const advice = adviseThread(waitingThread, markers);
		expect(advice?.dynamics).toContain('lee is answering dana, who is outside the project');
		expect(advice?.suggestions.some((s) => s.startsWith('Tell dana what happens next'))).toBe(true);
	});

	it('names the two people going back and forth and how many times', () => {
		const markers = markersOf(pingPong, [calm, calm, hot, hot, hot, hot], 0.9, [
			'I will write up the retry policy in the README.',
			calm,
			0.85,
		]);
		const advice = adviseThread(pingPong, markers, 'I will write up the retry policy in the README.');
		expect(advice?.dynamics).toContain('ana and ben have written the last 5 comments, back and forth');
		expect(advice?.suggestions).toContain(
			'ana and ben have gone back and forth 5 times: take it to a smaller channel (a direct message, a separate issue, or a call) rather than another round here.',
		);
		// Bitter frustration (not impatience) in the thread: acknowledge the cost, quoting the frustrated words.
		expect(advice?.suggestions.some((s) => /^Acknowledge what this has cost ben \("[^"]+"\)/.test(s))).toBe(
			true,
		);
	});

	it("quotes the draft's own words that address the person, and its flat claim to make concrete", () => {
		const draft = 'Honestly you broke the uploader, and it never worked on Windows anyway.';
		const markers = markersOf(pingPong, [calm, calm, hot, hot, hot, hot], 0.9, [draft, hot, 0.97]);
		const advice = adviseThread(pingPong, markers, draft);
		expect(advice?.suggestions[0]).toBe(
			'Your words "Honestly you broke the uploader" are about the person: say what the change does instead ("this change breaks X", not "you broke X").',
		);
		const i = markers.suggestions.findIndex((s) => s.startsWith('Move to specifics'));
		expect(i).toBeGreaterThanOrEqual(0);
		expect(advice?.suggestions[i]).toBe(
			'Make "and it never worked on Windows anyway" concrete: the exact version, error, or change you mean.',
		);
	});

	it('keeps the order and number of the general suggestions, and the general wording where nothing fits', () => {
		const markers = markersOf(pingPong, [calm, calm, hot, hot, hot, hot], 0.9, ['Ok.', calm, 0.9]);
		const advice = adviseThread(pingPong, markers, 'Ok.');
		expect(advice?.suggestions).toHaveLength(markers.suggestions.length);
		// No claim in the draft to quote: the general "Move to specifics" stays.
		expect(advice?.suggestions).toContain(markers.suggestions.find((s) => s.startsWith('Move to specifics')));
		// The model's own markers are not touched.
		expect(markers).not.toHaveProperty('advice');
	});

	it('a calm thread and draft: no advice', () => {
		const calmThread: Thread = { comments: waitingThread.comments.slice(0, 2) };
		const markers = markersOf(calmThread, [calm, calm], 0.1, ['Thanks!', calm, 0.1]);
		expect(adviseThread(calmThread, markers, 'Thanks!')).toBeUndefined();
	});

	it('a comment whose text is not at hand is left out, never quoted as empty', () => {
		const markers = markersOf(waitingThread, [calm, calm, hot], 0.8);
		const advice = adviseThread({ comments: [] }, markers);
		expect(advice?.comments).toEqual([]);
		expect(advice?.suggestions.every((s) => !s.includes('""'))).toBe(true);
	});
});

describe("a forum's opener is no turn of the back-and-forth (session 26)", () => {
	// A Reddit-like thread: ben's post, then replies. ben is one of the two only through his replies.
	const post = {
		author: 'ben',
		role: 'OP',
		text: 'Should the sync service retry on every timeout?',
		post: true as const,
	};
	const replies = [
		{ author: 'ana', text: 'No, that is how you flood the server. Think it through.' },
		{ author: 'ben', role: 'OP', text: 'I did think it through, you just skimmed the question.' },
		{ author: 'ana', text: 'You clearly did not, or you would not be asking this.' },
		{ author: 'ben', role: 'OP', text: 'Stop lecturing me and answer what I asked.' },
	];
	const said = (thread: Thread) => {
		const tones = thread.comments.map((_, i) => (i === 0 ? calm : hot));
		const markers = markersOf(thread, tones, 0.9);
		const advice = adviseThread(thread, markers);
		return {
			dynamics: markers.dynamics,
			lines: [...(advice?.dynamics ?? []), ...(advice?.suggestions ?? [])].filter((l) =>
				/back and forth/.test(l),
			),
		};
	};

	it('the post and three alternating replies: no "back and forth" sentence, the poster named in none', () => {
		const thread: Thread = { site: 'reddit', comments: [post, ...replies.slice(0, 3)] };
		const { dynamics, lines } = said(thread);
		// The markers' dynamic skips the opener too, so no general "smaller channel" line stands in for it.
		expect(dynamics).not.toContain('back-and-forth');
		expect(lines).toEqual([]);
	});

	it('four alternating replies after the post: the sentence counts the replies only', () => {
		const thread: Thread = { site: 'reddit', comments: [post, ...replies] };
		expect(said(thread).dynamics).toContain('back-and-forth');
		expect(said(thread).lines).toEqual([
			'ana and ben have written the last 4 comments, back and forth',
			'ana and ben have gone back and forth 4 times: take it to a smaller channel (a direct message or a new thread) rather than another round here.',
		]);
	});

	it('GitHub marks no opener: the issue body is a turn, as before', () => {
		const { post: _, ...body } = post;
		const thread: Thread = { site: 'github', comments: [body, ...replies.slice(0, 3)] };
		expect(said(thread).dynamics).toContain('back-and-forth');
		expect(said(thread).lines).toEqual([
			'ben and ana have written the last 4 comments, back and forth',
			'ben and ana have gone back and forth 4 times: take it to a smaller channel (a direct message, a separate issue, or a call) rather than another round here.',
		]);
	});
});

describe("names written the site's way (the card passes a handle; tactful derail passes none)", () => {
	const at = (name: string) => `@${name}`;

	it('every name in the lines, dynamics and suggestions is the handle; the JSON author fields stay as read', () => {
		const markers = markersOf(waitingThread, [calm, calm, hot], 0.8);
		const advice = adviseThread(waitingThread, markers, undefined, { handle: at });
		expect(advice?.comments[0]?.author).toBe('dana');
		expect(advice?.comments[0]?.line).toMatch(/^@dana has waited three weeks and wrote "/);
		expect(advice?.dynamics).toContain('@lee is answering @dana, who is outside the project');
		expect(advice?.suggestions).toContain('Acknowledge that @dana has waited three weeks before you answer.');
		expect(advice?.suggestions.some((s) => s.startsWith('Tell @dana what happens next'))).toBe(true);
		expect(advice?.suggestions).toContain(
			'Ask @dana a question about what they need instead of arguing the point.',
		);
		const ping = markersOf(pingPong, [calm, calm, hot, hot, hot, hot], 0.9, ['Ok.', calm, 0.9]);
		const both = adviseThread(pingPong, ping, 'Ok.', { handle: at });
		expect(both?.dynamics).toContain('@ana and @ben have written the last 5 comments, back and forth');
		expect(
			both?.suggestions.some((s) => s.startsWith('@ana and @ben have gone back and forth 5 times')),
		).toBe(true);
		expect(both?.suggestions.some((s) => s.startsWith('Acknowledge what this has cost @ben'))).toBe(true);
		// No bare name is left anywhere the card shows text.
		const shown = [
			...(advice?.comments.map((c) => c.line) ?? []),
			...(advice?.dynamics ?? []),
			...(advice?.suggestions ?? []),
		];
		expect(shown.filter((line) => /(^|[^@\w-])(dana|lee)\b/.test(line))).toEqual([]);
	});

	it('without a handle the advice is exactly what it was (the CLI JSON stays byte-identical)', () => {
		const markers = markersOf(waitingThread, [calm, calm, hot], 0.8);
		expect(adviseThread(waitingThread, markers, undefined, { handle: (n) => n })).toEqual(
			adviseThread(waitingThread, markers),
		);
	});

	it('the viewer is never asked a question, compared by the name as read, not the handle', () => {
		const thread: Thread = { ...waitingThread, viewer: 'dana' };
		const markers = markersOf(thread, [calm, calm, hot], 0.8);
		const advice = adviseThread(thread, markers, undefined, { handle: at });
		expect(advice?.suggestions.some((s) => /^Ask @?dana/.test(s))).toBe(false);
	});
});

describe('who to ask, and quotes said once', () => {
	it("asks the thread's opener (among the heated voices) rather than a bystander whose jab drives the risk", () => {
		const thread: Thread = {
			comments: [
				{ author: 'kim', text: 'The CSV export drops the last row.' },
				{ author: 'lee', role: 'Owner', text: 'Works for me.' },
				{ author: 'kim', text: 'Did you even read what I wrote? It is broken.' },
				{ author: 'pat', text: 'Seriously, this attitude is why nobody contributes.' },
			],
		};
		const mild: ToneScores = { ...hot, uncivil: 0.45, frustration: 0.45, attack: 0.3, heat: 0.5 };
		const markers = markersOf(thread, [calm, calm, mild, hot], 0.9);
		expect(markers.comments.map((m) => m.author)).toEqual(['pat', 'kim']);
		const advice = adviseThread(thread, markers);
		expect(advice?.suggestions).toContain(
			'Ask kim a question about what they need instead of arguing the point.',
		);
		// pat's words are the reason line's: the acknowledgement names pat without quoting them again.
		expect(advice?.comments[0]?.line).toBe(
			'pat sounds frustrated: "Seriously, this attitude is why nobody contributes"',
		);
		// The cost to acknowledge is the reporter's (kim, frustrated: "It is broken"), not the bystander's jab.
		expect(advice?.suggestions).toContain(
			'Acknowledge what this has cost kim ("It is broken") before you answer.',
		);
	});

	it('acknowledges the cost to the reporter, quoting their frustration once: not at all when the reason line shows it', () => {
		const thread: Thread = {
			comments: [
				{ author: 'kim', text: 'The CSV export drops the last row.' },
				{ author: 'lee', role: 'Owner', text: 'Works for me.' },
				{ author: 'kim', text: 'This is ridiculous. It is still broken after three releases.' },
				{ author: 'pat', text: 'Fix your stupid project!!!' },
			],
		};
		const hotter: ToneScores = { ...hot, frustration: 0.9, heat: 0.9 };
		const bystanderTop = adviseThread(thread, markersOf(thread, [calm, calm, hot, hotter], 0.9));
		expect(bystanderTop?.suggestions[0]).toBe(
			'Acknowledge what this has cost kim ("This is ridiculous") before you answer.',
		);
		const reporterTop = markersOf(thread, [calm, calm, hotter, hot], 0.9);
		expect(reporterTop.comments[0]?.author).toBe('kim');
		const advice = adviseThread(thread, reporterTop);
		expect(advice?.comments[0]?.line).toContain('"This is ridiculous"');
		expect(advice?.suggestions[0]).toBe('Acknowledge what this has cost kim before you answer.');
	});
});

describe('the opener pushing, and the outsider the maintainers answer', () => {
	// The GitHub heated demo's shape: the reporter (no association) presses twice, the owner answers, and a
	// bystander (no association either, since GitHub's badge-less comments read as None) adds the last jab.
	const thread: Thread = {
		comments: [
			{ author: 'kim', role: 'None', text: 'The CSV export drops the last row since 2.4.' },
			{ author: 'lee', role: 'Owner', text: 'Works for me. Closing.' },
			{ author: 'kim', role: 'None', text: 'This is ridiculous. Did you even try the steps?' },
			{ author: 'lee', role: 'Owner', text: 'You are not entitled to anything here.' },
			{ author: 'kim', role: 'None', text: 'Unbelievable. Still broken and nobody cares.' },
			{ author: 'pat', role: 'None', text: 'Fix your stupid project!!!' },
		],
	};
	const hotter: ToneScores = { ...hot, frustration: 0.95, heat: 0.95 };
	const markers = markersOf(thread, [calm, calm, hot, hot, hot, hotter], 0.95);
	const at = (name: string) => `@${name}`;

	it('names the opener and how often they came back, with a question to ask them', () => {
		expect(markers.dynamics).toContain('issue-author-pushing');
		const advice = adviseThread(thread, markers, undefined, { handle: at });
		// The reason line says who and how often; the suggestion says what to ask, without repeating it.
		expect(advice?.suggestions.slice(0, 3)).toContain(
			'Ask @kim what would settle it for them (a fix, a workaround, or a date) rather than another round on the details.',
		);
		// Without maintainers answering an outsider, the pushing is its own line.
		const alone = markersOf(
			{ comments: thread.comments.map(({ role: _, ...c }) => c) },
			[calm, calm, hot, hot, hot, hotter],
			0.95,
		);
		expect(alone.dynamics).toEqual(['issue-author-pushing']);
		expect(adviseThread(thread, alone, undefined, { handle: at })?.dynamics).toEqual([
			'@kim opened this and has come back twice',
		]);
	});

	it('a calm reply that says "I will push a fix today": no "what happens next", no "what would settle it" (session 27)', () => {
		const draft = 'Thanks for the steps, I will push a fix today.';
		const m = markersOf(thread, [calm, calm, hot, hot, hot, hotter], 0.95, [draft, calm, 0.9]);
		expect(m.suggestions.some((s) => s.startsWith('Say what happens next'))).toBe(true);
		expect(m.suggestions.some((s) => s.startsWith('The person who opened this'))).toBe(true);
		const advice = adviseThread(thread, m, draft, { handle: at });
		expect(advice?.suggestions.some((s) => /what happens next|what would settle it/.test(s))).toBe(false);
		// Not acknowledged yet: that advice stays first.
		expect(advice?.suggestions[0]).toMatch(/^Acknowledge @kim's wait/);
	});

	it('one line when the outsider the maintainers answer is the opener pushing: the name is said once', () => {
		const advice = adviseThread(thread, markers, undefined, { handle: at });
		expect(advice?.dynamics).toEqual([
			'@lee is answering @kim, who opened this from outside the project and has come back twice',
		]);
		const first: Thread = {
			comments: thread.comments.map((c) =>
				c.author === 'kim' ? { ...c, role: 'First-time contributor' } : c,
			),
		};
		const firstMarkers = markersOf(first, [calm, calm, hot, hot, hot, hotter], 0.95);
		expect(adviseThread(first, firstMarkers, undefined, { handle: at })?.dynamics).toEqual([
			'@lee is answering @kim, who opened this as a first-time contributor and has come back twice',
		]);
	});

	it('the maintainer is answering the reporter, not the bystander whose jab drives the risk', () => {
		expect(markers.comments[0]?.author).toBe('pat');
		const advice = adviseThread(thread, markers, undefined, { handle: at });
		expect(advice?.dynamics[0]).toMatch(/^@lee is answering @kim, who /);
		expect(advice?.suggestions.some((s) => s.startsWith('Tell @kim what happens next'))).toBe(true);
		expect(advice?.suggestions.some((s) => s.includes('@pat what happens next'))).toBe(false);
	});
});

describe("the quote comes from the comment's most heated sentence when the predictor rates them", () => {
	const thread: Thread = {
		comments: [
			{ author: 'kim', role: 'None', text: 'The CSV export drops the last row.' },
			{ author: 'lee', role: 'Owner', text: 'Works for me.' },
			{
				author: 'pat',
				text: 'Seriously, this attitude is why nobody wants to contribute. Fix your stupid project!!!',
			},
		],
	};
	const markers = markersOf(thread, [calm, calm, hot], 0.9);

	it('quotes the hottest sentence, though the cue word ("Seriously") sits in another', () => {
		const hottest = [{ index: 2, sentence: 'Fix your stupid project!!!', heat: 0.9 }];
		const advice = adviseThread(thread, markers, undefined, { hottest });
		expect(advice?.comments[0]?.quote).toBe('Fix your stupid project!!!');
		expect(advice?.comments[0]?.line).toMatch(/^pat .*"Fix your stupid project!!!"$/);
	});

	it('falls back to the clause holding the cue without a rating (the CLI), or when the rating is for another comment', () => {
		expect(adviseThread(thread, markers)?.comments[0]?.quote).toBe(
			'Seriously, this attitude is why nobody wants to contribute',
		);
		const other = [{ index: 1, sentence: 'Works for me.', heat: 0.2 }];
		expect(adviseThread(thread, markers, undefined, { hottest: other })?.comments[0]?.quote).toBe(
			'Seriously, this attitude is why nobody wants to contribute',
		);
	});

	it('a long hottest sentence is cut around its cue, as any quote', () => {
		const long: Thread = {
			comments: [
				...thread.comments.slice(0, 2),
				{
					author: 'pat',
					text: 'Fine. Honestly the way this whole project treats people who report bugs is a disgrace and you should be ashamed of it.',
				},
			],
		};
		const hottest = [
			{
				index: 2,
				sentence:
					'Honestly the way this whole project treats people who report bugs is a disgrace and you should be ashamed of it.',
				heat: 0.9,
			},
		];
		const quote = adviseThread(long, markersOf(long, [calm, calm, hot], 0.9), undefined, { hottest })
			?.comments[0]?.quote;
		expect(quote).toMatch(/disgrace|ashamed/);
		expect(quote?.split(/\s+/).length).toBeLessThanOrEqual(9);
	});
});

describe('quoteOf', () => {
	it('quotes the clause with the cue, cut to a few words around it, code and quoted replies left out', () => {
		expect(quoteOf('> you said it was fixed\n\nStill waiting, nothing changed.', 'impatience')).toBe(
			'Still waiting, nothing changed',
		);
		expect(
			quoteOf(
				'I tried the nightly build on three machines yesterday and it is still failing on the same assertion in the parser.',
				'impatience',
			),
		).toBe('…and it is still failing on the same assertion…');
		expect(quoteOf('```\nyou broke it\n```\nThe build fails.', 'person')).toBeUndefined();
		// A one-word clause takes the rest of its sentence; a one-word sentence the next one.
		expect(quoteOf('Seriously, this attitude is why people leave. Fix it!!!', 'frustration')).toBe(
			'Seriously, this attitude is why people leave',
		);
		expect(quoteOf('Seriously? You never listen.', 'frustration')).toBe('Seriously? You never listen');
	});
});

describe('adviceSummary', () => {
	it('one line for a rewrite prompt: a driving comment per person (two at most), then the dynamics, within the limit', () => {
		const markers = markersOf(waitingThread, [calm, calm, hot], 0.8);
		const advice = adviseThread(waitingThread, markers);
		if (!advice) throw new Error('no advice');
		// Session 20: the dynamics follow dana's line as the card says them, dana named once.
		expect(adviceSummary(advice)).toBe(
			'dana has waited three weeks and wrote "Any update?"; they are outside the project, and lee is answering them',
		);
		expect(adviceSummary(advice, 60)).toBe('dana has waited three weeks and wrote "Any update?"');
		expect(adviceSummary(advice, 10)).toBe('');
	});
});

describe('the outsider named, and what the rewrite summary claims', () => {
	const thread: Thread = {
		comments: [
			{ author: 'pat', role: 'None', text: 'Export crashes on files over 2 GB.' },
			{ author: 'sam', role: 'Member', text: 'Thanks for the report. Which version are you on?' },
			{ author: 'pat', role: 'None', text: 'It has been seven weeks. Is anyone even looking at this?' },
			{
				author: 'lee',
				role: 'First-time contributor',
				text: 'Same here. You keep ignoring this and it is not okay.',
			},
		],
	};
	const warm: ToneScores = { uncivil: 0.38, frustration: 0.3, attack: 0.3, heat: 0.45 };
	const mild: ToneScores = { uncivil: 0.33, frustration: 0.3, attack: 0.1, heat: 0.4 };
	const markers = markersOf(thread, [calm, warm, mild, hot], 0.7);

	it('the heated outsider, waiting on the maintainer who has not written since they joined', () => {
		expect(markers.dynamics).toContain('maintainer-newcomer');
		const advice = adviseThread(thread, markers);
		expect(advice?.dynamics).toEqual(['lee, a first-time contributor, is waiting for an answer from sam']);
	});

	it('a quote not rated sentence by sentence is given without a verdict on how it sounds', () => {
		const advice = adviseThread(thread, markers);
		if (!advice) throw new Error('no advice');
		expect(advice.comments.find((c) => c.author === 'sam')?.line).toMatch(
			/^sam \(Member\) turned to the person/,
		);
		// The card's lines stay; the summary (the rewrite prompt) says only what it measured of sam's words, and
		// without a rating (the CLI) nobody's quote gets a verdict.
		expect(adviceSummary(advice).split('; ').slice(0, 2)).toEqual([
			'lee (First-time contributor) wrote "You keep ignoring this and it is not okay"',
			'they are waiting for an answer from sam (Member), who wrote "Which version are you on?"',
		]);
		// The hottest sentence rated for the strongest comment keeps its verdict.
		const rated = adviseThread(thread, markers, undefined, {
			hottest: [{ index: 3, sentence: 'You keep ignoring this and it is not okay.', heat: 0.7 }],
		});
		if (!rated) throw new Error('no advice');
		expect(adviceSummary(rated).split('; ')[0]).toBe(
			'lee (First-time contributor) sounds impatient: "You keep ignoring this and it is not okay"',
		);
	});
});

describe('the reason line names each person once (session 19: "@lee-new … ; @lee-new, a first-time contributor, …")', () => {
	const at = (name: string) => `@${name}`;
	const hotter: ToneScores = { ...hot, frustration: 0.95, heat: 0.95 };
	/** The card's reason line (thread-section.tsx describeThread): the strongest comment's line, then the dynamics. */
	function reasonLine(thread: Thread, tones: ToneScores[]) {
		const markers = markersOf(thread, tones, 0.9);
		const advice = adviseThread(thread, markers, undefined, { handle: at });
		const top = markers.comments[0];
		const lead = advice?.comments.find((c) => c.index === top?.index)?.line ?? '';
		return { lead, dynamics: advice ? reasonDynamics(advice, top?.author) : [], advice };
	}
	/** How often each person's handle is said in the whole line. */
	const counts = (line: string, names: string[]) =>
		Object.fromEntries(names.map((n) => [n, line.split(new RegExp(`@${n}\\b`)).length - 1]));

	it('the heated newcomer leads, waiting on a maintainer who has not answered them: "they are waiting"', () => {
		const thread: Thread = {
			comments: [
				{ author: 'pat', role: 'None', text: 'The importer skips empty rows.' },
				{ author: 'sam', role: 'Member', text: 'Thanks for the report. Which version are you on?' },
				{ author: 'lee', role: 'First-time contributor', text: 'You keep ignoring this and it is not okay.' },
			],
		};
		const { lead, dynamics, advice } = reasonLine(thread, [calm, calm, hot]);
		expect(lead).toMatch(/^@lee \(First-time contributor\) /);
		// The standalone sentence (tactful derail, the rewrite summary) still names both.
		expect(advice?.dynamics).toEqual(['@lee, a first-time contributor, is waiting for an answer from @sam']);
		expect(dynamics).toEqual(['they are waiting for an answer from @sam']);
		expect(counts([lead, ...dynamics].join('; '), ['lee', 'sam'])).toEqual({ lee: 1, sam: 1 });
	});

	it('an outsider (no association) who has been answered: where they stand is said once, without the name', () => {
		const { lead, dynamics } = reasonLine({ comments: waitingThread.comments.map((c) => ({ ...c })) }, [
			calm,
			calm,
			hot,
		]);
		expect(lead).toMatch(/^@dana has waited three weeks/);
		expect(dynamics).toEqual(['they are outside the project, and @lee is answering them']);
	});

	it('the maintainer leads: the newcomer waiting on them, or answered by them, is named; the maintainer is "them"/"they"', () => {
		const waiting: Thread = {
			comments: [
				{
					author: 'ana',
					role: 'Member',
					text: 'Stop asking. You did not read the docs and this is not a bug!',
				},
				{
					author: 'kit',
					role: 'First-time contributor',
					text: 'This is ridiculous, you never answer anything.',
				},
			],
		};
		const first = reasonLine(waiting, [hotter, hot]);
		expect(first.lead).toMatch(/^@ana \(Member\) /);
		expect(first.dynamics).toEqual(['@kit, a first-time contributor, is waiting for an answer from them']);
		const answered: Thread = { comments: [...waiting.comments].reverse() };
		const second = reasonLine(answered, [hot, hotter]);
		expect(second.lead).toMatch(/^@ana \(Member\) /);
		expect(second.dynamics).toEqual(['they are answering @kit, a first-time contributor']);
	});

	it('two maintainers answering, one of them leads: "they and @bo are answering @kit"', () => {
		const thread: Thread = {
			comments: [
				{ author: 'kit', role: 'Contributor', text: 'This is ridiculous, you never answer anything.' },
				{ author: 'bo', role: 'Owner', text: 'We answered last week.' },
				{
					author: 'ana',
					role: 'Member',
					text: 'Stop asking. You did not read the docs and this is not a bug!',
				},
			],
		};
		const { lead, dynamics } = reasonLine(thread, [hot, calm, hotter]);
		expect(lead).toMatch(/^@ana \(Member\) /);
		expect(dynamics).toEqual(['they and @bo are answering @kit, a contributor from outside the team']);
	});

	it('the opener who keeps coming back leads: one part, "they opened this … and have come back"', () => {
		const thread: Thread = {
			comments: [
				{ author: 'kim', role: 'None', text: 'The CSV export drops the last row since 2.4.' },
				{ author: 'lee', role: 'Owner', text: 'Works for me. Closing.' },
				{ author: 'kim', role: 'None', text: 'This is ridiculous. Did you even try the steps?' },
				{ author: 'lee', role: 'Owner', text: 'Please keep it civil.' },
				{ author: 'kim', role: 'None', text: 'Unbelievable. Still broken and nobody cares!' },
			],
		};
		const { lead, dynamics } = reasonLine(thread, [calm, calm, hot, calm, hotter]);
		expect(lead).toMatch(/^@kim /);
		expect(dynamics).toEqual([
			'they opened this from outside the project and have come back twice, and @lee is answering them',
			// The two alternate too: said without their names again.
			'the two have written the last 5 comments, back and forth',
		]);
		expect(counts([lead, ...dynamics].join('; '), ['kim', 'lee'])).toEqual({ kim: 1, lee: 1 });
		// Without roles: the back-and-forth and the pushing, both said of "they" (kim).
		const plain: Thread = { comments: thread.comments.map(({ role: _, ...c }) => c) };
		expect(reasonLine(plain, [calm, calm, hot, calm, hotter]).dynamics).toEqual([
			'they have gone back and forth with @lee over the last 5 comments',
			'they opened this and have come back twice',
		]);
	});

	it('a back-and-forth led by one of the two: "they have gone back and forth with @ana"', () => {
		const { lead, dynamics } = reasonLine(pingPong, [calm, calm, hot, hot, hotter, hot]);
		expect(lead).toMatch(/^@ben /);
		expect(dynamics).toEqual(['they have gone back and forth with @ana over the last 5 comments']);
	});

	it('the newcomer and the maintainer also going back and forth: "the two", not their names again', () => {
		const thread: Thread = {
			comments: [
				{ author: 'dee', role: 'None', text: 'Why is this still broken? You never fix anything.' },
				{ author: 'max', role: 'Member', text: 'We are looking at it.' },
				{ author: 'dee', role: 'None', text: 'This is ridiculous, you keep ignoring me!' },
				{ author: 'max', role: 'Member', text: 'Please be patient.' },
			],
		};
		const { lead, dynamics } = reasonLine(thread, [hot, calm, hotter, calm]);
		expect(lead).toMatch(/^@dee /);
		expect(dynamics).toEqual([
			'they are outside the project, and @max is answering them',
			'the two have written the last 4 comments, back and forth',
		]);
		expect(counts([lead, ...dynamics].join('; '), ['dee', 'max'])).toEqual({ dee: 1, max: 1 });
	});

	it('a bystander leads: everyone else is named, as before', () => {
		const thread: Thread = {
			comments: [
				{ author: 'kim', role: 'None', text: 'The CSV export drops the last row since 2.4.' },
				{ author: 'lee', role: 'Owner', text: 'Works for me. Closing.' },
				{ author: 'kim', role: 'None', text: 'This is ridiculous. Did you even try the steps?' },
				{ author: 'lee', role: 'Owner', text: 'You are not entitled to anything here.' },
				{ author: 'kim', role: 'None', text: 'Unbelievable. Still broken and nobody cares.' },
				{ author: 'pat', role: 'None', text: 'Fix your stupid project!!!' },
			],
		};
		const { lead, dynamics } = reasonLine(thread, [calm, calm, hot, hot, hot, hotter]);
		expect(lead).toMatch(/^@pat /);
		expect(dynamics).toEqual([
			'@lee is answering @kim, who opened this from outside the project and has come back twice',
		]);
	});
});

describe('the suggestions name the person the reason line is about (session 20)', () => {
	// The GitHub issue snapshot's shape: the reporter waited seven weeks; a first-time contributor's heated "You keep
	// ignoring this" leads the card. The card's "Acknowledge…" named the reporter, whom the reason line never names.
	const thread: Thread = {
		comments: [
			{ author: 'pat', role: 'None', text: 'Export crashes on files over 2 GB.' },
			{ author: 'sam', role: 'Member', text: 'Thanks for the report. Which version are you on?' },
			{ author: 'pat', role: 'None', text: 'It has been seven weeks. Is anyone even looking at this?' },
			{
				author: 'lee',
				role: 'First-time contributor',
				text: 'Same here. You keep ignoring this and it is not okay.',
			},
		],
	};
	const warm: ToneScores = { uncivil: 0.38, frustration: 0.3, attack: 0.3, heat: 0.45 };
	const mild: ToneScores = { uncivil: 0.33, frustration: 0.3, attack: 0.1, heat: 0.4 };
	const at = (name: string) => `@${name}`;
	const rated = [{ index: 3, sentence: 'You keep ignoring this and it is not okay.', heat: 0.7 }];

	it('the impatient newcomer leads: their wait is acknowledged, they are told what happens next and asked', () => {
		const markers = markersOf(thread, [calm, warm, mild, hot], 0.7);
		const advice = adviseThread(thread, markers, undefined, { handle: at, hottest: rated });
		expect(advice?.comments[0]?.line).toMatch(/^@lee \(First-time contributor\) sounds impatient: "/);
		const named = (advice?.suggestions ?? []).flatMap((s) => s.match(/@\w+/g) ?? []);
		expect([...new Set(named)]).toEqual(['@lee']);
		expect(advice?.suggestions[0]).toBe("Acknowledge @lee's wait before you answer.");
		expect(advice?.suggestions).toContain(
			'Ask @lee a question about what they need instead of arguing the point.',
		);
	});

	it('the lead sounds frustrated while another person is impatient: the cost to the lead, not the other wait', () => {
		const t: Thread = {
			comments: [
				{ author: 'jo', text: 'Sync drops my notes. Why do you keep ignoring it?' },
				{ author: 'mel', role: 'Moderator', text: 'We are looking into it.' },
				{ author: 'jo', text: 'Still waiting on a real answer after two months.' },
				{ author: 'xx', text: 'Stop wasting my time, this is a joke!' },
			],
		};
		const hotter: ToneScores = { ...hot, frustration: 0.95, heat: 0.95 };
		const markers = markersOf(t, [mild, calm, hot, hotter], 0.9);
		expect(markers.comments[0]?.author).toBe('xx');
		// xx is a bystander while the opener is heated: the reporter's wait and need come first, as before.
		const bystander = adviseThread(t, markers, undefined, { handle: at });
		expect(
			bystander?.suggestions.some((s) => s.startsWith('Acknowledge that @jo has waited two months')),
		).toBe(true);
		// The same line from someone who has written twice (a party to the exchange): the suggestions follow them.
		const party: Thread = {
			comments: [t.comments[0], { author: 'xx', text: 'Same problem here.' }, ...t.comments.slice(1)].filter(
				(c): c is Thread['comments'][number] => c !== undefined,
			),
		};
		const pm = markersOf(party, [mild, calm, calm, hot, hotter], 0.9);
		expect(pm.comments[0]?.author).toBe('xx');
		const advice = adviseThread(party, pm, undefined, { handle: at });
		expect(advice?.comments[0]?.line).toMatch(/^@xx sounds frustrated: /);
		expect(advice?.suggestions[0]).toBe('Acknowledge what this has cost @xx before you answer.');
		expect(advice?.suggestions).toContain(
			'Ask @xx a question about what they need instead of arguing the point.',
		);
		expect(advice?.suggestions.join(' ')).not.toMatch(/@jo/);
	});

	it('an impatient one-comment lead (the answer being commented on) is still the one acknowledged and asked', () => {
		const t: Thread = {
			comments: [
				{ author: 'asker', text: 'This is ridiculous, the docs are wrong.' },
				{ author: 'answerer', text: 'Still nothing after two months. Why do you keep ignoring it?' },
				{ author: 'asker', text: 'This is ridiculous and frankly insulting.' },
			],
		};
		const hotter: ToneScores = { ...hot, heat: 0.95, uncivil: 0.95 };
		const markers = markersOf(t, [hot, hotter, hot], 0.9);
		expect(markers.comments[0]?.author).toBe('answerer');
		const advice = adviseThread(t, markers);
		expect(advice?.comments[0]?.line).toMatch(/^answerer has waited two months/);
		const named = (advice?.suggestions ?? []).filter((s) => /^(Acknowledge|Ask)\b/.test(s));
		expect(named.length).toBeGreaterThan(0);
		expect(named.join(' ')).not.toMatch(/\basker\b/);
	});

	it('a lead the line shows as neither ("turned to the person") leaves the suggestions as they were', () => {
		const markers = markersOf(pingPong, [calm, calm, hot, hot, hot, hot], 0.9);
		const advice = adviseThread(pingPong, markers);
		expect(advice?.comments[0]?.line).toMatch(/^ana \(Member\) turned to the person/);
		expect(advice?.suggestions.some((s) => s.startsWith('Acknowledge what this has cost ben'))).toBe(true);
	});

	it('the viewer leading is never acknowledged or asked', () => {
		const mine: Thread = { ...thread, viewer: 'lee' };
		const markers = markersOf(mine, [calm, warm, mild, hot], 0.7);
		const advice = adviseThread(mine, markers, undefined, { handle: at, hottest: rated });
		const acknowledgeOrAsk = advice?.suggestions.filter((s) => /^(Acknowledge|Ask)\b/.test(s)) ?? [];
		expect(acknowledgeOrAsk.length).toBeGreaterThan(0);
		expect(acknowledgeOrAsk.join(' ')).not.toMatch(/@lee\b/);
	});

	it('the viewer being the newcomer: no suggestion tells them to answer themselves (session 21, card8)', () => {
		// thread7 left "Acknowledge @you's wait…" / "Tell @you what happens next…" when the viewer was the newcomer.
		const mine: Thread = { ...thread, viewer: 'lee' };
		const markers = markersOf(mine, [calm, warm, mild, hot], 0.7);
		const advice = adviseThread(mine, markers, undefined, { handle: at, hottest: rated });
		expect(advice?.suggestions.length).toBeGreaterThan(0);
		expect((advice?.suggestions ?? []).join(' ')).not.toMatch(/@lee\b/);
	});
});

describe('the rewrite summary names each person once (session 20)', () => {
	it("the second person's words join the part that names them; a person no part names keeps their own line", () => {
		const thread: Thread = {
			comments: [
				{ author: 'pat', role: 'None', text: 'Export crashes on files over 2 GB.' },
				{ author: 'sam', role: 'Member', text: 'Thanks for the report. Which version are you on?' },
				{ author: 'pat', role: 'None', text: 'It has been seven weeks. Is anyone even looking at this?' },
				{
					author: 'lee',
					role: 'First-time contributor',
					text: 'Same here. You keep ignoring this and it is not okay.',
				},
			],
		};
		const warm: ToneScores = { uncivil: 0.38, frustration: 0.3, attack: 0.3, heat: 0.45 };
		const mild: ToneScores = { uncivil: 0.33, frustration: 0.3, attack: 0.1, heat: 0.4 };
		const advice = adviseThread(thread, markersOf(thread, [calm, warm, mild, hot], 0.7), undefined, {
			handle: (n) => `@${n}`,
		});
		if (!advice) throw new Error('no advice');
		const summary = adviceSummary(advice);
		expect(summary).toBe(
			'@lee (First-time contributor) wrote "You keep ignoring this and it is not okay"; they are waiting for an answer from @sam (Member), who wrote "Which version are you on?"',
		);
		// Back and forth: the pair's part names ben once, his words beside his name.
		const ping = adviseThread(pingPong, markersOf(pingPong, [calm, calm, hot, hot, hot, hot], 0.9));
		if (!ping) throw new Error('no advice');
		const said = adviceSummary(ping);
		for (const name of ['ana', 'ben']) expect(said.split(new RegExp(`\\b${name}\\b`)).length).toBe(2);
		expect(said).toBe(
			'ana (Member) turned to the person: "Not going to argue with you"; they have gone back and forth with ben, who wrote "Seriously? You never listen to anyone who reports a…", over the last 5 comments',
		);
	});
});

describe('forum wording (qa22: issue-tracker words on Hacker News, Stack Exchange and Lemmy cards)', () => {
	const noRoles = (site?: string): Thread => ({
		comments: waitingThread.comments.map(({ author, text }) => ({ author, text })),
		...(site ? { site } : {}),
	});
	const all = (advice: ReturnType<typeof adviseThread>) => advice?.suggestions.join('\n') ?? '';

	it('on a forum, a wait is acknowledged without "who looks at it, and when" (nobody triages a forum thread)', () => {
		for (const site of ['hackernews', 'stackexchange', 'lemmy', 'reddit', 'discourse']) {
			const t = noRoles(site);
			const advice = adviseThread(t, markersOf(t, [calm, calm, hot], 0.8));
			expect(advice?.suggestions.find((s) => s.startsWith('Acknowledge'))).toBe(
				'Acknowledge that dana has waited three weeks before you answer.',
			);
			expect(all(advice)).not.toMatch(/who looks at it/);
		}
		// GitHub (and the CLI, which names no site) keep the maintainer's wording.
		for (const site of ['github', undefined]) {
			const t = noRoles(site);
			expect(adviseThread(t, markersOf(t, [calm, calm, hot], 0.8))?.suggestions).toContain(
				'Acknowledge that dana has waited three weeks, then say what happens next: who looks at it, and when.',
			);
		}
	});

	it('on a forum, the smaller channel is not "a separate issue" and the person advice is not about "this change"', () => {
		const draft = 'Honestly you broke the uploader, and it never worked on Windows anyway.';
		const t: Thread = { ...pingPong, site: 'hackernews' };
		const advice = adviseThread(
			t,
			markersOf(t, [calm, calm, hot, hot, hot, hot], 0.9, [draft, hot, 0.97]),
			draft,
		);
		const text = all(advice);
		expect(text).toContain('take it to a smaller channel (a direct message or a new thread)');
		expect(text).not.toMatch(/separate issue|this change breaks/);
		expect(advice?.suggestions[0]).toBe(
			'Your words "Honestly you broke the uploader" are about the person: say what is wrong with the idea instead ("this misses X", not "you missed X").',
		);
	});
});

describe('the draft: no put-down to "make concrete", no advice it already follows (session 27)', () => {
	const INSULT = 'Are you serious? This is the dumbest thing I have read all week, you clearly have no clue.';
	const heatedForum: Thread = { site: 'discourse', comments: pingPong.comments };
	const tones = [calm, calm, hot, hot, hot, hot];

	it('never quotes a put-down or a fragment as the claim to make concrete; a vague complaint still is', () => {
		expect(vagueClaim(INSULT)).toBeUndefined();
		expect(vagueClaim('It does not.')).toBeUndefined();
		expect(vagueClaim('It does not. Read the docs.')).toBeUndefined();
		expect(vagueClaim('I have tested this all week.')).toBeUndefined();
		expect(vagueClaim('This is garbage, it never works.')).toBeUndefined();
		expect(vagueClaim('You never test anything on Windows.')).toBeUndefined();
		expect(vagueClaim('The uploader still does not work after the update.')).toBe(
			'The uploader still does not work after the update',
		);
		expect(vagueClaim('No, it breaks every build.')).toBe('No, it breaks every build');
	});

	it('the insult draft: the person advice quotes the put-down at the reader, "Move to specifics" has no quote', () => {
		const markers = markersOf(heatedForum, tones, 0.9, [INSULT, hot, 0.97]);
		expect(markers.suggestions).toContain('Move to specifics: the exact version, error, or change you mean.');
		const advice = adviseThread(heatedForum, markers, INSULT);
		const all = advice?.suggestions.join('\n') ?? '';
		expect(all).not.toMatch(/concrete/);
		expect(all).not.toMatch(/dumbest/);
		expect(advice?.suggestions[0]).toBe(
			'Your words "you clearly have no clue" are about the person: say what is wrong with the idea instead ("this misses X", not "you missed X").',
		);
		expect(advice?.suggestions).toContain('Move to specifics: the exact version, error, or change you mean.');
		// A jab is no question: the ask advice stays.
		expect(all).toMatch(/^Ask .* a question/m);
	});

	it.each([
		['I will push a fix today.', { commits: true }],
		["I'll look at it tomorrow.", { commits: true }],
		['We are going to land this in the next release.', { commits: true }],
		["I've opened #123 with a fix.", { commits: true, specific: true }],
		['PR incoming.', { commits: true }],
		['Expect a patch by Friday.', { commits: true }],
		['I will not fix this.', {}],
		['Today I found another bug.', {}],
		['I will push a fix today, you idiot.', {}],
		// Asking for the specifics is moving to them (qa27: "Move to specifics" under "Can you send the exact version…").
		['Could you share the exact error message?', { asks: true, specific: true }],
		['Can you send me the exact version and the error you get?', { asks: true, specific: true }],
		['Which browser are you on?', { asks: true, specific: true }],
		['Could you help me understand?', { asks: true }],
		['Did you even read the error?', {}],
		['Are you serious?', {}],
		['Why would you merge that?', {}],
		['Sorry this took so long.', { acknowledges: true }],
		['I understand why this is frustrating.', { acknowledges: true }],
		['Thanks for your patience.', { acknowledges: true }],
		['It fails on 2.4.1 with `ENOENT`.', { specific: true }],
		['The stack trace points at upload.ts.', { specific: true }],
		['It throws a TypeError on save.', { specific: true }],
		['It is broken.', {}],
		['Happy to hop on a quick call about it.', { elsewhere: true }],
		["Let's take the design question to a separate issue.", { elsewhere: true }],
	])('draftDoes(%j)', (draft, expected) => {
		const none = { commits: false, asks: false, acknowledges: false, specific: false, elsewhere: false };
		expect(draftDoes(draft)).toEqual({ ...none, ...expected });
	});

	it('a draft that says what happens next is not told to (newcomer advice, the wait’s second half)', () => {
		const draft = 'I will push a fix today.';
		const markers = markersOf(waitingThread, [calm, calm, hot], 0.8, [draft, calm, 0.7]);
		expect(markers.suggestions).toContain(
			'Say what happens next (who looks at it, and when): someone outside the project reads silence or a bare "no" as dismissal.',
		);
		const advice = adviseThread(waitingThread, markers, draft);
		expect(advice?.suggestions.some((s) => /what happens next/.test(s))).toBe(false);
		expect(advice?.suggestions).toContain('Acknowledge that dana has waited three weeks before you answer.');
		// Without the roles (no newcomer advice), the wait advice keeps only its acknowledging half.
		const noRoles: Thread = {
			comments: waitingThread.comments.map(({ author, text }) => ({ author, text })),
		};
		const plain = adviseThread(
			noRoles,
			markersOf(noRoles, [calm, calm, hot], 0.8, [draft, calm, 0.7]),
			draft,
		);
		expect(plain?.suggestions).toContain('Acknowledge that dana has waited three weeks before you answer.');
	});

	it('a draft that acknowledges is not told to; what it does not do yet stays', () => {
		const noRoles: Thread = {
			comments: waitingThread.comments.map(({ author, text }) => ({ author, text })),
		};
		const ack = 'Sorry this has taken so long.';
		const one = adviseThread(noRoles, markersOf(noRoles, [calm, calm, hot], 0.8, [ack, calm, 0.7]), ack);
		expect(one?.suggestions.some((s) => s.startsWith('Acknowledge'))).toBe(false);
		expect(one?.suggestions).toContain('Tell dana what happens next: who looks at it, and when.');
		const both = 'Sorry this has taken so long. I will push a fix today.';
		const two = adviseThread(noRoles, markersOf(noRoles, [calm, calm, hot], 0.8, [both, calm, 0.7]), both);
		expect(two?.suggestions.some((s) => /^Acknowledge|what happens next/.test(s))).toBe(false);
		// The frustration kind too.
		const m = markersOf(pingPong, tones, 0.9, [ack, calm, 0.85]);
		expect(m.suggestions.some((s) => s.startsWith('Acknowledge the frustration'))).toBe(true);
		expect(adviseThread(pingPong, m, ack)?.suggestions.some((s) => s.startsWith('Acknowledge'))).toBe(false);
	});

	it('a draft that asks, names specifics or proposes a smaller channel is not told to', () => {
		const draft =
			'Which version are you on? It works for me on 2.4.1. Happy to take this to a separate issue.';
		const markers = markersOf(pingPong, tones, 0.9, [draft, calm, 0.85]);
		expect(markers.suggestions.some((s) => s.startsWith('Ask a question'))).toBe(true);
		expect(markers.suggestions.some((s) => s.startsWith('Move to specifics'))).toBe(true);
		expect(markers.suggestions.some((s) => s.startsWith('Take it to a smaller channel'))).toBe(true);
		const advice = adviseThread(pingPong, markers, draft);
		expect(advice?.suggestions.some((s) => /^Ask |concrete|specifics|smaller channel/.test(s))).toBe(false);
		// The rest stays, in order.
		expect(advice?.suggestions.some((s) => s.startsWith('Acknowledge what this has cost ben'))).toBe(true);
		// The same draft without them: the advice is there.
		const bare = 'It works for me.';
		const plain = adviseThread(pingPong, markersOf(pingPong, tones, 0.9, [bare, calm, 0.85]), bare);
		expect(plain?.suggestions.some((s) => /^Ask /.test(s))).toBe(true);
		expect(plain?.suggestions.some((s) => /smaller channel/.test(s))).toBe(true);
		// Asking for the version and the error is moving to specifics: not told to (qa27).
		const asking = 'Can you send me the exact version and the error you get?';
		const asked = adviseThread(pingPong, markersOf(pingPong, tones, 0.9, [asking, calm, 0.85]), asking);
		expect(asked?.suggestions.some((s) => /specifics|concrete/.test(s))).toBe(false);
		expect(plain?.suggestions.some((s) => /specifics|concrete/.test(s))).toBe(true);
	});
});
