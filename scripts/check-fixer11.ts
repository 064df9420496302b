/**
 * `npx tsx scripts/check-fixer11.ts [--show] [dev|check]`: runs the offline backend through the rewrite engine on
 * the session 24 hand-written drafts (tests/corpora/fixer11-dev.jsonl and -check.jsonl; tune on dev only) and
 * prints, per half and per kind, how many drafts get a suggestion that passes every test:
 * - all kinds: a suggestion exists, keeps no insult word (normalised, superlatives counted as their base: "silliest"
 *   is "silly"), the scorer no longer flags it, and it keeps the draft's listed content words;
 * - vocative ("You st*pid ass, the migration …"): no "you" is left of the insult phrase (no "You unwise the …");
 * - superlative ("the sloppiest review"): nothing beyond the all-kinds tests;
 * - stop-being ("stop being an idiot"): no "stop/quit being|acting like" frame is left ("stop being a person");
 * - time ("Stop wasting everyone's time."): the time cost is still said ("time"), with no "wasting";
 * - whitespace: the draft's leading and trailing whitespace, quote lines and fenced code come back byte for byte.
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
	kind: 'vocative' | 'superlative' | 'stop-being' | 'time' | 'whitespace';
	text: string;
	keep: string[];
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

function insultWords(text: string): string[] {
	const list = words(text);
	const multi = [...INSULTS].filter((w) => w.includes(' ') && normalize(text).text.includes(w));
	return [...new Set([...list.filter((w) => stems(w).some((s) => INSULTS.has(s))), ...multi])];
}

/** What the user wrote that no rewrite may touch: quote lines and fenced code blocks. */
function verbatimParts(text: string): string[] {
	const fences = text.match(/^```[^\n]*\n[\s\S]*?^```/gm) ?? [];
	const quotes = text.split('\n').filter((l) => l.startsWith('>'));
	return [...fences, ...quotes];
}

const edge = (text: string) => ({ lead: /^\s*/.exec(text)?.[0] ?? '', trail: /\s*$/.exec(text)?.[0] ?? '' });

function failures(d: Draft, rewrite: string | undefined, flagged: boolean): string[] {
	if (rewrite === undefined) return ['no-suggestion'];
	const out: string[] = [];
	const insults = insultWords(rewrite);
	if (insults.length) out.push(`insult[${insults.join(',')}]`);
	if (flagged) out.push('still-flagged');
	const have = new Set((rewrite.match(/[\p{L}\p{N}'’-]+/gu) ?? []).map((w) => w.toLowerCase()));
	const lost = d.keep.filter((w) => !have.has(w.toLowerCase()));
	if (lost.length) out.push(`lost[${lost.join(',')}]`);
	if (d.kind === 'vocative' && /\byou\b/i.test(rewrite)) out.push('vocative-left');
	if (d.kind === 'stop-being' && /\b(?:stop|quit)\s+(?:being|acting)\b/i.test(rewrite))
		out.push('frame-left');
	if (d.kind === 'time') {
		if (!/\btime\b/i.test(rewrite)) out.push('time-cost-dropped');
		if (/\bwast/i.test(rewrite)) out.push('wasting-left');
	}
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
			join(import.meta.dirname, `../tests/corpora/fixer11-${half}.jsonl`),
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
