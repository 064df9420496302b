// @vitest-environment node
/**
 * One contract, every backend (and each one's non-streaming fallback): each must stream a non-empty candidate
 * whose chunks join to exactly the final text it returns, say how the generation ended, leave the request
 * untouched, honour an AbortSignal with a typed `aborted` error, and fail only with RewriteError. And whatever
 * it writes, the ranking never offers a candidate that keeps the draft's calm condescension (session 28, rank28),
 * nor one that keeps a put-down the scorer's rule floor underlined on the draft, in any phrasing (session 30, rank30).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenAITestServer, startOpenAIServer } from '../../tests/fixtures/openai-server.mjs';
import type { Dimension, ScoreResult, Scorer } from '../scoring/types.ts';
import { createChromeBackend } from './chrome-backend.ts';
import { suggestRewrite } from './engine.ts';
import { RewriteError } from './errors.ts';
import { keptCondescension } from './fixer-condescend.ts';
import { createLocalBackend } from './local-backend.ts';
import { createOfflineBackend } from './offline-fixer.ts';
import { createOpenAIBackend } from './openai-backend.ts';
import { OTHER_LANGUAGE, TALKS_DOWN } from './reward.ts';
import { drainGeneration } from './stream.ts';
import { fakeChromeAI } from './testing/fake-chrome-ai.ts';
import type { GenerateRequest, RewriterBackend } from './types.ts';
import { keptUnderlinedPutDowns } from './underlined-put-downs.ts';

const TINY_LLM_DIR = path.resolve(__dirname, '../../tests/fixtures');

let server: OpenAITestServer;
beforeAll(async () => {
	server = await startOpenAIServer();
});
afterAll(async () => {
	await server.close();
});

const backends: [string, () => RewriterBackend][] = [
	['offline', () => createOfflineBackend()],
	['openai', () => createOpenAIBackend({ baseUrl: server.url, model: 'tiny', timeoutMs: 5000 })],
	[
		'local',
		() =>
			createLocalBackend({
				modelId: 'tiny-llm',
				localModelPath: TINY_LLM_DIR,
				dtype: 'fp32',
				device: 'cpu',
				maxNewTokens: 12,
			}),
	],
	['chrome', () => createChromeBackend({ globals: fakeChromeAI() })],
	// The fallbacks: a server that refuses `stream: true`, a Chrome without promptStreaming.
	[
		'openai, server refuses streaming',
		() => createOpenAIBackend({ baseUrl: server.url, model: 'refuse-stream', timeoutMs: 5000 }),
	],
	[
		'chrome, no streaming call',
		() => createChromeBackend({ globals: fakeChromeAI({ prompt: 'available', streaming: false }) }),
	],
];

function request(): GenerateRequest {
	const req: GenerateRequest = {
		text: 'This is STUPID, you never test anything. See #12.',
		flaggedSpans: [{ start: 8, end: 14, weight: 1 }],
		dimensions: ['Toxic Emotions'],
		context: ['Earlier comment.'],
		strategy: { id: 'soften.none.t0', template: 'soften', fewShot: 'none', temperature: 0 },
	};
	return structuredClone(req);
}

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
	const chunks: string[] = [];
	for await (const chunk of stream) chunks.push(chunk);
	return chunks;
}

describe.each(backends)('RewriterBackend contract: %s', (_name, make) => {
	it('streams a non-empty candidate as string chunks', async () => {
		const backend = make();
		const chunks = await collect(backend.generate(request()));
		expect(chunks.length).toBeGreaterThan(0);
		expect(chunks.every((c) => typeof c === 'string')).toBe(true);
		expect(chunks.join('').length).toBeGreaterThan(0);
		await backend.dispose?.();
	});

	it('streams chunks that join to exactly the final text, and says how it ended', async () => {
		const backend = make();
		const chunks: string[] = [];
		const result = await drainGeneration(backend.generate(request()), (chunk) => chunks.push(chunk));
		expect(chunks.join('')).toBe(result.text);
		expect(result.text.length).toBeGreaterThan(0);
		expect(['stop', 'length', 'content_filter']).toContain(result.finish);
		await backend.dispose?.();
	});

	it('never modifies the request (the draft stays the user’s)', async () => {
		const req = request();
		const before = JSON.stringify(req);
		await collect(make().generate(Object.freeze(req)));
		expect(JSON.stringify(req)).toBe(before);
	});

	it('throws a typed "aborted" error when the signal already fired', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(collect(make().generate(request(), controller.signal))).rejects.toMatchObject({
			name: 'RewriteError',
			code: 'aborted',
		});
	});

	it('stops with "aborted" when cancelled mid-stream, or finishes cleanly', async () => {
		const controller = new AbortController();
		const chunks: string[] = [];
		let error: unknown;
		try {
			for await (const chunk of make().generate(request(), controller.signal)) {
				chunks.push(chunk);
				controller.abort();
			}
		} catch (e) {
			error = e;
		}
		expect(chunks.length).toBeGreaterThan(0);
		if (error) expect(error).toBeInstanceOf(RewriteError);
		if (error) expect((error as RewriteError).code).toBe('aborted');
	});
});

// Session 28 (rank28): the scorer reads calm condescension as civil, so an LLM candidate that kept "leave the schema
// design to people who have done it before" was offered. Drafts written for this test.
const PUT_DOWN = 'Maybe leave the schema design to people who have done it before';
const CONDESCENDING = `${PUT_DOWN}; this STUPID table has no primary key. See #12.`;

/** A scorer that flags the draft only, as the real one reads the calm put-down: every candidate passes it. */
const draftOnlyScorer: Scorer = {
	async score(texts) {
		return texts.map((text): ScoreResult => {
			const flag = text === CONDESCENDING;
			const p = flag ? 0.9 : 0.05;
			return {
				text,
				inappropriate: p,
				toxic: p,
				dimensions: { Inappropriateness: p, 'Toxic Emotions': p } as Record<Dimension, number>,
				flag,
				spans: flag ? [{ start: text.indexOf('STUPID'), end: text.indexOf('STUPID') + 6, weight: 1 }] : [],
			};
		});
	},
};

