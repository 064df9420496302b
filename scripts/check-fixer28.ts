/**
 * `npx tsx scripts/check-fixer28.ts [--show] [--floor] [--set fixer29] [dev|check]`: runs the offline backend through the rewrite
 * engine on the session 28 hand-written condescending drafts that carry a technical point
 * (tests/corpora/fixer28-dev.jsonl and -check.jsonl; tune on dev only; kinds: leave-it "leave X to people who
 * understand it", anyone-would "anyone with a week of experience would have caught X", mock-question "do you need
 * me to hold your hand …?", basic "this is Programming 101", lecture "maybe read a book on X first") and prints,
 * per half, how many drafts get a suggestion (offered) and how many of those:
 * - civil: the scorer does not flag the suggestion, it says none of the draft's `drop` phrases (the put-down) and
 *   holds no sneer at the reader (fixer-sneer.ts `sneersAtReader`);
 * - kept: it keeps every listed `keep` word (the technical point);
 * - no new content: every word of it that is not in the draft is a function word or one of the fixer's framing
 *   words (`FRAME` below: "please", "could", "seems", "caught", …); `--show` lists the others;
 * - pass: all of the above, and no dangling comma.
 * `--set fixer30` runs tests/corpora/fixer30-{dev,check}.jsonl (session 30: stop-imperatives "Quit bumping this.",
 * verdicts and exits "Wow. Just wow.", "I'm done here.", third-person put-downs "Real engineers write tests …"); a
 * draft with an empty `keep` has no point, and a replacement offered for it may use words of its own.
 * `--set fixer29` runs tests/corpora/fixer29-{dev,check}.jsonl instead (session 28 fixer29: dismissive imperatives
 * "stop whining/posting", "nobody asked", "like a normal person" tails, verdict + dismissal, each with a point).
 * `--floor` scores each draft as flagged by a toxic floor with underlines on its `drop` phrases (what a scorer with
 * a learned contempt signal would hand the engine), the suggestion judged by the real scorer as usual.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../models/rewrite/bandit.ts';
import { suggestRewrite } from '../models/rewrite/engine.ts';
import { condescendingClauses, restateCondescension } from '../models/rewrite/fixer-condescend.ts';
import { dropDismissals } from '../models/rewrite/fixer-dismiss.ts';
import { restatePutDowns } from '../models/rewrite/fixer-putdown.ts';
import { sneersAtReader } from '../models/rewrite/fixer-sneer.ts';
import { createNodeScorerFor } from '../models/rewrite/node-setup.ts';
import { createOfflineBackend } from '../models/rewrite/offline-fixer.ts';
import type { Scorer, Span } from '../models/scoring/types.ts';

interface Draft {
	kind: string;
	text: string;
	keep: string[];
	drop: string[];
}

/** Function words and the wording a civil restatement may add without adding content. */
const FRAME = new Set(
	`a an the and or but so because since if then than that this these those it its it's there here is are was were
	be been being am do does did done have has had having can could would should will shall may might must not no
	to of in on at by for with from as about into before after again also too just only still more most very
	i i'm i'd i've me my we we're let's us our you you're your yours he she they them their what which who why how
	when where please could thanks thank think seems seem look looks looking take another sure may want suggest
	maybe perhaps worth worth check checking caught catch catches misses missed miss one ones easy easily notice
	noticed helpful help helps idea read reading docs documentation explain explained note noted agree agreed
	reminder remind recall earlier mentioned before again well like once don't doesn't didn't won't wouldn't can't
	couldn't shouldn't isn't aren't wasn't weren't`
		.split(/\s+/)
		.filter(Boolean),
);

