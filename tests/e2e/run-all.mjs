// Runs every tests/e2e/*.spec.mjs in its own Node process (one browser each) and sums their results.
// The last line is "N passed, N failed"; the exit code is non-zero when anything failed.
// A spec gets E2E_SPEC_TIMEOUT_S seconds (default 900: steady.spec took 262 s+ on a machine at load 20-26, past the
// old 300 s limit, and was reported as a crash). Failed tests are NOT retried: every flake found so far was a
// race in the test (two reads, a sleep before a check) or a real product race, and a retry would have hidden the
// second kind; a failure shows the test's name so one test can be repeated with E2E_GREP.
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
const limit = Number(process.env.E2E_SPEC_TIMEOUT_S) || 900;
let passed = 0;
let failed = 0;
for (const spec of specs) {
	console.log(`# ${spec}`);
	const started = Date.now();
	const res = spawnSync(process.execPath, [path.join(here, spec)], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		timeout: limit * 1000,
	});
	process.stdout.write(res.stdout ?? '');
	const took = Math.round((Date.now() - started) / 1000);
	if (res.error?.code === 'ETIMEDOUT') {
		console.log(
			`  ✗ ${spec} timed out after ${took} s (E2E_SPEC_TIMEOUT_S=${limit}); the tests above finished`,
		);
		failed++;
		continue;
	}
	console.log(`  (${spec}: ${took} s)`);
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
