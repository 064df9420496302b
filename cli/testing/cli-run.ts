/**
 * Test helpers for the CLI's unit tests: input files written to a temporary folder, and a command run in-process
 * with what it writes to stdout and stderr captured (the exit-code rules are about what reaches each stream).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/** The temporary folder that holds the input files (also a path that is a folder, not a file). */
export const INPUT_DIR = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
let files = 0;

/** Writes `content` to a new file in a temporary folder and returns its path. */
export function inputFile(content: string | Uint8Array): string {
	const path = join(INPUT_DIR, `in-${files++}.jsonl`);
	writeFileSync(path, content);
	return path;
}

/** Runs `command` (a CLI entry point returning its exit code) with stdout and stderr captured, not printed. */
export async function captured(
	command: () => Promise<number>,
): Promise<{ code: number; stdout: string; stderr: string }> {
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
		const code = await command();
		return { code, stdout: out.join(''), stderr: err.join('') };
	} finally {
		vi.restoreAllMocks();
	}
}
