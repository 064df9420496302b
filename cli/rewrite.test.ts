// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { InputError } from './jsonl.ts';
import { parseArgs, parseRewriteInput, run } from './rewrite.ts';

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
		const dir = mkdtempSync(path.join(tmpdir(), 'rw-'));
		const file = path.join(dir, 'in.jsonl');
		writeFileSync(file, '{"text":"This is STUPID!!"}\n{"text":"Thanks, looks good."}\n');
		const out: string[] = [];
		const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
			out.push(String(chunk));
			return true;
		});
		try {
			expect(await run(['--scorer', 'lexicon', file])).toBe(0);
		} finally {
			spy.mockRestore();
		}
		const lines = out
			.join('')
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(2);
		expect(Object.keys(lines[0])).toEqual(['rewrite', 'reward', 'appropriate', 'similarity', 'strategy']);
		expect(lines[0].rewrite).toMatch(/^This is unwise[.!]$/);
		expect(lines[1]).toMatchObject({ rewrite: null, reason: 'unchanged' });
	});

	it('a backend failure names the draft’s line, exits 1 and writes nothing to stdout', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'rw-'));
		const file = path.join(dir, 'in.jsonl');
		writeFileSync(file, '{"text":"This is STUPID!!"}\n');
		const out: string[] = [];
		const err: string[] = [];
		vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
			out.push(String(chunk));
			return true;
		});
		vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
			err.push(String(chunk));
			return true;
		});
		try {
			// Port 9 (discard) refuses connections at once: an endpoint that is down.
			const code = await run([
				'--backend',
				'openai',
				'--base-url',
				'http://127.0.0.1:9/v1',
				'--scorer',
				'lexicon',
				file,
			]);
			expect(code).toBe(1);
		} finally {
			vi.restoreAllMocks();
		}
		expect(out.join('')).toBe('');
		expect(err.join('')).toMatch(/line 1: Could not reach the rewrite service/);
	});

	it('a --model the local backend cannot find is named, not sent to the options page', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'rw-'));
		const file = path.join(dir, 'in.jsonl');
		writeFileSync(file, '{"text":"This is STUPID!!"}\n');
		const err: string[] = [];
		vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
			err.push(String(chunk));
			return true;
		});
		try {
			expect(await run(['--backend', 'local', '--model', 'no-such-model', '--scorer', 'lexicon', file])).toBe(
				1,
			);
		} finally {
			vi.restoreAllMocks();
		}
		expect(err.join('')).toMatch(/line 1: no local model "no-such-model" in .*tests\/fixtures/);
		expect(err.join('')).not.toMatch(/options/);
	});
});
