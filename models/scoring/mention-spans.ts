/**
 * Text in a bug report that is quoted without quote marks (session 13, issue 2): an error message after its
 * label ('Error: stupid argument passed to parse()', 'FATAL: die', 'ERROR idiot user sent empty payload'), a
 * log line ('2024-03-01 12:00:03 WARN worker killed', '[crit] shoot the messenger failed') and an identifier
 * from someone's code ('a variable named fuckThisShit', 'dumbass_counter', 'killAllHumans()'). The writer
 * mentions these words, as in double quotes (quoted-mention.ts), and does not use them: a rude tool, a
 * profane variable or a process that gets "killed" insults and threatens no one.
 *
 * Only spans that hold a loaded word (an insult word, a threat's words, a violent or profane word) are mentions
 * worth blanking; quoted-mention.ts applies its own guards to them (not aimed at the reader, enough words of
 * the writer's own outside them, no insult outside, no endorsement of what is quoted).
 */
import type { Token } from '../features/featurize.ts';

/** A span of the masked draft, [from, to), and what kind of mention it is. */
export interface MentionSpan {
	from: number;
	to: number;
	kind: 'label' | 'log' | 'identifier';
}

/**
 * An error label and its colon: "Error:", "error:", "FATAL:", "fatal:", "panic:", "TypeError:",
 * "RuntimeException:", "ERR:", or an upper-case log level with or without its colon ("ERROR idiot user …",
 * "WARN: …"). Prose labels ("Warning:", "Note:") are left out: "Fair warning: you are an idiot" is the writer's.
 */
const LABEL =
	/(?<![\p{L}\d_])(?:[Ee]rror|[Ff]atal|FATAL|[Pp]anic|PANIC|[A-Z][A-Za-z]*(?:Error|Exception)|Exception|ERR|ERROR|WARN|WARNING|CRIT|CRITICAL|SEVERE|EMERG|ALERT)(?::|(?<=[A-Z]{3,})(?=\s+\p{Ll}))/gu;
/** A log level in brackets ("[ERROR]", "[crit]", "[warn]"). */
const BRACKETED = /\[(?:error|err|fatal|panic|warn|warning|crit|critical|severe|emerg|alert)\]/giu;
/** A line that opens with a timestamp ("2024-03-01 12:00:03", "12:00:03.123", "2023-11-02T10:14:55Z"). */
const STAMPED = /^[ \t]*(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?|\d{2}:\d{2}:\d{2}\S*)/gmu;
/** An identifier: camelCase, snake_case or a call ("killAllHumans", "dumbass_counter", "die_with_honor()"). */
const IDENTIFIER =
	/(?<![\p{L}\d_])(?:\p{Ll}[\p{Ll}\d]*\p{Lu}[\p{L}\d]*|[\p{L}\d]+(?:_[\p{L}\d]+)+|[\p{L}_][\p{L}\d_]*(?=\(\)))(?![\p{L}\d_])/gu;
/** The most characters a message after its label may run to (the rest of its line, or its sentence). */
const MAX_TAIL = 160;

/**
 * Where the writer's own words take over again after a message: a comma and a conjunction ('FATAL: die, and
 * honestly so should whoever wrote this').
 */
const RESUMED = /[.!?]\s+(?=\p{Lu})|,\s+(?:and|but|so|because|which|though|although|while|since)\b/u;

/** Where the message that starts at `from` ends: the end of its line or sentence, or where the writer resumes. */
function tailEnd(masked: string, from: number): number {
	const line = masked.indexOf('\n', from);
	const limit = Math.min(line < 0 ? masked.length : line, from + MAX_TAIL);
	const rest = masked.slice(from, limit);
	const sentence = rest.search(RESUMED);
	return sentence < 0 ? limit : from + sentence;
}

/** The unquoted mentions of a draft, in order of where they start (they may overlap). */
export function mentionSpans(masked: string): MentionSpan[] {
	const spans: MentionSpan[] = [];
	// Cheap checks first: most drafts have no colon, bracket, digit run, underscore or inner capital.
	for (const m of masked.matchAll(LABEL)) {
		const from = (m.index ?? 0) + m[0].length;
		spans.push({ from, to: tailEnd(masked, from), kind: 'label' });
	}
	if (masked.includes('[')) {
		for (const m of masked.matchAll(BRACKETED)) {
			const from = (m.index ?? 0) + m[0].length;
			spans.push({ from, to: tailEnd(masked, from), kind: 'log' });
		}
	}
	for (const m of masked.matchAll(STAMPED)) {
		const from = (m.index ?? 0) + m[0].length;
		const line = masked.indexOf('\n', from);
		spans.push({ from, to: line < 0 ? masked.length : line, kind: 'log' });
	}
	for (const m of masked.matchAll(IDENTIFIER)) {
		const from = m.index ?? 0;
		spans.push({ from, to: from + m[0].length, kind: 'identifier' });
	}
	return spans.sort((a, b) => a.from - b.from);
}

/** Violent and profane words a message or log line may hold ('killed', 'die', 'murdering', 'damn'). */
const LOADED = new Set(
	(
		'kill kills killed killing killer die dies died dying dead death murder murders murdered murdering ' +
		'shoot shooting shot hang hanging stab slaughter execute suicide fuck fucking fucked shit shitty crap ' +
		'crappy damn damned hell ass bitch bastard'
	).split(' '),
);
/** Profane and insulting roots inside an identifier ('fuckThisShit' reads as one word 'fuckthisshit'). */
const LOADED_ROOTS = /fuck|shit|crap|damn|idiot|stupid|moron|dumb|retard|bitch|kill|murder/;

/** Whether a mention's words hold something worth blanking: a violent or profane word, or such a root. */
export function loadedWords(tokens: readonly Token[], kind: MentionSpan['kind']): boolean {
	return tokens.some((t) => LOADED.has(t.word) || (kind === 'identifier' && LOADED_ROOTS.test(t.word)));
}
