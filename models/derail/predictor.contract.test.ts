// @vitest-environment node
/** One suite × every DerailPredictor implementation: the fake and the ONNX engine on the shipped model. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeScorer } from '../scoring/fake-scorer.ts';
import { FakeDerailPredictor } from './fake-predictor.ts';
import { createNodeDerailPredictor } from './node-predictor.ts';
import { OnnxDerailPredictor } from './onnx-predictor.ts';
import type { DerailPredictor, Thread } from './types.ts';
import { TONES } from './types.ts';

const calm: Thread = {
	comments: [
		{
			author: 'ivy',
			text: 'The export button does nothing on Firefox 130. Steps: open a project, click export.',
		},
		{ author: 'max', role: 'Member', text: 'Thanks for the report! Could you attach the console log?' },
		{ author: 'ivy', text: 'Sure, attached. Thanks for looking into it.' },
	],
};
const heated: Thread = {
	comments: [
		{ author: 'ivy', role: 'None', text: 'This has been broken for MONTHS. Still no fix? Seriously?' },
		{ author: 'max', role: 'Member', text: 'We are volunteers. Please be patient.' },
		{
			author: 'ivy',
			role: 'None',
			text: "This is ridiculous. You clearly don't care about your users at all! Pathetic.",
		},
		{
			author: 'max',
			role: 'Member',
			text: "No. You don't get to talk to us like that, this is unacceptable.",
		},
	],
};
const MODELS = join(process.cwd(), 'models');
const hostileDraft = 'You are useless and your project is garbage. Never again.';

const onnx: OnnxDerailPredictor = await createNodeDerailPredictor();
const engines: [string, DerailPredictor][] = [
	['FakeDerailPredictor', new FakeDerailPredictor()],
	['OnnxDerailPredictor (shipped model)', onnx],
];
// The draft Scorer injected into both: a keyword double, so "shut up" is toxic whatever the shipped models say.
const keywordScorer = new FakeScorer();
const onnxWithScorer: OnnxDerailPredictor = await createNodeDerailPredictor(undefined, {
	scorer: keywordScorer,
});
const withScorer: [string, DerailPredictor][] = [
	['FakeDerailPredictor', new FakeDerailPredictor({ scorer: keywordScorer })],
	['OnnxDerailPredictor (shipped model)', onnxWithScorer],
];
afterAll(() => Promise.all([onnx.dispose(), onnxWithScorer.dispose()]));

describe.each(engines)('%s', (_name, predictor) => {
	it('carries the input it was computed on and is plain JSON', async () => {
		const result = await predictor.predict(calm, 'Thanks!');
		expect(result.thread).toBe(calm);
		expect(result.draft).toBe('Thanks!');
		expect(JSON.parse(JSON.stringify(result))).toEqual(result);
		expect(Object.keys(result.markers.tones).sort()).toEqual([...TONES].sort());
	});

	it('gives probabilities, and flag follows the default decision point 0.5', async () => {
		for (const thread of [calm, heated]) {
			const result = await predictor.predict(thread);
			expect(result.derail).toBeGreaterThanOrEqual(0);
			expect(result.derail).toBeLessThanOrEqual(1);
			expect(result.flag).toBe(result.derail >= 0.5);
			expect(result.draft).toBeUndefined();
		}
	});

	it('ranks a heated thread above a calm one, names the driving comments and suggests de-escalation', async () => {
		const low = await predictor.predict(calm);
		const high = await predictor.predict(heated);
		expect(high.derail).toBeGreaterThan(low.derail);
		expect(high.flag).toBe(true);
		expect(low.flag).toBe(false);
		expect(low.markers.suggestions).toEqual([]);
		expect(high.markers.comments.length).toBeGreaterThan(0);
		expect(high.markers.comments[0]?.index).toBeGreaterThanOrEqual(0);
		expect(high.markers.suggestions.length).toBeGreaterThan(0);
		expect(high.markers.dynamics).toContain('maintainer-newcomer');
	});

	it('says what a hostile draft adds', async () => {
		const result = await predictor.predict(heated, hostileDraft);
		const draft = result.markers.draft;
		expect(draft).toBeDefined();
		expect(draft?.cues).toContain('second-person');
		expect(draft?.message).toMatch(/person, not the problem/);
		expect(result.markers.suggestions.some((s) => /problem, not the person/.test(s))).toBe(true);
	});

	it('handles an empty thread, a blank draft, and sensitivity', async () => {
		const empty = await predictor.predict({ comments: [] });
		expect(empty.flag).toBe(false);
		expect(empty.markers.comments).toEqual([]);
		const blank = await predictor.predict(calm, '   ');
		expect(blank.markers.draft).toBeUndefined();
		const eager = await predictor.predict(heated, undefined, { sensitivity: 1 });
		expect(eager.flag).toBe(true);
		const lax = await predictor.predict(calm, undefined, { sensitivity: 0 });
		expect(lax.flag).toBe(false);
	});

	it('is deterministic', async () => {
		const a = await predictor.predict(heated, hostileDraft);
		const b = await predictor.predict(heated, hostileDraft);
		expect(b).toEqual(a);
	});

	it("does not read bots' comments: the same as the thread without them, markers pointing into the thread as read", async () => {
		// Session 19: a stale bot's capitalised warnings moved the thread's probability though nobody wrote them.
		const bot = (text: string) => ({ author: 'stale[bot]', role: 'Bot', text });
		const withBots: Thread = {
			viewer: 'max',
			comments: [
				...(heated.comments.slice(0, 2) as Thread['comments']),
				bot('WARNING: THIS ISSUE WILL BE CLOSED. You did not follow the template!'),
				...(heated.comments.slice(2) as Thread['comments']),
				bot('Closing: no activity.'),
			],
		};
		const without = { ...withBots, comments: withBots.comments.filter((c) => c.role !== 'Bot') };
		for (const draft of [undefined, hostileDraft]) {
			const a = await predictor.predict(withBots, draft);
			const b = await predictor.predict(without, draft);
			expect(a.thread).toBe(withBots);
			expect(a.derail).toBe(b.derail);
			expect(a.markers.thread).toBe(b.markers.thread);
			expect(a.markers.draft).toEqual(b.markers.draft);
			expect(a.markers.suggestions).toEqual(b.markers.suggestions);
			// The same comments, each index moved past the bot comment before it.
			expect(a.markers.comments.map((m) => withBots.comments[m.index]?.text)).toEqual(
				b.markers.comments.map((m) => without.comments[m.index]?.text),
			);
			expect(a.markers.comments.every((m) => withBots.comments[m.index]?.author === m.author)).toBe(true);
		}
		// Only bots: nothing for the model to read.
		const onlyBots = await predictor.predict({ comments: [bot('CLOSING THIS NOW!!!')] });
		expect(onlyBots.derail).toBe(0);
		expect(onlyBots.markers.comments).toEqual([]);
	});
});

describe.each(withScorer)('%s with the draft Scorer', (_name, predictor) => {
	it("reads the scorer's toxic head for the draft: mild cues, still 'the person, not the problem'", async () => {
		const rude = await predictor.predict(calm, 'You should just shut up about the export.');
		expect(rude.markers.draft?.cues).toContain('second-person');
		expect(rude.markers.draft?.message).toMatch(/person, not the problem/);
		const civil = await predictor.predict(calm, 'Thanks, I will attach the log tonight.');
		expect(civil.markers.draft?.message).not.toMatch(/person, not the problem/);
	});
});

describe('OnnxDerailPredictor: the hottest sentence of each driving comment (the card quotes it)', () => {
	// Hand-written: the heated part of the last comment holds no impatience or frustration cue word.
	const bystander: Thread = {
		comments: [
			{ author: 'ivy', role: 'None', text: 'The export drops the last row. Steps are in the attached file.' },
			{ author: 'max', role: 'Member', text: 'Works for me. Please read the docs first.' },
			{
				author: 'ivy',
				role: 'None',
				text: 'I did read them. The docs are wrong about this. Honestly this is the worst maintained project I have ever seen, what a joke!',
			},
		],
	};

	it('only when asked: the same result without the option, plus `hottest` with it', async () => {
		const plain = await onnx.predict(heated);
		expect(plain).not.toHaveProperty('hottest');
		const asked = await onnx.predict(heated, undefined, { hottest: true });
		const { hottest, ...rest } = asked;
		expect(rest).toEqual(plain);
		// Only the strongest driving comment (the one the card's reason line quotes): each comment rated costs a
		// model row per sentence (~15 ms for three long comments on a 30-comment thread).
		expect(hottest?.map((h) => h.index)).toEqual([asked.markers.comments[0]?.index]);
		for (const h of hottest ?? []) {
			expect(asked.markers.comments.some((m) => m.index === h.index)).toBe(true);
			expect(heated.comments[h.index]?.text).toContain(h.sentence);
		}
	});

	it("rates the comment's sentences on their own: the heated sentence, not a calm one", async () => {
		const r = await onnx.predict(bystander, undefined, { hottest: true, sensitivity: 1 });
		const last = r.hottest?.find((h) => h.index === 2);
		expect(last?.sentence).toMatch(/worst maintained project/);
	});

	it('a calm thread: nothing extra', async () => {
		expect(await onnx.predict(calm, undefined, { hottest: true })).not.toHaveProperty('hottest');
	});

	it('the same thread again (the next pause while typing): its sentences are rated once, the answer the same', async () => {
		// The content script asks again at every pause with the thread unchanged: each driving comment's sentences
		// are rated the first time only (one model run over up to 3 x 24 sentences cost ~15 ms on a 30-comment
		// thread), so the second prediction runs the model as often as one without the option.
		const ort = await import('onnxruntime-web/wasm');
		ort.env.wasm.numThreads = 1;
		let runs = 0;
		const counting = new OnnxDerailPredictor({
			ort: {
				Tensor: ort.Tensor as never,
				InferenceSession: {
					create: async (bytes, options) => {
						const session = await ort.InferenceSession.create(bytes, options);
						return {
							run: (feeds) => {
								runs++;
								return session.run(feeds as never);
							},
						};
					},
				},
			},
			loadBytes: async (file) => new Uint8Array(await readFile(join(MODELS, file))),
		});
		const first = await counting.predict(heated, 'I see.', { hottest: true });
		const firstRuns = runs;
		runs = 0;
		const again = await counting.predict(heated, 'I see, thanks.', { hottest: true });
		expect(runs).toBe(2); // the thread, the thread with the draft: no run for the sentences
		expect(firstRuns).toBe(3);
		expect(first.hottest).toHaveLength(1);
		expect(again.hottest).toEqual(first.hottest);
		// A comment edited on the page is a new text: rated again.
		runs = 0;
		const edited = {
			comments: heated.comments.map((c, i) =>
				i === first.hottest?.[0]?.index ? { ...c, text: `${c.text} Nobody answers anything here.` } : c,
			),
		};
		await counting.predict(edited, 'I see, thanks.', { hottest: true });
		expect(runs).toBe(3);
		await counting.dispose();
	});
});
