/**
 * A/B of two checkouts' `normalize` alone (models/text/normalize.ts), interleaved draft by draft in ONE process
 * (session 27, camo27): µs per 1,000-character draft (p50 / p95 / mean) on the bench drafts, the civil drafts and
 * developer text dense in `-` `.` `_` (tests/corpora/split27-civil.txt lines), and how many outputs (text and
 * offsets) differ. Usage: npx tsx scripts/bench/normalize-ab.ts OLD_CHECKOUT [DRAFTS=2000]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalize as newNorm } from '../../models/text/normalize.ts';
import { benchDraft, civilDraft } from './drafts.ts';

const old = path.resolve(process.argv[2] ?? '');
const N = Number(process.argv[3] ?? 2000);
const { normalize: oldNorm } = (await import(path.join(old, 'models/text/normalize.ts'))) as {
	normalize: typeof newNorm;
};
const devLines = readFileSync(
	path.resolve(import.meta.dirname, '../../tests/corpora/split27-civil.txt'),
	'utf8',
)
	.split('\n')
	.filter((l) => l && !l.startsWith('#'));
const devDraft = (v: number) => {
	let out = `#${v} `;
	for (let k = v; out.length < 1000; k++) out += `${devLines[k % devLines.length]} `;
	return out.slice(0, 1000);
};
const kinds: Record<string, (v: number) => string> = {
	'bench 1000': (v) => benchDraft(1000, v),
	'civil 1000': (v) => civilDraft(1000, v),
	'dev text dense in - . _ 1000': devDraft,
};
const q = (a: number[], p: number) =>
	([...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))] ?? 0) * 1000;
const mean = (a: number[]) => (a.reduce((x, y) => x + y, 0) / a.length) * 1000;
const fmt = (a: number[]) =>
	`p50 ${q(a, 0.5).toFixed(1)} p95 ${q(a, 0.95).toFixed(1)} mean ${mean(a).toFixed(1)}`;
for (const [name, make] of Object.entries(kinds)) {
	const drafts = Array.from({ length: N }, (_, v) => make(v));
	for (const d of drafts.slice(0, 300)) {
		oldNorm(d);
		newNorm(d);
	}
	const t = { old: [] as number[], new: [] as number[] };
	let differ = 0;
	for (let r = 0; r < 5; r++)
		for (let i = 0; i < N; i++) {
			const d = drafts[i] as string;
			const order = (i + r) % 2 ? (['old', 'new'] as const) : (['new', 'old'] as const);
			const out: Record<string, string> = {};
			for (const k of order) {
				const s = performance.now();
				const n = (k === 'old' ? oldNorm : newNorm)(d);
				t[k].push(performance.now() - s);
				if (r === 0) out[k] = `${n.text}|${n.start.join()}|${n.end.join()}`;
			}
			if (r === 0 && out.old !== out.new) differ++;
		}
	console.log(`${name}: old ${fmt(t.old)} µs | new ${fmt(t.new)} µs | outputs differing ${differ}/${N}`);
}
