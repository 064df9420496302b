#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx tactful` works in a fresh clone without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
const code = await main(process.argv.slice(2));
// Let stdout drain before exiting so piped output is never cut short.
process.stdout.write('', () => process.exit(code));
