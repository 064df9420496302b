import { describe, expect, it } from 'vitest';
import { INTERRUPTED } from '../../utils/streaming.ts';
import {
	errorFromChannel,
	RewriteError,
	remediesFor,
	userMessageFromChannel,
	userMessageOf,
} from './errors.ts';

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

	it('a refused host permission names the server and blames the permission, not the network', () => {
		const crossed = new Error(new RewriteError('no-permission', 'http://127.0.0.1:8080').message);
		const { message, code } = errorFromChannel(crossed);
		expect(code).toBe('no-permission');
		expect(message).toBe(
			'Tactful needs your permission to contact http://127.0.0.1:8080. Allow it in Tactful’s settings.',
		);
		expect(message).not.toMatch(/reach/);
		// A server that is down is named too; the rest of the detail (the network stack's words) is not shown.
		expect(errorFromChannel(new Error('unreachable: http://localhost:11434 Failed to fetch')).message).toBe(
			'Could not reach the rewrite server at http://localhost:11434. Is it running, and is the base URL right?',
		);
		// A detail that is not an address is not pasted into the sentence.
		expect(errorFromChannel(new Error('no-permission: <b>x</b>')).message).not.toContain('<b>');
	});

	it('offers the settings where the cause is there, and the offline fixer for any backend failure', () => {
		for (const code of ['unauthorized', 'not-found', 'no-permission', 'malformed'] as const)
			expect(remediesFor(code)).toEqual({ settings: true, offline: true, retry: false });
		expect(remediesFor('unreachable')).toEqual({ settings: true, offline: true, retry: true });
		expect(remediesFor('rate-limited')).toEqual({ settings: false, offline: true, retry: true });
		expect(remediesFor('server')).toEqual({ settings: false, offline: true, retry: true });
		expect(remediesFor('aborted')).toEqual({ settings: false, offline: false, retry: true });
		expect(remediesFor(undefined)).toEqual({ settings: false, offline: false, retry: true });
	});

	// Session 27: "Try again" beside "The on-device model is not downloaded yet" could not work.
	it('offers Try again only where asking again as things stand may work', () => {
		const noRetry = [
			'unauthorized',
			'not-found',
			'malformed',
			'no-permission',
			'redirected',
			'unavailable',
		] as const;
		for (const code of [...noRetry, 'not-opted-in', 'too-long'] as const)
			expect(remediesFor(code).retry, code).toBe(false);
		for (const code of [
			'rate-limited',
			'timeout',
			'unreachable',
			'server',
			'download-failed',
			'quota',
			'interrupted',
			'aborted',
		] as const)
			expect(remediesFor(code).retry, code).toBe(true);
	});

	it('a rewrite cut off by the extension restarting (service worker, offscreen host) says so and asks to try again', () => {
		const { message, code } = errorFromChannel(new Error(INTERRUPTED));
		expect(code).toBe('interrupted');
		expect(message).toMatch(/stopped answering before the rewrite was done.*Try again/);
		expect(message).not.toMatch(/unexpectedly/);
		// Nothing in the settings to fix; the offline fixer still answers.
		expect(remediesFor(code)).toEqual({ settings: false, offline: true, retry: true });
	});
});