/** `backend` as a model that keeps the draft's opening put-down before whatever it wrote, and ends cleanly. */
function keepingPutDown(backend: RewriterBackend): RewriterBackend {
	return {
		id: backend.id,
		async *generate(req, signal) {
			yield `${PUT_DOWN}; `;
			const result = yield* backend.generate(req, signal);
			return { ...result, text: `${PUT_DOWN}; ${result.text}`, finish: 'stop' };
		},
		dispose: () => backend.dispose?.() ?? Promise.resolve(),
	};
}

const suggest = (backend: RewriterBackend) =>
	suggestRewrite(
		{ text: CONDESCENDING },
		{ backend, scorer: draftOnlyScorer, n: 2, random: () => 0.5 },
	).finally(() => backend.dispose?.());

describe.each(backends)('ranking, whatever the backend writes: %s', (_name, make) => {
	it('rejects every candidate that keeps the draft’s condescending clause, though the scorer passes it', async () => {
		const { suggestion } = await suggest(keepingPutDown(make()));
		expect(suggestion.candidates).toEqual([]);
		const kept = suggestion.rejected.filter((c) => keptCondescension(CONDESCENDING, c.rewrite).length > 0);
		expect(kept.length).toBeGreaterThan(0);
		// The tiny random local model may also write a broken character: that reject is checked first.
		for (const c of kept)
			expect(c.rejected, c.rewrite).toBe(c.rewrite.includes('\uFFFD') ? 'garbled output' : TALKS_DOWN);
	});

	it('offers no candidate of its own that keeps it', async () => {
		const { suggestion } = await suggest(make());
		for (const c of suggestion.candidates)
			expect(keptCondescension(CONDESCENDING, c.rewrite), c.rewrite).toEqual([]);
	});
});

// Session 30 (rank30): a put-down fixer-condescend.ts has no pattern for, found the way the scorer finds it: a rule
// floor underlined it on the draft. A model that moves it after the point and rewords around it still keeps it.
const FLOOR_PUT_DOWN = 'some folks here should not be allowed near a compiler';
const FLOORED = `Honestly, ${FLOOR_PUT_DOWN}. This STUPID migration locks the table for minutes. See #12.`;

/** The draft flagged by a rule floor (every underlined word weight 1), every candidate read as civil. */
const floorScorer: Scorer = {
	async score(texts) {
		return texts.map((text): ScoreResult => {
			const flag = text === FLOORED;
			const p = flag ? 0.8 : 0.05;
			const at = (word: string) => {
				const start = text.indexOf(word);
				return { start, end: start + word.length, weight: 1, head: 'toxic' as const };
			};
			return {
				text,
				inappropriate: p,
				toxic: p,
				dimensions: { Inappropriateness: p, 'Toxic Emotions': p } as Record<Dimension, number>,
				flag,
				spans: flag ? [at('should not be allowed'), at('near a compiler'), at('STUPID')] : [],
			};
		});
	},
};

/** `backend` as a model that says the put-down in its own words after whatever it wrote. */
function rewordingPutDown(backend: RewriterBackend): RewriterBackend {
	const tail = ' Frankly, people like that should not be allowed anywhere near a compiler.';
	return {
		id: backend.id,
		async *generate(req, signal) {
			const result = yield* backend.generate(req, signal);
			yield tail;
			return { ...result, text: `${result.text}${tail}`, finish: 'stop' };
		},
		dispose: () => backend.dispose?.() ?? Promise.resolve(),
	};
}

const suggestFloored = (backend: RewriterBackend) =>
	suggestRewrite({ text: FLOORED }, { backend, scorer: floorScorer, n: 2, random: () => 0.5 }).finally(() =>
		backend.dispose?.(),
	);

