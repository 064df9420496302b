/**
 * `npx tsx scripts/train-rewrite-lexicon.ts [--data DIR] [--fold dev]`: learns the offline fixer's lexicon
 * (models/rewrite/train-lexicon.ts) into models/rewrite-lexicon.json and its manifest entry. scripts/train.ts
 * runs it after the scoring models; `--fold dev` writes models/rewrite-lexicon.dev.json, learned without the dev
 * sentences, for tuning (`eval-rewrite --split dev --lexicon models/rewrite-lexicon.dev.json`).
 */
import { resolve } from 'node:path';
import { trainLexicon } from '../models/rewrite/train-lexicon.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const t0 = Date.now();
trainLexicon({
	dataDir: resolve(option('--data') ?? process.env.TACTFUL_DATA ?? '../shared/data'),
	outDir: resolve('models'),
	fold: option('--fold') === 'dev' ? 'dev' : 'final',
	log: (line) => process.stdout.write(`${line}\n`),
});
process.stdout.write(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
