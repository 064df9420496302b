import { describe, expect, it } from 'vitest';
import { FakeScorer } from '../scoring/fake-scorer.ts';
import { normalize } from '../text/normalize.ts';
import { KEEPS_ATTACK } from './attack-sentences.ts';
import { seededRandom } from './bandit.ts';
import { suggestRewrite } from './engine.ts';
import { decamouflage, holdsPlain, insultWord, plainWord, superlativeBase } from './fixer-camouflage.ts';
import { createOfflineBackend, fixOffline } from './offline-fixer.ts';
import { protectedRanges, protectedViolation } from './protected.ts';
import type { RewriterBackend } from './types.ts';

describe('decamouflage (session 23, fixer10)', () => {
	it('spells out camouflaged insults in the draft’s case and leaves every other character', () => {
		expect(decamouflage('You are a f*ck1ng 1d10t, the deploy failed again.')).toBe(
			'You are a fucking idiot, the deploy failed again.',
		);
		expect(decamouflage('This is s t u p i d, see v2.3.')).toBe('This is stupid, see v2.3.');
		expect(decamouflage('Your c-r-a-p code, a$$hole.')).toBe('Your crap code, asshole.');
		expect(decamouflage('Stuuuupid idea, Th1s is st00pid.')).toBe('Stupid idea, Th1s is stupid.');
	});

	it('leaves code, links, plain drafts and camouflage of words that are no insult alone', () => {
		for (const text of [
			'Run `sh1t` at https://x.io/sh1t now.',
			'The i18n build on v2.3 is slow.',
			'Th1s is h3ll0 w0rld, kill the process.',
			'This is fine.',
		])
			expect(decamouflage(text)).toBe(text);
	});

	it('knows the insult words, their superlatives and everyday misspellings, not fair words', () => {
		expect(insultWord('Idiot')).toBe('idiot');
		expect(insultWord('stoopid')).toBe('stupid');
		expect(superlativeBase('dumbest')).toBe('dumb');
		expect(superlativeBase('laziest')).toBe('lazy');
		expect(superlativeBase('stupidest')).toBe('stupid');
		for (const word of ['best', 'biggest', 'honest', 'test', 'interest', 'worst', 'useless', 'crazy'])
			expect(insultWord(word), word).toBeUndefined();
	});

	it('compares underlined words in any spelling', () => {
		expect(plainWord('1d10t')).toBe('idiot');
		expect(plainWord('i d i o t')).toBe('idiot');
		expect(holdsPlain('What a 1d10t.', 'idiot')).toBe(true);
		expect(holdsPlain('That is idiotic.', 'idiot')).toBe(false);
	});

	it('a digit standing for a letter in an insult is no number to keep; real numbers still are', () => {
		expect(protectedRanges('You absolute 1d1ot, see 3rd run on v2.3.').map((r) => r.text)).toEqual([
			'3rd',
			'v2.3',
		]);
		expect(protectedViolation('You absolute 1d1ot, you deleted it.', 'You deleted it.')).toBeUndefined();
	});
});

describe('the offline fixer on camouflaged and superlative insults', () => {
	const civil = (draft: string, out: string) => {
		const plain = normalize(out).text;
		for (const word of ['fucking', 'idiot', 'moron', 'stupid', 'clown', 'asshole', 'crap', 'shitty'])
			expect(plain, `${draft} → ${out}`).not.toMatch(new RegExp(`\\b${word}\\b`));
	};

	it('drops or softens a camouflaged insult in every template, keeping the point', () => {
		const cases: [string, RegExp][] = [
			['You are a f*ck1ng 1d10t, the deploy failed again.', /^The deploy failed again\.$/],
			['You absolute 1d1ot, you deleted the release branch.', /deleted the release branch/],
			['This sh1tty wrapper swallows every exception.', /wrapper swallows every exception/],
			['Your c-r-a-p code leaks file handles.', /code leaks file handles/],
		];
		for (const [draft, point] of cases) {
			for (const template of ['minimal', 'soften', 'restate', 'neutral'] as const) {
				const out = fixOffline(draft, template);
				expect(out, `${template}: ${draft}`).toMatch(point);
				civil(draft, out);
			}
		}
	});

	it('the lightest fix of a camouflaged word softens it rather than only spelling it out', () => {
		expect(fixOffline('This is s t u p i d, the tests never run on CI.', 'minimal')).toBe(
			'This is unwise, the tests never run on CI.',
		);
	});

	it('"stop being such a moron and …" keeps the request', () => {
		expect(fixOffline('Stop being such a m0r0n and read the error message.', 'soften')).toBe(
			'Read the error message.',
		);
		expect(fixOffline('Quit acting like a clown and answer the question.', 'restate')).toBe(
			'Answer the question.',
		);
	});

	it('a superlative of an insult becomes "weakest" in every template', () => {
		for (const template of ['minimal', 'soften', 'restate', 'neutral'] as const) {
			const out = fixOffline(
				'You are clearly clueless, this is the dumbest take in the whole thread.',
				template,
			);
			expect(out, template).toMatch(/weakest take in the whole thread/i);
			expect(out).not.toMatch(/dumb|clueless/i);
		}
		expect(fixOffline('That was the best fix anyone could have pushed.', 'soften')).toContain('best fix');
	});
});

describe('the engine on underlined insults and repeated texts', () => {
	it('never offers a candidate that keeps an underlined insult word, even when every candidate keeps it', async () => {
		const draft = 'Clearly you are wrong, this is stupid.';
		const backend: RewriterBackend = {
			id: 'local',
			async *generate() {
				const text = 'This is a stupid plan.';
				yield text;
				return { text, finish: 'stop' as const };
			},
		};
		// A scorer that underlines "stupid" in the draft but calls every candidate calm (as the real one called
		// "This is the dumbest take in the whole thread." calm).
		const fake = new FakeScorer();
		const scorer = {
			async score(texts: readonly string[]) {
				return (await fake.score(texts.map((t) => (t === draft ? t : t.replace(/stupid/g, 'plain'))))).map(
					(r, i) => ({ ...r, text: texts[i] ?? '' }),
				);
			},
		};
		const { suggestion } = await suggestRewrite({ text: draft }, { backend, scorer, n: 1 });
		expect(suggestion.candidates).toEqual([]);
		expect(suggestion.rejected.map((r) => r.rejected)).toContain(KEEPS_ATTACK);
	});

	it('scores each distinct text once per rewrite, with the same result as scoring it alone', async () => {
		const draft = 'You are an idiot. The build is broken, please fix it.';
		const fake = new FakeScorer();
		const { suggestion } = await suggestRewrite(
			{ text: draft },
			{ backend: createOfflineBackend(), scorer: fake, random: seededRandom(1) },
		);
		const all = fake.calls.flat();
		expect(all.length).toBe(new Set(all).size);
		expect(suggestion.candidates[0]?.rewrite).toBe('The build is broken, please fix it.');
		const alone = new FakeScorer();
		const [score] = await alone.score([suggestion.candidates[0]?.rewrite ?? '']);
		expect(suggestion.candidates[0]?.appropriate).toBeCloseTo(
			1 - (score?.dimensions.Inappropriateness ?? 1),
			10,
		);
	});
});
