import { createNodeScorer } from '../models/scoring/node-scorer.ts';
import { benchDraft } from '../scripts/bench/drafts.ts';
const s = await createNodeScorer();
for (let v = 0; v < 200; v++) await s.score([benchDraft(1000, 1e6 + v, false)]);
const t = performance.now();
for (let v = 1; v <= 800; v++) await s.score([benchDraft(1000, v, false)]);
console.log('mean ms', (performance.now() - t) / 800);
