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
	kind: 'label' | 'log' | 'identifier' | 'output';
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

/**
 * Programs and their parts that can say, print or return something (session 14, civil3): "The installer says
 * stupid user, try again", "The stub returns moron detected". People are left out ("My reviewer says …"), and so
 * are the docs (what they say is prose the writer paraphrases).
 */
const PROGRAMS = new Set(
	(
		'tool installer linter formatter compiler parser api app application bot chatbot stub mock server script ' +
		'cli cron job test tests fixture snapshot overlay page console log logs output terminal plugin build ' +
		'library lib error message banner dialog popup prompt screen ui site website game demo sample function ' +
		'method endpoint service daemon process command alias filter step pipeline checker validator text assert ' +
		'assertion shell program binary driver emulator browser it widget toast alert string template'
	).split(' '),
);
/**
 * Verbs that report what a program outputs; a message follows them, with or without "with" or a colon. ASCII
 * `\b` without the `u` flag: a look-behind with Unicode classes cost ~4x as much on every draft (`/tmp` timing).
 */
const OUTPUT_VERB =
	/\b(?:says|said|prints|printed|shows|showed|displays|displayed|returns|returned|replies|replied|responds|responded|answers|answered|outputs|emits|emitted|logs|logged|echoes|echoed|throws|threw|raises|raised|spits out|yells|renders|rendered)(?:\s+(?:back|with|out))?\s*:?\s+/gi;
/** A cheap first look for an output verb (OUTPUT_VERB's words, no boundaries). */
const OUTPUT_HINT =
	/says|said|prints|printed|shows|showed|displays|displayed|returns|returned|replies|replied|responds|responded|answers|answered|outputs|emits|emitted|logs|logged|echoes|echoed|throws|threw|raises|raised|spits out|yells|renders|rendered/i;
/** How many words before an output verb may name the program ("The tool's help text says"). */
const SPEAKER_WINDOW = 3;
/**
 * Where the writer takes over again after a program's message: a clause of when or where it happens ("… when the
 * path has spaces", "… for any unknown command", "… as the greeting"), or "and …", ", meaning …" (the writer's gloss: "…, meaning your input, idiot").
 */
const OUTPUT_END =
	/\s+(?:when|whenever|if|unless|until|once|after|before|because|since|while|as|for|on|in|at|every|each|from|instead)\b|\s+and\b|,\s*(?:meaning|i\.e\.|aka|like|just like|exactly|fitting|accurate)\b|,\s*(?:(?:an?|pretty|very|quite|which is|that's|so|please)\s+)*(?:fair|accurate|apt|perfect|good|take|don't|dont|nobody|describes|sums)\b/u;

/** What opens a paraphrase of what a program says rather than its message ("it says here …", "says that …"). */
const PARAPHRASE =
	/^(?:that|the|a|an|there|here|it|its|it's|we|our|my|this|these|those|nothing|something|so|no|yes)\b/iu;

/** The messages a program is reported to say, print or return, without quote marks. */
export function outputSpans(masked: string): MentionSpan[] {
	const spans: MentionSpan[] = [];
	// Most drafts report no program output: one plain search first (sub-microsecond against tens for matchAll).
	if (!OUTPUT_HINT.test(masked)) return spans;
	for (const m of masked.matchAll(OUTPUT_VERB)) {
		const at = m.index ?? 0;
		// The words just before the verb, in its sentence: one of them must name a program.
		const head = masked.slice(Math.max(0, at - 60), at);
		const clause = head.split(/[.!?;:\n]/).at(-1) ?? '';
		const before = clause.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
		if (!before.slice(-SPEAKER_WINDOW).some((w) => PROGRAMS.has(w))) continue;
		const from = at + m[0].length;
		// "says the flag is optional", "says that it failed": the writer's paraphrase, not the message.
		if (PARAPHRASE.test(masked.slice(from))) continue;
		const to = tailEnd(masked, from);
		const end = masked.slice(from, to).search(OUTPUT_END);
		const message = masked.slice(from, end < 0 ? to : from + end).replace(/[\s.!?]+$/u, '');
		spans.push({ from, to: from + message.length, kind: 'output' });
	}
	return spans;
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
	// A message after an error label or in a log line is already a mention ("It throws TypeError: kill …").
	for (const o of outputSpans(masked))
		if (!spans.some((s) => s.from >= o.from && s.from < o.to)) spans.push(o);
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
