import { describe, expect, it } from 'vitest';
import { applyRules, type Rule, tidy } from './fixer-text.ts';

describe('applyRules', () => {
	it('applies the rules in order, filling $n from the groups or calling the replacement with them', () => {
		const rules: Rule[] = [
			[/\byour (\w+) is broken\b/giu, 'the $1 needs work'],
			[/\bneeds work\b/giu, 'could use another look'],
			[/\b(\d+) bugs\b/giu, (n) => `${Number(n) - 1} bugs left`],
		];
		expect(applyRules('your parser is broken; 3 bugs', rules)).toBe(
			'the parser could use another look; 2 bugs left',
		);
	});

	it('keeps a capital where the match had one, read after leading space only when asked', () => {
		// The match " Honestly this" starts with a space: its capital counts only when leading space is skipped.
		const rules: Rule[] = [[/\s*honestly,? this\b/giu, 'this']];
		expect(applyRules('Ok, Honestly this fails', rules)).toBe('Ok,this fails');
		expect(applyRules('Ok, Honestly this fails', rules, true)).toBe('Ok,This fails');
		expect(applyRules('Ok, honestly this fails', rules, true)).toBe('Ok,this fails');
	});
});

describe('tidy keeps a mark the user wrote standing alone', () => {
	it('does not glue "Use ? instead" into "Use? Instead" (Rust\'s ? operator, a lone dash-like mark)', () => {
		const draft = 'Use ? instead of unwrap.';
		expect(tidy(draft, false, draft)).toBe(draft);
		expect(tidy('Use ? instead of unwrap, please.', false, 'Use ? instead of unwrap, you idiot.')).toBe(
			'Use ? instead of unwrap, please.',
		);
	});

	it('still closes the gap a dropped word left before a mark', () => {
		expect(tidy('This is wrong , fix it .', false, 'This is damn wrong, fix it.')).toBe(
			'This is wrong, fix it.',
		);
	});
});

describe('tidy keeps code the user wrote', () => {
	it('does not collapse a path separator ("ConfigError::Empty", "std::io") into one colon', () => {
		const draft = 'I think we should return ConfigError::Empty here, via std::io::Error.';
		expect(tidy(draft, false, draft)).toBe(draft);
		expect(
			tidy(
				'This patch broke it. I think we should return ConfigError::Empty here.',
				false,
				'This stupid patch broke it. I think we should return ConfigError::Empty here.',
			),
		).toBe('This patch broke it. I think we should return ConfigError::Empty here.');
	});

	it('still collapses a doubled mark a dropped word left ("fine, , thanks")', () => {
		expect(tidy('It is fine, , thanks.', false, 'It is fine, damn it, thanks.')).toBe('It is fine, thanks.');
	});
});
