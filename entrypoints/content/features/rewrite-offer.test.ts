import { describe, expect, it } from 'vitest';
import type { DerailResult } from '../../../models/derail/types.ts';
import { draftRaisesRisk, rewriteWanted } from './rewrite-offer.ts';
import type { ThreadRisk } from './thread-risk.ts';

const tones = { uncivil: 0.1, frustration: 0.1, attack: 0.3, heat: 0.2 };

/** A thread assessment: the thread alone at `thread`, with the draft at `derail` (flagged at 0.5). */
function risk(thread: number, derail: number, threadTense = thread >= 0.5): ThreadRisk {
	const result: DerailResult = {
		thread: { comments: [] },
		derail,
		flag: derail >= 0.5,
		markers: {
			thread,
			tones,
			comments: [],
			trend: 'steady',
			dynamics: [],
			draft: {
				delta: derail - thread,
				tones,
				cues: ['second-person'],
				message: 'Your reply addresses the person.',
			},
			suggestions: [],
		},
	};
	return { result, threadTense };
}

describe('draftRaisesRisk', () => {
	it('is true when only the draft tips a calm thread', () => {
		expect(draftRaisesRisk(risk(0.07, 0.55))).toBe(true);
	});

	it('is true in a tense thread when the draft adds clearly to it', () => {
		expect(draftRaisesRisk(risk(0.6, 0.75))).toBe(true);
	});

	it('is false for a calm reply in a tense thread (the card says it does not add heat)', () => {
		expect(draftRaisesRisk(risk(0.8, 0.81))).toBe(false);
		expect(draftRaisesRisk(risk(0.8, 0.7))).toBe(false);
	});

	it('is false when the thread does not warn, however much the draft moves it', () => {
		expect(draftRaisesRisk(risk(0.05, 0.4))).toBe(false);
		expect(draftRaisesRisk(undefined)).toBe(false);
	});
});

describe('rewriteWanted', () => {
	it('offers a rewrite for a flagged draft whatever the thread says', () => {
		expect(rewriteWanted('warn', undefined)).toBe(true);
		expect(rewriteWanted('caution', risk(0.8, 0.8))).toBe(true);
	});

	it('offers a rewrite for a draft under its own threshold that tips the thread', () => {
		expect(rewriteWanted('ok', risk(0.07, 0.55))).toBe(true);
	});

	it('offers none for a fine draft in a calm thread, or a calm reply to a tense one', () => {
		expect(rewriteWanted('ok', risk(0.05, 0.1))).toBe(false);
		expect(rewriteWanted('ok', risk(0.8, 0.8))).toBe(false);
	});
});
