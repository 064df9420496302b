// Issue 2: "one TypeScript scoring module used everywhere … so the numbers in Node equal the numbers in the
// browser". The built extension's inference host (offscreen document, onnxruntime-web WASM) and `tactful score`
// / `tactful derail` in Node get the same drafts and threads; every probability, flag and span must agree.
// Run: npm run build && node tests/e2e/parity.spec.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { check, launch, message, ROOT, run, test, waitForHost } from './harness.mjs';

const DRAFTS = [
	'Thanks for the patch, the tests pass on my machine.',
	'You are a stupid idiot and your code is garbage.',
	'> you are an idiot\n\nI disagree with the quote above, but thanks for the report.',
	'Use `kill -9` on the child process; this hack unblocks the release.',
	'y0u are an 1d10t 🙄 and this is the third time I ask.',
	`${'The deploy job fails on its second run because the cache key ignores the lockfile. '.repeat(12)}Honestly, whoever wrote this is a moron.`,
	// The self-insult pass (models/scoring/self-insult.ts) re-scores these without the writer's self-insults.
	'I feel like such a complete idiot, the port was wrong all along.',
	"I'm such an idiot, this shitty fucking build system wasted my whole day.",
	// An insult at someone else behind a polite opener gets a floor (models/scoring/insult-at-others.ts).
	'Thanks for the quick fix. I wonder which moron approved the previous release.',
	'Hey, dummy, the dummy server still answers with 200.',
	// An insult word only mentioned in quotes is re-scored blanked (models/scoring/quoted-mention.ts).
	'The crash dialog literally says "idiot user error" and we should change that copy.',
	'Your “cleanup” deleted the tests, you moron.',
	// Sarcasm aimed at someone gets a floor (models/scoring/sarcasm-at-others.ts); the sincere line does not.
	'Thanks for the "review", genius. It was one emoji.',
	'Genius trick with the buddy allocator, thanks for the help!',
	// Session 9's frames (sarcasm-frames.ts): mock praise then the failure, single-quoted scare quotes.
	"Superb work, champ. The nightly job is failing again. Oh joy, another 'cleanup' from you.",
	// Session 11 (dry-sarcasm.ts, passive-aggressive.ts): a dry jab flags, relief that work landed does not.
	"Interesting choice. Per the docs, which I'm sure you read, this is deprecated.",
	'Only took you three weeks.',
	'Thanks for finally fixing this!',
	// An insult word aimed only at a thing is re-scored blanked (models/scoring/thing-insult.ts).
	'The test harness is a clown show on Windows.',
	'The installer is junk. Also, you are a disgrace to this project and everyone knows it.',
	// GitHub's "dupe" is read as "duplicate" (models/scoring/duplicate-jargon.ts); threats get a floor (threats.ts).
	'Dupe of #4021, closing.',
	'Thanks for the review. Merge that again and I will hurt you.',
	// Session 18 (threats4-frames.ts): a conditional "I will find you" flags; its civil twin does not.
	'Close this issue again and I will find you.',
	'If you close this again I will reopen it with logs.',
	// Dismissals and put-downs aimed at a person get a floor (put-downs.ts); the same words in dev talk do not.
	'Thanks for the report. Who even invited you to this discussion?',
	'Shut up the linter with a pragma and go back to the previous version.',
	// Handles and link destinations are names and addresses, scored blanked (models/scoring/addresses.ts).
	'cc @idiot-ci please take a look at [the guide](https://example.com/stupid-idiot-tricks).',
	'@bob you are an idiot, see <https://example.com/moron-faq>.',
	// A calm sentence that reads 0.34 alone keeps no underline of its own beside an insult (QA, session 11).
	'I understand, I will attach a minimal CSV that reproduces it. But you are an idiot.',
	// Session 12: a relative-clause subject, sarcasm at a decision, thanks then a jab, contempt for the reader's work.
	'The contractors you hired are worthless. Who needs error handling anyway?',
	'Thanks for finally fixing this! Only took you three weeks. The code you wrote for the parser is trash.',
	'',
];

const THREADS = [
	{
		comments: [
			{ author: 'bob', role: 'None', text: 'Third time I report this. You never listen to users.' },
			{ author: 'alice', role: 'Owner', text: 'Please keep it civil.' },
			{ author: 'bob', role: 'None', text: 'Civil? You broke my build again. Why can you not do your job?' },
		],
		draft: 'You are pathetic, just stop.',
	},
	{
		comments: [
			{ author: 'alice', role: 'Owner', text: 'Thanks for the report. Which version are you on?' },
			{ author: 'bob', text: 'Version 2.3.1 on Linux.' },
		],
	},
];

/** Runs the CLI the README documents on JSON Lines and returns its parsed output lines. */
function cli(command, rows) {
	const input = `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
	const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/tactful.mjs'), command], {
		cwd: ROOT,
		input,
		encoding: 'utf8',
	});
	return out
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line));
}

const close = (a, b) => Math.abs(a - b) < 1e-6;

test('tactful score in Node and the extension in Chromium give the same scores, flags and spans', async ({
	browser,
}) => {
	const node = cli(
		'score',
		DRAFTS.map((text) => ({ text })),
	);
	for (const [i, text] of DRAFTS.entries()) {
		const reply = await message(browser, 'scoreDraft', { text });
		check(reply?.ok, `scoring failed in the browser: ${JSON.stringify(reply)}`);
		const [b, n] = [reply.value, node[i]];
		const where = JSON.stringify(text.slice(0, 40));
		check(close(b.toxic, n.toxic), `${where}: toxic ${b.toxic} in Chromium, ${n.toxic} in Node`);
		check(
			close(b.inappropriate, n.inappropriate),
			`${where}: inappropriate ${b.inappropriate} vs ${n.inappropriate}`,
		);
		for (const [d, p] of Object.entries(n.dimensions))
			check(close(b.dimensions[d], p), `${where}: ${d} ${b.dimensions[d]} in Chromium, ${p} in Node`);
		check(b.flag === n.flag, `${where}: flag ${b.flag} in Chromium, ${n.flag} in Node`);
		const spans = (s) => s.map((x) => `${x.start}-${x.end}`).join(',');
		check(spans(b.spans) === spans(n.spans), `${where}: spans ${spans(b.spans)} vs ${spans(n.spans)}`);
	}
});

test('tactful derail in Node and the extension in Chromium give the same derailment', async ({ browser }) => {
	const node = cli('derail', THREADS);
	for (const [i, { comments, draft }] of THREADS.entries()) {
		const reply = await message(browser, 'predictDerailment', {
			thread: { comments },
			...(draft ? { draft } : {}),
		});
		check(reply?.ok, `derailment failed in the browser: ${JSON.stringify(reply)}`);
		const [b, n] = [reply.value, node[i]];
		check(
			Math.abs(b.derail - n.derail) < 1e-3,
			`thread ${i}: derail ${b.derail} in Chromium, ${n.derail} in Node`,
		);
		check(b.flag === n.flag, `thread ${i}: flag ${b.flag} in Chromium, ${n.flag} in Node`);
	}
});

await run(async () => {
	const browser = await launch();
	const ready = await waitForHost(browser);
	if (ready !== 'ok') throw new Error(ready);
	return { browser, teardown: () => browser.close() };
});
