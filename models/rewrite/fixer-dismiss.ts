/**
 * Dismissals that ride along with a point (session 28, fixer29). QA found rewrites that kept the dismissal and
 * lost the point ("Stop whining. If you want it fixed, send a PR…" → "I hear you. Stop whining."), left a fragment
 * ("… so stop posting." → "So stop posting."), kept "like a normal person", or offered nothing for "Nobody asked
 * for your opinion, and …". By class, each only where something else is said:
 * - a dismissive imperative goes: "Stop whining." / "Quit complaining," / "Enough with the whining;" before the
 *   point, "Stop moaning and read the changelog" → "Read the changelog", ", so stop posting (about X)" / ". Stop
 *   replying." / ", so give it a rest:" after it;
 * - "Nobody asked (for your opinion)", "No one asked you", "Who asked you?" go before the point;
 * - a "like a normal person / an adult / a grown-up / a sane person" tail, and "instead of spamming/whining …",
 *   go from the request they follow; "if you want it fixed so badly" loses "so badly";
 * - a verdict on the other's take ("What a stupid take.", "Pathetic argument,", "That is the silliest take in
 *   this thread,") goes when it came with one of these dismissals and a point follows: the point carries the
 *   disagreement.
 * Protected tokens are placeholders (\uE000n\uE001) here and match no word. Pure and deterministic.
 */

const rx = (source: string, flags = 'giu') => new RegExp(source, flags);
/** Where a sentence starts, with an opener that goes with the dismissal ("Honestly, …", "Look, …"). */
const START =
	'(?:^|(?<=[.!?]\\s+)|(?<=\\n[^\\S\\n]*))(?:(?:honestly|seriously|frankly|look|dude|man|ok(?:ay)?|well|just|please|so|now)\\b[,!]?\\s+)*';
/** What the dismissal tells the reader to stop doing. */
const NOISE =
	'(?:whining|whinging|complaining|moaning|crying|bitching|griping|ranting|posting|spamming|replying|commenting|arguing|derailing)';
const DISMISS = `(?:(?:stop|quit|cut\\s+(?:out\\s+)?the)\\s+${NOISE}(?:\\s+(?:about|over|on)\\s+(?:it|this|that))?|enough\\s+(?:with\\s+)?(?:the|your|of\\s+the|of\\s+your)\\s+${NOISE}|give\\s+it\\s+a\\s+rest|get\\s+over\\s+it|(?:nobody|no\\s*-?\\s*one)\\s+asked(?:\\s+(?:you|for\\s+(?:your|ur)\\s+(?:opinion|input|two\\s+cents|2\\s+cents|thoughts|take|advice|commentary|lecture)))?(?:\\s+here)?)`;
/** A verdict on the other's contribution, said with a dismissal. */
const HARSH =
	'(?:stupid|idiotic|dumb|moronic|brainless|ridiculous|absurd|insane|crazy|pathetic|lame|silly|laughable|terrible|awful|horrible|garbage|trash|clueless|ignorant|(?:dumb|stupid|silli|lam|lazi|worst)est)';
const VERDICT = `(?:what\\s+(?:an?\\s+)?${HARSH}|(?:this|that|it)\\s+(?:is|['’]s|was)\\s+(?:(?:an?|the)\\s+)?(?:(?:really|truly|just|such\\s+an?|so)\\s+)?${HARSH}|${HARSH})\\s+(?:take|idea|suggestion|argument|proposal|point|comment|opinion|reply|answer|question|thing\\s+to\\s+say)(?:\\s+(?:in|on)\\s+(?:this|the)\\s+(?:thread|issue|discussion))?`;
/** A break after a lead-in, and the conjunction that tied it to the point. */
const BREAK =
	'\\s*(?:[:;,–—]\\s*(?:(?:and|but|so|because|since|as)\\s+)?|[.!?]+\\s+|\\s+(?:but|and)\\s+)(?:(?:frankly|honestly|seriously)\\s*,?\\s+)?';
/** What a dismissal may name: "stop posting it". */
const OBJECT = '(?:\\s+(?:it|them|that|this))?';
const POINT = '(?!(?:stop|quit)\\b)(?=\\p{L}|\\uE000)';

