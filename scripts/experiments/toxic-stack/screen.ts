import { TOXIC_FEATURES } from '../../../models/train/run.ts';
import { trainToxic } from '../../../models/train/toxic.ts';

const seed = Number(process.argv[2] ?? 2);
const t0 = Date.now();
const m = trainToxic({
	dataDir: '../shared/data',
	features: TOXIC_FEATURES,
	dim: 32,
	epochs: 5,
	lr: 0.1,
	dropout: 0.2,
	seed,
	log: (l) => {
		if (!l.includes('epoch')) console.log(l);
	},
});
console.log(
	'RESULT',
	process.env.FERR_W ?? 0,
	seed,
	JSON.stringify(Object.fromEntries(Object.entries(m.validF1).map(([k, v]) => [k, +v.toFixed(3)]))),
	((Date.now() - t0) / 1000).toFixed(0),
	's',
);
