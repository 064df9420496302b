/**
 * Session 26 (attacks13): personal attacks without a swear word or an insult noun that still passed, as
 * put-downs.ts word patterns (misses9-frames.ts's syntax). The models read them as civil ("You are clearly out of
 * your depth here." 0.35, "Nobody who understood caching would ship this." 0.13, "Maybe stick to writing docs."
 * 0.02, "You have no business being a maintainer of anything." 0.19), and after a calm technical lead even less.
 * Written from the dev half (odd lines) of tests/corpora/attacks13*.txt; each keeps away from its civil twin:
 * - condescension at the reader: "you're (clearly) out of your depth", "(way) above / beyond your level / head",
 *   "this is beyond you" closing its clause, "let the grown-ups handle it", "leave it to the adults" (not "I'm out
 *   of my depth", "beyond the scope of", "if you're out of your depth, ask");
 * - contempt for competence: "nobody / no one who understood X would ship / merge / write …", "did an intern /
 *   a child write this, or was it you", "you have no business being / touching …", "reads like you have never
 *   seen …" (not "nobody who understood it would be surprised", "did the intern team write this module?");
 * - menial-work dismissals: "(maybe) stick to writing docs" closing its clause, "you should stick to fixing typos
 *   and …", "go back to tutorials / school", "find a hobby that doesn't involve code", "consider another career",
 *   "or do you just not care", "think for a minute before you …" (not "please stick to fixing typos in this PR",
 *   "perhaps we should stick to …", "let's go back to basics", "the tutorials in the docs folder").
 * Draft scoring only, as every put-down frame.
 */
const words = (s: string) => new Set(s.split(' '));

/** Named word sets of these patterns (prefixed: put-downs.ts merges every list's sets into one record). */
export const ATTACKS13_SETS: Record<string, Set<string>> = {
	a13Adv: words('clearly obviously evidently plainly simply just really totally completely way well far so'),
	a13Level: words('level levels head skill skills skillset grade league'),
	// What "nobody who … would" goes on to do to the work: a deed, not a feeling ("would be surprised").
	a13Deed: words(
		'ship ships merge write written wrote approve approved design designed build built ' +
			'review reviewed commit committed push pushed release do done',
	),
	a13Knew: words('understood understands understand knew knows know has had read'),
	// Who is said to have written the reader's work: "did an intern write this, or was it you?"
	a13Kid: words('intern interns child kid kids toddler toddlers monkey monkeys student students baby'),
	// Work that needs no skill: "stick to writing docs", "stick to fixing typos".
	a13Menial: words(
		'docs documentation typos typo readmes readme comments html css spreadsheets slides emails ' +
			'powerpoint excel copy wordpress',
	),
	a13MenialVerb: words('writing fixing editing doing making updating reviewing'),
	a13School: words('school tutorials bootcamp kindergarten class'),
	a13Career: words('career careers profession hobby'),
	a13Never: words('never not'),
	a13Seen: words(
		'seen written used touched opened read worked maintained shipped run tested heard deployed built',
	),
};

/**
 * Every pattern below needs one of these words (a slot that cannot be skipped and holds only such words): a
 * draft without any skips the whole list (put-downs.ts). attacks13-frames.test.ts checks each pattern has one.
 */
export const ATTACKS13_KEYS = new Set([
	...(ATTACKS13_SETS.a13Kid as Set<string>),
	...(ATTACKS13_SETS.a13Career as Set<string>),
	...words(
		'depth above beyond grown adults who business stick school tutorials bootcamp kindergarten class care',
	),
	...words('reads written minute second moment'),
]);

export const ATTACKS13_PATTERNS: readonly string[] = [
	// "You are clearly out of your depth here." (not "I'm out of my depth", "If you're out of your depth, ask").
	"~ you're|youre|ur @a13Adv? @a13Adv? out of your|ur depth",
	'~ you|u are|were|seem|look|sound @a13Adv? @a13Adv? out of your|ur depth',
	// "This is way above your level", "well beyond your skills" (not "beyond the scope", "above my level").
	'~ is|was|seems|looks|feels|clearly|obviously|way|well|far above|beyond your|ur @a13Level',
	// "This design is beyond you." closing its clause (not "It's not beyond you").
	"is|was|it's|its|that's @a13Adv? beyond you|u $",
	// "Let the grown-ups handle the architecture decisions." "Leave that to the adults."
	// ("Let the adults handle this." is put-down-frames.ts's, underlined on its own words.)
	'^ let|leave the grown ups|up',
	'^ leave it|this|that|those|these to the grown|adults',
	// "Nobody who understood caching would ship this." (not "… would be surprised by it").
	'nobody|noone who @a13Knew * *? *? *? would|could have? @a13Deed',
	'no one who @a13Knew * *? *? *? *? would|could have? @a13Deed',
	// "Did a first-year intern write this, or was it you?"
	'@a13Kid * *? *? or was|is it you|u $',
	// "You have no business being a maintainer of anything." (not "no business reason").
	'you|u have|had no business being|touching|reviewing|maintaining|writing|near|anywhere|in|on',
	// "Maybe stick to writing docs." closing its clause; "you should stick to fixing typos and leave the engine".
	'^ stick to @a13MenialVerb? @a13Menial $',
	'you|u should|could|might|better probably|just|really? stick to @a13MenialVerb? @a13Menial $',
	'you|u should|could|might|better probably|just|really? stick to @a13MenialVerb? @a13Menial and|then',
	// "Go back to tutorials before you touch this repository again." (not "go back to basics", "the tutorial").
	'^ go|get back to @a13School',
	// "Find a hobby that doesn't involve code." "Consider another career."
	// A hobby as such is friendly advice ("find a hobby that gets you outside"); one away from code is the jab.
	"find|get|pick|try a|another|new|different hobby that|which doesn't|won't|does|will not? involve|need|require code|coding|programming|software",
	'find|get|pick|consider|try another|different|new @a13Career',
	// "Were you asleep during the review, or do you just not care?"
	'or do|did you|u just|simply not care',
	// "The rest reads like you have never seen a production database" (not "looks like you haven't run it yet").
	'reads|written like|as if? you|u have|had @a13Never ever? @a13Seen',
	"reads|written like|as if? you've|youve @a13Never ever? @a13Seen",
	// "Try thinking for a minute before you blame my code."
	'think|thinking for a|one minute|second|moment before you|u',
];
