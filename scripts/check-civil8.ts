/**
 * Session 21 (civil8): ordinary civil forum talk outside software (cooking, gardening, cycling, games, sports,
 * calm politics, firm factual correction, Stack Exchange, Hacker News, medical/legal/true-crime, swear words as a
 * topic, short replies, dark humour) and hostile twins in the same genres, each tagged by a `# genre:` line.
 * `npx tsx scripts/check-civil8.ts [--show]`: per file and per genre, how many lines flag (default settings, as
 * the CLI) and which signal makes them flag: `tox` (the toxic head), `inap` (Inappropriateness alone) or `dim`
 * (another dimension); and for toxic flags whether the models' own whole-draft read already passes 0.5 (`model`)
 * or a rule or the sentence pass lifted it (`rule`). `--show` prints only the DEV files' lines that go the wrong
 * way, with CLI toxic / model toxic / CLI Inappropriateness / model Inappropriateness.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenize } from '../models/features/featurize.ts';
import type { ModelManifest } from '../models/scoring/manifest.ts';
import { createNodeScorer, MODELS_DIR } from '../models/scoring/node-scorer.ts';
import { OrtModels } from '../models/scoring/ort-models.ts';

const show = process.argv.includes('--show');
const name = process.argv.find((a) => /^civil\d+$/.test(a)) ?? 'civil8';
const sets = [
	{ file: `${name}-dev.txt`, half: 'dev', civil: true },
	{ file: `${name}-check.txt`, half: 'check', civil: true },
	{ file: `${name}-hostile-dev.txt`, half: 'dev', civil: false },
	{ file: `${name}-hostile-check.txt`, half: 'check', civil: false },
] as const;

/** Lines of a corpus with the genre its nearest `# genre:` line above names. */
function genreLines(file: string): { genre: string; text: string }[] {
	let genre = '?';
	const out: { genre: string; text: string }[] = [];
	for (const raw of readFileSync(resolve('tests/corpora', file), 'utf8').split('\n')) {
		const line = raw.trim();
		const tag = /^# genre: (.+)$/.exec(line);
		if (tag) genre = tag[1] ?? '?';
		// A literal backslash-n is a line break of the draft (civil10's replies under a quoted line).
		else if (line !== '' && !line.startsWith('#')) out.push({ genre, text: line.replaceAll('\\n', '\n') });
	}
	return out;
}

const manifest = JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8')) as ModelManifest;
const scorer = await createNodeScorer();
const ort = await import('onnxruntime-web/wasm');
const models = new OrtModels({
	ort,
	manifest,
	loadBytes: async (file) => new Uint8Array(readFileSync(join(MODELS_DIR, file))),
});
const toxicModel = models.model('toxic');
const appModel = models.model('Inappropriateness');
/** The models' own whole-draft probabilities (toxic, Inappropriateness), before any rule or sentence pass. */
async function modelRead(text: string): Promise<[number, number]> {
	const t = await models.run(toxicModel, models.prepare(toxicModel, tokenize(text)), 'probs');
	const a = await models.run(appModel, models.prepare(appModel, tokenize(text)), 'probs');
	return [t[0] ?? 0, a[0] ?? 0];
}

for (const set of sets) {
	const lines = genreLines(set.file);
	const byGenre = new Map<string, { n: number; flagged: number; why: string[] }>();
	let flagged = 0;
	for (const { genre, text } of lines) {
		const [r] = await scorer.score([text]);
		if (!r) continue;
		const g = byGenre.get(genre) ?? { n: 0, flagged: 0, why: [] };
		byGenre.set(genre, g);
		g.n++;
		const inap = r.dimensions.Inappropriateness ?? 0;
		const [mt, mi] = await modelRead(text);
		if (r.flag) {
			flagged++;
			g.flagged++;
			const other = Object.entries(r.dimensions).some(([k, v]) => k !== 'Inappropriateness' && v >= 0.5);
			g.why.push(
				r.toxic >= 0.5
					? `tox/${mt >= 0.5 ? 'model' : 'rule'}`
					: inap >= 0.5
						? 'inap'
						: other
							? 'dim'
							: 'span',
			);
		}
		if (show && set.half === 'dev' && r.flag === set.civil)
			console.log(
				`  ${r.flag ? 'FLAG' : 'MISS'} tox ${r.toxic.toFixed(2)}/${mt.toFixed(2)} inap ${inap.toFixed(2)}/${mi.toFixed(2)} [${genre}] ${JSON.stringify(text)}`,
			);
	}
	const what = set.civil ? 'civil flagged' : 'hostile caught';
	console.log(
		`${set.file}: ${what} ${flagged}/${lines.length} (${((100 * flagged) / lines.length).toFixed(1)} %)`,
	);
	for (const [genre, g] of byGenre)
		console.log(`  ${genre.padEnd(20)} ${g.flagged}/${g.n}  ${g.why.join(' ')}`);
}
await scorer.dispose();
await models.release();
