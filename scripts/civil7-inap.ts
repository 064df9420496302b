/**
 * Session 20 (civil7): the Inappropriateness flags on lines the toxic head reads as clean. For the named civil DEV
 * lines it prints toxic, Inappropriateness, the appropriateness gate (argument-ness) and own word count; for the
 * appropriateness validation split it prints only counts (never rows) of the flagged rows in the same band, by
 * label, so a rule's cost on debate arguments is known before it is written.
 * `TACTFUL_DATA=/work/shared/data npx tsx scripts/civil7-inap.ts [--max-toxic 0.15] FILE...` (dev files only).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import type { ModelManifest } from '../models/scoring/manifest.ts';
import { createNodeScorer, MODELS_DIR } from '../models/scoring/node-scorer.ts';
import { OrtModels } from '../models/scoring/ort-models.ts';
import { wordsOfMasked } from '../models/scoring/short-drafts.ts';
import { loadAppropriateness } from '../models/train/datasets.ts';
import { readCorpus } from '../models/train/evaluate.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--max-toxic');
const maxToxic = at >= 0 ? Number(args[at + 1]) : 0.15;
const files = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
const manifest = JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8')) as ModelManifest;
const scorer = await createNodeScorer();
const ort = await import('onnxruntime-web/wasm');
const models = new OrtModels({
	ort,
	manifest,
	loadBytes: async (file) => new Uint8Array(readFileSync(join(MODELS_DIR, file))),
});
const ap = models.model('Inappropriateness');
const inapAt = ap.heads.indexOf('Inappropriateness');
async function read(text: string) {
	const [r] = await scorer.score([text]);
	const tokenized = tokenize(text);
	const out = await models.runOutputs(ap, models.prepare(ap, tokenized), ['probs', 'corpusProbs', 'gate']);
	return {
		flag: r?.flag === true,
		toxic: r?.toxic ?? 0,
		inap: r?.inappropriate ?? 0,
		gate: out.gate?.[0] ?? 0,
		corpus: out.corpusProbs?.[inapAt] ?? 0,
		words: wordsOfMasked(tokenized.masked).length,
	};
}
// Older civil sets split by line (dev = odd lines); a civil7/civil19 dev file is dev as a whole.
const SPLIT = [
	'civil-dev-comments.txt',
	'violent-words-civil-3.txt',
	'insults-relative-civil.txt',
	'insult-words-civil-2.txt',
	'thanks-then-fact.txt',
	'tool-venting.txt',
	'dismissals-civil.txt',
	'insult-words-things-dev.txt',
];
for (const file of files) {
	console.log(`# ${file}`);
	const all = readCorpus(resolve('tests/corpora', file));
	for (const text of SPLIT.includes(file) ? all.filter((_, i) => i % 2 === 0) : all) {
		const x = await read(text);
		if (x.inap < 0.4 || x.toxic > maxToxic) continue;
		console.log(
			`${x.flag ? 'FLAG' : '    '} tox ${x.toxic.toFixed(2)} inap ${x.inap.toFixed(2)} g ${x.gate.toFixed(2)} corpus ${x.corpus.toFixed(2)} w ${x.words} | ${text}`,
		);
	}
}
const dataDir = process.env.TACTFUL_DATA;
if (dataDir) {
	const valid = loadAppropriateness(dataDir).valid;
	// Inappropriate-flagged rows with toxic ≤ maxToxic, by own word count bucket and label.
	const buckets = new Map<string, [number, number]>();
	let pos = 0;
	for (const row of valid) {
		const y = row.labels[0] as number;
		pos += y;
		const x = await read(row.text);
		if (x.inap < 0.5 || x.toxic > maxToxic) continue;
		const b = x.words <= 12 ? '<=12' : x.words <= 20 ? '13-20' : x.words <= 40 ? '21-40' : '>40';
		const k = `${b} g${x.gate >= 0.9 ? '>=0.9' : '<0.9'}`;
		const c = buckets.get(k) ?? [0, 0];
		c[y === 1 ? 1 : 0]++;
		buckets.set(k, c);
	}
	console.log(`appropriateness valid: n=${valid.length}, positives ${pos}`);
	for (const [k, [neg, p]] of [...buckets].sort())
		console.log(`  flagged, toxic <= ${maxToxic}, words ${k}: label 0 ${neg}, label 1 ${p}`);
}
