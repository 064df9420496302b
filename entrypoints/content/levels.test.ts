import { describe, expect, it } from 'vitest';
import { DIMENSION_LABELS } from '../../components/Settings/dimension-labels.ts';
import {
	DIMENSIONS,
	type Dimension,
	type ScoreResult,
	type Signal,
	TOXICITY,
} from '../../models/scoring/types.ts';
import { levelOf, OTHER_LANGUAGE_SUMMARY, REASON_TEXT, reasonsFor, summaryOf } from './levels.ts';

function result(partial: Partial<ScoreResult> & { dims?: Partial<Record<Dimension, number>> }): ScoreResult {
	const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, partial.dims?.[d] ?? 0])) as Record<
		Dimension,
		number
	>;
	return {
		text: 'a draft of a few words',
		inappropriate: 0,
		toxic: 0,
		flag: false,
		spans: [],
		dimensions,
		...partial,
	};
}

describe('levelOf', () => {
	it('does not warn on a draft in another language (the models guessed: "nicht", "im", "bitte" underlined)', () => {
		const text =
			'Nein, das stimmt so nicht. Der Fehler liegt im Parser, nicht im Lexer, bitte noch einmal prüfen.';
		const spans = [{ start: 14, end: 19, weight: 1 }];
		expect(levelOf(result({ text, flag: true, toxic: 0.84, inappropriate: 0.84, spans }))).toBe('ok');
		expect(levelOf(result({ text, toxic: 0.45 }))).toBe('ok');
		expect(summaryOf('ok', [], true)).toBe(OTHER_LANGUAGE_SUMMARY);
	});
	it('warns when the scorer flags', () => expect(levelOf(result({ flag: true, toxic: 0.9 }))).toBe('warn'));
	it('is ok for low scores', () => expect(levelOf(result({ toxic: 0.05, inappropriate: 0.1 }))).toBe('ok'));
	it('cautions just below the flag point', () =>
		expect(levelOf(result({ inappropriate: 0.42 }))).toBe('caution'));
	it('follows sensitivity', () => {
		expect(levelOf(result({ inappropriate: 0.42 }), 0.2)).toBe('ok');
	});
	it('gives a draft just begun no caution, and a warning only with a word to point at; a greeting neither', () => {
		expect(levelOf(result({ text: 'Hi all', toxic: 0.41 }))).toBe('ok');
		expect(levelOf(result({ text: 'No', flag: true, toxic: 0.52 }))).toBe('ok');
		const span = [{ start: 0, end: 4, weight: 1 }];
		expect(levelOf(result({ text: 'Shut up.', flag: true, toxic: 0.72, spans: span }))).toBe('warn');
		expect(levelOf(result({ text: 'Hi everyone,', flag: true, toxic: 0.64, spans: span }))).toBe('ok');
	});
});

