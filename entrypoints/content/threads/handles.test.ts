import { describe, expect, it } from 'vitest';
import { handleOf, handlesFor } from './handles.ts';

describe('handleOf: a name written the way its site writes it (card text only)', () => {
	it('GitHub and Discourse @login, Reddit u/name, Lemmy @name or @name@instance', () => {
		expect(handleOf('github', 'kim-user')).toBe('@kim-user');
		expect(handleOf('discourse', 'mel')).toBe('@mel');
		expect(handleOf('reddit', 'op_writer')).toBe('u/op_writer');
		expect(handleOf('lemmy', 'river')).toBe('@river');
		expect(handleOf('lemmy', 'lake@feddit.de')).toBe('@lake@feddit.de');
	});

	it('Hacker News and Stack Exchange names as shown; no site (the CLI) as read', () => {
		expect(handleOf('hackernews', 'critic')).toBe('critic');
		expect(handleOf('stackexchange', 'grumpy_g')).toBe('grumpy_g');
		expect(handleOf(undefined, 'kim-user')).toBe('kim-user');
		expect(handlesFor('hackernews')).toBeUndefined();
		expect(handlesFor(undefined)).toBeUndefined();
		expect(handlesFor('github')?.('kim-user')).toBe('@kim-user');
	});

	it('never doubles a prefix, never prefixes an empty name or a display name with spaces', () => {
		expect(handleOf('github', '@kim-user')).toBe('@kim-user');
		expect(handleOf('reddit', 'u/op_writer')).toBe('u/op_writer');
		expect(handleOf('github', '')).toBe('');
		expect(handleOf('lemmy', 'River Stone')).toBe('River Stone');
	});
});
