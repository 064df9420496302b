// Runs every tests/e2e/*.spec.mjs in its own Node process (one browser each) and sums their results.
// The last line is "N passed, N failed"; the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const specs = fs
	.readdirSync(here)
	.filter((f) => f.endsWith('.spec.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
	.sort();
let passed = 0;
let failed = 0;
for (const spec of specs) {
	console.log(`# ${spec}`);
	const res = spawnSync(process.execPath, [path.join(here, spec)], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		timeout: 300_000,
	});
	process.stdout.write(res.stdout ?? '');
	const last = (res.stdout ?? '').trim().split('\n').pop() ?? '';
	const m = last.match(/^(\d+) passed, (\d+) failed$/);
	if (m) {
		passed += Number(m[1]);
		failed += Number(m[2]);
		if (res.status !== 0 && Number(m[2]) === 0) failed++;
	} else {
		console.log(`  ✗ ${spec} crashed (exit ${res.status ?? res.signal})`);
		failed++;
	}
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
