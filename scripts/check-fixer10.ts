/**
 * `npx tsx scripts/check-fixer10.ts [--quiet] [dev|check]`: runs the offline backend through the rewrite engine on
 * the session 23 hand-written drafts (tests/corpora/fixer10-dev.txt and -check.txt: two-clause insults whose
 * second clause sounds calm, insults the scorer underlines only in context, camouflaged insults) and prints, per
 * half: drafts with a suggestion, suggestions that keep a word the card underlined or an insult word (both
 * compared normalised, so "1d10t" and "idiot" are one word), suggestions the scorer still flags, and the mean
 * similarity of the suggestion to the draft. Also the scorer calls and texts one rewrite costs (the cache's worth).
 */
import { join } from 'node:path';
import { seededRandom } from '../models/rewrite/bandit.ts';
import { suggestRewrite } from '../models/rewrite/engine.ts';
import {
	DROP_WORDS,
	HARSH_MODIFIERS,
	INSULT_ADJECTIVES,
	INSULT_NOUNS,
	PERSON_PREDICATES,
} from '../models/rewrite/lexicon.ts';
import { createNodeScorerFor } from '../models/rewrite/node-setup.ts';
import { createOfflineBackend } from '../models/rewrite/offline-fixer.ts';
import type { ScoreOptions, Scorer } from '../models/scoring/types.ts';
import { CAMOUFLAGE_LEXICON } from '../models/text/lexicon.ts';
import { normalize } from '../models/text/normalize.ts';
import { readCorpus } from '../models/train/evaluate.ts';

/** Heat words that are no insult on their own ("seriously", "hell", "kill the process") are left out. */
const NOT_INSULTS = new Set(
	'seriously,honestly,literally,lol,lmao,rofl,kill,die,hate,hell,suck,sucks,piss,pissed,shut up,the hell'.split(
		',',
	),
);
const INSULTS = new Set(
	[
		...INSULT_NOUNS,
		...INSULT_ADJECTIVES,
		...HARSH_MODIFIERS,
		...DROP_WORDS,
		...PERSON_PREDICATES,
		...CAMOUFLAGE_LEXICON,
		'idiotic',
		'moronic',
		'halfwitted',
		'mindless',
	]
		.map((w) => w.toLowerCase())
		.filter((w) => !NOT_INSULTS.has(w)),
);

/** The normalised words of a text (camouflage undone, lower case). */
function words(text: string): string[] {
	return normalize(text).text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
}

/** A superlative or comparative of a listed word ("dumbest", "laziest") counts as the word. */
function stems(word: string): string[] {
	return [word, word.replace(/iest$/, 'y'), word.replace(/est$/, ''), word.replace(/er$/, '')];
}

function insultWords(text: string): string[] {
	const list = words(text);
	const multi = [...INSULTS].filter((w) => w.includes(' ') && normalize(text).text.includes(w));
	return [...new Set([...list.filter((w) => stems(w).some((s) => INSULTS.has(s))), ...multi])];
}

/** Counts the scorer's calls and texts (what one rewrite costs). */
function counting(scorer: Scorer): { scorer: Scorer; calls: number; texts: number } {
	const c = {
		calls: 0,
		texts: 0,
		scorer: {
			...scorer,
			score: (texts: readonly string[], options?: ScoreOptions) => {
				c.calls++;
				c.texts += texts.length;
				return scorer.score(texts as string[], options);
			},
		} as Scorer,
	};
	return c;
}

async function main(argv: string[]) {
	const quiet = argv.includes('--quiet');
	const halves = ['dev', 'check'].filter((h) => !argv.includes(h === 'dev' ? 'check' : 'dev'));
	const { scorer: base, name } = await createNodeScorerFor('onnx');
	const backend = createOfflineBackend();
	for (const half of halves) {
		const drafts = readCorpus(join(import.meta.dirname, `../tests/corpora/fixer10-${half}.txt`));
		let suggested = 0;
		let keepsUnderlined = 0;
		let keepsInsult = 0;
		let keepsEither = 0;
		let stillFlagged = 0;
		let similarity = 0;
		let calls = 0;
		let texts = 0;
		for (const [i, text] of drafts.entries()) {
			const [draftScore] = await base.score([text]);
			const count = counting(base);
			const { suggestion } = await suggestRewrite(
				{ text },
				{ backend, scorer: count.scorer, random: seededRandom(i + 1) },
			);
			calls += count.calls;
			texts += count.texts;
			const best = suggestion.candidates[0];
			const underlined = [
				...new Set(
					(draftScore?.spans ?? [])
						.filter((s) => s.head === 'toxic')
						.flatMap((s) => words(text.slice(s.start, s.end).replace(/[\s.-]+(?=\p{L}\b)/gu, ''))),
				),
			];
			let note = '';
			if (best) {
				suggested++;
				similarity += best.similarity;
				const have = new Set(words(best.rewrite));
				const kept = underlined.filter((w) => have.has(w));
				const insults = insultWords(best.rewrite);
				const [score] = await base.score([best.rewrite]);
				if (kept.length) keepsUnderlined++;
				if (insults.length) keepsInsult++;
				if (kept.length || insults.length) keepsEither++;
				if (score?.flag) stillFlagged++;
				note = `${kept.length ? ` KEEPS-UNDERLINED[${kept.join(',')}]` : ''}${insults.length ? ` KEEPS-INSULT[${insults.join(',')}]` : ''}${score?.flag ? ' STILL-FLAGGED' : ''}`;
			}
			if (!quiet) {
				console.log(
					`[${half} ${i + 1}] ${text}  (flagged: ${draftScore?.flag ? 'yes' : 'no'}; underlined: ${underlined.join(',') || '-'})`,
				);
				console.log(
					best ? `  → ${best.rewrite}  (sim ${best.similarity.toFixed(2)})${note}` : '  → (no suggestion)',
				);
			}
		}
		const n = drafts.length;
		console.log(
			`${half}: suggestion ${suggested}/${n}; keeps an underlined or insult word ${keepsEither}/${suggested} (underlined ${keepsUnderlined}, insult ${keepsInsult}); still flagged ${stillFlagged}/${suggested}; mean similarity ${(suggested ? similarity / suggested : 0).toFixed(3)}; scorer calls/rewrite ${(calls / n).toFixed(2)}, texts/rewrite ${(texts / n).toFixed(2)}`,
		);
	}
	console.log(`scorer: ${name}`);
}

await main(process.argv.slice(2));
