/**
 * A toxic draft is an inappropriate one (Ziegenbein et al.'s Toxic Emotions). The appropriateness model sends
 * drafts that do not read like debate arguments to its developer head (gate g ≈ 0), which learned only civil
 * developer comments, so an insult there scored 0 on every dimension while the toxic head flagged it ("you are
 * an idiot": Inappropriateness 0, toxic 0.99). The toxic probability, weighted by how little the draft reads
 * like an argument (1 − g), lifts Inappropriateness and Toxic Emotions. Arguments keep g ≈ 0.97, so the corpus'
 * own numbers barely move (valid macro-F1 0.643 → 0.646, no parameter chosen); toxic debate arguments are left to
 * the corpus heads, because the toxic head reads many civil arguments about religion or abortion as hate.
 */

/** The dimensions the fold lifts. */
export const FOLDED_HEADS = ['Inappropriateness', 'Toxic Emotions'] as const;

/**
 * `probs` (in `heads` order) with the fold applied; `fromToxic` when it raised Inappropriateness, whose
 * explanation is then the toxic head's. Without a gate (graphs before 1.3.0) nothing changes.
 */
export function withToxicFold(
	heads: readonly string[],
	probs: Float32Array,
	gate: number | undefined,
	toxic: number,
): { probs: Float32Array; fromToxic: boolean } {
	if (gate === undefined || !Number.isFinite(gate)) return { probs, fromToxic: false };
	const folded = (1 - Math.min(1, Math.max(0, gate))) * toxic;
	const out = Float32Array.from(probs);
	let fromToxic = false;
	for (const head of FOLDED_HEADS) {
		const h = heads.indexOf(head);
		if (h < 0 || (out[h] ?? 0) >= folded) continue;
		out[h] = folded;
		if (head === 'Inappropriateness') fromToxic = true;
	}
	return { probs: out, fromToxic };
}