type Rule = [RegExp, string | ((...groups: string[]) => string)];
const RULES: Rule[] = [
	// "What a stupid take. The queue … , so stop posting." / "Pathetic argument, stop replying. The license …":
	// the verdict goes with the dismissal (checked below that a dismissal is in the draft).
	[
		rx(`${START}${VERDICT}${BREAK}(?:(?:so\\s+|and\\s+|now\\s+)?${DISMISS}${OBJECT}${BREAK})?${POINT}`),
		'\uE010',
	],
	// "Stop whining. If you want …", "Quit whining, the flaky test …", "Nobody asked for your opinion, and …",
	// "Who asked you? The parser …".
	[rx(`${START}(?:${DISMISS}${OBJECT}|who\\s+asked(?:\\s+you)?(?=\\s*\\?))${BREAK}${POINT}`), '\uE010'],
	// "Stop moaning and read the changelog" → "Read the changelog".
	[
		rx(
			`${START}(?:stop|quit)\\s+${NOISE}(?:\\s+(?:about|over)\\s+(?:it|this|that))?\\s*,?\\s+and\\s+(?!(?:stop|quit)\\b)(?=\\p{L})`,
		),
		'\uE010',
	],
	// "…, so stop posting about races." / "…; stop replying." / ". Stop posting." after the point.
	[
		rx(
			`(?<=[\\p{L}\\p{N}\\uE001)'"’”])(?:\\s*[,;:–—]\\s*(?:(?:so|and|now)\\s+)?|\\s+(?:so|and)\\s+|[.!]\\s+(?:(?:so|and|now)\\s+)?)(?:just\\s+|please\\s+)?${DISMISS}(?:\\s+(?:it|them|that|this)|\\s+(?:about|on|in)\\s+[^.!?;:,\\n\\uE000]{1,40})?\\s*(?=[.!?;]|$)`,
		),
		'',
	],
	// "…, send a PR instead of spamming the maintainers." / "… instead of whining about it": the request stays.
	[
		rx(
			`\\s*,?\\s+instead\\s+of\\s+(?:whining|whinging|complaining|moaning|crying|bitching|griping|ranting|spamming|derailing)(?:\\s+(?:about\\s+it|here|everywhere|(?:the|this|our|my|every)\\s+[^.!?;:,\\n\\uE000]{1,30}))?(?=\\s*(?:[.!?;]|$))`,
		),
		'',
	],
	// "If you want it fixed so badly, …": the jab at how much the reader wants it goes, the condition stays.
	[rx(`(?<=\\b(?:want|need)\\s+(?:it|this|that)\\s+\\p{L}+)\\s+so\\s+(?:badly|much)\\b`), ''],
	// "Handle the error like a normal person instead of …", "Write a test like an adult.".
	[
		rx(
			`(?<!\\btreat(?:s|ed|ing)?\\s+[^.!?,;\\n]{0,30})\\s+like\\s+(?:a|an|any)\\s+(?:(?:normal|sane|reasonable|competent|regular|decent|functioning|rational|real)\\s+)+(?:person|human(?:\\s+being)?|adult|grown-?up|developer|dev|engineer|programmer|professional)(?:\\s+(?:would|does|do))?\\b|(?<!\\btreat(?:s|ed|ing)?\\s+[^.!?,;\\n]{0,30})\\s+like\\s+(?:an\\s+adult|a\\s+grown-?up|a\\s+big\\s+(?:boy|girl|kid))(?:\\s+(?:would|does|do))?\\b`,
		),
		'',
	],
];

/** Whether the draft holds a dismissal at all (a verdict goes only with one). */
const HAS_DISMISSAL = rx(`\\b(?:${DISMISS})|\\bwho\\s+asked\\b`, 'iu');

/**
 * `text` with the dismissals of the header dropped. Unchanged when none is found or when dropping would leave
 * fewer than three words (a draft that is only a dismissal is left to the other rules).
 */
export function dropDismissals(text: string): string {
	const dismissive = HAS_DISMISSAL.test(text);
	let out = text;
	for (const [i, [pattern, replacement]] of RULES.entries()) {
		if (i === 0 && !dismissive) continue;
		out =
			typeof replacement === 'string'
				? out.replace(pattern, replacement)
				: out.replace(pattern, (...args: unknown[]) =>
						replacement(...args.slice(1, -2).map((g) => (typeof g === 'string' ? g : ''))),
					);
	}
	// A dropped lead-in leaves the next word to start the sentence.
	out = out.replace(/\uE010\s*(\p{L})/gu, (_m, c: string) => c.toUpperCase()).replace(/\uE010/g, '');
	if ((out.match(/\p{L}+/gu) ?? []).length < 3) return text;
	return out;
}