const wordsOf = (text: string) =>
	(text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
/** Plural, -ed and -ing forms count as the word the draft had ("tagging" → "tag"). */
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');

function newWords(draft: string, rewrite: string): string[] {
	const had = new Set(wordsOf(draft).flatMap((w) => [w, stem(w)]));
	return [...new Set(wordsOf(rewrite).filter((w) => !FRAME.has(w) && !had.has(w) && !had.has(stem(w))))];
}

function failures(d: Draft, rewrite: string | undefined, flagged: boolean, replacement = false) {
	if (rewrite === undefined)
		return { offered: false, civil: false, kept: false, fresh: false, fails: ['none'] };
	const fails: string[] = [];
	if (flagged) fails.push('still-flagged');
	const said = d.drop.filter((p) => new RegExp(`\\b${p}\\b`, 'iu').test(rewrite));
	if (said.length) fails.push(`kept-putdown[${said.join(',')}]`);
	const sneers = sneersAtReader(rewrite);
	if (sneers.length) fails.push(`sneer[${sneers.join(',')}]`);
	const civil = fails.length === 0;
	const have = new Set(wordsOf(rewrite));
	const lost = d.keep.filter((w) => !have.has(w.toLowerCase()));
	if (lost.length) fails.push(`lost[${lost.join(',')}]`);
	// A draft with no point (`keep` empty) is answered by the fixer's own statement ("I'd rather not continue this
	// discussion."), a replacement: its words are new by design.
	const added = replacement && d.keep.length === 0 ? [] : newWords(d.text, rewrite);
	if (added.length) fails.push(`new[${added.join(',')}]`);
	if (/,\s*(?:[.!?]|$)/.test(rewrite)) fails.push('dangling-comma');
	return { offered: true, civil, kept: lost.length === 0, fresh: added.length === 0, fails };
}

/** The real scorer, except that each draft reads as flagged by a toxic floor, underlined on its put-down. */
function floorScorer(scorer: Scorer, drafts: readonly Draft[]): Scorer {
	const byText = new Map(drafts.map((d) => [d.text, d]));
	return {
		async score(texts, options) {
			const scores = await scorer.score(texts, options);
			return scores.map((s, i) => {
				const d = byText.get(texts[i] ?? '');
				if (!d) return s;
				const spans: Span[] = d.drop.flatMap((p) => {
					const m = new RegExp(`\\b${p}\\b`, 'iu').exec(d.text);
					return m ? [{ start: m.index, end: m.index + m[0].length, weight: 1, head: 'toxic' as const }] : [];
				});
				return { ...s, toxic: Math.max(s.toxic, 0.9), flag: true, spans };
			});
		},
	};
}

async function main(argv: string[]) {
	const show = argv.includes('--show');
	const floor = argv.includes('--floor');
	const set = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : 'fixer28';
	const halves = ['dev', 'check'].filter((h) => !argv.includes(h === 'dev' ? 'check' : 'dev'));
	const { scorer, name } = await createNodeScorerFor('onnx');
	const backend = createOfflineBackend();
	for (const half of halves) {
		const drafts: Draft[] = readFileSync(
			join(import.meta.dirname, `../tests/corpora/${set}-${half}.jsonl`),
			'utf8',
		)
			.split('\n')
			.filter((l) => l.trim())
			.map((l) => JSON.parse(l));
		const engineScorer = floor ? floorScorer(scorer, drafts) : scorer;
		const n = { flagged: 0, offered: 0, civil: 0, kept: 0, fresh: 0, pass: 0 };
		const byKind = new Map<string, { pass: number; n: number }>();
		let similarity = 0;
		for (const [i, d] of drafts.entries()) {
			if ((await scorer.score([d.text]))[0]?.flag) n.flagged++;
			const { suggestion } = await suggestRewrite(
				{ text: d.text },
				{ backend, scorer: engineScorer, random: seededRandom(i + 1) },
			);
			const best = suggestion.candidates[0];
			const flagged = best ? Boolean((await scorer.score([best.rewrite]))[0]?.flag) : false;
			if (best) similarity += best.similarity;
			const r = failures(d, best?.rewrite, flagged, best?.replacement === true);
			if (r.offered) n.offered++;
			if (r.civil) n.civil++;
			if (r.offered && r.kept) n.kept++;
			if (r.offered && r.fresh) n.fresh++;
			const k = byKind.get(d.kind) ?? { pass: 0, n: 0 };
			k.n++;
			if (!r.fails.length) {
				n.pass++;
				k.pass++;
			}
			byKind.set(d.kind, k);
			if (show) {
				console.log(`[${half} ${i + 1} ${d.kind}] ${JSON.stringify(d.text)}`);
				console.log(
					best
						? `  → ${JSON.stringify(best.rewrite)}  (sim ${best.similarity.toFixed(2)})${r.fails.length ? `  FAIL ${r.fails.join(' ')}` : ''}`
						: '  → (no suggestion)',
				);
			}
		}
		const kinds = [...byKind].map(([k, v]) => `${k} ${v.pass}/${v.n}`).join(', ');
		const of = drafts.length;
		console.log(
			`${half}${floor ? ' (floor)' : ''}: draft flagged ${n.flagged}/${of}; offered ${n.offered}/${of}, civil ${n.civil}/${of}, kept point ${n.kept}/${of}, no new content ${n.fresh}/${of}; pass ${n.pass}/${of} (${kinds}); mean similarity ${(n.offered ? similarity / n.offered : 0).toFixed(3)}`,
		);
	}
	// Civil twins (lines that share the put-downs' words but are fine): the rules must leave them as they are, and
	// the ranking must find no condescending clause in them.
	const twinsFile = join(import.meta.dirname, `../tests/corpora/${set}-twins.txt`);
	if (existsSync(twinsFile)) {
		const twins = readFileSync(twinsFile, 'utf8')
			.split('\n')
			.filter((l) => l.trim());
		const changed = twins.filter((t) => restatePutDowns(dropDismissals(restateCondescension(t))) !== t);
		const clauses = twins.filter((t) => condescendingClauses(t).length > 0);
		console.log(
			`civil twins: changed by the rules ${changed.length}/${twins.length}, read as condescending ${clauses.length}/${twins.length}`,
		);
		if (show)
			for (const t of new Set([...changed, ...clauses])) console.log(`  twin hit: ${JSON.stringify(t)}`);
	}
	console.log(`scorer: ${name}`);
}

await main(process.argv.slice(2));
