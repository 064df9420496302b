import { describe, expect, it } from 'vitest';
import type { Adaptation } from '../../utils/background/history-types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/storage/settings.ts';
import { scoreOptionsFor } from './score-options.ts';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
const adaptation = (inappropriateness: number): Adaptation => ({
	options: { sensitivity: 0.5, disabledDimensions: [] },
	dimensionOffsets: { Inappropriateness: inappropriateness },
	allowHashes: [],
	feedbackCount: 3,
});

describe('scoreOptionsFor', () => {
	it("uses the site's own sensitivity when it has one, else the global one", () => {
		const s = settings({ sensitivity: 0.6, sites: { 'a.com': { enabled: true, sensitivity: 0.3 } } });
		expect(scoreOptionsFor(s, 'a.com', null).sensitivity).toBe(0.3);
		expect(scoreOptionsFor(s, 'b.com', null).sensitivity).toBe(0.6);
	});

	it('eases the sensitivity in effect by learned feedback, and passes the per-dimension offsets', () => {
		const options = scoreOptionsFor(settings({ sensitivity: 0.6 }), 'a.com', adaptation(0.1));
		expect(options.sensitivity).toBeCloseTo(0.5);
		expect(options.dimensionOffsets).toEqual({ Inappropriateness: 0.1 });
	});

	it('without a (fresh) adaptation: the slider value as set, no offsets; disabled dimensions always pass', () => {
		const options = scoreOptionsFor(
			settings({ sensitivity: 0.6, disabledDimensions: ['Toxic Emotions'] }),
			'a.com',
			null,
		);
		expect(options).toEqual({
			sensitivity: 0.6,
			disabledDimensions: ['Toxic Emotions'],
			dimensionOffsets: undefined,
		});
	});

	it('an adaptation that learned nothing gives the options of none, JSON and all: loading it rescores no draft (srflake)', () => {
		const s = settings({ sensitivity: 0.6 });
		const nothing: Adaptation = { ...adaptation(0), dimensionOffsets: {}, feedbackCount: 0 };
		expect(JSON.stringify(scoreOptionsFor(s, 'a.com', nothing))).toBe(
			JSON.stringify(scoreOptionsFor(s, 'a.com', null)),
		);
	});

	it("passes the swearing choice only when on: the site's own choice, else the global one", () => {
		const s = settings({
			allowSwearingAtThings: true,
			sites: { 'work.example': { enabled: true, allowSwearingAtThings: false } },
		});
		expect(scoreOptionsFor(s, 'a.com', null).allowSwearingAtThings).toBe(true);
		expect(scoreOptionsFor(s, 'work.example', null)).not.toHaveProperty('allowSwearingAtThings');
		expect(scoreOptionsFor(settings({}), 'a.com', null)).not.toHaveProperty('allowSwearingAtThings');
	});
});
