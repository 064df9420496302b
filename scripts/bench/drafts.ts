/**
 * Benchmark drafts of a given length, built from sentences written for this project (no dataset rows).
 * Each call varies the draft so result caches never hide the real cost.
 */
const SENTENCES = [
	'Thanks for the patch, I tried it locally and the build passes on Linux.',
	'The cache invalidation still looks wrong when two workers write the same key.',
	'Could you add a test that covers the empty input case before we merge?',
	'This is honestly the worst API design I have seen, did anyone even read the spec?',
	'I killed the child process and the hang went away, so the leak is in the parent.',
	'Why do you keep ignoring the review comments? This is getting ridiculous.',
	'Let us move this discussion to the forum thread so the issue stays focused.',
	'The benchmark numbers are within noise, so I would not block on them.',
];

/** Written for the bench: makes a draft flag, so the span explanation is timed too. */
const ABUSIVE = 'You are a useless idiot and your code is garbage, stop wasting our time. ';

/**
 * A draft of exactly `length` characters; `variant` changes word order and a counter so every draft differs.
 * `abusive` puts an insult before every other sentence, so the draft is flagged and its spans are computed.
 */
export function benchDraft(length: number, variant: number, abusive = false): string {
	let out = `#${variant} `;
	let i = variant;
	// Every sentence carries the variant and its position too: the scorer caches sentence scores by text.
	for (let k = 0; out.length < length; k++) {
		out += `${abusive && i % 2 === 0 ? ABUSIVE : ''}${SENTENCES[i % SENTENCES.length]} [${variant}-${k}] `;
		i += 3;
	}
	return out.slice(0, length);
}

/**
 * Written for the bench (session 22): review and issue talk a developer writes every day, none of it hostile, so
 * a draft built from them is not flagged: the path most keystrokes take (the 1,000-character drafts above are all
 * flagged: two of their eight sentences are rude).
 */
const CIVIL_SENTENCES = [
	'Thanks for the patch, I tried it locally and the build passes on Linux.',
	'The cache invalidation still looks wrong when two workers write the same key.',
	'Could you add a test that covers the empty input case before we merge?',
	'I killed the child process and the hang went away, so the leak is in the parent.',
	'Let us move this discussion to the forum thread so the issue stays focused.',
	'The benchmark numbers are within noise, so I would not block on them.',
	'I rebased on main and the flaky integration test passed three times in a row.',
	'Maybe rename the helper to parseHeaders, since it no longer touches the body.',
	'The migration script needs a dry run flag before we point it at production.',
	'Nice catch on the off-by-one in the pagination, that explains the missing row.',
	'Can we log the request id as well? It would make the traces much easier to follow.',
	'I left two small comments inline; otherwise this looks good to me.',
];

/**
 * A civil draft of exactly `length` characters (CIVIL_SENTENCES), varied like `benchDraft` so no result cache
 * hides the cost.
 */
export function civilDraft(length: number, variant: number): string {
	let out = `#${variant} `;
	let i = variant;
	for (let k = 0; out.length < length; k++) {
		out += `${CIVIL_SENTENCES[i % CIVIL_SENTENCES.length]} [${variant}-${k}] `;
		i += 5;
	}
	return out.slice(0, length);
}

/** The latency distribution of a list of milliseconds (percentile q = the value at index floor(q·n)). */
export function summarize(ms: number[]): {
	p50: number;
	p90: number;
	p95: number;
	p99: number;
	max: number;
	mean: number;
	n: number;
} {
	const sorted = [...ms].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
	return {
		p50: at(0.5),
		p90: at(0.9),
		p95: at(0.95),
		p99: at(0.99),
		max: sorted[sorted.length - 1] ?? Number.NaN,
		mean: ms.reduce((a, b) => a + b, 0) / ms.length,
		n: ms.length,
	};
}
