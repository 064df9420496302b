/**
 * Drafts that are mostly attack around one point (session 11): venting sentences go, scolding counts become "as
 * mentioned before", the complaint under a venting phrase is said plainly, in every template. Drafts written for
 * these tests (not the corpus in tests/corpora/mostly-attack.txt).
 */
import { describe, expect, it } from 'vitest';
import { keepsAsk } from './fixer-asks.ts';
import { calmImpatience, dropVenting, isVenting, mergeConcerns, restateVenting } from './fixer-vent.ts';
import { fixOffline } from './offline-fixer.ts';
import { readsAsProse } from './prose-check.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;

describe('dropVenting', () => {
	it.each([
		'Incredible.',
		'Seriously?',
		'Just wow.',
		'What a disaster.',
		'What a joke of a release.',
		'What a mess this module has become.',
		'A complete trainwreck.',
		'Typical lazy reviewer move.',
		'Yet another half-baked patch from you.',
		'Worthless, the whole lot of you.',
		'Zero care, zero respect.',
		'Who merged this garbage?',
		'How clueless can you be?',
		'How can anyone be so incompetent?',
	])('drops "%s" before the point', (vent) => {
		expect(isVenting(vent)).toBe(true);
		expect(dropVenting(`${vent} The cache key ignores the locale.`)).toBe(
			'The cache key ignores the locale.',
		);
	});

	it.each([
		'Typical usage is shown below.',
		'No tests, no docs.',
		'No worries, no rush.',
		'What a nice surprise.',
		'Who merged this PR?',
		'How long can the token be?',
		'Another option is a retry.',
	])('keeps "%s", which says something', (sentence) => {
		expect(isVenting(sentence)).toBe(false);
	});

	it('keeps venting that is all the draft says, and a sentence holding a protected token', () => {
		expect(dropVenting('Unbelievable. Really.')).toBe('Unbelievable. Really.');
		expect(isVenting('What a mess \uE0000\uE001.')).toBe(false);
	});
});

describe('calmImpatience', () => {
	it.each([
		['I told you twice the port is 8443.', 'As mentioned before, the port is 8443.'],
		["I've explained this four times: retries are capped.", 'As mentioned before, retries are capped.'],
		['I said it a hundred times that the key rotates.', 'As mentioned before, the key rotates.'],
		['For the last time, the flag is opt-in.', 'As mentioned before, the flag is opt-in.'],
		['Please merge the backport already.', 'Please merge the backport.'],
	])('%s', (draft, want) => {
		expect(calmImpatience(draft)).toBe(want);
	});

	it('leaves a plain mention and a descriptive "already" alone', () => {
		expect(calmImpatience('I told you about the outage.')).toBe('I told you about the outage.');
		expect(calmImpatience('The job is already running.')).toBe('The job is already running.');
	});
});

describe('restateVenting', () => {
	it.each([
		[
			'You wasted my whole evening with this outdated guide.',
			'I lost my whole evening to this outdated guide.',
		],
		['You wasted three hours of my time.', 'this cost me three hours.'],
		['Whoever designed the settings page hates users.', 'the settings page is hard to use.'],
		["The crash is your fault, not the runtime's.", "The crash is not the runtime's fault."],
		["I'm so fed up of these lazy replies.", "I'm frustrated with these replies."],
	])('%s', (draft, want) => {
		expect(restateVenting(draft)).toBe(want);
	});

	it('merges repeated restatements into one', () => {
		expect(mergeConcerns('I have concerns about the schema, I have concerns about the docs.')).toBe(
			'I have concerns about the schema and the docs.',
		);
		expect(
			mergeConcerns('I have concerns about this plugin. I have concerns about the docs and the API.'),
		).toBe('I have concerns about this plugin, the docs and the API.');
		expect(mergeConcerns('The parser needs more work, the lexer needs more work.')).toBe(
			'The parser and the lexer need more work.',
		);
	});
});

describe('fixOffline on mostly-attack drafts', () => {
	const cases: [string, string[], RegExp][] = [
		[
			'What a disaster. Whoever reviewed this should be ashamed. The importer skips rows with a BOM in data.csv.',
			['importer skips rows', 'data.csv'],
			/disaster|ashamed/i,
		],
		[
			'How clueless can you be? I told you three times the cert lives in /srv/tls. Move it back.',
			['As mentioned before', '/srv/tls', 'Move it back'],
			/clueless|three times/i,
		],
		[
			'Do you even know what an index is? The query scans 2M rows on every page load. Add one on user_id.',
			['scans 2M rows', 'user_id'],
			/even know|chance to know/i,
		],
		[
			'Useless, all of you. The exporter has crashed since 5.1, and nobody here cares. Please look at #311.',
			['crashed since 5.1', 'Please look at #311'],
			/useless|nobody here cares/i,
		],
	];
	it.each(cases)('%s', (draft, keep, attack) => {
		for (const template of TEMPLATES) {
			const out = fixOffline(draft, template);
			for (const k of keep) expect(out, `${template}: ${out}`).toContain(k);
			expect(out, `${template}: ${out}`).not.toMatch(attack);
			expect(readsAsProse(out, draft), `${template}: ${out}`).toBe(true);
			expect(keepsAsk(draft, out)).toBe(true);
		}
	});

	it('no longer reads "your" as "you are": "your lazy answers" is not a clause to cut', () => {
		const out = fixOffline("I'm tired of your lazy answers. Stop closing my issues.", 'minimal');
		expect(out).toBe("I'm frustrated with your answers. Stop closing my issues.");
	});
});
