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

/**
 * Session 14 (civil3): "Black", the Python formatter. Alone it reads 0.83 on the toxic head, so "Black hates my
 * damn long lines" warned with the swearing opt-in on. It is read as the tool only when written capitalised,
 * not followed by a word for people (a race word then: "Black people", "Black guys", "Black friends"), in a
 * draft that talks about formatting code (FORMATTING).
 */
const CONTEXTUAL = new Set(['black']);
/** Words of code formatting that make a capitalised "Black" the formatter. */
const FORMATTING = new Set(
	(
		'line lines formatting format formatter formatted formats reformat reformats reformatted reformatting ' +
		'isort ruff flake8 pylint mypy lint linter linting pep8 pre-commit precommit hook diff diffs pyproject ' +
		'toml python file files import imports string strings quote quotes comma commas indentation indent ' +
		'wrap wraps wrapping wrapped calls ci config version alignment aligned'
	).split(' '),
);
/** Words for people (or what is theirs) that make "Black" before them a race word. */
const PEOPLE_AFTER = new Set(
	(
		'people person persons folk folks guy guys man men woman women kid kids child children boy boys girl ' +
		'girls friend friends family families community communities contributor contributors developer ' +
		'developers dev devs engineer engineers maintainer maintainers user users neighbour neighbours neighbor ' +
		'neighbors colleague colleagues coworker coworkers american americans lives life culture history ' +
		'attitude names name student students employee employees hire hires candidate candidates'
	).split(' '),
);

const NAME = /^([a-z]+)('s)?$/;

/** Every name `toolName` may return: a word whose NAME part is none of these reads as no tool. */
const KNOWN = new Set([...MISREAD, ...CAPITALISED, ...CONTEXTUAL]);

/**
 * NAME's name part of a word when it is one of KNOWN, else undefined: the same as `NAME.exec(word)?.[1]` filtered
 * by KNOWN (every KNOWN name is [a-z]+), without a regex per word of every draft (session 15: 563 regex calls per
 * 1,000-character draft, nearly all here).
 */
function knownName(word: string): string | undefined {
	if (KNOWN.has(word)) return word;
	if (!word.endsWith("'s")) return undefined;
	const name = word.slice(0, -2);
	return KNOWN.has(name) ? name : undefined;
}

/** The tool name a token reads as, given how the draft wrote it; undefined for any other word. */
function toolName(token: Token, original: string, next?: Token, formatting = false): string | undefined {
	const name = knownName(token.word);
	if (name === undefined) return undefined;
	if (MISREAD.has(name)) return name;
	const capitalised = /^[A-Z]/.test(original.slice(token.start, token.end));
	if (CAPITALISED.has(name) && capitalised) return name;
	if (CONTEXTUAL.has(name) && capitalised && formatting && !PEOPLE_AFTER.has(next?.word ?? '')) return name;
	return undefined;
}

/**
 * The draft with its misread tool names read as TOOL_READING (offsets and the masked text kept); undefined
 * when it names none. `original`: the draft the token offsets point into (the masked text by default).
 */
export function withToolNamesRead(tokenized: Tokenized, original = tokenized.masked): Tokenized | undefined {
	let changed = false;
	const all = tokenized.tokens;
	// Only a draft naming a contextual tool pays for the look-up of its formatting words.
	const formatting =
		all.some((t) => CONTEXTUAL.has(knownName(t.word) ?? '')) && all.some((t) => FORMATTING.has(t.word));
	const tokens = all.map((t, i) => {
		if (toolName(t, original, all[i + 1], formatting) === undefined) return t;
		changed = true;
		return { ...t, word: t.word.replace(NAME, `${TOOL_READING}$2`) };
	});
	return changed ? { masked: tokenized.masked, tokens } : undefined;
}
