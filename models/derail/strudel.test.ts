import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStrudelThreads, normaliseForOverlap } from './strudel.ts';

/** A tiny data root: one gh-derailment conversation, one gh-incivility comment and five STRUDEL issues. */
function fixtureRoot(): string {
	const root = mkdtempSync(join(tmpdir(), 'derail-strudel-'));
	for (const dir of ['gh-derailment', 'gh-incivility', 'strudel-gh-toxicity']) mkdirSync(join(root, dir));
	writeFileSync(
		join(root, 'gh-derailment', 'conversations.jsonl'),
		`${JSON.stringify({ issue_id: 1, comments: [{ comment_id: 900, text: 'The installer hangs on the second step.' }] })}\n`,
	);
	writeFileSync(
		join(root, 'gh-incivility', 'comments.jsonl'),
		`${JSON.stringify({ issue_id: 2, comment_id: 2, text: 'Nobody has answered this for weeks now.' })}\n`,
	);
	const c = (issue: string, comment: number, text: string, toxic = 0) =>
		JSON.stringify({ id: `tool/owner/${issue}/${comment}`, text, toxic });
	const rows = [
		// Issue 10: listed out of order; cut before its first toxic comment (three comments before it).
		c('10', 14, 'Which version are you on?'),
		c('10', 12, 'It crashes when I open a file.'),
		c('10', 19, 'This project is a dumpster fire.', 1),
		c('10', 16, 'The latest one, still crashing.'),
		c('10', 21, 'Please keep it civil.'),
		// Issue 11: only one comment before the toxic one: too short as a derailed thread.
		c('11', 30, 'Any update?'),
		c('11', 31, 'Useless as always.', 1),
		// Issue 12: calm, four comments.
		c('12', 40, 'Added a test for the parser.'),
		c('12', 41, 'Looks good to me.'),
		c('12', 42, 'Could you rebase?'),
		c('12', 43, 'Done, rebased on main.'),
		// Issue 13: a comment already in gh-derailment (same text, other spacing and case): dropped.
		c('13', 50, 'the installer  HANGS on the second step!'),
		c('13', 51, 'Same here.'),
		c('13', 52, 'Same for me.'),
		c('13', 53, 'Works after a reboot.'),
		// Issue 14: a comment id already in gh-incivility (its text rewritten): dropped.
		c('14', 2, 'Nobody answered @friend'),
		c('14', 60, 'Still waiting.'),
		c('14', 61, 'Fix it now, idiots.', 1),
	];
	writeFileSync(join(root, 'strudel-gh-toxicity', 'comments.jsonl'), `${rows.join('\n')}\n`);
	return root;
}

describe('loadStrudelThreads', () => {
	const root = fixtureRoot();

	it('orders comments by id and cuts derailed issues before the first toxic comment', () => {
		const { threads, overlapping } = loadStrudelThreads(root);
		expect(threads.map((t) => t.id)).toEqual(['strudel:tool/owner/10']);
		expect(threads[0]?.comments.map((x) => x.text)).toEqual([
			'It crashes when I open a file.',
			'Which version are you on?',
			'The latest one, still crashing.',
		]);
		expect(threads[0]?.comments.every((x) => x.author === '')).toBe(true);
		expect(threads[0]?.label).toBe(1);
		expect(overlapping).toEqual(['tool/owner/13', 'tool/owner/14']);
	});

	it('builds calm threads only when asked, and keeps short derailed ones with a lower minimum', () => {
		const calm = loadStrudelThreads(root, { derailed: false, calm: true }).threads;
		expect(calm.map((t) => [t.id, t.label, t.comments.length])).toEqual([['strudel:tool/owner/12', 0, 4]]);
		const short = loadStrudelThreads(root, { minBeforeCut: 1 }).threads;
		expect(short.map((t) => t.id)).toEqual(['strudel:tool/owner/10', 'strudel:tool/owner/11']);
	});

	it('normalises text to lower-case words for the overlap check', () => {
		expect(normaliseForOverlap('  Hello,   World!\r\n')).toBe('hello world');
	});
});
