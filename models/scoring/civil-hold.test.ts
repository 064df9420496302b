import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { applyAdmissions } from './admissions.ts';
import { applyChosenPeoplePraise } from './chosen-people-praise.ts';
import { applyCivilDevIdioms } from './civil-dev-idioms.ts';
import { type CivilReading, capCivil, heldCivil, heldLevel, leansOver } from './civil-hold.ts';
import { thresholdFor } from './decide.ts';
import { applyFirmNotPersonal } from './firm-not-personal.ts';
import { applyFrustrationAtThings } from './frustration-at-things.ts';
import { applyHelpPings } from './help-pings.ts';
import { applyImpatientReports } from './impatient-reports.ts';
import { applyPlainStatements } from './plain-statements.ts';
import type { ScoreEntry } from './score-entry.ts';
import { applySincerePraise } from './sincere-praise.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

/** An entry whose dimensions all read `inap` (the appropriateness model lifts them together). */
const entryOf = (toxic: number, inap: number, emotions = inap): ScoreEntry => {
	const dimensions = {} as Record<Dimension, number>;
	for (const d of DIMENSIONS) dimensions[d] = inap;
	for (const d of ['Toxic Emotions', 'Excessive Intensity', 'Emotional Deception'] as const)
		dimensions[d] = emotions;
	return { text: '', toxic, wholeToxic: toxic, dimensions, tokens: [], sentencesScored: true } as ScoreEntry;
};
const BOTH: CivilReading = { rule: 'help-ping', cap: 0.35, toxic: true, toReader: false };
const DIMS_ONLY: CivilReading = { rule: 'plain-statement', cap: 0.35, toxic: false, toReader: false };
const TO_READER: CivilReading = { rule: 'sincere-praise', cap: 0.35, toxic: true, toReader: true };
const UNDER_CAP: CivilReading = { rule: 'admission', cap: 0.35, toxic: true, toReader: true, underCap: true };
const PLAIN = tokenize('Please stop pinging the maintainers directly, they are volunteers.');
const SENSITIVITIES = [0, 0.2, 0.5, 0.65, 0.8, 0.9, 1];

describe('heldLevel (session 31, strict31)', () => {
	it('is the cap at the default sensitivity and below', () => {
		for (const s of [0, 0.2, 0.35, 0.5]) expect(heldLevel(0.35, s)).toBeCloseTo(0.35);
		expect(heldLevel(0.35)).toBeCloseTo(0.35);
	});

	it('scales with the flag point above it: under the flag point and the caution band, never 0', () => {
		expect(heldLevel(0.35, 0.8)).toBeCloseTo(0.14);
		expect(heldLevel(0.35, 1)).toBeCloseTo(0.035);
		for (const s of SENSITIVITIES) {
			const held = heldLevel(0.35, s);
			const point = thresholdFor(s);
			expect(held).toBeGreaterThan(0);
			expect(held).toBeLessThan(point);
			// levels.ts: "Close to the line" needs ≥ flagPoint − 0.1 and > 0.3.
			expect(held >= point - 0.1 && held > 0.3).toBe(false);
		}
	});
});

describe('capCivil', () => {
	it('caps a leaning draft on both heads, keeps the whole reading, and marks it', () => {
		const e = entryOf(0.8, 0.7);
		e.toxicSentences = [];
		expect(leansOver(e, BOTH)).toBe(true);
		capCivil(e, BOTH, PLAIN);
		expect(e.toxic).toBe(0.35);
		for (const d of DIMENSIONS) expect(e.dimensions[d]).toBe(0.35);
		expect(e.wholeDimensions?.Inappropriateness).toBe(0.7);
		expect(e.toxicSentences).toBeUndefined();
		expect(e.civil).toEqual(BOTH);
	});

	it('marks a draft under the cap only for a rule read under the cap too (admissions)', () => {
		const e = entryOf(0.25, 0.3);
		expect(leansOver(e, BOTH)).toBe(false);
		capCivil(e, BOTH, PLAIN);
		expect(e.civil).toBeUndefined();
		capCivil(e, UNDER_CAP, tokenize('My bad, I pushed to the wrong branch.'));
		expect(e.civil?.rule).toBe('admission');
		expect(e.toxic).toBe(0.25);
		expect(e.dimensions.Inappropriateness).toBe(0.3);
		expect(e.wholeDimensions).toBeUndefined();
	});

	it('caps the dimensions only for a dimensions-only reading', () => {
		const e = entryOf(0.3, 0.7);
		capCivil(e, DIMS_ONLY, PLAIN);
		expect(e.toxic).toBe(0.3);
		expect(e.dimensions.Inappropriateness).toBe(0.35);
		expect(e.civil).toEqual(DIMS_ONLY);
	});

	it('caps but does not mark a draft naming the reader when the frame is not about them', () => {
		const e = entryOf(0.5, 0.6);
		capCivil(e, BOTH, tokenize("You won't be so confident after I visit your office."));
		expect(e.toxic).toBe(0.35);
		expect(e.civil).toBeUndefined();
		const praise = entryOf(0.5, 0.6);
		capCivil(praise, TO_READER, tokenize('You are a competent reviewer.'));
		expect(praise.civil).toEqual(TO_READER);
	});

	it('caps but does not mark a "pretend" sneer', () => {
		const e = entryOf(0.6, 0.6);
		capCivil(e, BOTH, tokenize('Can we stop pretending this PR was ever reviewed?'));
		expect(e.toxic).toBe(0.35);
		expect(e.civil).toBeUndefined();
	});

	it('does not let a dimensions-only mark replace one that holds the toxic head', () => {
		const e = entryOf(0.5, 0.6);
		capCivil(e, BOTH, PLAIN);
		capCivil(e, DIMS_ONLY, PLAIN);
		expect(e.civil).toEqual(BOTH);
	});
});

