/**
 * Sneers at the reader's competence (session 27, fixer27): "you clearly have no clue", "you have no idea what you
 * are doing", "you obviously don't understand async", "do you even know what a mutex is?". The draft scorer does
 * not flag them (measured on the ONNX scorer: "You clearly have no clue." P(inappropriate) 0.055, unflagged; inside
 * "I hear you. I have concerns about this thing, you clearly have no clue." 0.007), so neither the engine's
 * still-flagged reject nor attack-sentences.ts caught them: the user walk got "I hear you. I have concerns about
 * this thing, you clearly have no clue." offered as "Civility 99%". Two uses:
 * - `restateSneers` (offline fixer, every template): a clause that only sneers goes; one with a point says it
 *   ("you obviously don't understand async" → "I think there is a misunderstanding about async"); "do you even
 *   know …?" loses "even" and stays a question.
 * - `sneersAtReader` (reward.ts): any candidate, from any backend, that still holds one is rejected.
 * Deterministic; protected tokens are placeholders (\uE000n\uE001) in the fixer and never match a word.
 */
import { protectedRanges } from './protected.ts';

/** The intensifier that turns a remark into a sneer ("clearly", "obviously"). */
const SURE =
	'(?:arguably|clearly|obviously|evidently|apparently|plainly|honestly|really|simply|just|literally)';
const YOU = '(?:you|u)';
/** "have no clue", "'ve got no idea", "don't have a clue", "haven't got the faintest idea". */
const NO_CLUE = `(?:(?:\\s+(?:have|has)|['’]ve)(?:\\s+got)?\\s+(?:no|zero|not\\s+(?:a|the\\s+(?:slightest|faintest)))|\\s+(?:don['’]?t|do\\s+not|didn['’]?t)\\s+have\\s+(?:a|the\\s+(?:slightest|faintest|first))|\\s+haven['’]?t\\s+got\\s+(?:a|the\\s+(?:slightest|faintest)))`;
/** What a "no idea" sneer is about: nothing, or the reader's own doing or talking ("how much this helped" is praise). */
const NO_IDEA_OBJECT =
	"(?:\\s+(?:what|how)\\s+(?:you(?:['’]re|\\s+are)|u\\s+r|you)\\s+(?:doing|saying|talking\\s+about|do|say)|\\s+(?:about|of)\\s+(?:anything|this|that|it|programming|coding|software|(?:how|what)\\s+[^.!?,;\\n]+)|\\s+(?:why|where|when)\\b[^.!?,;\\n]*|\\s+how\\s+(?!much\\b|many\\b|happy\\b|glad\\b|grateful\\b|thankful\\b|long\\b|hard\\b|good\\b|great\\b|nice\\b|relieved\\b)[^.!?,;\\n]+)?";
/** "you clearly have no clue (…)", "you have no idea what you're doing": the clause says nothing but the sneer.
 * "No idea" only with nothing after it or with the reader's doing as object ("you have no idea how much this
 * helped" is praise). */
const NO_CLUE_CLAUSE = `\\b${YOU}(?:\\s+${SURE})*${NO_CLUE}\\s+(?:clue\\b(?:\\s+(?:what|how|why|where|when|who|which|about|of)\\b[^.!?,;\\n]*)?|idea\\b${NO_IDEA_OBJECT}(?=\\s*(?:[.!?,;\\n]|$)))`;
/** "you don't know what you're doing / talking about", "you know nothing about X". */
const KNOW_NOTHING = `\\b${YOU}(?:\\s+${SURE})*(?:\\s+(?:don['’]?t|do\\s+not|didn['’]?t)\\s+(?:know|understand|get)\\s+(?:what\\s+(?:you(?:['’]re|\\s+are)|u\\s+r)\\s+(?:doing|saying|talking\\s+about)|anything|a\\s+(?:thing|single\\s+thing)|the\\s+(?:first\\s+thing|basics))|\\s+know\\s+nothing)\\b(?:\\s+(?:about|of)\\b[^.!?,;\\n]*)?`;
/** "you obviously don't understand X": the point is X, misunderstood. Needs the intensifier (a plain "you don't
 * understand the problem" is a blunt statement, not a sneer). */
const DONT_UNDERSTAND = `\\b${YOU}(?:\\s+${SURE})+\\s+(?:don['’]?t|do\\s+not|didn['’]?t|did\\s+not|can['’]?t|cannot)\\s+(?:understand|grasp|get|know)\\s+((?:how|what|why|when)\\s+[^.!?,;\\n]+|[^.!?,;\\n]+)`;
/** "do you even know …?", "did you even test this?", "have you ever even read …": "even" is the sneer. */
const EVEN_QUESTION = `\\b((?:do|did|have|has|can|could|are|were|does)\\s+${YOU}(?:\\s+ever)?)\\s+even\\b`;

