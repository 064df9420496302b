// @vitest-environment node
/**
 * Command-line rules shared by every subcommand: usage errors go to stderr, unreadable and mis-encoded input
 * get a message a person can act on, and nothing reaches stdout when the exit code is non-zero.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { captured, INPUT_DIR, inputFile } from './testing/cli-run.ts';

const cli = (args: string[]) => captured(() => main(args));

describe('tactful (shared input rules)', () => {
	it('no command: usage on stderr, exit 2, nothing on stdout; --help: usage on stdout, exit 0', async () => {
		const bare = await cli([]);
		expect(bare.code).toBe(2);
		expect(bare.stdout).toBe('');
		expect(bare.stderr).toMatch(/usage: tactful/);
		const help = await cli(['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/usage: tactful/);
	});

	it.each(['score', 'derail', 'rewrite'])(
		'%s: a missing file or a folder is named in plain words',
		async (cmd) => {
			const missing = await cli([cmd, join(INPUT_DIR, 'nope.jsonl')]);
			expect(missing.code).toBe(2);
			expect(missing.stdout).toBe('');
			expect(missing.stderr).toMatch(/nope\.jsonl: no such file/);
			const folder = await cli([cmd, INPUT_DIR]);
			expect(folder.code).toBe(2);
			expect(folder.stderr).toMatch(/is a folder, not a file/);
		},
	);

	it.each([
		['UTF-16 LE', [0xff, 0xfe, 0x7b, 0x00, 0x22, 0x00]],
		['UTF-16 BE', [0xfe, 0xff, 0x00, 0x7b, 0x00, 0x22]],
	])('a %s file is called UTF-16 (with a way out), not binary', async (_name, bytes) => {
		const r = await cli(['score', inputFile(new Uint8Array(bytes))]);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/UTF-16.*UTF-8/);
	});

	it('a 1 MB line says how long it is and what the limit is', async () => {
		const r = await cli(['score', inputFile(`{"text":"${'a'.repeat(1_000_000)}"}\n`)]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/line 1: .*1,?000,?\d{3} characters.*limit.*100,?000/);
	});

	it('derail takes --sensitivity=S like score does, and refuses an empty value', async () => {
		const empty = await cli(['derail', '--sensitivity', '', inputFile('{"comments":[]}\n')]);
		expect(empty.code).toBe(2);
		expect(empty.stderr).toMatch(/--sensitivity/);
		const bad = await cli(['derail', '--sensitivity=7', inputFile('{"comments":[]}\n')]);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toMatch(/--sensitivity/);
		expect(bad.stderr).not.toMatch(/unknown option/);
	});
});
