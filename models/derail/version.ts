/** Identity of the shipped derailment model: the trainer writes this file name, the runtime loads it. */
export const DERAIL_MODEL_VERSION = 'derail-v1';
export const DERAIL_MODEL_FILE = 'derail-v1.onnx';
/** Seed for the split, fold order and every learner, so `npm run train` reproduces the same bytes. */
export const DERAIL_SEED = 20251;
/**
 * Whether the shipped thread model reads the scoring engine's per-comment probabilities (trainer and extension
 * host agree through this). Off: the toxic scorer had trained on most derailed threads' comments, and on threads
 * it never saw its features cost F1 (models/derail/README.md, "The scorer leak"). Off also means the runtime can
 * skip scoring the thread's comments.
 */
export const DERAIL_READS_SCORER = false;
