/** `tactful score`: placeholder until its engine lands. */
export async function run(_argv: string[]): Promise<number> {
	process.stderr.write('tactful score: not implemented yet\n');
	return 1;
}
