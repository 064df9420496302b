/**
 * `npx tsx scripts/check-fixer12.ts [--show] [dev|check]`: runs the offline backend through the rewrite engine on
 * the session 26 hand-written drafts (tests/corpora/fixer12-dev.jsonl and -check.jsonl; tune on dev only) and
 * prints, per half and per kind, how many drafts get a suggestion that passes every test:
 * - all kinds: a suggestion exists, keeps no insult word (normalised, superlatives counted as their base, and
 *   chunks split by "-", ".", "_", "*" or a space read joined: "id-iot" is "idiot"), the scorer no longer flags it,
 *   it keeps the draft's listed content words, says none of its listed `drop` phrases, and leaves no comma
 *   dangling (", ." or a trailing comma);
 * - split ("id-iot", "st.u.p.i.d"): nothing beyond the all-kinds tests (the keep lists hold "re-run", "e-mail");
 * - nonsense ("This is nonsense.", "utter garbage"): a disagreement is said ("I don't think", "I disagree", …) in
 *   at least four words, not a stub;
 * - vocative (", you clown", ", genius"): nothing beyond the all-kinds tests;
 * - stop-being: no "stop/quit being|acting like" frame and no "person" is left, nor a stub ("About tests.")
 *   where the draft said more than the insult;
 * - mock-praise ("Great job breaking the build, genius."): the praise words are in `drop`, the failure in `keep`.
 * - sneer (session 27: "you clearly have no clue", "do you even know …?"): the sneer is in `drop`, the point in
 *   `keep`; the draft scorer flags some of these and not others, so the "still flagged" test is the scorer's word.
 * `--show` prints each draft and its suggestion with the tests it fails.
 */
import { readFileSync } from 'node:fs';
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
import { CAMOUFLAGE_LEXICON } from '../models/text/lexicon.ts';
import { normalize } from '../models/text/normalize.ts';

interface Draft {
	kind: 'split' | 'nonsense' | 'vocative' | 'stop-being' | 'mock-praise' | 'sneer';
	text: string;
	keep: string[];
	drop?: string[];
}

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
		'lame',
		'shoddy',
		'crappy',
		'sloppy',
		'silly',
	]
		.map((w) => w.toLowerCase())
		.filter((w) => !NOT_INSULTS.has(w)),
);

function words(text: string): string[] {
	return normalize(text).text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
}

/** A superlative or comparative of a listed word ("silliest", "lamest", "dumbest") counts as the word. */
function stems(word: string): string[] {
	return [
		word,
		word.replace(/iest$/, 'y'),
		word.replace(/est$/, ''),
		word.replace(/est$/, 'e'),
		word.replace(/(.)\1est$/, '$1'),
		word.replace(/er$/, ''),
	];
}

/** Runs of letter chunks split by one separator ("id-iot", "st.u.p.i.d", "id iot"), every window read joined. */
function splitInsults(text: string): string[] {
	const found: string[] = [];
	for (const run of normalize(text).text.matchAll(/\p{L}+(?:[-._* ]\p{L}+)+/gu)) {
		const chunks = run[0].split(/[-._* ]/);
		for (let i = 0; i < chunks.length; i++)
			for (let j = i + 2; j <= chunks.length; j++) {
				const joined = chunks.slice(i, j).join('');
				if (stems(joined).some((s) => INSULTS.has(s))) found.push(chunks.slice(i, j).join('~'));
			}
	}
	return found;
}

function insultWords(text: string): string[] {
	const list = words(text);
	const multi = [...INSULTS].filter((w) => w.includes(' ') && normalize(text).text.includes(w));
	return [
		...new Set([
			...list.filter((w) => stems(w).some((s) => INSULTS.has(s))),
			...multi,
			...splitInsults(text),
		]),
	];
}

/** What the user wrote that no rewrite may touch: quote lines and fenced code blocks. */
function verbatimParts(text: string): string[] {
	const fences = text.match(/^```[^\n]*\n[\s\S]*?^```/gm) ?? [];
	const quotes = text.split('\n').filter((l) => l.startsWith('>'));
	return [...fences, ...quotes];
}

const edge = (text: string) => ({ lead: /^\s*/.exec(text)?.[0] ?? '', trail: /\s*$/.exec(text)?.[0] ?? '' });

