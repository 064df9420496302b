/**
 * Tone cues of a draft for the toxic side's style stacker (models/scoring/toxic-stack.ts): impatience ("still
 * not fixed", "any update?"), frustration ("seriously", "why is this not …"), mockery, people addressed as a
 * group ("you guys"), accusations in the second person, negation, and where `?`/`!` and capitals pile up.
 * GitHub incivility is mostly tone (bitter frustration, impatience, mocking) that word n-grams miss. The cue
 * lists are written for this project (not taken from any dataset). Counted on the masked text (quotes and
 * code blanked) and the normalised words, as the runtime sees the draft.
 */
import type { Tokenized } from './featurize.ts';

/** Bump when a cue changes: stacker weights are only valid for the version they were fitted on. */
export const TONE_VERSION = 1;

/** Phrase cues, matched on the lower-cased masked text with word boundaries. */
const PHRASES: Record<string, readonly string[]> = {
	impatience: [
		'still',
		'again',
		'any update',
		'any updates',
		'any news',
		'any progress',
		'any eta',
		'eta',
		'when will',
		'how long',
		'how much longer',
		'months',
		'years',
		'weeks',
		'bump',
		'ping',
		'yet another',
		'already',
		'for ages',
		'since forever',
		'over and over',
		'waiting',
	],
	frustration: [
		'seriously',
		'ridiculous',
		'unacceptable',
		'absurd',
		'insane',
		'wtf',
		'come on',
		'are you kidding',
		'you must be kidding',
		'what the',
		'waste of',
		'wasted',
		'useless',
		'pointless',
		'frustrating',
		'annoying',
		'tired of',
		'sick of',
		'fed up',
		'give up',
		'gave up',
		'no one cares',
		'nobody cares',
		'a joke',
		'shame',
		'disappointed',
		'disappointing',
		'terrible',
		'horrible',
		'awful',
		'garbage',
		'trash',
		'crap',
		'sucks',
		'why is this not',
		'why is this still',
		'why does this',
		"why can't",
		'why cant',
		"why won't",
		'why on earth',
		'how hard is it',
		'how hard can',
		'how is this',
		'is it so hard',
		'is it too much',
		'just fix',
		'just merge',
		'do your job',
	],
	mockery: [
		'lol',
		'lmao',
		'haha',
		'hahaha',
		'genius',
		'congrats',
		'congratulations',
		'bravo',
		'good job',
		'well done',
		'thanks for nothing',
		'nice try',
		'oh wait',
		'oh well',
		'sure',
		'whatever',
		'obviously',
		'clearly',
		'apparently',
		'of course',
		'/s',
	],
	people: [
		'you guys',
		'you people',
		'you folks',
		'your team',
		'the devs',
		'the developers',
		'the maintainers',
		'maintainers',
		'you all',
		'yall',
		"y'all",
	],
	accusation: [
		"you don't",
		'you dont',
		"you didn't",
		'you didnt',
		'you never',
		"you can't",
		'you cant',
		"you won't",
		'you refuse',
		'you keep',
		'you just',
		'you clearly',
		'you obviously',
		'do you even',
		'did you even',
		'have you even',
		'you should be',
		'shame on you',
		'your fault',
	],
	leaving: [
		'switch to',
		'switching to',
		'moving to',
		'move to',
		'alternative',
		'alternatives',
		'uninstall',
		'uninstalled',
		'unsubscribe',
		'paying',
		'customers',
		'customer',
		'refund',
		'enterprise',
		'lawsuit',
		'report you',
	],
	politeness: [
		'thanks',
		'thank you',
		'please',
		'appreciate',
		'sorry',
		'could you',
		'would you',
		'happy to',
		'glad',
		'great work',
		'nice work',
		'i think',
		'i believe',
		'maybe',
		'perhaps',
	],
};
const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'nowhere', 'neither', 'nor']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PATTERNS = Object.values(PHRASES).map(
	(phrases) => new RegExp(`(?<![a-z0-9'])(?:${phrases.map(escapeRegExp).join('|')})(?![a-z0-9'])`, 'g'),
);

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

/** The tone cues of a tokenised draft (TONE_VERSION order): per-family log counts, then rates and runs. */
export function toneOf({ masked, tokens }: Tokenized): number[] {
	const lower = masked.toLowerCase();
	const words = Math.max(1, tokens.length);
	const negations = tokens.filter((t) => NEGATIONS.has(t.word) || t.word.endsWith("n't")).length;
	const sentences = Math.max(1, count(/[.!?]+(?:\s|$)|\n+/g, masked));
	return [
		...PATTERNS.map((re) => Math.log1p(count(re, lower))),
		negations / words,
		Math.log1p(count(/\?{2,}|!{2,}|[?!]{3,}/g, masked)),
		Math.log1p(count(/\b[A-Z]{3,}\b/g, masked)),
		count(/\?/g, masked) / sentences,
		count(/!/g, masked) / sentences,
		Math.log1p(count(/(?:^|[.!?]\s+)why\b/gi, masked)),
	];
}

/** How many numbers `toneOf` returns. */
export const TONE_FEATURES = Object.keys(PHRASES).length + 6;
