/**
 * Session 19 (threats5), for the sarcasm rule (sarcasm-at-others.ts): praise of the reader taken back by the
 * condition that closes the sentence ("Great leadership, if the goal was to drive everyone off the project.",
 * "Truly an expert, assuming expertise means copying from forums.", "Amazing documentation, if you enjoy guessing
 * what every function does."). The models read these as civil (0.04–0.21). Written from the dev half of
 * tests/corpora/threats5.txt. A short praising clause, then a closing condition ("if", "as long as", "provided",
 * "assuming", "unless", "except for", "for someone who") that redefines the work ("the goal was", "means") or
 * names a failing ("never", "without", "ignoring", "guessing", "breaks"), said of the reader or of a person's
 * quality ("leadership", "expert"). Not counted: a sincere condition ("if you ever want to join the rotation"),
 * the writer's hedge ("unless I'm missing something"), a thing's condition ("except it breaks on Windows", "if
 * nothing breaks in staging, we ship"), and praise with a main clause after its condition.
 */
import type { Token } from '../features/featurize.ts';
import { READER, type Sentence, words } from './sarcasm-quotes.ts';

/** Praise in the opening clause. */
const PRAISE = words(
	'great brilliant amazing fantastic wonderful impressive excellent awesome superb stellar best expert genius ' +
		'perfect outstanding helpful careful thorough nice incredible terrific remarkable',
);
/** Qualities of a person that praise may name without naming the reader ("Great leadership", "Truly an expert"). */
const PERSON_QUALITY = words(
	'leadership expert expertise reviewer maintainer teammate engineer developer dev mentor leader lead person ' +
		'colleague manager communicator',
);
/** Single-word conditions that may close the sentence. */
const CONDITIONS = words('if provided providing assuming unless');
/** A failing or a redefinition in the condition. */
const BARBS = words(
	'never nobody nothing without ignoring ignore ignores break breaks breaking broke broken copying copy copied ' +
		'guessing guess clicking stamp stamping fail failing fails skip skipping deleting wrong worse means meant ' +
		'counts counted',
);
/** Nouns a condition redefines ("if the goal was …", "provided the job is …"). */
const REDEFINED = words('goal job point bar metric idea aim plan');
/** The writer hedging ("unless I'm missing something") or a thing as the condition's subject ("if it breaks"). */
const HEDGE = words("i i'm i've i'd my me it it's this that");
const CLAUSE_BREAK = /[,;:()\-–—]/;

/** The length of the condition's connector at word k ("as long as" 3, "if" 1, "for someone who" 3), or 0. */
function connectorAt(ws: readonly string[], k: number): number {
	const w = ws[k] ?? '';
	if (CONDITIONS.has(w)) return 1;
	if (w === 'as' && ws[k + 1] === 'long' && ws[k + 2] === 'as') return 3;
	if (w === 'except' && ws[k + 1] === 'for') return 2;
	if (w === 'for' && ['someone', 'somebody', 'anyone'].includes(ws[k + 1] ?? '') && ws[k + 2] === 'who')
		return 3;
	return 0;
}

/** Token indices of the praise word and the connector of each conditional mock praise; empty when none. */
export function conditionalMockPraise(sentences: readonly Sentence[], masked: string): number[] {
	const found: number[] = [];
	for (const { ws, toks, first } of sentences) {
		// The opening clause ends at the first clause break within eight words.
		let b = -1;
		for (let k = 0; k + 1 < toks.length && k < 8; k++)
			if (CLAUSE_BREAK.test(masked.slice((toks[k] as Token).end, (toks[k + 1] as Token).start))) {
				b = k;
				break;
			}
		if (b < 0) continue;
		const praise = ws.slice(0, b + 1).findIndex((w) => PRAISE.has(w));
		if (praise < 0 || ws.slice(0, b + 1).some((w) => w === 'not' || w === "isn't")) continue;
		const c = b + 1;
		const len = connectorAt(ws, c);
		if (len === 0) continue;
		const cond = ws.slice(c + len);
		// A main clause after the condition ("if nothing breaks in staging, we ship"): a plan, not a barb.
		const last = toks.length - 1;
		let more = false;
		for (let k = c + len; k < last; k++)
			if (CLAUSE_BREAK.test(masked.slice((toks[k] as Token).end, (toks[k + 1] as Token).start))) more = true;
		if (more || cond.some((w) => HEDGE.has(w)) || cond[0] === 'no') continue;
		const about =
			ws.some((w) => READER.has(w)) || ws.slice(0, b + 1).some((w) => PERSON_QUALITY.has(w)) || len === 3;
		const barb =
			cond.some((w) => BARBS.has(w)) ||
			cond.some((w, k) => REDEFINED.has(w) && ['is', 'was', 'being'].includes(cond[k + 1] ?? ''));
		if (about && barb) {
			found.push(first + praise);
			for (let k = c; k < c + len; k++) found.push(first + k);
		}
	}
	return found;
}
