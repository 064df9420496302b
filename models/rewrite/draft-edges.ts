/**
 * The draft's own white space around what a rewrite changes (session 24). Every backend's text is trimmed
 * (cleanModelOutput, the offline fixer's tidy), so a draft ending "```\n" or indented "  Note: …" came back without
 * its final newline or indent; applied, that silently changed bytes the rewrite never meant to touch.
 */

/** `rewrite` with the draft's leading and trailing white space, exactly as the draft had it. */
export function withDraftEdges(draft: string, rewrite: string): string {
	const core = rewrite.trim();
	if (core === '') return rewrite;
	const lead = /^\s*/u.exec(draft)?.[0] ?? '';
	const trail = /\s*$/u.exec(draft)?.[0] ?? '';
	return lead + core + trail;
}