describe('heldCivil', () => {
	const marked = (toxic: number, inap: number, reading = BOTH) => ({
		...entryOf(toxic, inap),
		civil: reading,
	});

	it('changes nothing at the default sensitivity or below', () => {
		for (const s of [0.2, 0.5]) expect(heldCivil(marked(0.35, 0.35), s)).toBeUndefined();
	});

	it('holds every head at heldLevel above it', () => {
		const at08 = heldCivil(marked(0.35, 0.3), 0.8);
		expect(at08?.toxic).toBeCloseTo(0.14);
		for (const d of DIMENSIONS) expect(at08?.dimensions[d]).toBeCloseTo(0.14);
		expect(heldCivil(marked(0.05, 0.3), 1)?.dimensions.Inappropriateness).toBeCloseTo(0.035);
		expect(heldCivil(marked(0.05, 0.3), 1)?.toxic).toBeCloseTo(0.035);
	});

	it('holds the dimensions only for a dimensions-only reading', () => {
		const held = heldCivil(marked(0.3, 0.35, DIMS_ONLY), 0.8);
		expect(held?.toxic).toBe(0.3);
		expect(held?.dimensions.Inappropriateness).toBeCloseTo(0.14);
	});

	it('leaves an unmarked draft, one already that low, and one a later rule floor lifted', () => {
		expect(heldCivil(entryOf(0.3, 0.3), 0.8)).toBeUndefined();
		expect(heldCivil(marked(0.1, 0.1), 0.8)).toBeUndefined();
		expect(heldCivil(marked(0.8, 0.35), 0.8)).toBeUndefined();
		expect(heldCivil(marked(0.2, 0.9, DIMS_ONLY), 0.8)).toBeUndefined();
		expect(heldCivil(marked(0.8, 0.3, DIMS_ONLY), 0.8)).toBeUndefined();
	});
});

describe('each civil cap marks its reading (session 31)', () => {
	type Apply = (entry: ScoreEntry, tokenized: ReturnType<typeof tokenize>) => void;
	const cases: [string, Apply, string, boolean][] = [
		[
			'admission',
			applyAdmissions,
			"You're absolutely right, I should have asked before closing the issue.",
			true,
		],
		['chosen-praise', applyChosenPeoplePraise, 'Honestly, the engineers you recruited are excellent.', true],
		['civil-idiom', applyCivilDevIdioms, 'That design decision came back to haunt us.', true],
		[
			'firm-request',
			applyFirmNotPersonal,
			'Please stop pinging the maintainers on every issue, we read them all.',
			true,
		],
		[
			'frustration-at-things',
			applyFrustrationAtThings,
			"It's maddening, the cache only goes stale on the release build.",
			true,
		],
		['help-ping', applyHelpPings, 'Pls somebody merge, the fix is tiny and our release waits on it.', true],
		['impatient-report', applyImpatientReports, 'Still broken after two years.', true],
		['sincere-praise', applySincerePraise, 'You are a competent reviewer.', true],
		[
			'plain-statement',
			applyPlainStatements,
			'The verdict was manslaughter, and the appeal failed in 2004.',
			false,
		],
	];

	it.each(cases)('%s: capped at default, held under the flag point at Strict', (rule, apply, text, toxic) => {
		const leaning = entryOf(toxic ? 0.6 : 0.2, 0.7, 0.2);
		apply(leaning, tokenize(text));
		expect(leaning.civil).toMatchObject({ rule, toxic });
		expect(heldCivil(leaning, 0.5)).toBeUndefined();
		expect(leaning.dimensions.Inappropriateness).toBe(0.35);
		const strict = heldCivil(leaning, 0.8);
		expect(strict?.dimensions.Inappropriateness).toBeLessThan(thresholdFor(0.8));
		if (toxic) expect(strict?.toxic).toBeLessThan(thresholdFor(0.8));
	});

	it.each(cases)('%s: marked under the cap only for admissions', (rule, apply, text) => {
		const calm = entryOf(0.25, 0.3, 0.2);
		apply(calm, tokenize(text));
		expect(calm.toxic).toBe(0.25);
		if (rule !== 'admission') expect(calm.civil).toBeUndefined();
		else expect(heldCivil(calm, 0.8)?.dimensions.Inappropriateness).toBeCloseTo(0.14);
	});

	it('marks nothing when the words are no civil reading', () => {
		const e = entryOf(0.6, 0.7);
		const hostile = tokenize('Stop pinging me, you clueless leech.');
		for (const [, apply] of cases) apply(e, hostile);
		expect(e.civil).toBeUndefined();
		expect(e.toxic).toBe(0.6);
	});
});
