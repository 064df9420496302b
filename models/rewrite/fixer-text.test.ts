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

	// qa23: editing a GitHub comment "Running widget --config ./empty.toml panics. Did you even read the logs, you
	// idiot?" and applying the offline rewrite changed the user's command to "--config./empty.toml" (the gap before a
	// dot closed as if a word had been dropped), and "cd ../src" became "cd./src" (".." read as a doubled full stop).
	it('keeps a relative path, a dotfile and a parent path as the user typed them ("./x", ".env", "../src")', () => {
		for (const draft of [
			'Running widget --config ./empty.toml panics.',
			'Put the token in your .env file.',
			'Run cd ../src first.',
			'./configure fails on Alpine.',
			'../src is where it lives.',
			'Run .\\build.ps1 on Windows.',
		])
			expect(tidy(draft, false, draft)).toBe(draft);
		expect(
			tidy(
				'Running widget --config ./empty.toml panics. Did you read the logs?',
				false,
				'Running widget --config ./empty.toml panics. Did you even read the logs, you idiot?',
			),
		).toBe('Running widget --config ./empty.toml panics. Did you read the logs?');
	});

	it('keeps the path when a mark followed it in the draft ("./dist, you idiot." → "./dist.")', () => {
		expect(tidy('Copy it to ./dist .', false, 'Copy it to ./dist, you idiot.')).toBe('Copy it to ./dist.');
	});

	it('still closes the gap before a full stop a dropped word left, even with a path elsewhere in the draft', () => {
		expect(tidy('Use ./run.sh , it works .', false, 'Use ./run.sh , damn it, it works, idiot.')).toBe(
			'Use ./run.sh, it works.',
		);
	});
});
