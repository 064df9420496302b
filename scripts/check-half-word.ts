/**
 * Session 17 (issue 2): how often a pause inside a half-typed word flashes a warning, before and after the hold
 * (entrypoints/content/field-controller.ts: a verdict that only the half-typed last word raises is held until the
 * word ends or LONG_PAUSE_MS after the last keystroke), and how much later a real insult warns.
 * Reads hand-written sentences: tests/corpora/half-word-benign.txt (every mid-word pause that shows a warning is a
 * flash) and half-word-hostile.txt (typed whole, then the typist stops with no space or punctuation after the last
 * word). Dev = even lines counted from 0, check = odd lines; nothing was tuned on either (LONG_PAUSE_MS is a UX
 * choice). Pauses are simulated at every character that ends inside a word, caret at the end.
 * `npx tsx scripts/check-half-word.ts [--show]`
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BOUNDARY_MS, LONG_PAUSE_MS, PAUSE_MS } from '../entrypoints/content/field-controller.ts';
import { fragmentStart } from '../entrypoints/content/half-word.ts';
import { type Level, levelOf } from '../entrypoints/content/levels.ts';
import { createNodeScorer } from '../models/scoring/node-scorer.ts';

const SEVERITY: Record<Level, number> = { ok: 0, caution: 1, warn: 2 };
const show = process.argv.includes('--show');

async function main() {
	const scorer = await createNodeScorer();
	const levels = new Map<string, Level>();
	const level = async (t: string): Promise<Level> => {
		if (!t.trim()) return 'ok';
		let l = levels.get(t);
		if (!l) {
			const [r] = await scorer.score([t], { sensitivity: 0.5 });
			l = r ? levelOf(r, 0.5) : 'ok';
			levels.set(t, l);
		}
		return l;
	};
	/** What a pause after `prefix` shows: before (the prefix's level) and after (held when the fragment raises it). */
	const pause = async (prefix: string) => {
		const full = await level(prefix);
		const start = fragmentStart(prefix);
		if (start < 0) return { before: full, after: full, base: full, held: false, extraScore: false };
		const base = await level(prefix.slice(0, start));
		const held = SEVERITY[base] < SEVERITY[full];
		return { before: full, after: held ? base : full, base, held, extraScore: full !== 'ok' };
	};
	const read = (name: string) =>
		readFileSync(resolve(import.meta.dirname, `../tests/corpora/${name}`), 'utf8')
			.split('\n')
			.filter((l) => l.trim());
	for (const half of ['dev', 'check', 'all'] as const) {
		const pick = <T>(xs: T[]) => xs.filter((_, i) => half === 'all' || i % 2 === (half === 'dev' ? 0 : 1));
		const benign = pick(read('half-word-benign.txt'));
		const hostile = pick(read('half-word-hostile.txt'));
		let pauses = 0;
		const flash = { before: 0, after: 0, cautionBefore: 0, cautionAfter: 0, fragBefore: 0, fragAfter: 0 };
		const flashed = { before: new Set<string>(), after: new Set<string>() };
		let extra = 0;
		for (const line of benign) {
			for (let p = 1; p <= line.length; p++) {
				const prefix = line.slice(0, p);
				if (fragmentStart(prefix) < 0) continue;
				pauses++;
				const r = await pause(prefix);
				if (r.extraScore) extra++;
				if (r.before === 'warn') {
					flash.before++;
					flashed.before.add(line);
				}
				if (r.after === 'warn') {
					flash.after++;
					flashed.after.add(line);
				}
				// A warning the fragment brought (the text up to the last boundary does not warn): the flash.
				if (r.before === 'warn' && r.base !== 'warn') flash.fragBefore++;
				if (r.after === 'warn' && r.base !== 'warn') flash.fragAfter++;
				if (r.before === 'caution') flash.cautionBefore++;
				if (r.after === 'caution') flash.cautionAfter++;
				if (show && half === 'dev' && (r.before !== 'ok' || r.after !== 'ok'))
					console.log(`  ${JSON.stringify(prefix)} before ${r.before} after ${r.after}`);
			}
		}
		const finalWarns = (await Promise.all(benign.map(level))).filter((l) => l === 'warn').length;
		console.log(
			`${half}: benign ${benign.length} sentences, ${pauses} mid-word pauses: warning shown at ${flash.before} before / ${flash.after} after (sentences with any: ${flashed.before.size} / ${flashed.after.size}), of which the half-typed word brought ${flash.fragBefore} / ${flash.fragAfter} (the rest stand on whole words before it); caution ${flash.cautionBefore} / ${flash.cautionAfter}; pauses that score the text without the fragment: ${extra}; finished sentences the model warns on: ${finalWarns}`,
		);
		let warned = 0;
		let late = 0;
		let heldInsultPrefix = 0;
		for (const line of hostile) {
			const end = await pause(line);
			if (end.before === 'warn') warned++;
			if (end.held && end.after !== 'warn') late++;
			for (let p = 1; p < line.length; p++) {
				const prefix = line.slice(0, p);
				if (fragmentStart(prefix) < 0 || /\w/.test(line.charAt(p)) === false) continue;
				const r = await pause(prefix);
				if (r.before === 'warn' && r.after !== 'warn') heldInsultPrefix++;
			}
		}
		console.log(
			`${half}: hostile ${hostile.length} typed whole and left with no space: ${warned} warn; ${late} of them held, warning ${LONG_PAUSE_MS} ms after the last keystroke instead of ${PAUSE_MS} ms (+${LONG_PAUSE_MS - PAUSE_MS} ms, plus the score); with a space or punctuation after: ${BOUNDARY_MS} ms, unchanged. Pauses inside a half-typed word that warned before and are held now: ${heldInsultPrefix}`,
		);
	}
	// One more score per held pause: its cost on this machine (noisy, loaded).
	const t0 = performance.now();
	const n = 40;
	for (let i = 0; i < n; i++)
		await scorer.score([`Could you check the retry loop ${i} once mo`], { sensitivity: 0.5 });
	console.log(
		`one uncached score of a short draft: ${((performance.now() - t0) / n).toFixed(1)} ms mean over ${n} (Node, loaded machine)`,
	);
}
void main();
