// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { InputError } from './jsonl.ts';
import { parseArgs, parseRewriteInput, run } from './rewrite.ts';
import { captured, inputFile } from './testing/cli-run.ts';

describe('tactful rewrite', () => {
	it('parses options and rejects bad ones', () => {
		expect(
			parseArgs(['--backend', 'openai', '--base-url=http://x/v1', '--weight', '0.7', 'f.jsonl']),
		).toMatchObject({
			backend: 'openai',
			baseUrl: 'http://x/v1',
			weight: 0.7,
			file: 'f.jsonl',
		});
		expect(() => parseArgs(['--weight', '2'])).toThrow(InputError);
		expect(() => parseArgs(['--backend', 'gpt'])).toThrow(/offline, openai or local/);
		expect(() => parseArgs(['--base-url', 'http://x'])).toThrow(/needs --backend openai/);
	});

	it('validates every line, naming the bad one', () => {
		expect(parseRewriteInput('{"text":"a","context":["b"]}\n')).toEqual([{ text: 'a', context: ['b'] }]);
		expect(() => parseRewriteInput('{"text":"a"}\n{"text":"b","context":"c"}\n')).toThrow(
			/line 2: "context" must be an array/,
		);
		expect(() => parseRewriteInput('{"text":"a","context":[1]}')).toThrow(
			/line 1: "context\[0\]" must be a string/,
		);
	});

	it('accepts a long thread as context when each comment is within the draft limit', () => {
		const context = Array.from({ length: 90 }, () => 'The cache change broke the runner again. '.repeat(220));
		const [input] = parseRewriteInput(`${JSON.stringify({ text: 'this is broken', context })}\n`);
		expect(input?.context).toHaveLength(90);
		const tooLong = JSON.stringify({ text: 'x'.repeat(100_001) });
		expect(() => parseRewriteInput(tooLong)).toThrow(/line 1: "text" is 100,001 characters/);
	});

	it('writes one line per draft in order with the issue’s fields', async () => {
		const file = inputFile('{"text":"This is STUPID!!"}\n{"text":"Thanks, looks good."}\n');
		const { code, stdout } = await captured(() => run(['--scorer', 'lexicon', file]));
		expect(code).toBe(0);
		const lines = stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(2);
		expect(Object.keys(lines[0])).toEqual(['rewrite', 'reward', 'appropriate', 'similarity', 'strategy']);
		expect(lines[0].rewrite).toMatch(/^This is unwise[.!]$/);
		expect(lines[1]).toMatchObject({ rewrite: null, reason: 'unchanged' });
	});

	it('a backend failure names the draft’s line, exits 1 and writes nothing to stdout', async () => {
		const file = inputFile('{"text":"This is STUPID!!"}\n');
		// Port 9 (discard) refuses connections at once: an endpoint that is down.
		const { code, stdout, stderr } = await captured(() =>
			run(['--backend', 'openai', '--base-url', 'http://127.0.0.1:9/v1', '--scorer', 'lexicon', file]),
		);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/line 1: Could not reach the rewrite service/);
	});

	it('a --model the local backend cannot find is named, not sent to the options page', async () => {
		const file = inputFile('{"text":"This is STUPID!!"}\n');
		const { code, stderr } = await captured(() =>
			run(['--backend', 'local', '--model', 'no-such-model', '--scorer', 'lexicon', file]),
		);
		expect(code).toBe(1);
		expect(stderr).toMatch(/line 1: no local model "no-such-model" in .*tests\/fixtures/);
		expect(stderr).not.toMatch(/options/);
	});
});
