import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension, type ScoreResult } from '../../models/scoring/types.ts';
import { DEFAULT_SETTINGS } from '../../utils/storage/settings.ts';
import { piecesOf, quotesOf, tryItOptions, verdictOf } from './try-it.ts';

const dims = (over: Partial<Record<Dimension, number>> = {}) =>
	Object.fromEntries(DIMENSIONS.map((d) => [d, over[d] ?? 0.05])) as Record<Dimension, number>;

/** A result for a draft written here: "You are a clown and this is wrong." with "clown" blamed. */
const TEXT = 'You are a clown and this is wrong.';
const flagged: ScoreResult = {
	text: TEXT,
	inappropriate: 0.9,
	toxic: 0.92,
	dimensions: dims({ Inappropriateness: 0.9, 'Toxic Emotions': 0.7 }),
	flag: true,
	spans: [{ start: 10, end: 15, weight: 1, head: 'toxic' }],
};

describe('piecesOf', () => {
	it('cuts the draft into plain and underlined pieces that join back into it', () => {
		const pieces = piecesOf(TEXT, flagged.spans);
		expect(pieces).toEqual([
			{ text: 'You are a ', underlined: false },
			{ text: 'clown', underlined: true },
			{ text: ' and this is wrong.', underlined: false },
		]);
		expect(pieces.map((p) => p.text).join('')).toBe(TEXT);
	});

	it('draws overlapping and touching spans as one underline, and clips spans to the text', () => {
		const pieces = piecesOf('abcdefgh', [
			{ start: 4, end: 6, weight: 0.2 },
			{ start: 1, end: 3, weight: 0.5 },
			{ start: 2, end: 4, weight: 0.4 },
			{ start: 7, end: 99, weight: 0.1 },
		]);
		expect(pieces).toEqual([
			{ text: 'a', underlined: false },
			{ text: 'bcdef', underlined: true },
			{ text: 'g', underlined: false },
			{ text: 'h', underlined: true },
		]);
	});

	it('leaves a draft with no spans as one plain piece, and an empty one as none', () => {
		expect(piecesOf('fine', [])).toEqual([{ text: 'fine', underlined: false }]);
		expect(piecesOf('', [])).toEqual([]);
	});
});

describe('quotesOf', () => {
	it('quotes the strongest passages first, each once, at most four', () => {
		const text = 'one two three four five six';
		const at = (w: string, weight: number) => ({
			start: text.indexOf(w),
			end: text.indexOf(w) + w.length,
			weight,
		});
		expect(
			quotesOf(text, [
				at('two', 0.2),
				at('one', 0.9),
				at('six', 0.5),
				at('one', 0.3),
				at('four', 0.4),
				at('five', 0.1),
			]),
		).toEqual(['one', 'six', 'four', 'two']);
	});
});

describe('verdictOf', () => {
	const options = tryItOptions(DEFAULT_SETTINGS);

	it('shows a flagged draft as a site does: warn, the toxic reason first, the passage underlined and quoted', () => {
		const v = verdictOf(flagged, options);
		expect(v.level).toBe('warn');
		expect(v.reasons[0]?.title).toBe('Insults, threats and slurs');
		expect(v.quotes).toEqual(['clown']);
		expect(v.pieces.filter((p) => p.underlined).map((p) => p.text)).toEqual(['clown']);
		expect(v.summary).toMatch(/^Tactful: this draft may land badly \(insults, threats and slurs/);
	});

	it('a draft in another language is neither warned about nor called fine: it says it was not checked', () => {
		const text =
			'Nein, das stimmt so nicht. Der Fehler liegt im Parser, nicht im Lexer, bitte noch einmal prüfen.';
		const v = verdictOf({ ...flagged, text, spans: [{ start: 14, end: 19, weight: 1 }] }, options);
		expect(v).toMatchObject({ level: 'ok', reasons: [], quotes: [], otherLanguage: true });
		expect(v.pieces.some((p) => p.underlined)).toBe(false);
		expect(v.summary).toMatch(/reads English only: this draft was not checked/);
	});

	it('neither underlines nor quotes a draft that reads fine', () => {
		const calm: ScoreResult = {
			...flagged,
			inappropriate: 0.05,
			toxic: 0.02,
			dimensions: dims(),
			flag: false,
			spans: [{ start: 10, end: 15, weight: 0.1 }],
		};
		const v = verdictOf(calm, options);
		expect(v).toMatchObject({ level: 'ok', reasons: [], quotes: [] });
		expect(v.pieces).toEqual([{ text: TEXT, underlined: false }]);
	});

	it('does not name a signal the user switched off', () => {
		const off = tryItOptions({ ...DEFAULT_SETTINGS, disabledDimensions: ['Toxicity'] });
		const v = verdictOf(
			{ ...flagged, dimensions: dims({ Inappropriateness: 0.9, 'Missing Openness': 0.8 }) },
			off,
		);
		expect(v.reasons.map((r) => r.dimension)).not.toContain('Toxicity');
	});
});

describe('tryItOptions', () => {
	it('scores with the global choices, the swearing opt-in only when on', () => {
		expect(tryItOptions(DEFAULT_SETTINGS)).toMatchObject({ sensitivity: 0.5, disabledDimensions: [] });
		expect(tryItOptions(DEFAULT_SETTINGS).allowSwearingAtThings).toBeUndefined();
		expect(
			tryItOptions({ ...DEFAULT_SETTINGS, sensitivity: 0.8, allowSwearingAtThings: true }),
		).toMatchObject({ sensitivity: 0.8, allowSwearingAtThings: true });
	});
});
