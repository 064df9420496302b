/**
 * How the offline fixer uses the learned lexicon (learned-lexicon.ts, shipped as models/rewrite-lexicon.json by
 * `npm run train`): compiled once, in two orders against the hand-written rules.
 */
import shippedLexicon from '../rewrite-lexicon.json';
import { type CompiledLexicon, compileLexicon, type LearnedLexicon } from './learned-lexicon.ts';
import { handWrittenWords } from './lexicon.ts';

/** Words the hand-written rules already word better ("jerk" → "person", "crap journalism" → "not good …"). */
const HAND_WRITTEN = handWrittenWords();

/**
 * A learned table as the fixer uses it, in two orders: `learnedFirst` (minimal, soften: drop what people drop,
 * keep the rest) and `handWrittenFirst` (restate, neutral: where a hand-written rule knows a word, it wins over
 * the learned context-free rule for that word; learned phrases and context rules such as "the shit" → "the
 * thing" stay). Two wordings of one draft also give the ranking a real choice.
 */
export interface FixerLexicon {
	learnedFirst: CompiledLexicon;
	handWrittenFirst: CompiledLexicon;
}

/** Compiles a learned table for the fixer (see FixerLexicon). */
export function compileForFixer(table: LearnedLexicon): FixerLexicon {
	return {
		learnedFirst: compileLexicon(table),
		handWrittenFirst: compileLexicon({
			...table,
			rules: table.rules.filter(([from, , left, right]) => left || right || !HAND_WRITTEN.has(from)),
		}),
	};
}

/** The learned lexicon shipped with the extension (models/rewrite-lexicon.json, from `npm run train`). */
export const SHIPPED_LEXICON: FixerLexicon = compileForFixer(shippedLexicon as LearnedLexicon);
