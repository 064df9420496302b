import { describe, expect, it } from 'vitest';
import { tokenize } from '../features/featurize.ts';
import { applyPlainStatements, PLAIN_CAP, plainStatement } from './plain-statements.ts';
import type { ScoreEntry } from './score-entry.ts';
import { DIMENSIONS, type Dimension } from './types.ts';

const plain = (t: string) => plainStatement(tokenize(t));

/** An entry whose dimensions all read `inap` (as the appropriateness model lifts them together) and toxic `toxic`. */
const entryOf = (text: string, toxic: number, inap: number, emotions = 0.2): ScoreEntry => {
	const dimensions = {} as Record<Dimension, number>;
	for (const d of DIMENSIONS) dimensions[d] = inap;
	dimensions['Toxic Emotions'] = emotions;
	dimensions['Excessive Intensity'] = emotions;
	dimensions['Emotional Deception'] = emotions;
	return { text, toxic, wholeToxic: toxic, dimensions, tokens: tokenize(text).tokens, sentencesScored: true };
};

describe('plainStatement', () => {
	it('reads plain forum statements that speak to no one', () => {
		expect(plain('The roses got black spot, so pick up the fallen leaves.')).toBe(true);
		expect(plain('The verdict was manslaughter, and the appeal failed in 2004.')).toBe(true);
		expect(plain('I disagree with the tariff, the import numbers say otherwise.')).toBe(true);
	});

	it('is not plain when it names the reader, judges people, swears, menaces or mocks', () => {
		expect(plain('You are wrong about the tariff.')).toBe(false);
		expect(plain('The referee is an idiot.')).toBe(false);
		expect(plain('The match was crap.')).toBe(false);
		expect(plain('People who cross me tend to regret it.')).toBe(false);
		expect(plain('Somebody is going to get hurt tonight.')).toBe(false);
		expect(plain('Yeah, because skipping leg day is so smart.')).toBe(false);
		expect(plain('Of course, because the forecast is always right.')).toBe(false);
		expect(plain('Go read the rules first, then post.')).toBe(false);
	});
});

describe('plainStatement: a moderator\'s "do not talk" (session 23, civil10)', () => {
	it('reads "talk" after a negation as a request, not a dare', () => {
		expect(plain('Please do not talk to people like that here, it helps nobody.')).toBe(true);
		expect(plain("Please don't talk to other members that way.")).toBe(true);
	});

	it('keeps "talk" as menace otherwise, and any judging or menace word', () => {
		expect(plain('Go learn the basics first, then talk.')).toBe(false);
		expect(plain('Read the spec before you talk.')).toBe(false);
		expect(plain('Do not talk to me like that.')).toBe(false);
		expect(plain("Don't talk to people like that, you clueless idiot.")).toBe(false);
	});
});

describe('plainStatement: a generic "you" (session 22, civil9)', () => {
	it('does not count a generic "you" as the reader', () => {
		expect(plain('You just have to let the glue cure overnight.')).toBe(true);
		expect(plain('When you repot a fern, you need to keep the soil loose.')).toBe(true);
	});

	it('still counts "you" owning something, any "your", and a judging or menace word', () => {
		expect(plain('Nice car you have parked outside.')).toBe(false);
		expect(plain('You have a sister, I hear.')).toBe(false);
		expect(plain('If your glue fails, you need to sand it again.')).toBe(false);
		expect(plain('You just have to be clueless to miss that.')).toBe(false);
		expect(plain('You need to stop posting here.')).toBe(false);
		expect(plain('You should be careful when you walk home.')).toBe(false);
	});
});

describe('applyPlainStatements', () => {
	it('caps every dimension of a plain statement the toxic head reads as clean, and keeps the whole reading', () => {
		const entry = entryOf('The verdict was manslaughter, and the appeal failed in 2004.', 0.05, 0.7);
		applyPlainStatements(entry, tokenize(entry.text));
		for (const d of DIMENSIONS) expect(entry.dimensions[d]).toBeLessThanOrEqual(PLAIN_CAP);
		expect(entry.wholeDimensions?.Inappropriateness).toBe(0.7);
		expect(entry.toxic).toBe(0.05);
	});

	it('leaves a toxic-leaning draft, an emotional reason, a folded score and non-plain words as scored', () => {
		const text = 'The verdict was manslaughter, and the appeal failed in 2004.';
		const toxicLeaning = entryOf(text, 0.4, 0.7);
		applyPlainStatements(toxicLeaning, tokenize(text));
		expect(toxicLeaning.dimensions.Inappropriateness).toBe(0.7);
		const emotional = entryOf(text, 0.05, 0.7, 0.6);
		applyPlainStatements(emotional, tokenize(text));
		expect(emotional.dimensions.Inappropriateness).toBe(0.7);
		const folded = { ...entryOf(text, 0.3, 0.7), inappropriateFromToxic: true };
		applyPlainStatements(folded, tokenize(text));
		expect(folded.dimensions.Inappropriateness).toBe(0.7);
		const reader = entryOf('You got the verdict wrong.', 0.05, 0.7);
		applyPlainStatements(reader, tokenize(reader.text));
		expect(reader.dimensions.Inappropriateness).toBe(0.7);
	});

	it("reads words quoted-mention.ts took out as mentions as not the writer's own (session 22)", () => {
		const text = 'The censor list counts "crap" as a swear word.';
		const tokenized = tokenize(text);
		const crap = tokenized.tokens.findIndex((t) => t.word === 'crap');
		const kept = entryOf(text, 0.05, 0.7);
		applyPlainStatements(kept, tokenized);
		expect(kept.dimensions.Inappropriateness).toBe(0.7);
		const mentioned = { ...entryOf(text, 0.05, 0.7), mentionedWords: new Set([crap]) };
		applyPlainStatements(mentioned, tokenized);
		expect(mentioned.dimensions.Inappropriateness).toBe(PLAIN_CAP);
	});
});
