/**
 * Session 23 (civil10): short plain review lines, violent or death words used factually in software talk,
 * moderation replies with and without a quoted insult above, and their hostile twins (tests/corpora/civil10-*).
 * `npx tsx scripts/check-civil10.ts [--show]`: per file and genre, how many lines flag and which signal makes them
 * flag (scripts/check-civil8.ts's report; `--show` prints the dev halves' wrong-way lines only).
 */
if (!process.argv.some((a) => /^civil\d+$/.test(a))) process.argv.push('civil10');
await import('./check-civil8.ts');
