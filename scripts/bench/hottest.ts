/**
 * What `DerailOptions.hottest` (the card's per-sentence reading of the driving comments) adds to one prediction
 * of a 30-comment thread at risk (issue 4's budget: <= 20 ms per 30-comment thread), the way the content script
 * asks: the same thread again and again with a growing draft (every pause while typing). Interleaved in ONE
 * process, with and without the option, on the same drafts; wall ms per prediction (p50/p95/mean) and the
 * difference of the medians. The thread is written for this bench (no dataset rows).
 * Usage: npx tsx scripts/bench/hottest.ts [ROUNDS=200] [long]   (long: each heated comment repeated to ~30 sentences,
 * the most the option reads per comment)
 */
import { createNodeDerailPredictor } from '../../models/derail/node-predictor.ts';
import type { Thread } from '../../models/derail/types.ts';
import { summarize } from './drafts.ts';

const rounds = Number(process.argv[2] ?? 200);
const long = process.argv[3] === 'long';

const CALM = [
	'Thanks for the report. Which version are you on, and does it happen with a fresh profile too?',
	'I can reproduce this on 2.3.1 with the default settings. The export stops after the first page.',
	'Could you attach the log from the export dialog? It is under Help, then Diagnostics.',
	'Attached the log. It mentions a timeout on the second request, nothing else stands out.',
	'That timeout looks like the proxy setting. Does it still fail with the proxy turned off?',
];
const HEATED = [
	'This has been broken for three weeks and nobody has even looked at it. I have asked twice already. Seriously, how long does a one-line fix take? I am tired of waiting on this.',
	'You keep asking for logs you never read. I sent them last week. This is ridiculous and frankly a waste of my time. Fix your broken project or close the issue.',
	'Still waiting on a real answer. Every release makes it worse. Nobody here cares about the people who actually use this. Why do you even keep the issue open?',
];

/** 30 comments: calm turns with heated ones from the reporter towards the end (a thread at risk). `variant`
 * changes the heated comments' text (a thread the predictor has not seen). */
function thread(variant = 0): Thread {
	const comments = [];
	for (let i = 0; i < 30; i++) {
		const heated = i >= 21 && i % 3 === 0;
		const hot = `${HEATED[(i / 3) % HEATED.length] ?? ''}${variant ? ` (${variant})` : ''}`;
		const text = heated
			? long
				? `${hot} ${HEATED.join(' ')} ${hot}`
				: hot
			: `${CALM[i % CALM.length]} (${i})`;
		comments.push({ author: i % 2 === 0 ? 'reporter' : `helper${i % 5}`, text });
	}
	return { site: 'github', comments };
}

const predictor = await createNodeDerailPredictor();
const t = thread();
const draft = (v: number) =>
	`Thanks for the details, I will look at the export again today. ${'More notes. '.repeat(v % 7)}(${v})`;
// Warm-up: the session, the scorer's cache of the thread's comments, the JIT.
for (let v = 0; v < 30; v++) {
	await predictor.predict(t, draft(1e6 + v));
	await predictor.predict(t, draft(2e6 + v), { hottest: true });
}
const first = await predictor.predict(t, draft(3e6), { hottest: true });
console.log(
	`thread at risk: ${first.markers.suggestions.length > 0}, p ${first.markers.thread}, driving comments ${first.markers.comments.map((m) => m.index).join(',')}, hottest ${first.hottest?.length ?? 0}`,
);
const wall = {
	plain: [] as number[],
	hottest: [] as number[],
	newPlain: [] as number[],
	newHottest: [] as number[],
};
for (let v = 1; v <= rounds; v++) {
	const order = v % 2 ? (['plain', 'hottest'] as const) : (['hottest', 'plain'] as const);
	for (const k of order) {
		const started = performance.now();
		await predictor.predict(t, draft(v), k === 'hottest' ? { hottest: true } : undefined);
		wall[k].push(performance.now() - started);
	}
	// A thread seen for the first time (its heated comments' text new to the predictor and the scorer).
	for (const k of order) {
		const fresh = thread(v * 2 + (k === 'hottest' ? 1 : 0));
		const started = performance.now();
		await predictor.predict(fresh, draft(v), k === 'hottest' ? { hottest: true } : undefined);
		wall[k === 'hottest' ? 'newHottest' : 'newPlain'].push(performance.now() - started);
	}
}
const line = (a: number[]) => {
	const s = summarize(a);
	return `p50 ${s.p50.toFixed(2)} p95 ${s.p95.toFixed(2)} mean ${(a.reduce((x, y) => x + y, 0) / a.length).toFixed(2)}`;
};
const added = (a: number[], b: number[]) => (summarize(a).p50 - summarize(b).p50).toFixed(2);
console.log(`${rounds} predictions each of a 30-comment thread + draft, interleaved, wall ms:`);
console.log(`  same thread, new draft (typing), without hottest: ${line(wall.plain)}`);
console.log(`  same thread, new draft (typing), with hottest:    ${line(wall.hottest)}`);
console.log(`    added (difference of medians): ${added(wall.hottest, wall.plain)} ms`);
console.log(`  thread not seen before, without hottest: ${line(wall.newPlain)}`);
console.log(`  thread not seen before, with hottest:    ${line(wall.newHottest)}`);
console.log(`    added (difference of medians): ${added(wall.newHottest, wall.newPlain)} ms`);
await predictor.dispose();
