/**
 * The offline fixer's "you never / you always …" rule: an absolute about the reader becomes a less absolute
 * statement ("you rarely test") with the `soften` template; the templates that go further say what is missing
 * instead ("it would help if you could test", "it seems you haven't replied", "it seems you often break").
 */
import { matchCase } from './fixer-text.ts';
import { PAST_PARTICIPLE } from './lexicon.ts';
import type { Strategy } from './types.ts';

const NEVER = /\b(you|u)\s+(never|always)\s+([a-z’']+)/giu;

function pastParticiple(verb: string): string | undefined {
	const lower = verb.toLowerCase();
	if (PAST_PARTICIPLE[lower]) return PAST_PARTICIPLE[lower];
	return /[a-z]{2,}ed$/.test(lower) ? lower : undefined;
}

/** "you never X" / "you always X" → a less absolute statement; `restate` asks for what is missing instead. */
export function restateAbsolutes(text: string, template: Strategy['template']): string {
	return text.replace(NEVER, (whole, you: string, word: string, verb: string) => {
		const lead = (s: string) => matchCase(you, s);
		const never = word.toLowerCase() === 'never';
		if (template === 'soften') return `${you} ${never ? 'rarely' : 'often'} ${verb}`;
		if (never) {
			const done = pastParticiple(verb);
			if (done) return lead(`it seems you haven't ${done}`);
			return lead(`it would help if you could ${verb}`);
		}
		if (/^(are|were|have|had)$/i.test(verb))
			return `${whole.slice(0, -word.length - verb.length - 1)}${verb} often`;
		return lead(`it seems you often ${verb}`);
	});
}
