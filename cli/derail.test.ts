// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createNodeDerailPredictor } from '../models/derail/node-predictor.ts';
import { checkRequest } from './derail.ts';
import { InputError } from './jsonl.ts';
import { main } from './main.ts';
import { captured, inputFile } from './testing/cli-run.ts';

const cli = (args: string[]) => captured(() => main(['derail', ...args]));

const good = JSON.stringify({
	comments: [{ author: 'a', text: 'Build fails on Windows.' }],
	draft: 'Which version?',
});

describe('checkRequest', () => {
	it('accepts comments with optional role and draft', () => {
		const req = checkRequest({ comments: [{ author: 'a', role: 'Owner', text: 't' }], draft: 'd' }, 1);
		expect(req).toEqual({ thread: { comments: [{ author: 'a', role: 'Owner', text: 't' }] }, draft: 'd' });
	});

	it('passes `post` through on the opener only, as page readers set it (true; false and null read as absent)', () => {
		const req = checkRequest(
			{
				comments: [
					{ author: 'op', text: 't', post: true },
					{ author: 'a', text: 'r', post: false },
					{ author: 'b', role: 'Member', text: 's', post: null },
				],
			},
			1,
		);
		expect(req.thread.comments).toEqual([
			{ author: 'op', text: 't', post: true },
			{ author: 'a', text: 'r' },
			{ author: 'b', role: 'Member', text: 's' },
		]);
	});

	it.each([
		[{}, 'missing "comments" array'],
		[{ comments: 'x' }, '"comments" must be an array'],
		[{ comments: [1] }, '"comments[0]" must be an object'],
		[{ comments: [{ text: 't' }] }, 'missing "comments[0].author"'],
		[{ comments: [{ author: 'a' }] }, 'missing "comments[0].text" field'],
		[{ comments: [{ author: 'a', text: 't', role: 3 }] }, '"comments[0].role" must be a string'],
		[{ comments: [{ author: 'a', text: 't', post: 'true' }] }, '"comments[0].post" must be true or false'],
		[
			{
				comments: [
					{ author: 'a', text: 't' },
					{ author: 'b', text: 'u', post: 1 },
				],
			},
			'"comments[1].post" must be true or false',
		],
		[
			{
				comments: [
					{ author: 'op', text: 't', post: true },
					{ author: 'a', text: 'r' },
					{ author: 'b', text: 's', post: true },
				],
			},
			'"comments[2].post" is true, but comments[0] is already the post; a thread has one post',
		],
		[
			{
				comments: [
					{ author: 'a', text: 'r' },
					{ author: 'op', text: 't', post: true },
				],
			},
			'"comments[1].post" is true, but only the first comment (the opener) can be the post',
		],
		[{ comments: [], draft: 5 }, '"draft" must be a string'],
		[{ comments: [{ author: 'a', text: '\ud800' }] }, 'lone surrogate'],
	])('rejects %j', (row, message) => {
		expect(() => checkRequest(row as Record<string, unknown>, 4)).toThrow(InputError);
		expect(() => checkRequest(row as Record<string, unknown>, 4)).toThrow(message);
		expect(() => checkRequest(row as Record<string, unknown>, 4)).toThrow(/^line 4: /);
	});
});

