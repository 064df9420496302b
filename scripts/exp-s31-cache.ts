/**
 * Session 31 copy of exp-s19-cache.ts (4dd6f3e) that also keeps, per comment, each tone head's max over the
 * comment's sentences (`sent`, each sentence read as that comment alone, the out-of-fold heads of its fold).
 * Usage: TACTFUL_DATA=/work/shared/data npx tsx scripts/exp-s31-cache.ts /tmp/s31-cache.json
 *
 * Session 19 copy (restored from 13b7465) of the session 11 experiment harness, step 1 (not part of `npm run train`): computes, exactly as train-derail.ts does,
 * every thread's out-of-fold thread row, plus what a new thread feature could read per comment (out-of-fold
 * tones, scorer vectors, author, cues, cleaned text), and writes them to a JSON cache outside the repository.
 * Usage: TACTFUL_DATA=/work/shared/data npx tsx scripts/exp-s19-cache.ts /tmp/s19-cache.json
 */
import { writeFileSync } from 'node:fs';
import { sentences } from '../models/derail/advice.ts';
import {
	isWikiHeldOut,
	loadCgaWiki,
	loadDerailment,
	loadIncivility,
	loadIncivilityThreads,
} from '../models/derail/data.ts';
import { prepareComment } from '../models/derail/features.ts';
import {
	attachScores,
	type PreparedThread,
	prepareAll,
	prepareTone,
	threadRow,
	toneExamples,
	tonesOf,
	trainTone,
} from '../models/derail/pipeline.ts';
import { scoreComments } from '../models/derail/score-features.ts';
import { DERAIL_SEED } from '../models/derail/version.ts';
import { T } from '../models/derail/weights.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

const out = process.argv[2] ?? '/tmp/s19-cache.json';
const started = Date.now();
const log = (msg: string) =>
	process.stderr.write(`[s11-cache ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);

const threads = prepareAll(loadDerailment());
const wiki = prepareAll(loadCgaWiki());
const wikiTrain = wiki.filter((t) => !isWikiHeldOut(t.thread.id, DERAIL_SEED));
const wikiHeldOut = wiki.filter((t) => isWikiHeldOut(t.thread.id, DERAIL_SEED));
const tone = prepareTone(loadIncivility());
const extras = prepareAll(loadIncivilityThreads());

const scorer = await createNodeScorer();
const texts = [...new Set([...threads, ...wiki, ...extras].flatMap((t) => t.prepared.map((c) => c.clean)))];
const vectors = new Map<string, number[]>();
for (let i = 0; i < texts.length; i += 64) {
	const batch = texts.slice(i, i + 64);
	(await scoreComments(scorer, batch)).forEach((vector, k) => {
		vectors.set(batch[k] ?? '', vector);
	});
}
await scorer.dispose();
const lookup = (clean: string) => vectors.get(clean) ?? [];
for (const set of [threads, wiki, extras]) attachScores(set, lookup);
log(`scored ${texts.length} comments`);

/** Session 31: per comment, the max over its sentences (each read as that comment alone) of each tone head. */
const sentPrepared = new Map<PreparedThread, ReturnType<typeof prepareComment>[][]>();
const sentencesOf = (t: PreparedThread) => {
	let hit = sentPrepared.get(t);
	if (!hit) {
		const opener = t.prepared[0]?.author ?? '';
		hit = t.prepared.map((c, i) => {
			const byOpener = i > 0 && c.author === opener && opener !== '';
			const ss = sentences(c.clean).slice(0, 40);
			return (ss.length > 0 ? ss : [c.clean]).map((s) =>
				prepareComment({ author: c.author, text: s }, i === 0, byOpener),
			);
		});
		sentPrepared.set(t, hit);
	}
	return hit;
};
const sentMax = (w: { W: Float32Array; b: Float32Array }, t: PreparedThread) =>
	sentencesOf(t).flatMap((ps) => {
		const tones = tonesOf(w, ps);
		return Array.from({ length: T }, (_, k) => {
			let m = 0;
			for (let j = 0; j < ps.length; j++) m = Math.max(m, tones[j * T + k] ?? 0);
			return m;
		});
	});
const dump = (
	t: PreparedThread,
	row: Float32Array,
	tones: Float32Array,
	w: { W: Float32Array; b: Float32Array },
) => ({
	sent: sentMax(w, t),
	id: t.thread.id,
	label: t.thread.label,
	seen: t.thread.scorerSeen,
	row: Array.from(row),
	tones: Array.from(tones),
	scores: t.scores ?? [],
	authors: t.prepared.map((c) => c.author),
	clean: t.prepared.map((c) => c.clean),
	cues: t.prepared.map((c) => c.cues),
});

// outOfFoldRows (pipeline.ts), with the per-comment tones kept.
const extra = [...wikiTrain, ...extras];
const folds = 5;
const gh: ReturnType<typeof dump>[] = new Array(threads.length);
const ex: ReturnType<typeof dump>[] = new Array(extra.length);
for (let f = 0; f < folds; f++) {
	const inFold = (i: number) => i % folds === f;
	const exclude = new Set<string>();
	for (const set of [threads, extra])
		set.forEach((t, i) => {
			if (inFold(i)) exclude.add(t.thread.id);
		});
	const w = trainTone(
		toneExamples(
			tone,
			threads.filter((_, i) => !inFold(i)),
			exclude,
		),
		DERAIL_SEED + f,
	);
	threads.forEach((t, i) => {
		if (inFold(i)) gh[i] = dump(t, threadRow(w, t), tonesOf(w, t.prepared), w);
	});
	extra.forEach((t, i) => {
		if (inFold(i)) ex[i] = dump(t, threadRow(w, t), tonesOf(w, t.prepared), w);
	});
	log(`fold ${f}`);
}
const final = trainTone(toneExamples(tone, threads, new Set()), DERAIL_SEED);
const held = wikiHeldOut.map((t) => dump(t, threadRow(final, t), tonesOf(final, t.prepared), final));
writeFileSync(
	out,
	JSON.stringify({
		gh,
		forum: ex.slice(0, wikiTrain.length),
		extra: ex.slice(wikiTrain.length),
		wikiHeldOut: held,
	}),
);
log(`wrote ${out}`);
