import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from './evaluate.ts';

describe('readCorpus', () => {
	it('returns one trimmed draft per non-empty line and skips `#` comment lines (header, `# kind:` tags)', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'c.txt');
		writeFileSync(
			file,
			'# header\n# kind: insult\n  You are wrong.  \n\n> quoted #1 stays\nFix #12 please.\n',
		);
		expect(readCorpus(file)).toEqual(['You are wrong.', '> quoted #1 stays', 'Fix #12 please.']);
	});

	it('no older corpus starts a line with `#`, so skipping comments changes no existing number', () => {
		const dir = join(import.meta.dirname, '../../tests/corpora');
		const withComments = readdirSync(dir).filter((f) =>
			readFileSync(join(dir, f), 'utf8')
				.split('\n')
				.some((l) => l.trim().startsWith('#')),
		);
		// Session 19's, 20's, 21's, 24's (long-subject), 26's (attacks13), 27's (civil27, putdowns27, superlatives27,
		// split27), 28's (split28, civil28, spans28), 30's (putdown30, admissions30, verdicts30, spans30, civil30,
		// mock30, civil30b, for-once30) and 31's (strict31, contempt31, the lead's fresh-s31) sets were written with `#`
		// headers and are only read through readCorpus.
		expect(withComments.sort()).toEqual([
			'admissions30-check.txt',
			'admissions30-dev.txt',
			'admissions30-hostile.txt',
			'attacks13-civil.txt',
			'attacks13.txt',
			'attacks7-check.txt',
			'attacks7-civil-check.txt',
			'attacks7-civil-dev.txt',
			'attacks7-dev.txt',
			'attacks8-check.txt',
			'attacks8-civil-check.txt',
			'attacks8-civil-dev.txt',
			'attacks8-dev.txt',
			'attacks9-check.txt',
			'attacks9-civil-check.txt',
			'attacks9-civil-dev.txt',
			'attacks9-dev.txt',
			'civil10-check.txt',
			'civil10-dev.txt',
			'civil10-hostile-check.txt',
			'civil10-hostile-dev.txt',
			'civil19-check.txt',
			'civil19-dev.txt',
			'civil19-hostile-check.txt',
			'civil19-hostile-dev.txt',
			'civil27-check.txt',
			'civil27-dev.txt',
			'civil28-check.txt',
			'civil28-dev.txt',
			'civil28-hostile.txt',
			'civil30-check.txt',
			'civil30-dev.txt',
			'civil30-hostile.txt',
			'civil30b-check.txt',
			'civil30b-dev.txt',
			'civil30b-hostile.txt',
			'civil7-check.txt',
			'civil7-dev.txt',
			'civil7-hostile-check.txt',
			'civil7-hostile-dev.txt',
			'civil8-check.txt',
			'civil8-dev.txt',
			'civil8-hostile-check.txt',
			'civil8-hostile-dev.txt',
			'civil9-check.txt',
			'civil9-dev.txt',
			'civil9-hostile-check.txt',
			'civil9-hostile-dev.txt',
			'contempt31-check.txt',
			'contempt31-civil.txt',
			'contempt31-dev.txt',
			'for-once30.txt',
			'fresh-s12-attacks.txt',
			'fresh-s12-civil.txt',
			'fresh-s28-attacks.txt',
			'fresh-s28-civil.txt',
			'fresh-s30-attacks.txt',
			'fresh-s30-civil.txt',
			'fresh-s31-attacks.txt',
			'fresh-s31-civil.txt',
			'long-subject-civil.txt',
			'long-subject-insults.txt',
			'mock30-check.txt',
			'mock30-civil.txt',
			'mock30-dev.txt',
			'putdown30-check.txt',
			'putdown30-civil.txt',
			'putdown30-dev.txt',
			'putdowns27.txt',
			'spans28.txt',
			'spans30.txt',
			'split27-check.txt',
			'split27-civil.txt',
			'split27-dev.txt',
			'split28-check.txt',
			'split28-civil.txt',
			'split28-dev.txt',
			'strict31-check-civil.txt',
			'strict31-check-hostile.txt',
			'superlatives27-civil.txt',
			'superlatives27.txt',
			'threats5-civil.txt',
			'threats5.txt',
			'verdicts30-check.txt',
			'verdicts30-civil.txt',
			'verdicts30-dev.txt',
		]);
	});
});
