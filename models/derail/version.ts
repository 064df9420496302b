/** Identity of the shipped derailment model: the trainer writes this file name, the runtime loads it. */
export const DERAIL_MODEL_VERSION = 'derail-v1';
export const DERAIL_MODEL_FILE = 'derail-v1.onnx';
/** Seed for the split, fold order and every learner, so `npm run train` reproduces the same bytes. */
export const DERAIL_SEED = 20251;
