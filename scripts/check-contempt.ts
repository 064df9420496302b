/**
 * Session 28: the contempt model's held-out files (models/train/contempt.ts HELD_OUT), scored by the whole scorer
 * at default settings without the contempt model (its manifest entry left out) and with it: drafts flagged per
 * file and group. The models come from DIR (default .output/contempt-models, written by
 * `npm run train -- --only contempt`). `npx tsx scripts/check-contempt.ts [--models DIR] [--show] [--threshold P]`;
 * `--show` prints the drafts whose flag changed; `--threshold` replaces CONTEMPT_THRESHOLD (to pick it).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ModelManifest } from '../models/scoring/manifest.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { CONTEMPT_MODELS_DIR, heldOutTexts } from '../models/train/contempt.ts';

const show = process.argv.includes('--show');
const modelsAt = process.argv.indexOf('--models');
const MODELS_DIR = resolve(modelsAt >= 0 ? (process.argv[modelsAt + 1] ?? '') : CONTEMPT_MODELS_DIR);
const manifest = JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8')) as ModelManifest;
const before = await createNodeScorer(MODELS_DIR, {
	manifest: { ...manifest, models: manifest.models.filter((m) => !m.heads.includes('contempt')) },
});
const at = process.argv.indexOf('--threshold');
const contemptThreshold = at >= 0 ? Number(process.argv[at + 1]) : undefined;
const after = await createNodeScorer(MODELS_DIR, {
	manifest,
	...(contemptThreshold === undefined ? {} : { contemptThreshold }),
});
const totals = new Map<string, { n: number; before: number; after: number }>();
for (const h of heldOutTexts()) {
	let b = 0;
	let a = 0;
	for (const text of h.texts) {
		const [rb] = await before.score([text]);
		const [ra] = await after.score([text]);
		if (rb?.flag) b++;
		if (ra?.flag) a++;
		if (show && rb?.flag !== ra?.flag) {
			const under = ra?.spans.map((s) => text.slice(s.start, s.end)).join('|');
			console.log(`    ${ra?.flag ? '+' : '-'} ${h.label ? 'ATT' : 'civ'} ${text}  [${under}]`);
		}
	}
	console.log(
		`${h.group.padEnd(14)} ${h.label ? 'attacks' : 'civil  '} ${h.file.padEnd(34)} ${b} -> ${a} of ${h.texts.length}`,
	);
	const key = `${h.group} ${h.label ? 'attacks caught' : 'civil flagged'}`;
	const t = totals.get(key) ?? { n: 0, before: 0, after: 0 };
	totals.set(key, { n: t.n + h.texts.length, before: t.before + b, after: t.after + a });
}
for (const [key, t] of totals) console.log(`${key.padEnd(32)} ${t.before} -> ${t.after} of ${t.n}`);
