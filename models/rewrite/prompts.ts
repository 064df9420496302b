/**
 * Chat prompts for LLM backends: one system instruction per template and flagged dimension, optional few-shot
 * turns, then the draft. The model is told to answer with the rewrite only; `cleanModelOutput` strips the
 * wrappers small models add anyway (quotes, "Rewrite:" labels).
 */
import { FEW_SHOT } from './few-shot.ts';
import type { GenerateRequest, Strategy, ThreadTension } from './types.ts';

/** A chat message as OpenAI-compatible APIs and transformers.js chat templates take it. */
export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

const TEMPLATE_INSTRUCTIONS: Record<Strategy['template'], string> = {
	minimal:
		'Change as few words as possible: remove insults, profanity and shouting, and keep everything else word for word.',
	soften:
		'Soften the harsh words and the tone, keep the author’s point, wording and structure where you can.',
	restate:
		'Turn attacks on people and sweeping claims ("you never", "you always") into a calm statement of the problem or a request.',
	neutral:
		'Write it as a neutral, respectful comment that makes the same point; you may restructure sentences.',
};

/**
 * Issue 4: the rewrite takes the thread into account. The model reads the earlier comments (the user turn) and
 * is told what to do with them: fit the reply to the thread, and in a tense one de-escalate the way the card's
 * suggestions say (acknowledge, ask, move to specifics), without inventing what the author did not mean.
 */
const THREAD_INSTRUCTION =
	'The draft is a reply in the thread below: keep it answering what was said there. If the thread is already tense, make the reply calm it down: acknowledge the other person’s frustration, ask a question or move to specifics instead of arguing, and address the problem, not the person, without adding claims the author did not make.';

/** A tense thread's summary (session 15), trimmed; '' for a calm thread or none. */
const summary = (thread: ThreadTension | undefined): string =>
	thread?.tense ? (thread.summary ?? '').trim().replace(/[.\s]+$/, '') : '';

/** What the derailment assessment adds: that the thread is tense now, and what in the draft feeds it. */
function tensionInstruction(thread: ThreadTension): string {
	return [
		'The derailment check says this conversation is tense right now.',
		thread.frustrated ? 'Earlier comments show frustration: acknowledge it first.' : '',
		thread.secondPerson ? 'The draft addresses the person: talk about the problem instead of "you".' : '',
		thread.impatient ? 'The draft sounds impatient: drop the impatience, keep the request.' : '',
		summary(thread)
			? 'What makes it tense (with the earlier comments) names the people and their words: where the draft answers them, address them by name and acknowledge what they said.'
			: '',
	]
		.filter(Boolean)
		.join(' ');
}

const DIMENSION_HINTS: Partial<Record<string, string>> = {
	'Toxic Emotions': 'The draft shows hostile or toxic emotions; keep the concern, drop the hostility.',
	'Excessive Intensity':
		'The draft is overly intense (capitals, exclamation marks, absolutes); tone it down.',
	'Emotional Deception': 'The draft manipulates with emotion; state the point plainly.',
	'Missing Commitment': 'The draft dismisses the discussion; show willingness to engage.',
	'Missing Seriousness': 'The draft is mocking or unserious; make it sincere.',
	'Missing Openness': 'The draft dismisses other views; acknowledge they exist.',
	'Detrimental Orthography': 'Fix shouting capitals, spelling and punctuation.',
};

/** Builds the messages for one generation. */
export function buildMessages(request: GenerateRequest): ChatMessage[] {
	const { strategy } = request;
	const hints = request.dimensions.map((d) => DIMENSION_HINTS[d]).filter(Boolean);
	const system = [
		'You rewrite comment drafts so they are appropriate and civil before they are posted.',
		TEMPLATE_INSTRUCTIONS[strategy.template],
		...hints,
		...(request.context?.length ? [THREAD_INSTRUCTION] : []),
		...(request.thread?.tense ? [tensionInstruction(request.thread)] : []),
		'Keep code, links, @mentions, #references, quoted text and numbers exactly as they are.',
		'Answer with the rewritten comment only, no preface, no quotes.',
	].join(' ');
	const messages: ChatMessage[] = [{ role: 'system', content: system }];
	if (strategy.fewShot !== 'none') {
		for (const example of FEW_SHOT[strategy.fewShot]) {
			messages.push(
				{ role: 'user', content: example.draft },
				{ role: 'assistant', content: example.rewrite },
			);
		}
	}
	const earlier = request.context?.length
		? `Earlier comments in the thread, for context only:\n${request.context.map((c) => `- ${c}`).join('\n')}\n\n`
		: '';
	// Who and what make the thread tense (models/derail/advice.ts): page words, so in the user turn, not the system's.
	const tense = summary(request.thread) ? `What makes it tense: ${summary(request.thread)}.\n\n` : '';
	const context = earlier || tense ? `${earlier}${tense}Draft to rewrite:\n` : '';
	messages.push({ role: 'user', content: `${context}${request.text}` });
	return messages;
}

/** Flattens messages into a plain prompt for models without a chat template. */
export function plainPrompt(messages: readonly ChatMessage[]): string {
	return `${messages.map((m) => `${m.role === 'assistant' ? 'Rewrite' : m.role === 'user' ? 'Draft' : 'Instructions'}: ${m.content}`).join('\n')}\nRewrite:`;
}

/** A reasoning model's answer without its leading <think> block; a thought not closed yet leaves ''. */
export function withoutThinking(text: string): string {
	return text.replace(/^\s*<think>[\s\S]*?(?:<\/think>|$)/, '');
}

/** Strips the wrappers small models put around an answer. */
export function cleanModelOutput(text: string): string {
	// Reasoning models put their thinking first; a thought cut off before </think> leaves nothing to offer.
	const thought = withoutThinking(text);
	let out = thought.trim();
	// A chat-tuned model's "Sure! Here is a calmer version:" …: the answer is what follows the colon.
	const opener =
		/^(?:(?:sure|certainly|of course|absolutely|okay|ok)\b[!,.]?\s*)?here(?: i|['’])s[^:\n]*:\s*/i;
	const chatty = opener.test(out);
	out = out.replace(opener, '').replace(/^(?:rewrite|rewritten(?: comment)?):\s*/i, '');
	// … and its sign-off paragraph ("Let me know …", "I hope this helps"), only after such an opener: a draft's
	// own last paragraph may read alike.
	if (chatty)
		out = out
			.replace(
				/\n\s*\n\s*(?:let me know|i hope (?:this|that) helps|feel free|hope (?:this|that) helps)[^\n]*$/i,
				'',
			)
			.trim();
	if (/^"[^"]*"$/.test(out) || /^“[^”]*”$/.test(out)) out = out.slice(1, -1);
	return out.trim();
}
