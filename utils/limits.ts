/** Limits shared by the CLI, the inference host and the content script. */

/** The longest draft Tactful scores (characters): far beyond any comment box, short of freezing the host. */
export const MAX_DRAFT_CHARS = 100_000;
