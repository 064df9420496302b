import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everydayTalk } from './everyday-talk.ts';

/** Lower-case words of a sentence, for a near-copy check. */
const words = (s: string) => new Set(s.toLowerCase().match(/[a-z']+/g) ?? []);

/** Share of words two sentences' word sets have in common (Jaccard). */
function overlap(x: Set<string>, y: Set<string>): number {
	let shared = 0;
	for (const w of x) if (y.has(w)) shared++;
	return shared / Math.max(1, x.size + y.size - shared);
}

describe('everydayTalk', () => {
	const rows = everydayTalk();

	it('is mostly civil, with a few person-directed attacks as contrast, and no duplicates', () => {
		const civil = rows.filter((r) => r.label === 0).length;
		expect(civil).toBeGreaterThan(150);
		expect(rows.length - civil).toBeGreaterThan(10);
		expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
	});

	it('copies nothing from the held-out check corpora in tests/corpora', () => {
		const dir = join(import.meta.dirname, '../../tests/corpora');
		const lines = readdirSync(dir)
			.filter((f) => f.endsWith('.txt'))
			.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
			.filter((l) => l.trim() !== '')
			.map(words); // once per line, not once per pair: the corpora keep growing
		for (const r of rows) {
			const own = words(r.text);
			const closest = Math.max(...lines.map((l) => overlap(own, l)));
			expect(closest, r.text).toBeLessThan(0.45);
		}
	});
});

describe('session 11 held-out corpora', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
	// Each set with its look-alike partner, whose lines are near-copies on purpose (minimal pairs).
	const sets = [
		['dry-sarcasm.txt', 'dry-sarcasm-sincere.txt'],
		['dry-sarcasm-sincere.txt', 'dry-sarcasm.txt'],
		['swearing-at-things-3.txt', ''],
		['relief-thanks.txt', ''],
	] as const;

	it.each(sets)('%s: dev and check halves do not copy each other, nor older corpora', (name, partner) => {
		const lines = read(name);
		const dev = lines.filter((_, i) => i % 2 === 0);
		const check = lines.filter((_, i) => i % 2 === 1);
		expect(lines.length).toBe(40);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && f !== name && f !== partner)
			.flatMap(read)
			.map(words);
		for (const l of lines) expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 12 held-out corpora', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
	// Each set with its look-alike partner, whose lines are near-copies on purpose (minimal pairs).
	const sets = [
		['swearing-at-things-4.txt', 'swearing-at-people-4.txt'],
		['swearing-at-people-4.txt', 'swearing-at-things-4.txt'],
		['threats-3.txt', 'violent-words-civil-3.txt'],
		['violent-words-civil-3.txt', 'threats-3.txt'],
		['sincere-praise-3.txt', ''],
	] as const;

	it.each(sets)('%s: dev and check halves do not copy each other, nor older corpora', (name, partner) => {
		const lines = read(name);
		const dev = lines.filter((_, i) => i % 2 === 0);
		const check = lines.filter((_, i) => i % 2 === 1);
		expect(lines.length).toBe(40);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && f !== name && f !== partner)
			.flatMap(read)
			.map(words);
		for (const l of lines) expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 13 held-out corpora (civil2)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
	// Each civil set with its attack look-alikes, whose lines borrow its shapes on purpose.
	const sets = [
		['frustrated-reports.txt', 'frustrated-reports-attacks.txt', 40],
		['frustrated-reports-attacks.txt', 'frustrated-reports.txt', 30],
		['quoted-errors-civil.txt', 'quoted-errors-attacks.txt', 40],
		['quoted-errors-attacks.txt', 'quoted-errors-civil.txt', 30],
	] as const;

	it.each(sets)(
		'%s: dev and check halves do not copy each other, nor older corpora',
		(name, partner, size) => {
			const lines = read(name);
			const dev = lines.filter((_, i) => i % 2 === 0);
			const check = lines.filter((_, i) => i % 2 === 1);
			expect(lines.length).toBe(size);
			const devWords = dev.map(words);
			for (const c of check)
				expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
			const others = readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && f !== name && f !== partner)
				.flatMap(read)
				.map(words);
			for (const l of lines)
				expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
		},
	);
});

describe('session 13 held-out corpora (misses6)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
	// Each attack set with its civil look-alike partner, whose lines are near-copies on purpose (minimal pairs).
	const pairs = [
		['misses6-veiled-threats.txt', 'misses6-veiled-threats-civil.txt'],
		['misses6-mock-praise.txt', 'misses6-praise-sincere.txt'],
		['misses6-condescension.txt', 'misses6-condescension-civil.txt'],
		['misses6-blame-jabs.txt', 'misses6-blame-civil.txt'],
		['misses6-jabs-other.txt', 'misses6-jabs-other-civil.txt'],
	] as const;
	const sets = pairs.flatMap(([a, b]) => [
		[a, b],
		[b, a],
	]);

	it.each(sets)('%s: dev and check halves do not copy each other, nor older corpora', (name, partner) => {
		const lines = read(name);
		const dev = lines.filter((_, i) => i % 2 === 0);
		const check = lines.filter((_, i) => i % 2 === 1);
		expect(lines.length).toBe(30);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && f !== name && f !== partner)
			.flatMap(read)
			.map(words);
		for (const l of lines) expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 15 held-out corpora (misses7)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
	// Each attack set with its civil twin, whose lines are near-copies on purpose (minimal pairs).
	const kinds = ['veiled-threats', 'commands', 'condescension', 'exclusion'];
	const sets = kinds.flatMap((k) => [
		[`misses7-${k}.txt`, `misses7-${k}-civil.txt`],
		[`misses7-${k}-civil.txt`, `misses7-${k}.txt`],
	]);

	it.each(sets)('%s: dev and check halves do not copy each other, nor older corpora', (name, partner) => {
		const lines = read(name);
		const dev = lines.filter((_, i) => i % 2 === 0);
		const check = lines.filter((_, i) => i % 2 === 1);
		expect(lines.length).toBe(30);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && f !== name && f !== partner)
			.flatMap(read)
			.map(words);
		for (const l of lines) expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 14 held-out corpus (heated idioms, offline fixer)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');

	it('heated-idioms.txt: dev and check halves do not copy each other, nor older corpora', () => {
		const lines = read('heated-idioms.txt');
		expect(lines.length).toBe(24);
		const devWords = lines.filter((_, i) => i % 2 === 0).map(words);
		for (const c of lines.filter((_, i) => i % 2 === 1))
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && f !== 'heated-idioms.txt')
			.flatMap(read)
			.map(words);
		for (const l of lines) expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 14 held-out corpus (spans2)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	// The markers of scripts/check-spans.ts ([[culprit]], ((allowed)), {{never}}) are not words.
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim().replace(/\[\[|\]\]|\(\(|\)\)|\{\{|\}\}/g, ''))
			.filter((l) => l !== '');

	it('spans-culprits.txt: dev and check halves do not copy each other, nor older corpora', () => {
		const name = 'spans-culprits.txt';
		const lines = read(name);
		expect(lines.length).toBe(80);
		const devWords = lines.filter((_, i) => i % 2 === 0).map(words);
		for (const c of lines.filter((_, i) => i % 2 === 1))
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && f !== name)
			.flatMap(read)
			.map(words);
		for (const l of lines) expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 14 held-out corpora (civil3)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
	// Each civil set (30 lines) with its attack twins (20 lines), which borrow its shapes on purpose.
	const kinds = ['generic-you', 'imperatives', 'tool-output', 'tool-names', 'dev-talk'];
	const sets = kinds.flatMap((k) => [
		[`civil3-${k}.txt`, `civil3-${k}-attacks.txt`, 30],
		[`civil3-${k}-attacks.txt`, `civil3-${k}.txt`, 20],
	]) as [string, string, number][];

	it.each(sets)(
		'%s: dev and check halves do not copy each other, nor older corpora',
		(name, partner, size) => {
			const lines = read(name);
			const dev = lines.filter((_, i) => i % 2 === 0);
			const check = lines.filter((_, i) => i % 2 === 1);
			expect(lines.length).toBe(size);
			const devWords = dev.map(words);
			for (const c of check)
				expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
			const others = readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && f !== name && f !== partner)
				.flatMap(read)
				.map(words);
			for (const l of lines)
				expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
		},
	);
});

describe('session 15 held-out corpora (civil4)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
	// Each civil set (30 lines) with its attack twins (20 lines), which borrow its shapes on purpose.
	const kinds = ['intensifiers', 'damage-metaphors', 'bug-narration', 'output-endorse'];
	const sets = kinds.flatMap((k) => [
		[`civil4-${k}.txt`, `civil4-${k}-attacks.txt`, 30],
		[`civil4-${k}-attacks.txt`, `civil4-${k}.txt`, 20],
	]) as [string, string, number][];

	it.each(sets)(
		'%s: dev and check halves do not copy each other, nor older corpora',
		(name, partner, size) => {
			const lines = read(name);
			const dev = lines.filter((_, i) => i % 2 === 0);
			const check = lines.filter((_, i) => i % 2 === 1);
			expect(lines.length).toBe(size);
			const devWords = dev.map(words);
			for (const c of check)
				expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
			const others = readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && f !== name && f !== partner)
				.flatMap(read)
				.map(words);
			for (const l of lines)
				expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
		},
	);
});

describe('session 18 held-out corpora (threats4)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
	// The threats and their civil twins (line for line, the same verbs and nouns on purpose).
	const sets = [
		['threats-4.txt', 'threats-4-civil.txt'],
		['threats-4-civil.txt', 'threats-4.txt'],
	] as const;

	it.each(sets)('%s: dev and check halves do not copy each other, nor older corpora', (name, partner) => {
		const lines = read(name);
		const dev = lines.filter((_, i) => i % 2 === 0);
		const check = lines.filter((_, i) => i % 2 === 1);
		expect(lines.length).toBe(52);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && f !== name && f !== partner)
			.flatMap(read)
			.map(words);
		for (const l of lines) expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 18 held-out corpora (praise18)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
	// Sincere praise of the reader (50 lines) and its mocking twins (40 lines), which borrow its frames on purpose.
	const sets: [string, string, number][] = [
		['praise18-sincere.txt', 'praise18-mocking.txt', 50],
		['praise18-mocking.txt', 'praise18-sincere.txt', 40],
	];

	it.each(sets)(
		'%s: dev and check halves do not copy each other, nor older corpora',
		(name, partner, size) => {
			const lines = read(name);
			const dev = lines.filter((_, i) => i % 2 === 0);
			const check = lines.filter((_, i) => i % 2 === 1);
			expect(lines.length).toBe(size);
			const devWords = dev.map(words);
			for (const c of check)
				expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
			const others = readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && f !== name && f !== partner)
				.flatMap(read)
				.map(words);
			for (const l of lines)
				expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
		},
	);
});

describe('session 20 held-out corpora (civil7)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	// Civil developer talk in two halves, and hostile twins that borrow its words on purpose (so civil7 files are
	// not compared with each other except dev half against check half).
	const pairs = [
		['civil7-dev.txt', 'civil7-check.txt'],
		['civil7-hostile-dev.txt', 'civil7-hostile-check.txt'],
	] as const;

	it.each(pairs)('%s / %s: halves do not copy each other, nor older corpora', (devFile, checkFile) => {
		const dev = read(devFile);
		const check = read(checkFile);
		expect(dev.length + check.length).toBeGreaterThanOrEqual(devFile.includes('hostile') ? 40 : 150);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && !f.startsWith('civil7-'))
			.flatMap(read)
			.map(words);
		for (const l of [...dev, ...check])
			expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 21 held-out corpora (civil8)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	// Civil forum talk in two halves, and hostile twins that borrow its words on purpose (so civil8 files are not
	// compared with each other except dev half against check half). Lines of one or two words ("nope", "same")
	// are left out of the comparison: any two such replies share most of their words.
	const long = (l: string) => words(l).size > 2;
	const pairs = [
		['civil8-dev.txt', 'civil8-check.txt'],
		['civil8-hostile-dev.txt', 'civil8-hostile-check.txt'],
	] as const;

	it.each(pairs)('%s / %s: halves do not copy each other, nor older corpora', (devFile, checkFile) => {
		const dev = read(devFile);
		const check = read(checkFile);
		expect(Math.min(dev.length, check.length)).toBeGreaterThanOrEqual(devFile.includes('hostile') ? 20 : 80);
		const devWords = dev.filter(long).map(words);
		for (const c of check.filter(long))
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && !f.startsWith('civil8-'))
			.flatMap(read)
			.map(words);
		for (const l of [...dev, ...check].filter(long))
			expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 22 held-out corpora (civil9)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	// Same layout as civil8: the hostile twins borrow the civil lines' words on purpose, so civil9 files are
	// compared with each other only dev half against check half.
	const pairs = [
		['civil9-dev.txt', 'civil9-check.txt'],
		['civil9-hostile-dev.txt', 'civil9-hostile-check.txt'],
	] as const;

	it.each(pairs)('%s / %s: halves do not copy each other, nor older corpora', (devFile, checkFile) => {
		const dev = read(devFile);
		const check = read(checkFile);
		expect(Math.min(dev.length, check.length)).toBeGreaterThanOrEqual(devFile.includes('hostile') ? 25 : 50);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && !f.startsWith('civil9-'))
			.flatMap(read)
			.map(words);
		for (const l of [...dev, ...check])
			expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 23 held-out corpora (civil10)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	// Same layout as civil9. The quoted-insult genre repeats a quote line under different replies, so a line is
	// compared by its reply (the part after the quote) as well as whole.
	const reply = (l: string) => l.split('\\n').at(-1) ?? l;
	const pairs = [
		['civil10-dev.txt', 'civil10-check.txt'],
		['civil10-hostile-dev.txt', 'civil10-hostile-check.txt'],
	] as const;

	it.each(pairs)('%s / %s: halves do not copy each other, nor older corpora', (devFile, checkFile) => {
		const dev = read(devFile);
		const check = read(checkFile);
		expect(Math.min(dev.length, check.length)).toBeGreaterThanOrEqual(devFile.includes('hostile') ? 20 : 40);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && !f.startsWith('civil10-'))
			.flatMap(read)
			.map(words);
		for (const l of [...dev, ...check].map(reply))
			expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});

describe('session 20 held-out corpora (attacks7)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	// `#` lines are headers and kind tags (readCorpus skips them).
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	// Dev and check halves are separate files; each attack file has a civil twin file (the same words on purpose).
	const sets = [
		['attacks7-dev.txt', 'attacks7-check.txt', 'attacks7-civil-dev.txt'],
		['attacks7-civil-dev.txt', 'attacks7-civil-check.txt', 'attacks7-dev.txt'],
	] as const;

	it.each(sets)(
		'%s: its check half does not copy it, and neither copies older corpora',
		(dev, check, twin) => {
			const devLines = read(dev);
			const checkLines = read(check);
			expect(devLines.length).toBe(35);
			expect(checkLines.length).toBe(35);
			const devWords = devLines.map(words);
			for (const c of checkLines)
				expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
			const own = new Set([dev, check, twin, twin.replace('-dev', '-check')]);
			const others = readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && !own.has(f))
				.flatMap(read)
				.map(words);
			for (const l of [...devLines, ...checkLines])
				expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
		},
	);
});

describe('session 21 held-out corpora (attacks8)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	// As attacks7: dev and check files, each attack file with a civil twin file borrowing its words on purpose.
	const sets = [
		['attacks8-dev.txt', 'attacks8-check.txt', 'attacks8-civil-dev.txt'],
		['attacks8-civil-dev.txt', 'attacks8-civil-check.txt', 'attacks8-dev.txt'],
	] as const;

	it.each(sets)(
		'%s: its check half does not copy it, and neither copies older corpora',
		(dev, check, twin) => {
			const devLines = read(dev);
			const checkLines = read(check);
			expect(devLines.length).toBe(44);
			expect(checkLines.length).toBe(44);
			const devWords = devLines.map(words);
			for (const c of checkLines)
				expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
			const own = new Set([dev, check, twin, twin.replace('-dev', '-check')]);
			const others = readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && !own.has(f))
				.flatMap(read)
				.map(words);
			for (const l of [...devLines, ...checkLines])
				expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
		},
	);
});

