import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIncivilityThreads } from './data.ts';

/** Writes a tiny data root: one gh-derailment conversation and gh-incivility comments of three issues. */
function fixtureRoot(): string {
	const root = mkdtempSync(join(tmpdir(), 'derail-data-'));
	mkdirSync(join(root, 'gh-derailment'));
	mkdirSync(join(root, 'gh-incivility'));
	writeFileSync(join(root, 'gh-derailment', 'conversations.jsonl'), `${JSON.stringify({ issue_id: 300 })}\n`);
	const c = (issue: number, comment: number, text: string, tbdf: string | null = null) =>
		JSON.stringify({ issue_id: issue, comment_id: comment, text, tbdf });
	const rows = [
		// Issue 100: replies listed out of order, opener listed last; cut before the second uncivil comment.
		c(100, 7, 'Still broken after a month.', 'Impatience'),
		c(100, 5, 'Thanks, looking into it.'),
		c(100, 9, 'Then fix it yourself.', 'Insulting'),
		c(100, 100, 'The build fails on start.'),
		// Issue 200: only one comment before its second uncivil one: too short, dropped.
		c(200, 200, 'This is ridiculous.', 'Bitter frustration'),
		c(200, 201, 'What a joke.', 'Mocking'),
		// Issue 300 is a gh-derailment conversation: never an extra thread.
		c(300, 300, 'Opening words.'),
		c(300, 301, 'Hurry up.', 'Impatience'),
		c(300, 302, 'A reply.'),
		c(300, 303, 'Rude words.', 'Insulting'),
	];
	writeFileSync(join(root, 'gh-incivility', 'comments.jsonl'), `${rows.join('\n')}\n`);
	return root;
}

describe('loadIncivilityThreads', () => {
	it('orders opener then replies by id, cuts before the second uncivil comment, skips gh-derailment issues', () => {
		const threads = loadIncivilityThreads(fixtureRoot());
		expect(threads.map((t) => t.id)).toEqual(['100']);
		const [thread] = threads;
		expect(thread?.comments.map((x) => x.text)).toEqual([
			'The build fails on start.',
			'Thanks, looking into it.',
			'Still broken after a month.',
		]);
		expect(thread?.tbdf).toEqual([null, null, 'Impatience']);
		expect(thread?.label).toBe(1);
	});
});