const rx = (source: string, flags = 'giu') => new RegExp(source, flags);
const DROPPED = [NO_CLUE_CLAUSE, KNOW_NOTHING];

/**
 * The sneering clauses at the reader that `text` still holds (empty: none). The filter's reading: "you have no idea
 * how much this helped" is praise, and "you don't understand the problem" without "clearly/obviously" is not counted.
 */
export function sneersAtReader(text: string): string[] {
	const found: string[] = [];
	// A quote line or code the rewrite keeps verbatim is someone's own words, not the rewrite's.
	const ranges = protectedRanges(text);
	const quoted = (at: number) => ranges.some((r) => r.start <= at && at < r.end);
	for (const source of [NO_CLUE_CLAUSE, KNOW_NOTHING, DONT_UNDERSTAND, EVEN_QUESTION])
		for (const m of text.matchAll(rx(source))) if (!quoted(m.index ?? 0)) found.push(m[0].trim());
	return found;
}

/** Where a sentence starts: the start, after an end mark and space, or a line break. */
const SENTENCE_START =
	'(?:^|(?<=[.!?]\\s+)|(?<=\\n[^\\S\\n]*))(?:(?:honestly|seriously|frankly|clearly|obviously|dude|man|look|lol|wow)\\b[,!]?\\s+)*';

/**
 * The draft with its sneers at the reader dropped or restated (see the header). A clause after a comma or a
 * conjunction goes with its joint ("…this thing, you clearly have no clue." → "…this thing."); a sentence that was
 * only the sneer goes whole, and one that opened with it keeps what follows ("You have no idea what you're doing,
 * the lock is never released." → "The lock is never released.").
 */
export function restateSneers(text: string): string {
	let out = text.replace(rx(EVEN_QUESTION), '$1');
	// The point of "you obviously don't understand X" is X: said as the writer's view, without the sneer.
	out = out.replace(rx(DONT_UNDERSTAND), (m: string, object: string, at: number, all: string) => {
		const what = object.trim();
		if (/^(?:what\s+(?:you|u)\b|anything\b|a\s+(?:thing|single)\b|the\s+(?:basics|first)\b)/iu.test(what))
			return m; // KNOW_NOTHING below drops these whole.
		const start = /(?:^|[.!?]\s+|\n\s*)$/.test(all.slice(0, at));
		return `${start ? 'There' : 'there'} seems to be a misunderstanding about ${what}`;
	});
	// "you clearly have no clue how the scheduler works": the point is the scheduler, misunderstood.
	out = out.replace(
		rx(
			`\\b${YOU}(?:\\s+${SURE})*${NO_CLUE}\\s+(?:clue|idea)\\s+((?:how|about|of)\\s+(?!(?:you|u|much|many|happy|glad|grateful|thankful|long|hard|good|great|nice|relieved)\\b)[^.!?,;\\n]+)`,
		),
		(_m, object: string, at: number, all: string) => {
			const start = /(?:^|[.!?]\s+|\n\s*)$/.test(all.slice(0, at));
			const what = object.trim().replace(/^(?:about|of)\s+/iu, '');
			return `${start ? 'There' : 'there'} seems to be a misunderstanding about ${what}`;
		},
	);
	for (const source of DROPPED) {
		const clause = `(?:${source})`;
		// After a comma, semicolon or conjunction: the joint goes too, the end mark stays.
		out = out.replace(
			rx(`\\s*(?:[,;:–—-]\\s*|\\s+(?:and|but|so|because|since)\\s+)+${clause}[^\\S\\n]*`),
			'',
		);
		// A sentence that is only the sneer.
		out = out.replace(rx(`${SENTENCE_START}${clause}\\s*(?:[.!?]+|$)[^\\S\\n]*`, 'gimu'), '');
		// A sentence that opens with it: what follows the joint stays, with a capital.
		out = out.replace(
			rx(`${SENTENCE_START}${clause}\\s*(?:[,;:–—-]\\s*|\\s+(?:and|so)\\s+)(\\p{L})`, 'gimu'),
			(_m, first: string) => first.toUpperCase(),
		);
	}
	if (out === text) return text;
	return out.replace(/[ \t]{2,}/g, ' ').replace(/^[ \t]+|[ \t]+$/gm, '');
}
