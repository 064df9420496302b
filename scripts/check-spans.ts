/**
 * Session 14 (spans2): do the underlines sit on the words that make a draft rude? Reads a hand-written corpus
 * (default tests/corpora/spans-culprits.txt; dev = even lines counted from 0, check = odd lines) whose drafts mark
 * - `[[…]]` a culprit: some underline must overlap it (a phrase counts as hit when any of its words is underlined);
 * - `((…))` words it is fine to underline too (a culprit's direct modifiers, the rest of a put-down's frame);
 * - `{{…}}` words that must never be underlined (quoted text, the writer's insults at themselves).
 * The markers are stripped before scoring (offsets are taken on the stripped draft); `\n` is a line break.
 * Prints per half: culprit hit rate (culprits overlapped by some span), precision (underlined words inside a
 * culprit or a `((…))` stretch, over all underlined words), drafts with a culprit but no span at all, flagged
 * drafts, underlines inside `{{…}}`, and (session 28, spans28) the card's word: flagged drafts whose first
 * "Mostly because of" quote (the strongest span, as card-view.ts `strongestQuotes` ranks them) sits on a culprit
 * or a `((…))` stretch.
 * `npx tsx scripts/check-spans.ts [--show] [FILE]`: `--show` prints each dev draft with its underlines in
 * «…» and its misses (never the check lines: those are only counted).
 */
import { resolve } from 'node:path';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { readCorpus } from '../models/train/evaluate.ts';

export interface MarkedDraft {
	text: string;
	culprits: [number, number][];
	allowed: [number, number][];
	forbidden: [number, number][];
}

/** Strips the markers of one corpus line, keeping their ranges as offsets into the stripped draft. */
export function parseMarked(line: string): MarkedDraft {
	const source = line.replace(/\\n/g, '\n');
	const out: MarkedDraft = { text: '', culprits: [], allowed: [], forbidden: [] };
	const kinds: Record<string, keyof Omit<MarkedDraft, 'text'>> = {
		'[[': 'culprits',
		'((': 'allowed',
		'{{': 'forbidden',
	};
	const closing: Record<string, string> = { '[[': ']]', '((': '))', '{{': '}}' };
	let i = 0;
	while (i < source.length) {
		const two = source.slice(i, i + 2);
		const kind = kinds[two];
		if (kind) {
			const end = source.indexOf(closing[two] as string, i + 2);
			if (end < 0) throw new Error(`unclosed ${two} in: ${line}`);
			const inner = source.slice(i + 2, end);
			out[kind].push([out.text.length, out.text.length + inner.length]);
			out.text += inner;
			i = end + 2;
		} else {
			out.text += source[i];
			i++;
		}
	}
	return out;
}

const overlaps = (a: [number, number], s: { start: number; end: number }) => s.start < a[1] && a[0] < s.end;

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const show = args.includes('--show');
	const file = args.find((a) => !a.startsWith('--')) ?? 'tests/corpora/spans-culprits.txt';
	const scorer = await createNodeScorer();
	const lines = readCorpus(resolve(file));
	type Tally = Record<
		| 'culprits'
		| 'hit'
		| 'spans'
		| 'good'
		| 'noSpan'
		| 'withCulprit'
		| 'flagged'
		| 'forbidden'
		| 'drafts'
		| 'card',
		number
	>;
	const zero = (): Tally => ({
		culprits: 0,
		hit: 0,
		spans: 0,
		good: 0,
		noSpan: 0,
		withCulprit: 0,
		flagged: 0,
		forbidden: 0,
		drafts: 0,
		card: 0,
	});
	const tally = { dev: zero(), check: zero() };
	for (const [i, line] of lines.entries()) {
		const half = i % 2 === 0 ? 'dev' : 'check';
		const t = tally[half];
		const d = parseMarked(line);
		const [r] = await scorer.score([d.text]);
		if (!r) continue;
		t.drafts++;
		if (r.flag) t.flagged++;
		const spans = r.flag ? r.spans : [];
		const hits = d.culprits.map((c) => spans.some((s) => overlaps(c, s)));
		t.culprits += d.culprits.length;
		t.hit += hits.filter(Boolean).length;
		if (d.culprits.length > 0) {
			t.withCulprit++;
			if (spans.length === 0) t.noSpan++;
		}
		for (const s of spans) {
			t.spans++;
			if ([...d.culprits, ...d.allowed].some((c) => overlaps(c, s))) t.good++;
			if (d.forbidden.some((c) => overlaps(c, s))) t.forbidden++;
		}
		// The card quotes the strongest span first (stable sort: ties keep the draft's order).
		const top = [...spans].sort((a, b) => b.weight - a.weight)[0];
		if (top && [...d.culprits, ...d.allowed].some((c) => overlaps(c, top))) t.card++;
		if (show && half === 'dev') {
			let marked = '';
			let at = 0;
			for (const s of [...spans].sort((a, b) => a.start - b.start)) {
				marked += `${d.text.slice(at, s.start)}«${d.text.slice(s.start, s.end)}»`;
				at = s.end;
			}
			marked += d.text.slice(at);
			const missed = d.culprits.filter((_, k) => !hits[k]).map(([a, b]) => d.text.slice(a, b));
			console.log(
				`${r.flag ? 'FLAG' : '    '} ${r.toxic.toFixed(2)} ${marked.replace(/\n/g, '\\n')}${missed.length ? `   MISSED: ${missed.join(' | ')}` : ''}${top ? `   CARD: ${d.text.slice(top.start, top.end)}` : ''}`,
			);
		}
	}
	const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(0)} %)`;
	for (const [half, t] of Object.entries(tally))
		console.log(
			`${half.padEnd(5)} culprits hit ${pct(t.hit, t.culprits)}  precision ${pct(t.good, t.spans)}  ` +
				`no span ${t.noSpan}/${t.withCulprit}  flagged ${t.flagged}/${t.drafts}  underlined in {{…}} ${t.forbidden}  ` +
				`card's first word on a culprit ${t.card}/${t.flagged}`,
		);
	await scorer.dispose();
}
