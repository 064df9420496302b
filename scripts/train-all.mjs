/**
 * `npm run train [-- --data DIR] [--seed N] [--fit-valid]`: the scoring models (scripts/train.ts), then the
 * derailment model (scripts/train-derail.ts), from the same data folder. `--only contempt` trains only the contempt
 * model (scripts/train-contempt.ts, seconds), which does not ship: it is written with a copy of models/ to
 * .output/contempt-models for scripts/check-contempt.ts (models/README.md, "Session 28"). One entry point because npm appends
 * `-- args` to the LAST command of a script line only, so `tsx a.ts && tsx b.ts` never gave a.ts the folder.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--data');
if (at >= 0 && !args[at + 1]) {
	console.error('train: --data needs a folder (e.g. --data ../shared/data)');
	process.exit(2);
}
const dataDir = resolve(at >= 0 ? args[at + 1] : (process.env.TACTFUL_DATA ?? '../shared/data'));
// The derailment trainer reads the folder from TACTFUL_DATA; the scoring trainer reads either.
const env = { ...process.env, TACTFUL_DATA: dataDir };
const only = args.indexOf('--only');
if (only >= 0 && args[only + 1] !== 'contempt') {
	console.error('train: --only takes contempt');
	process.exit(2);
}
const chosen =
	only >= 0
		? [['scripts/train-contempt.ts', ['--write']]]
		: [
				['scripts/train.ts', args],
				['scripts/train-derail.ts', []],
			];
for (const [script, scriptArgs] of chosen) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...scriptArgs], {
		stdio: 'inherit',
		env,
	});
	if (run.status !== 0) {
		console.error(`train: ${script} failed (exit ${run.status ?? run.signal})`);
		process.exit(run.status ?? 1);
	}
}
