// @vitest-environment node
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { NO_SPLIT } from './boost.ts';
import {
	CONV_FEATURES,
	encodeThread,
	HASH_DIM,
	hashToken,
	POOL_ROWS,
	poolingMatrix,
	prepareThread,
	threadFeatures,
} from './features.ts';
import { auc, binaryMetrics } from './learn.ts';
import { exportDerailOnnx } from './onnx-export.ts';
import { poolScores, S, SCORE_HEADS, TOXIC_SEQUENCE } from './score-features.ts';
import { cleanCommentText, cueNames, lexicalCues, tokenize } from './text.ts';
import { forward, T, X_DIM } from './weights.ts';

describe('text', () => {
	it('drops code, quoted replies and URLs the way page readers do', () => {
		const text = '> you said X\nI disagree.\n```\nrm -rf /\n```\nSee https://example.com and `npm test`.';
		expect(cleanCommentText(text)).toBe('I disagree.\n\nSee url and code .');
	});

	it('counts the markers of Imran et al.: second person, negation, frustration, impatience', () => {
		const clean = "You still haven't fixed it. This is ridiculous! Why don't you ever answer?";
		const cues = lexicalCues(clean);
		expect(cues.secondPerson).toBe(2);
		expect(cues.negation).toBe(2);
		expect(cues.frustration).toBe(1);
		expect(cues.impatience).toBeGreaterThanOrEqual(1);
		expect(cues.exclamations).toBe(1);
		expect(cueNames(cues)).toEqual(
			expect.arrayContaining(['second-person', 'negation', 'bitter-frustration']),
		);
		expect(tokenize("Don't PANIC")).toEqual(["don't", 'panic']);
	});
});

describe('features', () => {
	it('hashes stably into the feature space', () => {
		expect(hashToken('you')).toBe(hashToken('you'));
		expect(hashToken('you')).toBeLessThan(HASH_DIM);
		expect(hashToken('you')).not.toBe(hashToken('your'));
	});

	it('builds pooling rows for mean, last 3, last, trend and first', () => {
		const pool = poolingMatrix(4);
		const row = (k: number) => Array.from(pool.slice(k * 4, k * 4 + 4));
		expect(POOL_ROWS).toEqual(['mean', 'last3', 'last', 'trend', 'first']);
		expect(row(0)).toEqual([0.25, 0.25, 0.25, 0.25]);
		expect(row(1).map((x) => Math.round(x * 1000) / 1000)).toEqual([0, 0.333, 0.333, 0.333]);
		expect(row(2)).toEqual([0, 0, 0, 1]);
		// The trend row turns a linear ramp 0..1 into slope 1.
		expect(row(3).reduce((s, w, i) => s + w * (i / 3), 0)).toBeCloseTo(1, 5);
		expect(row(4)).toEqual([1, 0, 0, 0]);
	});

	it('reads thread features from the text only: no authors, roles or times', () => {
		const prepared = prepareThread([
			{ author: 'a', text: 'Why do you never answer?' },
			{ author: 'b', text: 'Thanks, not yet.' },
			{ author: 'a', text: 'Still waiting!' },
			{ author: 'b', text: 'Please be patient.', role: 'Owner', time: '2020-01-01' },
		]);
		const f = threadFeatures(prepared);
		const get = (name: (typeof CONV_FEATURES)[number]) => f[CONV_FEATURES.indexOf(name)];
		expect(get('secondPersonRate')).toBeGreaterThan(0);
		expect(get('exclamationsPerComment')).toBe(0.25);
		const others = threadFeatures(
			prepareThread(prepared.map((p, i) => ({ author: `someone-${i}`, text: p.clean }))),
		);
		expect(Array.from(others)).toEqual(Array.from(f));
	});

	it('encodes a thread as a segment matrix over concatenated hashed features', () => {
		const enc = encodeThread(
			prepareThread([
				{ author: 'a', text: 'hello there' },
				{ author: 'b', text: 'hi' },
			]),
		);
		expect(enc.comments).toBe(2);
		expect(enc.seg.length).toBe(2 * enc.idx.length);
		expect(enc.seg.reduce((s, x) => s + x, 0)).toBe(enc.idx.length);
		expect(enc.conv.length).toBe(CONV_FEATURES.length);
	});
});

