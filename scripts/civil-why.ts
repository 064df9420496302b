/**
 * Session 19 (civil6): why civil developer lines lean toxic. Scores the DEV halves of civil sets (civil19-dev.txt
 * whole; odd lines of the older split civil sets) and, for each line whose CLI toxic is ≥ MIN (default 0.3) or
 * that flags, prints the CLI toxic and Inappropriateness, the whole-draft toxic, the toxic graph's expert
 * probabilities and gate weights (column order of manifest `mixture.experts`), and the sentence scores.
 * `npx tsx scripts/civil-why.ts [--min 0.3] [FILE...]`. Dev halves only: check halves are never printed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import type { ModelManifest } from '../models/scoring/manifest.ts';
import { createNodeScorer, MODELS_DIR } from '../models/scoring/node-scorer.ts';
import { OrtModels } from '../models/scoring/ort-models.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const args = process.argv.slice(2);
const minAt = args.indexOf('--min');
const min = minAt >= 0 ? Number(args[minAt + 1]) : 0.3;
const named = args.filter((a, i) => !a.startsWith('--') && (minAt < 0 || i !== minAt + 1));
// Civil sets split odd/even (dev = odd lines); civil19-dev.txt and civil7-dev.txt are dev files as a whole.
const SPLIT = [
	'civil-dev-comments.txt',
	'insult-words-things-dev.txt',
	'violent-words-civil-3.txt',
	'insults-relative-civil.txt',
	'insult-words-civil-2.txt',
	'thanks-then-fact.txt',
	'tool-venting.txt',
];
const files = named.length ? named : ['civil19-dev.txt', 'civil7-dev.txt', ...SPLIT];
const manifest = JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8')) as ModelManifest;
const scorer = await createNodeScorer();
const ort = await import('onnxruntime-web/wasm');
const models = new OrtModels({
	ort,
	manifest,
	loadBytes: async (file) => new Uint8Array(readFileSync(join(MODELS_DIR, file))),
});
const toxicModel = models.model('toxic');
const short = ['cr', 'gh', 'fe', 'st', 'da', 'hm', 'hx', 'pd'];
const fmt = (xs: Float32Array | undefined) =>
	[...(xs ?? [])].map((x, i) => `${short[i]}:${x.toFixed(2)}`).join(' ');
for (const file of files) {
	const all = readCorpus(resolve('tests/corpora', file)).map((l) => (l.split(' || ')[0] ?? '').trim());
	const dev = !SPLIT.includes(file) ? all : all.filter((_, i) => i % 2 === 0);
	console.log(`# ${file} (${dev.length} dev lines)`);
	for (const text of dev) {
		const [r] = await scorer.score([text]);
		if (!r || (r.toxic < min && !r.flag)) continue;
		const [w] = await scorer.score([text], { wholeDraft: true });
		const out = await models.runOutputs(toxicModel, models.prepare(toxicModel, tokenize(text)), [
			'expertProbs',
			'gate',
		]);
		const inap = r.dimensions.Inappropriateness ?? 0;
		console.log(
			`${r.flag ? 'FLAG' : '    '} tox ${r.toxic.toFixed(2)} whole ${(w?.toxic ?? 0).toFixed(2)} inap ${inap.toFixed(2)} | ${text}`,
		);
		console.log(`     experts ${fmt(out.expertProbs)}`);
		console.log(`     gate    ${fmt(out.gate)}`);
		console.log(`     spans   ${r.spans.map((s) => text.slice(s.start, s.end)).join(', ')}`);
	}
}
await scorer.dispose();
await models.release();