describe('tactful derail', () => {
	it('writes one JSON line per input line, in order', async () => {
		const calm = JSON.stringify({ comments: [{ author: 'a', text: 'Thanks, that fixed it!' }] });
		const { code, stdout } = await cli([inputFile(`${good}\n${calm}\n`)]);
		expect(code).toBe(0);
		const lines = stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(2);
		for (const line of lines) {
			expect(Object.keys(line)).toEqual(['derail', 'flag', 'markers']);
			expect(line.flag).toBe(line.derail >= 0.5);
		}
		expect(lines[0].markers.draft).toBeDefined();
		expect(lines[1].markers.draft).toBeUndefined();
	});

	it.each([
		['malformed JSON', `${good}\n{oops\n`, 'line 2: malformed JSON'],
		['an empty line', `${good}\n\n${good}\n`, 'line 2: empty line'],
		[
			'a bad comment',
			`${good}\n${good}\n{"comments":[{"author":"a"}]}\n`,
			'line 3: missing "comments[0].text"',
		],
		['a non-object', '[1,2]\n', 'line 1: expected a JSON object'],
		[
			'a post that is no boolean',
			`${good}\n{"comments":[{"author":"a","text":"t","post":"yes"}]}\n`,
			'line 2: "comments[0].post" must be true or false',
		],
		[
			'a second post in a thread',
			`${good}\n${good}\n{"comments":[{"author":"op","text":"t","post":true},{"author":"a","text":"r"},{"author":"b","text":"s","post":true}]}\n`,
			'line 3: "comments[2].post" is true, but comments[0] is already the post',
		],
	])('rejects %s with exit 2, naming the line, printing nothing on stdout', async (_what, input, message) => {
		const { code, stdout, stderr } = await cli([inputFile(input)]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
	});

	it('reads a long thread whose comments are each within the draft limit', async () => {
		// 90 comments of 9,000 characters: a line over 700,000 characters, far beyond one draft, yet a
		// real thread. Only a single comment over the limit is an error.
		const comments = Array.from({ length: 90 }, (_, i) => ({
			author: `user${i % 3}`,
			text: `${'The build still fails on the runner after the cache change. '.repeat(150)}`,
		}));
		const { code, stdout, stderr } = await cli([inputFile(`${JSON.stringify({ comments })}\n`)]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(Object.keys(JSON.parse(stdout))).toEqual(['derail', 'flag', 'markers']);
	});

	it('a thread at risk: markers end with `advice` (who, their words, specific suggestions); the rest as the predictor says', async () => {
		const heated = {
			comments: [
				{ author: 'dana', role: 'None', text: 'The export drops the header row since 2.4.' },
				{ author: 'lee', role: 'Member', text: 'Works for me. Closing.' },
				{
					author: 'dana',
					role: 'None',
					text: 'This is ridiculous, I have waited three weeks and you closed it without even trying! Still broken.',
				},
				{
					author: 'lee',
					role: 'Member',
					text: 'You are not entitled to anything here. Stop pinging us, idiot.',
				},
				{
					author: 'dana',
					role: 'None',
					text: 'Unbelievable. Nobody here ever reads the reports, still waiting on a real answer, useless.',
				},
			],
			draft: 'You clearly never read the report, you broke it and you never test anything.',
		};
		const calm = JSON.stringify({ comments: [{ author: 'a', text: 'Thanks, that fixed it!' }] });
		const { code, stdout } = await cli([inputFile(`${JSON.stringify(heated)}\n${calm}\n`)]);
		expect(code).toBe(0);
		const [hot, cool] = stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(hot.flag).toBe(true);
		const { advice, ...rest } = hot.markers;
		expect(Object.keys(hot.markers).at(-1)).toBe('advice');
		const predictor = await createNodeDerailPredictor();
		const direct = await predictor.predict({ comments: heated.comments }, heated.draft);
		await predictor.dispose();
		// Byte-identical to the predictor's markers but for the added field.
		expect(JSON.stringify(rest)).toBe(JSON.stringify(direct.markers));
		expect(advice.suggestions).toHaveLength(direct.markers.suggestions.length);
		expect(advice.suggestions[0]).toMatch(/^Your words "[^"]*you[^"]*" are about the person/i);
		expect(advice.comments.length).toBeGreaterThan(0);
		for (const c of advice.comments) expect(c.line.startsWith(c.author)).toBe(true);
		expect(cool.markers).not.toHaveProperty('advice');
	});

	it('a forum opener marked `post` is no turn of the back and forth; the probability does not read it', async () => {
		const opener = {
			author: 'ravi',
			text: 'Show HN: a faster JSON parser, with the benchmarks against the usual libraries.',
		};
		const replies = [
			{ author: 'kim', text: 'This benchmark is rigged and you know it, stop pretending otherwise.' },
			{
				author: 'ravi',
				text: 'You clearly did not read it. Typical, you never read anything before ranting.',
			},
			{
				author: 'kim',
				text: 'I read it, and it is garbage. Only an idiot would publish numbers like these.',
			},
			{
				author: 'ravi',
				text: 'Grow up. You are a clown and everyone here can see it, stop embarrassing yourself.',
			},
		];
		const draft = 'You are both idiots, this whole thread is garbage.';
		// The opener and 3 replies (ravi, kim, ravi, kim): 4 alternating comments only while the opener counts. The
		// opener and 4 replies: 5 unmarked, 4 marked. `post: false` is the same as no field.
		const line = (n: number, post?: boolean) =>
			JSON.stringify({
				comments: [{ ...opener, ...(post === undefined ? {} : { post }) }, ...replies.slice(0, n)],
				draft,
			});
		const input = [line(3), line(3, true), line(4), line(4, true), line(4, false)].join('\n');
		const { code, stdout, stderr } = await cli([inputFile(`${input}\n`)]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const [short, shortPost, long, longPost, longNotPost] = stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		const said = (out: { markers: { advice?: { dynamics: string[] } } }) =>
			JSON.stringify(out.markers.advice?.dynamics ?? []);
		expect(shortPost.derail).toBe(short.derail);
		expect(short.markers.dynamics).toContain('back-and-forth');
		expect(shortPost.markers.dynamics).not.toContain('back-and-forth');
		expect(said(short)).toMatch(/ravi and kim have written the last 4 comments, back and forth/);
		expect(said(shortPost)).not.toMatch(/back and forth/);
		expect(longPost.derail).toBe(long.derail);
		expect(said(long)).toMatch(/last 5 comments, back and forth/);
		expect(said(longPost)).toMatch(/kim and ravi have written the last 4 comments, back and forth/);
		expect(longNotPost).toEqual(long);
	});

	it('rejects binary input and bad options', async () => {
		const binary = await cli([inputFile(new Uint8Array([123, 0, 125]))]);
		expect([binary.code, binary.stdout]).toEqual([2, '']);
		expect(binary.stderr).toContain('line 1');
		const option = await cli(['--sensitivity', '7', inputFile(good)]);
		expect([option.code, option.stdout]).toEqual([2, '']);
		expect(option.stderr).toContain('--sensitivity');
	});
});
