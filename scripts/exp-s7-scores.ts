/** Session-7 experiment: caches scorer vectors of every training comment (and the snapshots) for one models dir. */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCgaWiki, loadDerailment, loadIncivilityThreads } from '../models/derail/data.ts';
import { prepareThread } from '../models/derail/features.ts';
import { prepareAll } from '../models/derail/pipeline.ts';
import { scoreComments } from '../models/derail/score-features.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

const [dir, out] = process.argv.slice(2) as [string, string];
const snaps = JSON.parse(readFileSync('/tmp/gd/snapshots.json', 'utf8'));
const all = [...prepareAll(loadDerailment()), ...prepareAll(loadCgaWiki()), ...prepareAll(loadIncivilityThreads())];
const texts = [
	...new Set([
		...all.flatMap((t) => t.prepared.map((c) => c.clean)),
		...['calm', 'heated'].flatMap((k) => prepareThread(snaps[k].comments).map((c) => c.clean)),
		...prepareThread([
			{ author: 'a', text: 'Great, ping me if you need a review.' },
			{ author: 'a', text: 'You clearly have no idea what you are doing. This is garbage.' },
		]).map((c) => c.clean),
	]),
];
const scorer = await createNodeScorer(dir);
const vectors: Record<string, number[]> = {};
const t0 = Date.now();
for (let i = 0; i < texts.length; i += 64) {
	const batch = texts.slice(i, i + 64);
	(await scoreComments(scorer, batch)).forEach((v, k) => {
		vectors[batch[k] ?? ''] = v;
	});
	if (i % 1280 === 0) process.stderr.write(`${i}/${texts.length} ${(Date.now() - t0) / 1000}s\n`);
}
await scorer.dispose();
writeFileSync(out, JSON.stringify(vectors));
