import { describe, expect, it } from 'vitest';
import { FEW_SHOT } from './few-shot.ts';
import { buildMessages, cleanModelOutput, plainPrompt } from './prompts.ts';
import { LLM_STRATEGIES } from './strategies.ts';

describe('prompts', () => {
	it('puts template, dimension hints and protection rules in the system turn, few-shot pairs, then the draft', () => {
		const strategy = LLM_STRATEGIES.find((s) => s.fewShot === 'civil');
		if (!strategy) throw new Error('no civil strategy');
		const messages = buildMessages({
			text: 'draft here',
			flaggedSpans: [],
			dimensions: ['Excessive Intensity'],
			context: ['first comment'],
			strategy,
		});
		expect(messages[0]?.content).toMatch(/overly intense/);
		expect(messages[0]?.content).toMatch(/Keep code, links, @mentions/);
		expect(messages.length).toBe(2 + 2 * FEW_SHOT.civil.length);
		expect(messages.at(-1)?.content).toBe(
			'Earlier comments in the thread, for context only:\n- first comment\n\nDraft to rewrite:\ndraft here',
		);
		expect(plainPrompt(messages)).toMatch(/\nRewrite:$/);
	});

	it('with thread context, asks the rewrite to fit the thread and to de-escalate a tense one', () => {
		const strategy = LLM_STRATEGIES[0];
		if (!strategy) throw new Error('no strategy');
		const request = { text: 'you never fix anything', flaggedSpans: [], dimensions: [], strategy };
		const inThread = buildMessages({ ...request, context: ['Third time I report this.', 'Keep it civil.'] });
		expect(inThread[0]?.content).toMatch(/reply in the thread below/);
		expect(inThread[0]?.content).toMatch(/already tense.*acknowledge.*question.*specifics/);
		// Alone, the draft is not said to be a reply to anything.
		expect(buildMessages(request)[0]?.content).not.toMatch(/thread/);
	});

	it("a tense thread's summary (who, their words: derail advice) is in the instructions; absent, nothing is said", () => {
		const strategy = LLM_STRATEGIES[0];
		if (!strategy) throw new Error('no strategy');
		const request = {
			text: 'you never fix anything',
			flaggedSpans: [],
			dimensions: [],
			strategy,
			context: ['Any update? I have waited three weeks.', 'Works for me.'],
		};
		const summary =
			'dana has waited three weeks and wrote "Any update?"; they are outside the project, and lee is answering them';
		const tension = { tense: true, frustrated: true, secondPerson: true, impatient: false };
		const messages = buildMessages({ ...request, thread: { ...tension, summary } });
		// With the earlier comments in the user turn (page text, never in the system turn), before the draft.
		expect(messages.at(-1)?.content).toBe(
			`Earlier comments in the thread, for context only:\n- Any update? I have waited three weeks.\n- Works for me.\n\nWhat makes it tense: ${summary}.\n\nDraft to rewrite:\nyou never fix anything`,
		);
		expect(messages[0]?.content).not.toContain(summary);
		expect(messages[0]?.content).toMatch(/What makes it tense.*by name/);
		const without = buildMessages({ ...request, thread: tension });
		expect(without.map((m) => m.content).join('\n')).not.toMatch(/What makes it tense/);
		// Only for a tense thread: a calm one's summary would invite the model to de-escalate what is not heated.
		const calm = buildMessages({ ...request, thread: { ...tension, tense: false, summary } });
		expect(calm.map((m) => m.content).join('\n')).not.toMatch(/What makes it tense/);
		// No earlier comments read: the summary still goes with the draft.
		const alone = buildMessages({ ...request, context: [], thread: { ...tension, summary } });
		expect(alone.at(-1)?.content).toBe(
			`What makes it tense: ${summary}.\n\nDraft to rewrite:\nyou never fix anything`,
		);
	});

	it('strips labels and quotes small models add', () => {
		expect(cleanModelOutput('Rewrite: "Please add a test."')).toBe('Please add a test.');
		expect(cleanModelOutput('  Here is the rewritten comment: Fine.  ')).toBe('Fine.');
		// Reasoning models (Qwen3, DeepSeek-R1 through Ollama) stream their thinking before the answer.
		expect(cleanModelOutput('<think>\nThe user is angry.\n</think>\n\nPlease add a test.')).toBe(
			'Please add a test.',
		);
	});

	it("strips a chatty model's opener and sign-off, which Apply would otherwise paste into the comment", () => {
		// Session 14 QA: an OpenAI-compatible server answering like a chat assistant got its whole reply offered
		// (and applied) as the rewrite, "Sure! Here is …" and "Let me know …" included.
		expect(
			cleanModelOutput(
				'Sure! Here is a more polite version of your comment:\n\n"This patch breaks the parser again. Could you run the tests before pushing?"\n\nLet me know if you want another tone!',
			),
		).toBe('This patch breaks the parser again. Could you run the tests before pushing?');
		expect(
			cleanModelOutput("Certainly, here's a calmer rewrite:\n“Could you add a test?”\n\nI hope this helps."),
		).toBe('Could you add a test?');
		// A draft's own last paragraph that merely starts alike stays (only a sign-off addressed to the asker goes).
		expect(cleanModelOutput('The build fails on ARM.\n\nLet me know if you need the logs.')).toBe(
			'The build fails on ARM.\n\nLet me know if you need the logs.',
		);
	});

	// Session 24 (backends24): replies of chat models behind an OpenAI-compatible server (Ollama, LM Studio) that
	// Apply would have pasted whole. Written by hand; `dev` was tuned on, `check` was written first and run once.
	const DRAFT = 'This fucking patch broke the parser AGAIN, test before you push!!!';
	const CLEAN = 'This patch broke the parser again, please test before you push.';
	const dev: [string, string][] = [
		[`Here is a more polite version:\n\n"${CLEAN}"`, CLEAN],
		[
			`Here is a more polite version of your comment:\n\n${CLEAN}\n\nThis version removes the profanity and the shouting while keeping your point.`,
			CLEAN,
		],
		[`Sure! Here's a rewritten version:\n\n> ${CLEAN}`, CLEAN],
		[`Rewritten version: ${CLEAN}`, CLEAN],
		[`**Rewritten comment:**\n\n${CLEAN}`, CLEAN],
		[
			'"This patch broke the parser again, the "fix" did not help."',
			'This patch broke the parser again, the "fix" did not help.',
		],
		[`'${CLEAN}'`, CLEAN],
		[`Polite version:\n${CLEAN}`, CLEAN],
		[`Here you go:\n\n${CLEAN}`, CLEAN],
		[`${CLEAN}\n\nI removed the profanity and toned down the capitals.`, CLEAN],
		[`${CLEAN}\n\nThis removes the insult and the capitals but keeps your point.`, CLEAN],
		[`Certainly. Below is a calmer version:\n\n${CLEAN}`, CLEAN],
		[`“${CLEAN}”\n\nLet me know if you want it shorter.`, CLEAN],
	];
	const check: [string, string, string][] = [
		[
			DRAFT,
			'Okay, here is a gentler take on your comment:\n\n"Could you run the tests before merging?"\n\nThis keeps your request but drops the insult.',
			'Could you run the tests before merging?',
		],
		[
			DRAFT,
			'Revised comment:\nCould you run the tests before merging?',
			'Could you run the tests before merging?',
		],
		[
			DRAFT,
			'## Rewritten\n\nCould you run the tests before merging?',
			'Could you run the tests before merging?',
		],
		[
			DRAFT,
			'"Could you run the tests before merging? The "quick fix" broke CI."',
			'Could you run the tests before merging? The "quick fix" broke CI.',
		],
		[
			DRAFT,
			'Could you run the tests before merging?\n\nChanges: removed the insult and the capitals.',
			'Could you run the tests before merging?',
		],
		[
			DRAFT,
			'Could you run the tests before merging?\n\n(I softened the tone and removed the profanity.)',
			'Could you run the tests before merging?',
		],
		[DRAFT, '> Could you run the tests before merging?', 'Could you run the tests before merging?'],
		[
			DRAFT,
			'A more respectful version:\n\nCould you run the tests before merging?',
			'Could you run the tests before merging?',
		],
		// What the draft itself has stays: its own paragraphs, its leading quote, its block quote.
		[
			'I removed the damn cache in #12.\n\nI changed the flag too.',
			'I removed the cache in #12.\n\nI changed the flag too.',
			'I removed the cache in #12.\n\nI changed the flag too.',
		],
		[
			'"Works for me" is not an answer, idiot.',
			'"Works for me" is not an answer.',
			'"Works for me" is not an answer.',
		],
		[
			'> it works\n\nNo, it does not, you moron.',
			'> it works\n\nNo, it does not.',
			'> it works\n\nNo, it does not.',
		],
		[
			'The build fails on ARM, damn it.\n\nLet me know if you need the logs.',
			'The build fails on ARM.\n\nLet me know if you need the logs.',
			'The build fails on ARM.\n\nLet me know if you need the logs.',
		],
	];
	it('keeps a paragraph of the draft the fixer changed, though it reads like an explanation', () => {
		const draft = 'The parser fails on empty input.\n\nI removed your stupid hack from the lexer.';
		const fixed = 'The parser fails on empty input.\n\nI removed your hack from the lexer.';
		expect(cleanModelOutput(fixed, draft)).toBe(fixed);
	});
	it('dev: strips openers, labels, quotes and explanations around the rewrite', () => {
		for (const [reply, want] of dev) expect(cleanModelOutput(reply, DRAFT), reply).toBe(want);
	});
	it('check: the same on replies written before the code, and keeps what the draft itself has', () => {
		for (const [draft, reply, want] of check) expect(cleanModelOutput(reply, draft), reply).toBe(want);
	});

	it('every strategy id is unique', () => {
		expect(new Set(LLM_STRATEGIES.map((s) => s.id)).size).toBe(LLM_STRATEGIES.length);
	});
});
