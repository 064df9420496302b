/**
 * Turning a local model's token-by-token output into stream chunks: which text is safe to show yet, and whether
 * the generation stopped because it ran out of tokens.
 */

/**
 * Turns successive decodes of a growing token list into chunks that never have to be taken back: the text is
 * released up to (not including) its last whitespace, as the word being written may still change and so may the
 * space before it (tokenizers that clean up spaces turn "do n" into "don't" once the "'t" arrives), and never
 * past a U+FFFD (a UTF-8 character whose bytes are still coming).
 */
export class StablePieces {
	/** What has been released so far. */
	private released = '';
	private latest = '';

	/** The decode of all tokens so far. */
	update(text: string): void {
		this.latest = text;
	}

	/** The newly stable text since the last call ('' when none). */
	take(): string {
		const text = this.latest;
		if (!text.startsWith(this.released)) return ''; // a decode that rewrote released text waits for the end
		const broken = text.indexOf('\uFFFD', this.released.length);
		const limit = broken >= 0 ? broken : text.length;
		const upTo = Math.max(text.lastIndexOf(' ', limit - 1), text.lastIndexOf('\n', limit - 1));
		if (upTo <= this.released.length) return '';
		const piece = text.slice(this.released.length, upTo);
		this.released = text.slice(0, upTo);
		return piece;
	}

	/** The rest of the final text after what was released; '' if the final decode does not extend it. */
	finish(final: string): string {
		if (!final.startsWith(this.released)) return '';
		const rest = final.slice(this.released.length);
		this.released = final;
		return rest;
	}
}

/** True when the model used its whole token budget without ending its answer: the text is cut off. */
export function hitLimit(
	generated: readonly bigint[],
	maxNewTokens: number,
	eos: ReadonlySet<bigint>,
): boolean {
	const last = generated.at(-1);
	return generated.length >= maxNewTokens && (last === undefined || !eos.has(last));
}
