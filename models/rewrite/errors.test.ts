import { describe, expect, it } from 'vitest';
import { RewriteError, userMessageFromChannel, userMessageOf } from './errors.ts';

describe('rewrite errors', () => {
	it('keep their code across a message channel that only carries the message text', () => {
		const crossed = new Error(new RewriteError('rate-limited', 'HTTP 429').message);
		expect(userMessageFromChannel(crossed)).toMatch(/rate-limiting/);
		// Generic, and not "Your draft is unchanged." again: the card says that under every error.
		expect(userMessageFromChannel(new Error('TypeError: x is undefined'))).toBe(
			'The rewrite failed unexpectedly.',
		);
		expect(userMessageOf(new RewriteError('quota'))).toMatch(/storage space/);
	});
});
