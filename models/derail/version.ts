/** Identity of the shipped derailment model: the trainer writes this file name, the runtime loads it. */
export const DERAIL_MODEL_VERSION = 'derail-v1';
export const DERAIL_MODEL_FILE = 'derail-v1.onnx';
/** Seed for the split, fold order and every learner, so `npm run train` reproduces the same bytes. */
export const DERAIL_SEED = 20251;
/**
 * Whether the shipped thread model reads the scoring engine's per-comment probabilities (trainer and extension
 * host agree through this). On: they carry the general toxicity knowledge that transfers to forums (CGA-Wiki,
 * GitHub-only model: 0.675 with, 0.610 without). Off would help on GitHub threads the toxic scorer never trained
 * on (0.65 vs 0.59 F1 on 24 such threads); models/derail/README.md, "The scorer leak", weighs the two.
 */
export const DERAIL_READS_SCORER = true;