/** How a restated "this is nonsense" says the writer disagrees. */
const DISAGREE =
	/\b(?:I\s+(?:don['’]t|do\s+not)\s+(?:think|agree)|I\s+disagree|I['’]m\s+not\s+(?:sure|convinced)|I\s+have\s+(?:some\s+)?concerns|(?:needs?|need)\s+more\s+work|(?:isn['’]t|is\s+not|doesn['’]t\s+(?:seem|look))\s+right)\b/i;

function failures(d: Draft, rewrite: string | undefined, flagged: boolean): string[] {
	if (rewrite === undefined) return ['no-suggestion'];
	const out: string[] = [];
	const insults = insultWords(rewrite);
	if (insults.length) out.push(`insult[${insults.join(',')}]`);
	if (flagged) out.push('still-flagged');
	const have = new Set((rewrite.match(/[\p{L}\p{N}'’-]+/gu) ?? []).map((w) => w.toLowerCase()));
	const lost = d.keep.filter((w) => !have.has(w.toLowerCase()));
	if (lost.length) out.push(`lost[${lost.join(',')}]`);
	const said = (d.drop ?? []).filter((p) => new RegExp(`\\b${p}\\b`, 'i').test(rewrite));
	if (said.length) out.push(`kept[${said.join(',')}]`);
	if (/,\s*(?:[.!?]|$)/.test(rewrite)) out.push('dangling-comma');
	if (d.kind === 'nonsense') {
		if (!DISAGREE.test(rewrite)) out.push('no-disagreement');
		if ((rewrite.match(/\p{L}+/gu) ?? []).length < 4) out.push('stub');
	}
	if (d.kind === 'stop-being' && d.keep.length && (rewrite.match(/\p{L}+/gu) ?? []).length < 3)
		out.push('stub');
	if (d.kind === 'stop-being' && /\b(?:stop|quit)\s+(?:being|acting)\b|\bperson\b/i.test(rewrite))
		out.push('frame-left');
	const a = edge(d.text);
	const b = edge(rewrite);
	if (a.lead !== b.lead) out.push(`leading-ws ${JSON.stringify(a.lead)}→${JSON.stringify(b.lead)}`);
	if (a.trail !== b.trail) out.push(`trailing-ws ${JSON.stringify(a.trail)}→${JSON.stringify(b.trail)}`);
	const missing = verbatimParts(d.text).filter((p) => !rewrite.includes(p));
	if (missing.length) out.push(`verbatim-changed[${missing.length}]`);
	return out;
}

async function main(argv: string[]) {
	const show = argv.includes('--show');
	const halves = ['dev', 'check'].filter((h) => !argv.includes(h === 'dev' ? 'check' : 'dev'));
	const { scorer, name } = await createNodeScorerFor('onnx');
	const backend = createOfflineBackend();
	for (const half of halves) {
		const drafts: Draft[] = readFileSync(
			join(import.meta.dirname, `../tests/corpora/fixer12-${half}.jsonl`),
			'utf8',
		)
			.split('\n')
			.filter((l) => l.trim())
			.map((l) => JSON.parse(l));
		const byKind = new Map<string, { pass: number; n: number }>();
		let pass = 0;
		let suggested = 0;
		let similarity = 0;
		for (const [i, d] of drafts.entries()) {
			const { suggestion } = await suggestRewrite(
				{ text: d.text },
				{ backend, scorer, random: seededRandom(i + 1) },
			);
			const best = suggestion.candidates[0];
			let flagged = false;
			if (best) {
				suggested++;
				similarity += best.similarity;
				flagged = Boolean((await scorer.score([best.rewrite]))[0]?.flag);
			}
			const fails = failures(d, best?.rewrite, flagged);
			const k = byKind.get(d.kind) ?? { pass: 0, n: 0 };
			k.n++;
			if (!fails.length) {
				k.pass++;
				pass++;
			}
			byKind.set(d.kind, k);
			if (show) {
				console.log(`[${half} ${i + 1} ${d.kind}] ${JSON.stringify(d.text)}`);
				console.log(
					best
						? `  → ${JSON.stringify(best.rewrite)}  (sim ${best.similarity.toFixed(2)})${fails.length ? `  FAIL ${fails.join(' ')}` : ''}`
						: '  → (no suggestion)',
				);
			}
		}
		const kinds = [...byKind].map(([k, v]) => `${k} ${v.pass}/${v.n}`).join(', ');
		console.log(
			`${half}: pass ${pass}/${drafts.length} (${kinds}); suggestion ${suggested}/${drafts.length}; mean similarity ${(suggested ? similarity / suggested : 0).toFixed(3)}`,
		);
	}
	console.log(`scorer: ${name}`);
}

await main(process.argv.slice(2));
