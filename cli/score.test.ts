// @vitest-environment node
/**
 * `tactful score` end to end through bin/tactful.mjs: JSON Lines in, one JSON line out per draft with the
 * issue's fields in order; bad input exits non-zero naming the line, with nothing on stdout.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../models/scoring/types.ts';

function score(input: string | Buffer, args: string[] = []) {
	const r = spawnSync(process.execPath, ['bin/tactful.mjs', 'score', ...args], {
		input,
		maxBuffer: 64 << 20,
	});
	return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

describe('tactful score', () => {
	it('writes one line per draft, in order, with the issue’s fields', () => {
		const r = score('{"text":"You are a stupid idiot."}\n{"text":"Thanks, merged!"}\n');
		expect(r.code).toBe(0);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(2);
		expect(Object.keys(lines[0])).toEqual(['inappropriate', 'toxic', 'dimensions', 'flag', 'spans']);
		expect(Object.keys(lines[0].dimensions)).toEqual([...DIMENSIONS]);
		expect(lines[0].flag).toBe(true);
		for (const s of lines[0].spans) expect(Object.keys(s)).toEqual(['start', 'end', 'weight']);
	});

	it('underlines the words of every toxic sentence, at UTF-16 offsets into the draft', () => {
		const text = 'You are an idiot. The build is red. You are a moron.';
		const r = score(`${JSON.stringify({ text })}\n`);
		expect(r.code).toBe(0);
		const { flag, spans } = JSON.parse(r.stdout);
		expect(flag).toBe(true);
		const words = spans.map((s: { start: number; end: number }) => text.slice(s.start, s.end));
		expect(words).toContain('idiot');
		expect(words).toContain('moron');
	});

	it('reads plain text with --text and accepts --sensitivity', () => {
		const r = score('first draft\nsecond draft\n', ['--text', '--sensitivity', '0.2']);
		expect(r.code).toBe(0);
		expect(r.stdout.trim().split('\n')).toHaveLength(2);
	});

	it('lets swearing at a tool pass with --allow-swearing-at-things, never swearing at the reader', () => {
		const input = '{"text":"Damn, this build system is crap."}\n{"text":"You are crap."}\n';
		const flags = (args: string[]) =>
			score(input, args)
				.stdout.trim()
				.split('\n')
				.map((l) => JSON.parse(l).flag);
		expect(flags([])).toEqual([true, true]);
		expect(flags(['--allow-swearing-at-things'])).toEqual([false, true]);
	});

	it.each([
		['malformed JSON', '{"text":"ok"}\n{"text": nope}\n', /line 2: malformed JSON/],
		['a missing text field', '{"text":"ok"}\n{"body":"x"}\n', /line 2: missing "text"/],
		['an empty line', '{"text":"ok"}\n\n{"text":"ok"}\n', /line 2: empty line/],
		['a non-string text', '{"text":42}\n', /line 1: "text" must be a string/],
		['a lone surrogate', '{"text":"\\ud800"}\n', /line 1: .*lone surrogate/],
		['a huge text', `{"text":"${'a'.repeat(1_000_001)}"}\n`, /line 1: /],
		['binary input', Buffer.from([0x7b, 0x00, 0x01, 0x02]), /binary/],
		['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]), /line 1: .*UTF-8/],
		['a bad sensitivity', '{"text":"ok"}\n', /--sensitivity/, ['--sensitivity', '2']],
	])('rejects %s: exit 2, message, nothing on stdout', (_name, input, message, args = []) => {
		const r = score(input, args as string[]);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(message as RegExp);
	});
});
