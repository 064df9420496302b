/**
 * `tactful` command line: one subcommand per engine. Each subcommand module exports `run(argv)` and returns
 * an exit code; input errors are printed to stderr as `tactful <cmd>: line N: …` with exit code 2.
 */
import { InputError } from './jsonl.ts';

const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
	score: () => import('./score.ts'),
	derail: () => import('./derail.ts'),
	rewrite: () => import('./rewrite.ts'),
};

const USAGE = `usage: tactful <command> [options] [FILE|-]

commands:
  score     score drafts for appropriateness and toxicity (JSON Lines with "text" in, one JSON line out each)
  derail    predict whether a thread is derailing ({"comments": [...], "draft"?: "..."} per line)
  rewrite   suggest a civil rewrite of each draft ({"text": "...", "context"?: [...]} per line)

Run "tactful <command> --help" for its options. Input is read from FILE, or stdin when FILE is - or absent.`;

export async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (command === '--help' || command === '-h') {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	// A usage error: the usage goes to stderr so a pipeline's stdout never holds anything but results.
	if (!command) {
		process.stderr.write(`${USAGE}\n`);
		return 2;
	}
	const load = COMMANDS[command];
	if (!load) {
		process.stderr.write(`tactful: unknown command "${command}"\n${USAGE}\n`);
		return 2;
	}
	try {
		const mod = await load();
		return await mod.run(rest);
	} catch (error) {
		if (error instanceof InputError) {
			process.stderr.write(`tactful ${command}: ${error.message}\n`);
			return 2;
		}
		process.stderr.write(`tactful ${command}: ${(error as Error)?.stack ?? String(error)}\n`);
		return 1;
	}
}