describe('onnx export', () => {
	it('runs in onnxruntime-web and matches the JS forward pass', async () => {
		let seed = 7;
		const random = () => {
			seed = (seed * 16807) % 2147483647;
			return seed / 2147483647 - 0.5;
		};
		const w = {
			W: new Float32Array(HASH_DIM * T).map(random),
			b: new Float32Array(T).map(random),
			v: new Float32Array(X_DIM).map(random),
			c: 0.1,
			scoreMean: new Float32Array(S).map(random),
			// Eight depth-2 trees over random row columns; the second tree's left child never splits.
			trees: {
				feature: Int32Array.from({ length: 24 }, (_, i) => (i * 37) % X_DIM),
				threshold: Float32Array.from({ length: 24 }, (_, i) => (i === 4 ? NO_SPLIT : random() * 0.2)),
				leaf: new Float32Array(32).map(random),
			},
		};
		ort.env.wasm.numThreads = 1;
		const session = await ort.InferenceSession.create(exportDerailOnnx(w));
		const prepared = prepareThread([
			{ author: 'a', text: 'Why is this still broken?' },
			{ author: 'b', text: 'Thanks!' },
		]);
		// With scorer vectors, and without (the graph substitutes its training means).
		const scores = prepared.map((_, i) => new Array<number>(SCORE_HEADS.length).fill(0.1 + 0.3 * i));
		for (const enc of [encodeThread(prepared, scores), encodeThread(prepared)]) {
			const n = enc.comments;
			const m = enc.idx.length;
			const out = await session.run({
				idx: new ort.Tensor('int64', enc.idx, [m]),
				val: new ort.Tensor('float32', enc.val, [m, 1]),
				seg: new ort.Tensor('float32', enc.seg, [n, m]),
				pool: new ort.Tensor('float32', enc.pool, [POOL_ROWS.length, n]),
				conv: new ort.Tensor('float32', enc.conv, [1, enc.conv.length]),
				score: new ort.Tensor('float32', enc.score, [1, S]),
				has_score: new ort.Tensor('float32', enc.hasScore, [1, 1]),
			});
			const js = forward(w, enc);
			expect((out.derail?.data as Float32Array | undefined)?.[0]).toBeCloseTo(js.derail, 5);
			for (const [i, t] of Array.from(out.tone?.data as Float32Array).entries())
				expect(t).toBeCloseTo(js.tone[i] ?? Number.NaN, 5);
		}
		await session.release();
	});
});

describe('scorer features', () => {
	it('pools max and mean per head, and falls back when scores are missing', () => {
		const pooled = poolScores([
			[0.2, 0.4],
			[0.6, 0.0],
		]);
		expect(pooled.length).toBe(S);
		expect(pooled[0]).toBeCloseTo(0.6);
		expect(pooled[1]).toBeCloseTo(0.4);
		expect(pooled[2]).toBeCloseTo(0.4);
		expect(pooled[3]).toBeCloseTo(0.2);
		// Then toxic over the last three comments (max, mean) and the share of comments with toxic >= 0.3.
		const at = S - TOXIC_SEQUENCE.length;
		expect(Array.from(pooled.slice(at))).toEqual([
			expect.closeTo(0.6),
			expect.closeTo(0.4),
			expect.closeTo(0.5),
		]);
		const tail = poolScores([[0.9], [0.1], [0.2], [0.3]]).slice(at);
		expect(Array.from(tail)).toEqual([expect.closeTo(0.3), expect.closeTo(0.2), expect.closeTo(0.5)]);
		const prepared = prepareThread([{ author: 'a', text: 'hi' }]);
		expect(encodeThread(prepared).hasScore[0]).toBe(0);
		expect(encodeThread(prepared, [[0.5]]).hasScore[0]).toBe(1);
	});
});

describe('metrics', () => {
	it('computes F1 and AUC', () => {
		expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
		const m = binaryMetrics([0.9, 0.6, 0.2, 0.1], [1, 0, 1, 0]);
		expect([m.precision, m.recall, m.f1, m.accuracy]).toEqual([0.5, 0.5, 0.5, 0.5]);
	});
});
