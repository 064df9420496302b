/**
 * styleOf's values, frozen (session 14 rewrote its bigram count, vowel test and rates for speed): the digest of
 * every feature of these hand-written drafts, computed with the code before the rewrite. A change here moves
 * the style stackers (models/README.md), so the digest may only change with a new STYLE_VERSION.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokenize } from './featurize.ts';
import { styleOf } from './style.ts';

const DRAFTS = [
	'',
	'ok',
	'I',
	'A calm and measured reply about the release plan.',
	'the the the the the the',
	'we should fix it and we should fix it and we should fix it now, because it is broken.',
	'WHY would YOU do this?! You are an id1ot, this is sh*t!!!',
	"I'm not sure I'd agree... However, the queue's EYE-watering latency hurts. Isn't it?",
	'Syllables: beautiful, queue, rhythm, strengths, AEIOUY aeiouy, eye, Yay! Create, see, the.',
	'Could you perhaps maybe look at this? Therefore we always never hedge. Thus, so, but, although.',
	'Line one\nline two\n\nline three. lowercase start? yes! ... see https://example.org and www.example.com ok',
	'Ünïcödé wörds and café naïve résumé: these are not ASCII words, but ok ones are.',
	'You you you YOU. We we. I i I. Absolutely always everyone nobody never. Sooo goooood!!!',
	'if (x) { return y; } // code-ish text, with commas, colons: and semicolons; too , spaced ! marks ?',
];

describe('styleOf digest', () => {
	it('gives every draft the same features as before the rewrite', () => {
		const values = DRAFTS.map((d) => styleOf(tokenize(d)));
		const digest = createHash('sha256').update(JSON.stringify(values)).digest('hex');
		expect(digest).toBe('a5762b20ef334514aff8f2f7ce3205a3ee56e92f4a8172e9ff80fb5bdaf99d7e');
	});
});
