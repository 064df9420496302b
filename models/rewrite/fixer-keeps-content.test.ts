/**
 * The offline fixer keeps what the user meant (session 10): technical tokens, identifiers' case, the question or
 * request the draft made; sarcasm and scorn go. Drafts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { genuineAsks, keepsAsk } from './fixer-asks.ts';
import { deShout, tidy } from './fixer-text.ts';
import { fixOffline } from './offline-fixer.ts';
import { protectedRanges, protectedViolation, unquoteScare } from './protected.ts';
import { technicalShare, technicalTokens } from './technical-tokens.ts';

const TEMPLATES = ['minimal', 'soften', 'restate', 'neutral'] as const;

describe('technicalTokens', () => {
	it('finds code spans, links, versions, references, paths, flags and identifiers, not shouting', () => {
		expect(
			technicalTokens(
				'WHY IS THIS BROKEN? `make lint` fails on v1.4.2 (#77) in src/app.ts: loadUser() and max_retries, see https://x.dev/a, run with --verbose. HTTP 503.',
			),
		).toEqual([
			'`make lint`',
			'v1.4.2',
			'#77',
			'src/app.ts',
			'loadUser()',
			'max_retries',
			'https://x.dev/a',
			'--verbose',
			'HTTP',
			'503',
		]);
	});

	it('scores the share kept, 1 for a draft without any', () => {
		expect(technicalShare('parseArgs() drops --help since 2.0', 'parseArgs() drops it')).toBeCloseTo(1 / 3);
		expect(technicalShare('This is awful.', 'This is not great.')).toBe(1);
	});
});

describe('deShout keeps lone error codes and terms', () => {
	it('lowers shouted runs and lone everyday words, keeps an unknown lone all-caps word', () => {
		expect(deShout('The build fails with EACCES and this is GARBAGE.')).toBe(
			'The build fails with EACCES and this is garbage.',
		);
		expect(deShout('WHY IS IT BROKEN? Node 16 is EOL.')).toBe('why is it broken? Node 16 is EOL.');
	});

	it('the fixer keeps them in every template', () => {
		const draft = 'WHY DOES THIS KEEP FAILING?? The installer exits with EPERM on the cache folder.';
		for (const template of TEMPLATES) expect(fixOffline(draft, template)).toContain('EPERM');
	});
});

describe('tidy never capitalises an identifier', () => {
	it('leaves p99, useState, config.yaml and read_all() as typed at a sentence start', () => {
		for (const word of ['p99', 'useState', 'config.yaml', 'read_all', 'init()'])
			expect(tidy(`Fine. ${word} is the problem.`, false)).toBe(`Fine. ${word} is the problem.`);
		expect(tidy('fine. the rest is the problem.', false)).toBe('Fine. The rest is the problem.');
	});
});

describe('sarcasm and scorn go, the point stays', () => {
	it('drops the dry asides the sarcasm rule flags, keeping the sentence they sat in (session 11)', () => {
		for (const template of TEMPLATES) {
			expect(fixOffline("Per the docs, which I'm sure you read, this is deprecated.", template)).toBe(
				'Per the docs, this is deprecated.',
			);
			expect(fixOffline('As anyone who read the README knows, the config lives in /etc.', template)).toBe(
				'The config lives in /etc.',
			);
			expect(fixOffline('Interesting choice. Why not use the existing parser?', template)).toBe(
				'Why not use the existing parser?',
			);
		}
		// Sincere: no aside to drop.
		expect(fixOffline("I'm sure you read it, so let's compare notes on section 3.", 'minimal')).toBe(
			"I'm sure you read it, so let's compare notes on section 3.",
		);
	});

	it('drops a sarcastic vocative after a comma, in every template', () => {
		for (const template of TEMPLATES) {
			expect(fixOffline('Your patch doubled the cold start, genius. It was 2s before.', template)).toBe(
				'Your patch doubled the cold start. It was 2s before.',
			);
			expect(fixOffline('Thanks a lot, einstein, now the docs 404.', template)).toBe(
				'Thanks a lot, now the docs 404.',
			);
		}
		// Not a vocative: no comma before it.
		expect(fixOffline('She is a genius with regexes.', 'restate')).toBe('She is a genius with regexes.');
	});

	it('drops a scornful "what a … answer" exclamation when sentences with the point follow', () => {
		expect(fixOffline('Wow, what a useless reply. Pin the version to 3.2 instead.', 'soften')).toBe(
			'Pin the version to 3.2 instead.',
		);
		// Alone it is all the draft says: softened, not dropped.
		expect(fixOffline('What a useless reply.', 'soften')).toBe('What an unhelpful reply.');
	});

	it('restates "the stupidest bug" as a surprising one', () => {
		expect(fixOffline('This is the dumbest bug. The cache key ignores the locale.', 'restate')).toBe(
			'This is a surprising bug. The cache key ignores the locale.',
		);
	});

	it('turns "you obviously didn\'t …" into an observation, not "You arguably didn\'t …"', () => {
		for (const template of TEMPLATES)
			expect(fixOffline("You obviously didn't read the log. It says `EADDRINUSE`.", template)).toBe(
				"It looks like you didn't read the log. It says `EADDRINUSE`.",
			);
	});

	it('takes the marks off scare quotes, which are no longer protected; real quotes stay protected', () => {
		expect(unquoteScare('Your "refactor" broke the build and another “cleanup” too.')).toBe(
			'Your refactor broke the build and another cleanup too.',
		);
		// A literal name keeps its marks: after "the", before "flag", or capitalised.
		for (const literal of [
			'Set the "strict" option.',
			'Your "strict" flag is off.',
			'Your "Strict" broke it.',
		])
			expect(unquoteScare(literal)).toBe(literal);
		expect(protectedRanges('Your "refactor" broke it.')).toEqual([]);
		const quoted = 'The docs say "retry on 503" but it does not.';
		expect(protectedRanges(quoted).map((r) => r.kind)).toEqual(['quote']);
		const draft = 'Your "cleanup" deleted the fixtures, genius. Restore them from 4f3e2a1.';
		for (const template of TEMPLATES) {
			const out = fixOffline(draft, template);
			expect(out).toBe('Your cleanup deleted the fixtures. Restore them from 4f3e2a1.');
			expect(protectedViolation(draft, out)).toBeUndefined();
		}
	});
});

describe('the question or request the draft made', () => {
	it('tells genuine asks from rhetorical attacks', () => {
		expect(genuineAsks('Are you blind? Can we pin it to 1.2? Who hired you?')).toEqual([
			'Can we pin it to 1.2?',
		]);
		expect(genuineAsks('Please revert it. How hard is it to test?')).toEqual(['Please revert it.']);
		expect(genuineAsks('Did you even run it? This is broken.')).toEqual([]);
		expect(genuineAsks("Can't you read? Pin the version.")).toEqual([]);
	});

	it('keepsAsk holds when the rewrite still asks, or the draft asked nothing', () => {
		expect(keepsAsk('This is garbage. Can you revert it?', 'Can you revert it?')).toBe(true);
		expect(keepsAsk('This is garbage. Can you revert it?', 'I have concerns about this.')).toBe(false);
		expect(keepsAsk('This is garbage.', 'I have concerns about this.')).toBe(true);
	});

	it('every non-empty offline fix of a draft that asks still asks', () => {
		const draft = 'What a pathetic excuse for a test. Could you add a case for empty input?';
		for (const template of TEMPLATES) {
			const out = fixOffline(draft, template);
			if (out !== '') expect(out).toMatch(/\?/);
		}
	});
});
