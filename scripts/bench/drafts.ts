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
