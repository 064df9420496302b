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

/** A chat model's opener before the rewrite ("Sure! Here is a calmer version:", "Below is …:"), up to its colon. */
const OPENER =
	/^(?:(?:sure|certainly|of course|absolutely|okay|ok|alright)\b[!,.]?\s*)?(?:here(?: i|['’])s|here you go|below is)\b[^:\n]*:\s*/i;
/**
 * A label line or prefix naming the answer ("Rewrite:", "Polite version:", "**Rewritten comment:**", "## Revised"):
 * a word saying what the text is, at most a few words, and a colon (or a heading line).
 */
const LABEL =
	/^(?:#{1,4}\s*)?(?:\*\*|__)?(?:(?:a|the|my)\s+)?(?:(?:more|much|slightly)\s+)?(?:rewrite|rewritten|revised|reworded|rephrased|edited|improved|polite|politer|calmer|civil|respectful|kinder|gentler|softer|friendlier|neutral|toned[- ]down)(?:\s+(?:version|comment|draft|text|reply|message|take|rewrite|wording))?(?:\s+of\s+(?:your|the)\s+(?:comment|draft|text|message|reply))?\s*(?::\s*(?:\*\*|__)?|(?:\*\*|__)?\s*:|(?:\*\*|__)?\s*\n)\s*/i;
/** A closing paragraph addressed to the asker, not part of the comment ("Let me know …", "I hope this helps"). */
const SIGN_OFF = /^(?:let me know|i hope (?:this|that) helps|feel free|hope (?:this|that) helps)/i;
/**
 * A closing paragraph about the rewrite itself ("This version removes …", "I softened …", "Changes: …",
 * "(Note: …)"): the model explaining what it did.
 */
const EXPLANATION =
	/^\(?(?:(?:this|the|my|in this) (?:version|rewrite|rewritten|revised|revision|reply|wording)\b|(?:this|it) (?:keeps|removes|drops|softens|avoids|replaces|tones|makes)\b|i(?:['’]ve| have)? (?:removed|softened|changed|replaced|kept|rephrased|reworded|toned|dropped|made|adjusted|rewrote)\b|changes?(?: made)?:|notes?:|explanation:)/i;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
/**
 * Whether a paragraph of the reply is the draft's own, perhaps rewritten: most of its words are the draft's. An
 * offline-fixed "I removed your hack." keeps the draft's "I removed your stupid hack."; a model's "This version
 * removes the profanity …" has few of the draft's words.
 */
function fromDraft(paragraph: string, draft: string): boolean {
	const own = new Set(words(draft));
	const mine = words(paragraph);
	return mine.length > 0 && mine.filter((w) => own.has(w)).length / mine.length >= 0.6;
}

/** `text` wrapped whole in one pair of quotes, a code fence or a block quote: the inside; otherwise undefined. */
function unwrapped(text: string, draft: string | undefined): string | undefined {
	const pairs: [string, string][] = [
		['"', '"'],
		['“', '”'],
		["'", "'"],
		['‘', '’'],
	];
	for (const [open, close] of pairs) {
		if (text.length < 3 || !text.startsWith(open) || !text.endsWith(close)) continue;
		const inner = text.slice(open.length, -close.length);
		// Without the draft: only a quote pair with no other quote inside it is surely a wrapper ("a" and "b").
		if (
			draft === undefined ? !inner.includes(open) && !inner.includes(close) : !draft.trim().startsWith(open)
		)
			return inner;
	}
	if (draft === undefined) return undefined;
	const fence = /^```[\w-]*\n([\s\S]*?)\n```$/.exec(text);
	if (fence?.[1] && !draft.includes('```')) return fence[1];
	const lines = text.split('\n');
	if (lines.every((l) => /^>\s?/.test(l) || !l.trim()) && !/^>/m.test(draft))
		return lines.map((l) => l.replace(/^>\s?/, '')).join('\n');
	return undefined;
}

/**
 * Strips the wrappers chat models put around an answer: a reasoning block, an opener or a label, quotes, and a
 * closing paragraph of sign-off or explanation. With the `draft` the rewrite is of, what the draft itself has (a
 * paragraph "Let me know if you need the logs.", a quoted line, a leading quote) is never taken for a wrapper;
 * without it only the sure cases go.
 */
export function cleanModelOutput(text: string, draft?: string): string {
	// Reasoning models put their thinking first; a thought cut off before </think> leaves nothing to offer.
	let out = withoutThinking(text).trim();
	const startsDraft = (re: RegExp) => draft !== undefined && re.test(draft.trim());
	// "Sure! Here is a calmer version:" …: the answer is what follows the colon.
	const chatty = OPENER.test(out) && !startsDraft(OPENER);
	if (chatty) out = out.replace(OPENER, '');
	if (!startsDraft(LABEL)) out = out.replace(LABEL, '');
	// Closing paragraphs: a sign-off only after an opener (or when the draft lacks it), an explanation of the
	// rewrite when the draft lacks it; a draft's own last paragraph may read alike.
	for (;;) {
		const at = out.search(/\n\s*\n(?![\s\S]*\n\s*\n)/);
		if (at < 0) break;
		const last = out.slice(at).trim();
		const ownParagraph = draft !== undefined && fromDraft(last, draft);
		const signOff = SIGN_OFF.test(last) && (chatty || (draft !== undefined && !ownParagraph));
		const explains = EXPLANATION.test(last) && draft !== undefined && !ownParagraph;
		if (!signOff && !explains) break;
		out = out.slice(0, at).trim();
	}
	out = unwrapped(out, draft) ?? out;
	return out.trim();
}
