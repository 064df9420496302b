/**
 * Product names the models misread (session 12). The toxic head hashes word unigrams and character 3–5-grams:
 * a rare name with no training signal of its own takes the weight of what it collides with or shares grams
 * with ("terr" as in terrible). Alone, "Terraform" scored 0.53, "Kubernetes" 0.85, "pytest" 0.76, "PHP" 0.72,
 * against 0.00–0.05 for "platform", "service", "system" (`/tmp` probe over ~110 tool names in four civil
 * templates, models/README.md "Session 12"). So "The Terraform state lock is stuck again." warned with no
 * swear word in it, "Goddamn Terraform state lock again." warned with the swearing opt-in on after the swear was
 * excused, and "So you're a Kubernetes expert now? Amazing, …" (sincere praise) warned.
 *
 * When a draft names one of the tools below (those whose civil templates read ≥ 0.4 on either head), it is
 * scored again with each such name read as TOOL_READING, offsets kept, and each head keeps the lower score
 * (duplicate-jargon.ts does the reading; self-insult.ts's lowerScores). Whatever else the draft says still
 * counts ("You are a Terraform idiot."). Names that are also ordinary words with a civil sense of their own
 * ("unity", "slack", "black") are left out; "rust" is read only when written "Rust" (the language).
 */
import type { Token, Tokenized } from '../features/featurize.ts';

/** The plain thing noun a misread tool name is read as (its own templates: 0.00–0.05 on both heads). */
export const TOOL_READING = 'service';

/** Lower-case tool names (and their plural / possessive forms through the suffix below). */
const MISREAD = new Set([
	'terraform',
	'kubernetes',
	'gradle',
	'maven',
	'bitbucket',
	'github',
	'homebrew',
	'firefox',
	'debian',
	'sqlite',
	'mysql',
	'graphql',
	'pytest',
	'php',
	'golang',
	'elixir',
	'conda',
	'vscode',
	'vite',
	'vue',
	'npm',
]);
/** Names read as the tool only when capitalised as one ("Rust", not "rust on the bike chain"). */
const CAPITALISED = new Set(['rust']);

const NAME = /^([a-z]+)('s)?$/;

/** The tool name a token reads as, given how the draft wrote it; undefined for any other word. */
function toolName(token: Token, original: string): string | undefined {
	const m = NAME.exec(token.word);
	const name = m?.[1];
	if (name === undefined) return undefined;
	if (MISREAD.has(name)) return name;
	if (CAPITALISED.has(name) && /^[A-Z]/.test(original.slice(token.start, token.end))) return name;
	return undefined;
}

/**
 * The draft with its misread tool names read as TOOL_READING (offsets and the masked text kept); undefined
 * when it names none. `original`: the draft the token offsets point into (the masked text by default).
 */
export function withToolNamesRead(tokenized: Tokenized, original = tokenized.masked): Tokenized | undefined {
	let changed = false;
	const tokens = tokenized.tokens.map((t) => {
		if (toolName(t, original) === undefined) return t;
		changed = true;
		return { ...t, word: t.word.replace(NAME, `${TOOL_READING}$2`) };
	});
	return changed ? { masked: tokenized.masked, tokens } : undefined;
}
