/**
 * `npx tsx scripts/rewrite-misses.ts [--split dev|valid] [--limit N] [--show N] [--lexicon FILE|none] [DATA_DIR]`:
 * why the offline fixer offers no rewrite. Runs every ParaDetox toxic sentence of the split through the rewrite
 * engine (real scorer) and puts each draft without an accepted candidate in one category (miss-categories.ts),
 * printing the counts. `--show N` prints N outputs per category, to read: use it on `dev`, never on `valid`, so
 * no rule is written from the held-out sentences. Nothing is written to disk.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '../models/rewrite/bandit.ts';
import { suggestRewrite } from '../models/rewrite/engine.ts';
import { compileForFixer, SHIPPED_LEXICON } from '../models/rewrite/fixer-learned.ts';
import type { LearnedLexicon } from '../models/rewrite/learned-lexicon.ts';
import { MISS_CATEGORIES, type MissCategory, missCategory } from '../models/rewrite/miss-categories.ts';
import { createNodeScorerFor } from '../models/rewrite/node-setup.ts';
import { createOfflineBackend } from '../models/rewrite/offline-fixer.ts';
import { loadParadetoxSplit } from '../models/rewrite/paradetox-split.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const split = (option('--split') ?? 'dev') as 'dev' | 'valid' | 'train';
const show = Number(option('--show') ?? 0);
if (show > 0 && split === 'valid')
	throw new Error('--show reads outputs: use it on dev, not on the held-out split');
const dataDir = resolve(
	args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).pop() ?? '../shared/data',
);
const lexiconFile = option('--lexicon');
const lexicon =
	lexiconFile === 'none'
		? null
		: lexiconFile
			? compileForFixer(JSON.parse(readFileSync(lexiconFile, 'utf8')) as LearnedLexicon)
			: SHIPPED_LEXICON;
let pairs = loadParadetoxSplit(dataDir)[split];
const limit = Number(option('--limit') ?? 0);
if (limit > 0) pairs = pairs.slice(0, limit);

const { scorer } = await createNodeScorerFor('onnx');
const backend = createOfflineBackend({ lexicon });
const counts = new Map<MissCategory | 'covered', number>();
const examples = new Map<MissCategory, string[]>();
for (const [i, pair] of pairs.entries()) {
	const { suggestion } = await suggestRewrite(
		{ text: pair.toxic },
		{ backend, scorer, random: seededRandom(i + 1) },
	);
	if (suggestion.candidates.length > 0) {
		counts.set('covered', (counts.get('covered') ?? 0) + 1);
		continue;
	}
	const [draftScore] = await scorer.score([pair.toxic]);
	const category = missCategory(pair.toxic, Boolean(draftScore?.flag), suggestion.rejected, lexicon);
	counts.set(category, (counts.get(category) ?? 0) + 1);
	const list = examples.get(category) ?? [];
	if (list.length < show)
		list.push(
			`${pair.toxic}\n      ${suggestion.rejected.map((r) => `✗ ${r.rewrite || '(empty)'} [${r.rejected}]`).join('\n      ')}`,
		);
	examples.set(category, list);
}
const n = pairs.length;
const pct = (c: number) => `${((100 * c) / n).toFixed(1)} %`;
console.log(
	`split ${split}: ${n} sentences, covered ${counts.get('covered') ?? 0} (${pct(counts.get('covered') ?? 0)})`,
);
for (const [category, description] of Object.entries(MISS_CATEGORIES) as [MissCategory, string][]) {
	const c = counts.get(category) ?? 0;
	console.log(`${String(c).padStart(5)}  ${pct(c).padStart(7)}  ${category}: ${description}`);
	for (const example of examples.get(category) ?? []) console.log(`    - ${example}`);
}
await scorer.dispose?.();
