import { describe, expect, it } from 'vitest';
import { EXPECTED_SIMPLER } from './fixer-jabs.ts';
import { fixOffline, offlineFix } from './offline-fixer.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;
const everywhere = (draft: string) => [...new Set(TEMPLATES.map((t) => fixOffline(draft, t)))];

describe('session 15 (fixer6): heated developer drafts the offline fixer kept or broke', () => {
	it.each([
		// A verdict after "I think", on a phrase holding a protected token; the shame clause goes with its "and".
		['Your patch is broken and you should be ashamed of yourself.', 'Your patch is broken.'],
		// Rhetorical "how hard" jabs: the request under them, or alone, what the writer expected.
		['Is it really that hard to read the docs?', 'Please read the docs.'],
		['How hard can it be?', EXPECTED_SIMPLER],
		['How hard can it be? The flag is `--dry-run`.', 'The flag is `--dry-run`.'],
		// A harsh noun as the object of pushing: the changes, named plainly (was "pushing poor to main").
		[
			"Stop pushing garbage to main, it breaks everyone's build.",
			"Stop pushing changes like this to main, it breaks everyone's build.",
		],
		["Don't write junk like this.", "Don't write code like this."],
		// An insult noun before the work it judges (was "this person code").
		[
			'Whoever merged this moron code should not have commit access. See #4410.',
			'Whoever merged this code should not have commit access. See #4410.',
		],
		// Replies to a maintainer who closed an issue: the complaint, about the issue, without the scorn.
		[
			'You closed #877 as "won\'t fix" without even reading it.',
			'#877 was closed as "won\'t fix" without a closer look.',
		],
		[
			"Stop closing issues you don't understand. The leak is still there in 4.0.1.",
			"Please don't close issues without a closer look. The leak is still there in 4.0.1.",
		],
		[
			'Please stop posting your half-baked theories here and just attach the logs from `journalctl -u agent`.',
			'Please attach the logs from `journalctl -u agent`.',
		],
		[
			"The build breaks because someone can't be bothered to update the lockfile.",
			"The build breaks because someone didn't update the lockfile.",
		],
		[
			'This is a pathetic excuse for a fix, it only hides the NullPointerException.',
			'This is not a real fix, it only hides the NullPointerException.',
		],
	])('%s → %s, in every template', (draft, fixed) => {
		expect(everywhere(draft)).toEqual([fixed]);
	});

	it('a verdict after "I think", on a phrase holding a protected token: the concern, the shame clause gone', () => {
		const draft = 'I think your PR #1532 is a joke and you should be embarrassed.';
		expect(fixOffline(draft, 'soften')).toBe('I have concerns about your PR #1532.');
		expect(fixOffline(draft, 'neutral')).toBe('Your PR #1532 needs more work.');
	});

	it('names whoever wrote it by the role, not "the person who…" (the scorer flagged that in context)', () => {
		expect(fixOffline('I want to talk to the clown who wrote this.', 'soften')).toBe(
			'I want to talk to the author of this.',
		);
		expect(fixOffline('The clown who wrote this retry loop never heard of backoff.', 'restate')).toBe(
			'The author of this retry loop never heard of backoff.',
		);
	});

	it('says a braindead design as a concern, keeping what it is about', () => {
		expect(fixOffline('This API is braindead. Why does `getUser(id)` return a list?', 'soften')).toBe(
			'I have concerns about this API. Why does `getUser(id)` return a list?',
		);
	});

	it('offers "How hard can it be?" alone as a replacement (it shares no words with what it means)', () => {
		expect(offlineFix('How hard can it be?', 'soften')).toEqual({
			text: EXPECTED_SIMPLER,
			replacement: true,
		});
		expect(offlineFix('How hard can it be? The flag is `--dry-run`.', 'soften').replacement).toBe(false);
	});

	it.each([
		'Is it hard to configure the proxy?',
		'How hard would it be to add a `--json` flag?',
		'I think your PR #1532 is a good start.',
		'The garbage collector pushes objects to the old generation.',
		'We push data to the trash folder on delete.',
		'She should be embarrassed by nothing; the talk went well.',
		'Please stop posting in this thread and open an issue instead.',
		'Stop closing the dialog before the upload finishes.',
		'Without even trying it, I know the cache is cold.',
	])('leaves the civil look-alike alone: %s', (draft) => {
		expect(everywhere(draft)).toEqual([draft]);
	});
});