describe.each(backends)('ranking, a put-down the scorer underlined: %s', (_name, make) => {
	it('rejects every candidate that rewords around the underlined put-down and keeps it', async () => {
		expect(
			keptCondescension(
				FLOORED,
				`x.${' Frankly, people like that should not be allowed anywhere near a compiler.'}`,
			),
		).toEqual([]);
		const { suggestion } = await suggestFloored(rewordingPutDown(make()));
		expect(suggestion.candidates).toEqual([]);
		const kept = suggestion.rejected.filter((c) => c.rewrite.includes('anywhere near a compiler'));
		expect(kept.length).toBeGreaterThan(0);
		for (const c of kept)
			expect(c.rejected, c.rewrite).toBe(c.rewrite.includes('\uFFFD') ? 'garbled output' : TALKS_DOWN);
	});

	it('offers no candidate of its own that keeps it', async () => {
		const { suggestion } = await suggestFloored(make());
		for (const c of suggestion.candidates)
			expect(
				keptUnderlinedPutDowns(FLOORED, (await floorScorer.score([FLOORED]))[0], c.rewrite),
				c.rewrite,
			).toEqual([]);
	});
});

// Session 30 (lang30): qa30 saw an OpenAI-compatible model answer an English draft in French, offered with Apply.
// Whatever the backend, an answer in another language than the draft is rejected with OTHER_LANGUAGE; one in the
// draft's language passes, German for German included, and code, links and identifiers never count as a language.
// Drafts and answers written for this test.
const ENGLISH_DRAFT =
	'This fucking patch broke `parseConfig` AGAIN, test your code before you push!!! See #12.';
const GERMAN_DRAFT =
	'Dieser verdammte Patch hat `parseConfig` schon wieder kaputt gemacht, teste deinen Code vor dem Push! Siehe #12.';

/** Flags the two drafts only: every answer reads as civil, so only the language check can reject one. */
const draftsScorer: Scorer = {
	async score(texts) {
		return texts.map((text): ScoreResult => {
			const flag = [ENGLISH_DRAFT, GERMAN_DRAFT, CODE_DRAFT].includes(text);
			const p = flag ? 0.9 : 0.05;
			return {
				text,
				inappropriate: p,
				toxic: p,
				dimensions: { Inappropriateness: p, 'Toxic Emotions': p } as Record<Dimension, number>,
				flag,
				spans: [],
			};
		});
	},
};

/** `backend` run to its end, then answering `answers[i]` on its i-th request (the last one after that). */
function answering(backend: RewriterBackend, ...answers: string[]): RewriterBackend {
	let call = 0;
	return {
		id: backend.id,
		async *generate(req, signal) {
			const result = await drainGeneration(backend.generate(req, signal), () => undefined);
			const text = answers[Math.min(call++, answers.length - 1)] ?? '';
			yield text;
			return { ...result, text, finish: 'stop' };
		},
		dispose: () => backend.dispose?.() ?? Promise.resolve(),
	};
}

const suggestIn = (draft: string, backend: RewriterBackend) =>
	suggestRewrite({ text: draft }, { backend, scorer: draftsScorer, n: 2, random: () => 0.5 }).finally(() =>
		backend.dispose?.(),
	);

const FRENCH =
	'Ce correctif a de nouveau cassé `parseConfig`, merci de tester votre code avant de le pousser. Voir #12.';
const ENGLISH = 'This patch broke `parseConfig` again; please test your code before you push. See #12.';
const GERMAN =
	'Dieser Patch hat `parseConfig` leider wieder kaputt gemacht, bitte teste den Code vor dem Push. Siehe #12.';
const CODE =
	'https://example.org/fr/le/la/docs:\n\n```ts\nconst le = parseConfig(la, { et: true, est: "une" })\n```';
const CODE_DRAFT = `Read the docs, genius, this STUPID call breaks the parser: ${CODE}`;
const CODE_HEAVY = `This call breaks the parser: ${CODE}`;

describe.each(backends)('ranking, the draft’s language: %s', (_name, make) => {
	it('rejects a French answer to an English draft, and says why', async () => {
		const { suggestion } = await suggestIn(ENGLISH_DRAFT, answering(make(), FRENCH));
		expect(suggestion.candidates).toEqual([]);
		expect(suggestion.rejected.map((c) => [c.rewrite, c.rejected])).toContainEqual([FRENCH, OTHER_LANGUAGE]);
	});

	it('offers the next candidate when one answer is French and the other English', async () => {
		const { suggestion } = await suggestIn(ENGLISH_DRAFT, answering(make(), FRENCH, ENGLISH));
		expect(suggestion.candidates.map((c) => c.rewrite)).toEqual([ENGLISH]);
	});

	it.each([
		['an English answer to an English draft', ENGLISH_DRAFT, ENGLISH],
		['a German answer to a German draft', GERMAN_DRAFT, GERMAN],
		['a code-heavy answer whose code and link spell French words', CODE_DRAFT, CODE_HEAVY],
	])('offers %s', async (_case, draft, answer) => {
		const { suggestion } = await suggestIn(draft, answering(make(), answer));
		expect(suggestion.candidates.map((c) => c.rewrite)).toEqual([answer]);
	});

	it('rejects an English answer to a German draft', async () => {
		const { suggestion } = await suggestIn(GERMAN_DRAFT, answering(make(), ENGLISH));
		expect(suggestion.candidates).toEqual([]);
		expect(suggestion.rejected.map((c) => c.rejected)).toContain(OTHER_LANGUAGE);
	});
});
