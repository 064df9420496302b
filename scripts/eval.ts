/**
 * `npx tsx scripts/eval.ts [--data DIR] [--models DIR]` (models default: models/): evaluates the shipped models through the real runtime (OnnxScorer on
 * onnxruntime-web) on our validation splits, beside a TF-IDF+LR floor and the published numbers; then jargon
 * false positives, abusive/camouflaged recall (with and without normalisation), self-deprecation vs insults aimed
 * at others, the opt-in swearing setting (allowSwearingAtThings) on its own sets, and prefix metrics.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import type { ModelManifest } from '../models/scoring/manifest.ts';
import { createNodeScorer, MODELS_DIR } from '../models/scoring/node-scorer.ts';
import { camouflageText } from '../models/text/camouflage.ts';
import { CAMOUFLAGE_LEXICON } from '../models/text/lexicon.ts';
import { lowercaseOnly } from '../models/text/normalize.ts';
import { heldOutNote } from '../models/train/corpus-rows.ts';
import { loadAppropriateness, loadToxicSet, TOXIC_SETS } from '../models/train/datasets.ts';
import {
	type DatasetRow,
	evalAppropriateness,
	evalToxicSet,
	flagRate,
	prefixOf,
	readCorpus,
	scoreAll,
} from '../models/train/evaluate.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--data');
const dataDir = resolve(at >= 0 ? (args[at + 1] ?? '') : (process.env.TACTFUL_DATA ?? '../shared/data'));
const modelsAt = args.indexOf('--models');
const modelsDir = modelsAt >= 0 ? resolve(args[modelsAt + 1] ?? '') : MODELS_DIR;
const t0 = Date.now();
const scorer = await createNodeScorer(modelsDir);
const raw = await createNodeScorer(modelsDir, { tokenizer: (draft) => tokenize(draft, lowercaseOnly) });
const fmt = (x: number) => (Number.isNaN(x) ? '  —  ' : x.toFixed(3));

console.log(
	'Per dataset (our validation splits; ours = shipped CLI scorer at 0.5; floor = TF-IDF+LR fitted per set)',
);
console.log(
	`${'dataset'.padEnd(16)}${'n'.padStart(6)}${'pos'.padStart(6)}  metric    ours   AUC    floor  published`,
);
const rows: DatasetRow[] = [];
const sets = TOXIC_SETS.map((name) => loadToxicSet(dataDir, name));
for (const set of sets) rows.push(await evalToxicSet(scorer, set));
const approp = await evalAppropriateness(scorer, loadAppropriateness(dataDir));
// When the shipped model was refitted on train + valid, its valid number is in-sample: say so on the row.
const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8')) as ModelManifest;
const inSampleNote = heldOutNote(manifest.datasets);
rows.push(inSampleNote.length > 0 ? { ...approp.row, name: 'approp IN-SAMPLE' } : approp.row);
for (const r of rows) {
	console.log(
		`${r.name.padEnd(16)}${String(r.n).padStart(6)}${String(r.positives).padStart(6)}  ${r.metric.padEnd(8)}  ${fmt(r.ours)}  ${fmt(r.auc)}  ${fmt(r.floor)}  ${r.published}`,
	);
}
console.log(`appropriateness: mean macro-F1 over the 14 dimension heads ${fmt(approp.meanDimensionMacroF1)}`);
for (const line of inSampleNote) console.log(line);

// A literal backslash-n in a corpus line is a line break of the draft (civil10's replies under a quoted line).
const corpus = (name: string) =>
	readCorpus(resolve('tests/corpora', name)).map((l) => l.replaceAll('\\n', '\n'));
const jargon = [...corpus('jargon.txt'), ...corpus('civil-critique.txt')];
const abusive = corpus('abusive.txt');
console.log('\nHand-written GitHub-style corpora (flag at default settings)');
console.log(
	`  jargon + civil critique flagged   ${fmt(await flagRate(scorer, jargon))}  (n=${jargon.length}, target ≤ 0.03)`,
);
console.log(
	`  abusive caught                    ${fmt(await flagRate(scorer, abusive))}  (n=${abusive.length}, target ≥ 0.95)`,
);
// Session 6's check set, written before the self-deprecation fix and never trained or tuned on.
const selfDeprecating = corpus('self-deprecation.txt');
const atOthers = corpus('insults-at-others.txt');
console.log(
	`  self-deprecation flagged          ${fmt(await flagRate(scorer, selfDeprecating))}  (n=${selfDeprecating.length}, target ≤ 0.05)`,
);
console.log(
	`  insults aimed at others caught    ${fmt(await flagRate(scorer, atOthers))}  (n=${atOthers.length}, target ≥ 0.95)`,
);
// Session 7's second check set, written before the draft-level self-insult rule and held back from its tuning.
const selfDeprecating2 = corpus('self-deprecation-2.txt');
const atOthers2 = corpus('insults-at-others-2.txt');
console.log(
	`  self-deprecation 2 flagged        ${fmt(await flagRate(scorer, selfDeprecating2))}  (n=${selfDeprecating2.length}, target ≤ 0.05)`,
);
console.log(
	`  insults at others 2 caught        ${fmt(await flagRate(scorer, atOthers2))}  (n=${atOthers2.length}, target ≥ 0.95)`,
);
// Session 7's held-back sets for the rule on insults aimed at others, written before it and never tuned on.
const atOthers3 = corpus('insults-at-others-3.txt');
const civilWords = corpus('insult-words-civil.txt');
console.log(
	`  insults at others 3 caught        ${fmt(await flagRate(scorer, atOthers3))}  (n=${atOthers3.length}, held back, target ≥ 0.95)`,
);
console.log(
	`  insult words, civil use flagged   ${fmt(await flagRate(scorer, civilWords))}  (n=${civilWords.length}, held back, target ≤ 0.05)`,
);
// Session 7's held-back sets for the rule on quoted mentions, written before it and never tuned on.
const quotedCivil = corpus('quoted-mentions-civil.txt');
const quotedAttacks = corpus('quoted-attacks.txt');
console.log(
	`  quoted mentions, civil flagged    ${fmt(await flagRate(scorer, quotedCivil))}  (n=${quotedCivil.length}, held back, target ≤ 0.05)`,
);
console.log(
	`  attacks using quotes caught       ${fmt(await flagRate(scorer, quotedAttacks))}  (n=${quotedAttacks.length}, held back, target ≥ 0.95)`,
);
// Session 8's sets: odd lines (1st, 3rd, …) dev (tuned on), even lines check (report only).
// Written before the thing-insult rule:
const halves = (name: string) => {
	const all = corpus(name);
	return { dev: all.filter((_, i) => i % 2 === 0), check: all.filter((_, i) => i % 2 === 1) };
};
for (const [name, label, target] of [
	['civil-dev-comments.txt', 'civil dev comments flagged', 'target ≤ 0.03'],
	['insult-words-things-dev.txt', 'insult words at things flagged', 'target ≤ 0.05'],
	['insult-words-people-dev.txt', 'same words at people caught', 'target ≥ 0.95'],
] as const) {
	const { dev, check } = halves(name);
	console.log(
		`  ${label.padEnd(32)} dev ${fmt(await flagRate(scorer, dev))} (n=${dev.length})  check ${fmt(await flagRate(scorer, check))} (n=${check.length}, ${target})`,
	);
}
// Session 8's sarcasm sets, written before the sarcasm rule.
const sarcasm = halves('sarcasm-attacks.txt');
const sincere = halves('sincere-praise.txt');
console.log(
	`  sarcasm at others caught          dev ${fmt(await flagRate(scorer, sarcasm.dev))}  check ${fmt(await flagRate(scorer, sarcasm.check))}  (n=${sarcasm.dev.length}+${sarcasm.check.length})`,
);
console.log(
	`  sincere praise flagged            dev ${fmt(await flagRate(scorer, sincere.dev))}  check ${fmt(await flagRate(scorer, sincere.check))}  (n=${sincere.dev.length}+${sincere.check.length}, target ≤ 0.05)`,
);
// Session 9's second sarcasm pair, written before its rules (sarcasm-frames.ts): odd lines dev, even check.
for (const [name, label, target] of [
	['sarcasm-attacks-2.txt', 'sarcasm at others 2 caught', 'target ≥ 0.95'],
	['sincere-praise-2.txt', 'sincere praise 2 flagged', 'target ≤ 0.05'],
] as const) {
	const { dev, check } = halves(name);
	console.log(
		`  ${label.padEnd(32)} dev ${fmt(await flagRate(scorer, dev))} (n=${dev.length})  check ${fmt(await flagRate(scorer, check))} (n=${check.length}, ${target})`,
	);
}
// Session 10's passive-aggressive pair, written before its rule: odd lines dev, even check.
for (const [name, label, target] of [
	['passive-aggressive.txt', 'passive-aggressive caught', 'target ≥ 0.95'],
	['passive-aggressive-sincere.txt', 'same words, sincere flagged', 'target ≤ 0.05'],
] as const) {
	const { dev, check } = halves(name);
	console.log(
		`  ${label.padEnd(32)} dev ${fmt(await flagRate(scorer, dev))} (n=${dev.length})  check ${fmt(await flagRate(scorer, check))} (n=${check.length}, ${target})`,
	);
}
// Session 11's dry-sarcasm and relief pairs, written before their rules: odd lines dev (tuned on), even check.
for (const [name, label, target] of [
	['dry-sarcasm.txt', 'dry sarcasm caught', 'target ≥ 0.95'],
	['dry-sarcasm-sincere.txt', 'same frames, sincere flagged', 'target ≤ 0.05'],
	['relief-thanks.txt', 'relieved "finally" thanks flagged', 'target ≤ 0.05'],
] as const) {
	const { dev, check } = halves(name);
	console.log(
		`  ${label.padEnd(32)} dev ${fmt(await flagRate(scorer, dev))} (n=${dev.length})  check ${fmt(await flagRate(scorer, check))} (n=${check.length}, ${target})`,
	);
}
// Session 11's person-directed insults without a slur ("your team is a bunch of amateurs", "are you just dense?")
// and the same words used civilly, written before the rule: odd lines dev (tuned on), even check.
for (const [name, label, target] of [
	['insults-at-people-4.txt', 'insults at people 4 caught', 'target ≥ 0.95'],
	['insult-words-civil-2.txt', 'insult words 2, civil flagged', 'target ≤ 0.05'],
] as const) {
	const { dev, check } = halves(name);
	console.log(
		`  ${label.padEnd(32)} dev ${fmt(await flagRate(scorer, dev))} (n=${dev.length})  check ${fmt(await flagRate(scorer, check))} (n=${check.length}, ${target})`,
	);
}
// Session 12's misses: people named by a relative clause, sarcasm at a decision, thanks then a timing jab,
// contempt for the reader's work, each with its civil look-alikes; written before the rules (odd lines dev,
// tuned on; even lines check).
for (const [name, label, target] of [
	['insults-relative.txt', 'relative-clause insults caught', 'target ≥ 0.95'],
	['insults-relative-civil.txt', 'same frames, civil flagged', 'target ≤ 0.05'],
	['sarcasm-decisions.txt', 'sarcasm at a decision caught', 'target ≥ 0.95'],
	['sarcasm-decisions-sincere.txt', 'same frames, sincere flagged', 'target ≤ 0.05'],
	['thanks-then-jab.txt', 'thanks then a timing jab caught', 'target ≥ 0.95'],
	['thanks-then-fact.txt', 'thanks then a fact flagged', 'target ≤ 0.05'],
	['work-attacks.txt', 'contempt for work caught', 'target ≥ 0.95'],
	['tool-venting.txt', 'venting at tools flagged', 'default settings'],
] as const) {
	const { dev, check } = halves(name);
	console.log(
		`  ${label.padEnd(32)} dev ${fmt(await flagRate(scorer, dev))} (n=${dev.length})  check ${fmt(await flagRate(scorer, check))} (n=${check.length}, ${target})`,
	);
}
// Session 12's sets, written before its rules: odd lines dev (tuned on), even check. Praise naming tools the
// models misread ("Kubernetes", "PHP") and the sarcasm rules' openers said sincerely; threats and look-alikes.
for (const [name, label, target] of [
	['sincere-praise-3.txt', 'sincere praise 3 flagged', 'target ≤ 0.05'],
	['threats-3.txt', 'threats 3 caught', 'target ≥ 0.95'],
	['violent-words-civil-3.txt', 'violent words 3, civil flagged', 'target ≤ 0.05'],
] as const) {
	const { dev, check } = halves(name);
	console.log(
		`  ${label.padEnd(32)} dev ${fmt(await flagRate(scorer, dev))} (n=${dev.length})  check ${fmt(await flagRate(scorer, check))} (n=${check.length}, ${target})`,
	);
}
// Session 8's held-back sets for the threat rule, written before it and never tuned on.
const threats = corpus('threats.txt');
const violentCivil = corpus('violent-words-civil.txt');
console.log(
	`  threats caught                    ${fmt(await flagRate(scorer, threats))}  (n=${threats.length}, held back, target ≥ 0.95)`,
);
console.log(
	`  violent verbs, civil use flagged  ${fmt(await flagRate(scorer, violentCivil))}  (n=${violentCivil.length}, held back, target ≤ 0.05)`,
);
// The second pair, written after the rule and measured once, never tuned on.
const threats2 = corpus('threats-2.txt');
const violentCivil2 = corpus('violent-words-civil-2.txt');
console.log(
	`  threats 2 caught                  ${fmt(await flagRate(scorer, threats2))}  (n=${threats2.length}, held back, target ≥ 0.95)`,
);
// Session 12 looked at the misses of threats 2's odd lines only (dev); its even lines are the check half.
console.log(
	`  threats 2 by half                 dev ${fmt(await flagRate(scorer, halves('threats-2.txt').dev))}  check ${fmt(await flagRate(scorer, halves('threats-2.txt').check))}  (n=10+10)`,
);
console.log(
	`  violent verbs 2, civil flagged    ${fmt(await flagRate(scorer, violentCivil2))}  (n=${violentCivil2.length}, held back, target ≤ 0.05)`,
);
// Session 8's dismissal sets, written before the put-down rule (put-downs.ts): odd lines dev, even check.
for (const [name, label, target] of [
	['dismissals.txt', 'dismissals, put-downs caught', 'target ≥ 0.95'],
	['dismissals-civil.txt', 'same words, civil use flagged', 'target ≤ 0.05'],
] as const) {
	const { dev, check } = halves(name);
	console.log(
		`  ${label.padEnd(32)} dev ${fmt(await flagRate(scorer, dev))} (n=${dev.length})  check ${fmt(await flagRate(scorer, check))} (n=${check.length}, ${target})`,
	);
}
// Session 20's civil developer talk in genres the older sets under-cover, and hostile twins using the same words
// at a person (civil7-*.txt), written before its rules: dev files tuned on, check files only counted.
// Session 20's attacks7 sets, written before its rules: dev and check halves are separate files (dev tuned on).
for (const [name, label, target] of [
	['civil7', 'civil7 developer talk flagged', 'target ≤ 0.03'],
	['civil7-hostile', 'civil7 hostile twins caught', 'must not drop'],
	['attacks7', 'attacks7 (verdicts, threats) caught', 'target ≥ 0.95'],
	['attacks7-civil', 'attacks7 civil twins flagged', 'target ≤ 0.05'],
	// Session 21's attacks8 sets (hate at the reader, chat contempt, veiled and standing threats, sarcastic
	// praise), written before its rules in the same layout.
	['attacks8', 'attacks8 (calm-reading attacks) caught', 'target ≥ 0.95'],
	['attacks8-civil', 'attacks8 civil twins flagged', 'target ≤ 0.05'],
	// Session 22's attacks9 sets: the attacks8 kinds said in other words (each check line paraphrases a dev line).
	['attacks9', 'attacks9 (paraphrased attacks) caught', 'target ≥ 0.95'],
	['attacks9-civil', 'attacks9 civil twins flagged', 'target ≤ 0.05'],
	// Session 21's civil forum talk outside software (hobbies, sports, politics, corrections, Stack Exchange,
	// Hacker News, medical/legal, swear words as a topic, short replies, dark humour) and its hostile twins.
	['civil8', 'civil8 forum talk flagged', 'target ≤ 0.05'],
	['civil8-hostile', 'civil8 hostile twins caught', 'must not drop'],
	// Session 22's civil9: swear words named as a topic, violent/death words used factually, generic "you".
	['civil9', 'civil9 mention/fact/generic-you', 'target ≤ 0.05'],
	['civil9-hostile', 'civil9 hostile twins caught', 'must not drop'],
	// Session 23's civil10: short plain review lines, violent/death words in software talk, moderation replies
	// with and without a quoted insult above.
	['civil10', 'civil10 plain/fact/moderation', 'target ≤ 0.03'],
	['civil10-hostile', 'civil10 hostile twins caught', 'must not drop'],
] as const) {
	const dev = corpus(`${name}-dev.txt`);
	const check = corpus(`${name}-check.txt`);
	console.log(
		`  ${label.padEnd(32)} dev ${fmt(await flagRate(scorer, dev))} (n=${dev.length})  check ${fmt(await flagRate(scorer, check))} (n=${check.length}, ${target})`,
	);
}
const handCamo = corpus('camouflaged.txt');
console.log(
	`  camouflaged (hand-written) caught ${fmt(await flagRate(scorer, handCamo))}  without normalisation ${fmt(await flagRate(raw, handCamo))}  (n=${handCamo.length}, target ≥ 0.90)`,
);
const insults = new Set([
	...CAMOUFLAGE_LEXICON,
	'imbecile',
	'clown',
	'pathetic',
	'useless',
	'worthless',
	'incompetent',
]);
const pick = (w: string) => insults.has(w.toLowerCase()) || w.length >= 6;
const autoCamo = abusive.flatMap((t, i) => [camouflageText(t, pick, i), camouflageText(t, pick, i + 3)]);
console.log(
	`  abusive, auto-camouflaged caught  ${fmt(await flagRate(scorer, autoCamo))}  without normalisation ${fmt(await flagRate(raw, autoCamo))}  (n=${autoCamo.length})`,
);

// Toxic validation rows the clean scorer catches, camouflaged: how many are still caught?
const caught: string[] = [];
for (const set of sets) {
	const texts = set.valid.filter((r) => r.label === 1 && r.text.length < 400).map((r) => r.text);
	const p = await scoreAll(scorer, texts, (r) => r.toxic);
	texts.forEach((t, i) => {
		if (
			(p[i] ?? 0) >= 0.5 &&
			caught.length < 2000 &&
			[...t.matchAll(/\p{L}+/gu)].some((m) => insults.has(m[0].toLowerCase()))
		)
			caught.push(t);
	});
}
const lexPick = (w: string) => insults.has(w.toLowerCase());
const camoValid = caught.map((t, i) => camouflageText(t, lexPick, i));
const recall = async (s: typeof scorer) =>
	(await scoreAll(s, camoValid, (r) => r.toxic >= 0.5)).filter(Boolean).length /
	Math.max(1, camoValid.length);
console.log(
	`  toxic validation rows (caught clean, profanity camouflaged) recall ${fmt(await recall(scorer))}  without normalisation ${fmt(await recall(raw))}  (n=${camoValid.length})`,
);

// The opt-in "Don't warn about swearing at code and tools" (ScoreOptions.allowSwearingAtThings); every other
// number here is at default settings, as the CLI. swearing-*.txt were written before the rule.
console.log('\nOption on: allowSwearingAtThings (dev = odd lines, tuned on; check = even lines)');
const swearing = { allowSwearingAtThings: true } as const;
for (const [name, label, target] of [
	['swearing-at-things.txt', 'swearing at things flagged', 'lower is better'],
	['swearing-at-people.txt', 'swearing at people caught', 'must match option off'],
	// Session 9's pair, written before the generic-you / interjection / "pain in the ass" placements.
	['swearing-casual.txt', 'casual swearing flagged', 'lower is better'],
	['swearing-at-people-2.txt', 'swearing at people 2 caught', 'must match option off'],
	// Session 10's pair, written before the router / "God damn" / adjective-before-noun placements.
	['swearing-at-things-2.txt', 'swearing at things 2 flagged', 'lower is better'],
	['swearing-at-people-3.txt', 'swearing at people 3 caught', 'must match option off'],
	// Session 11's set, written before the tool-as-subject / tool-name placements.
	['swearing-at-things-3.txt', 'swearing at things 3 flagged', 'lower is better'],
	// Session 12's pair, written before the tool-name reading, "hates my …" and adjectives before a thing.
	['swearing-at-things-4.txt', 'swearing at things 4 flagged', 'lower is better'],
	['swearing-at-people-4.txt', 'swearing at people 4 caught', 'must match option off'],
	['insult-words-things-dev.txt', 'insult words at things flagged', 'target ≤ 0.05'],
	['insult-words-people-dev.txt', 'same words at people caught', 'target ≥ 0.95'],
] as const) {
	const { dev, check } = halves(name);
	const rate = async (texts: string[], options?: typeof swearing) =>
		fmt((await scoreAll(scorer, texts, (r) => r.flag, options)).filter(Boolean).length / texts.length);
	console.log(
		`  ${label.padEnd(32)} dev ${await rate(dev, swearing)} (off ${await rate(dev)})  check ${await rate(check, swearing)} (off ${await rate(check)}) (n=${dev.length}+${check.length}, ${target})`,
	);
}

console.log(
	'\nPrefixes (toxic head at 0.5 on the first 25/50/75% of each validation draft, all toxicity sets)',
);
const pooled = sets.flatMap((s) => s.valid.filter((_, i) => i % 3 === 0));
for (const share of [0.25, 0.5, 0.75, 1]) {
	const texts = pooled.map((r) => prefixOf(r.text, share));
	const p = await scoreAll(scorer, texts, (r) => r.toxic);
	const neg = pooled.map((r, i) => (r.label === 0 ? (p[i] ?? 0) : -1)).filter((x) => x >= 0);
	const pos = pooled.map((r, i) => (r.label === 1 ? (p[i] ?? 0) : -1)).filter((x) => x >= 0);
	const jargonFlags = await flagRate(
		scorer,
		jargon.map((t) => prefixOf(t, share)),
	);
	console.log(
		`  ${String(share * 100).padStart(3)}%: benign flagged ${fmt(neg.filter((x) => x >= 0.5).length / neg.length)}  toxic caught ${fmt(pos.filter((x) => x >= 0.5).length / pos.length)}  jargon prefixes flagged ${fmt(jargonFlags)}`,
	);
}
console.log(`\neval done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
await scorer.dispose();
await raw.dispose();