describe('reasonsFor', () => {
	it('names the insult in plain words and skips disabled dimensions', () => {
		const r = result({ flag: true, toxic: 0.9, dims: { 'Toxic Emotions': 0.8, 'Excessive Intensity': 0.6 } });
		const reasons = reasonsFor(r);
		expect(reasons[0]?.title).toBe('Insults, threats and slurs');
		expect(reasons[0]?.explanation).toContain('hostile or abusive');
		expect(reasonsFor(r, { disabled: ['Excessive Intensity'] }).map((x) => x.dimension)).toEqual([
			TOXICITY,
			'Toxic Emotions',
		]);
		expect(summaryOf('warn', reasons)).toContain('insults, threats and slurs');
	});
	it('names sarcasm, not insults, when the toxic head fires on the sarcasm floor (ScoreResult.mocking)', () => {
		const r = result({ text: 'Interesting choice.', flag: true, toxic: 0.8, mocking: true });
		const reasons = reasonsFor(r);
		expect(reasons.map((x) => [x.dimension, x.title])).toEqual([[TOXICITY, 'Sarcasm aimed at someone']]);
		expect(reasons[0]?.explanation).toContain('mocking');
		expect(summaryOf('warn', reasons)).toBe('Tactful: this draft may land badly (sarcasm aimed at someone)');
		// Switching the toxic signal off silences it as any insult.
		expect(reasonsFor(r, { disabled: [TOXICITY] }).map((x) => x.dimension)).not.toContain(TOXICITY);
	});
	it('says the draft talks down to the reader when the contempt model lifted the toxic head (ScoreResult.talksDown)', () => {
		const r = result({
			text: 'Maybe leave the architecture decisions to people who understand them.',
			flag: true,
			toxic: 0.8,
			talksDown: true,
		});
		const reasons = reasonsFor(r);
		expect(reasons.map((x) => [x.dimension, x.title])).toEqual([[TOXICITY, 'Talks down to the reader']]);
		expect(summaryOf('warn', reasons)).toBe('Tactful: this draft may land badly (talks down to the reader)');
	});
	it('names a group when the toxic head fires on the exclusion of a group (ScoreResult.aboutGroup)', () => {
		const r = result({
			text: "Black people don't belong on this team.",
			flag: true,
			toxic: 0.8,
			aboutGroup: true,
		});
		const reasons = reasonsFor(r);
		expect(reasons.map((x) => [x.dimension, x.title])).toEqual([[TOXICITY, 'Aimed at a group of people']]);
		expect(reasons[0]?.explanation).toContain('for who they are');
		expect(summaryOf('warn', reasons)).toBe(
			'Tactful: this draft may land badly (aimed at a group of people)',
		);
		expect(reasonsFor(r, { disabled: [TOXICITY] }).map((x) => x.dimension)).not.toContain(TOXICITY);
	});
	it('has nothing to say about a civil draft', () => {
		expect(reasonsFor(result({ dims: { 'Unclear Meaning': 0.1 } }))).toEqual([]);
	});
	// "you are an idiot" as the scorer returns it: the toxic fold lifts Inappropriateness and Toxic Emotions to
	// the toxic head's probability, every other dimension ~0.
	const insult = result({
		flag: true,
		toxic: 0.99,
		inappropriate: 0.99,
		toxicFold: true,
		dims: { Inappropriateness: 0.99, 'Toxic Emotions': 0.99, 'Confusing Reasoning': 3e-8 },
	});
	it('names an insult after the toxic head, never "Overall tone", with "Toxic emotions" off or on', () => {
		for (const disabled of [
			[],
			['Toxic Emotions'],
			['Toxic Emotions', 'Reason Unclassified'],
		] as Signal[][]) {
			const reasons = reasonsFor(insult, { disabled });
			expect(reasons.map((x) => x.dimension)).toEqual([TOXICITY]);
			expect(reasons[0]?.title).toBe('Insults, threats and slurs');
		}
	});
	it('never names a dimension that barely registers: the overall head alone is "Overall tone", not "confusing reasoning"', () => {
		const overall = result({
			flag: true,
			inappropriate: 0.8,
			dims: { Inappropriateness: 0.8, 'Toxic Emotions': 0.8, 'Confusing Reasoning': 3e-8 },
		});
		expect(reasonsFor(overall, { disabled: ['Toxic Emotions'] }).map((x) => x.dimension)).toEqual([
			'Reason Unclassified',
		]);
		expect(reasonsFor(overall, { disabled: ['Toxic Emotions', 'Reason Unclassified'] })).toEqual([]);
	});
	it('with the toxic head off, neither names nor cautions about what only repeats it', () => {
		const off = [TOXICITY] as Signal[];
		// The scorer no longer flags it (decide.ts); the page must not show a caution or a reason either.
		const quiet = { ...insult, flag: false };
		expect(levelOf(quiet, 0.5, off)).toBe('ok');
		expect(reasonsFor(quiet, { disabled: off })).toEqual([]);
		expect(levelOf(quiet, 0.5, [])).toBe('caution');
		// A toxic head just under the line: caution only while its row is on.
		const close = result({ toxic: 0.45 });
		expect(levelOf(close, 0.5, [])).toBe('caution');
		expect(levelOf(close, 0.5, off)).toBe('ok');
	});
	it('does not caution on the overall head when its only reason is a dimension switched off', () => {
		const shouting = result({
			inappropriate: 0.45,
			dims: { Inappropriateness: 0.45, 'Detrimental Orthography': 0.45 },
		});
		expect(levelOf(shouting)).toBe('caution');
		expect(levelOf(shouting, 0.5, ['Detrimental Orthography'])).toBe('ok');
	});
	it('still names the strongest sub-dimension when only the overall head fired and it is near the line', () => {
		const r = result({
			flag: true,
			inappropriate: 0.7,
			dims: { Inappropriateness: 0.7, 'Missing Openness': 0.4 },
		});
		expect(reasonsFor(r).map((x) => x.dimension)).toEqual(['Missing Openness']);
	});
});

describe('one name for the overall-tone reason (QA, session 13: "Tone", "Tone, no single reason", "Overall tone")', () => {
	it('the card, the settings toggle and the history page all say "Overall tone"', () => {
		expect(REASON_TEXT['Reason Unclassified'][0]).toBe('Overall tone');
		expect(DIMENSION_LABELS['Reason Unclassified'].label).toBe('Overall tone');
		expect(DIMENSION_LABELS.Inappropriateness.label).toBe('Overall tone');
	});
});