describe('session 22 held-out corpora (attacks9)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	// As attacks8 (each check line paraphrases the same dev line): dev and check files, each attack file with a civil twin file borrowing its words on purpose.
	const sets = [
		['attacks9-dev.txt', 'attacks9-check.txt', 'attacks9-civil-dev.txt'],
		['attacks9-civil-dev.txt', 'attacks9-civil-check.txt', 'attacks9-dev.txt'],
	] as const;

	it.each(sets)(
		'%s: its check half does not copy it, and neither copies older corpora',
		(dev, check, twin) => {
			const devLines = read(dev);
			const checkLines = read(check);
			expect(devLines.length).toBe(45);
			expect(checkLines.length).toBe(45);
			const devWords = devLines.map(words);
			for (const c of checkLines)
				expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
			const own = new Set([dev, check, twin, twin.replace('-dev', '-check')]);
			const others = readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && !own.has(f))
				.flatMap(read)
				.map(words);
			for (const l of [...devLines, ...checkLines])
				expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
		},
	);
});

describe('session 26 held-out corpora (attacks13)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	// One file per set, odd lines dev and even lines check; the civil file borrows the attack file's subjects on purpose.
	const sets = [
		['attacks13.txt', 'attacks13-civil.txt'],
		['attacks13-civil.txt', 'attacks13.txt'],
	] as const;

	it.each(sets)(
		'%s: its check half does not copy its dev half, and neither copies older corpora',
		(file, twin) => {
			const lines = read(file);
			expect(lines.length).toBe(48);
			const devWords = lines.filter((_, i) => i % 2 === 0).map(words);
			for (const c of lines.filter((_, i) => i % 2 === 1))
				expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
			const own = new Set<string>([file, twin]);
			const others = readdirSync(dir)
				.filter((f) => f.endsWith('.txt') && !own.has(f))
				.flatMap(read)
				.map(words);
			for (const l of lines)
				expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
		},
	);
});

describe('session 27 held-out corpora (frames26)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	const own = new Set(['civil27-dev.txt', 'civil27-check.txt', 'putdowns27.txt']);
	const others = () =>
		readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && !own.has(f))
			.flatMap(read)
			.map(words);

	it('civil27: the check half does not copy the dev half, and neither copies older corpora', () => {
		const dev = read('civil27-dev.txt');
		const check = read('civil27-check.txt');
		expect([dev.length, check.length]).toEqual([24, 24]);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const older = others();
		for (const l of [...dev, ...check])
			expect(Math.max(...older.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});

	it('putdowns27: fresh put-downs, copied neither from attacks13 nor from any older corpus', () => {
		const lines = read('putdowns27.txt');
		expect(lines.length).toBe(24);
		const older = others();
		for (const l of lines) expect(Math.max(...older.map((o) => overlap(words(l), o))), l).toBeLessThan(0.45);
	});
});

describe('session 30 held-out corpora (civil30)', () => {
	const dir = join(import.meta.dirname, '../../tests/corpora');
	const read = (f: string) =>
		readFileSync(join(dir, f), 'utf8')
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '' && !l.startsWith('#'));
	// The hostile twins borrow the civil lines' words on purpose; each file is compared with older corpora only.
	const own = new Set(['civil30-dev.txt', 'civil30-check.txt', 'civil30-hostile.txt']);
	const older = () =>
		readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && !own.has(f))
			.flatMap(read)
			.map(words);

	it('civil30: the check half does not copy the dev half, and no file copies older corpora', () => {
		const dev = read('civil30-dev.txt');
		const check = read('civil30-check.txt');
		const hostile = read('civil30-hostile.txt');
		expect([dev.length, check.length, hostile.length]).toEqual([81, 56, 39]);
		const devWords = dev.map(words);
		for (const c of check)
			expect(Math.max(...devWords.map((d) => overlap(words(c), d))), c).toBeLessThan(0.45);
		const others = older();
		for (const l of [...dev, ...check, ...hostile])
			expect(Math.max(...others.map((o) => overlap(words(l), o))), l).toBeLessThan(0.6);
	});
});
