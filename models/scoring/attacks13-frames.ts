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
 * Session 27 (frames26): tightened on tests/corpora/civil27-dev.txt (burnout advice, "think for a second before
 * you run the migration", "for this sprint, stick to writing docs", past code defended, "the interns" credited):
 * `-@set` parts cancel a frame in a sentence holding a word of the set (put-downs.ts); see models/README.md.
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
	// Session 27 (frames26): the words that make a frame civil advice, not a verdict on the reader.
	// What "being" goes on to say the reader has no business being ("a maintainer", "anywhere near"), not
	// "paged on your day off".
	a13Being: words('a an the near anywhere here in allowed trusted'),
	// What "think for a second before you …" goes on to do: answer, blame or judge a person, not run a migration.
	a13Blame: words(
		'blame blaming reply replying respond answer comment commenting post posting accuse accusing type ' +
			'typing speak talk complain judge criticise criticize lecture dismiss reject open tag ping insult',
	),
	// Advice bound in time ("for this sprint", "your first week", "for a while", "until you feel better").
	a13Meanwhile: words('sprint sprints week weeks month months while until till meanwhile iteration quarter'),
	// Reassurance in the same sentence ("through no fault of yours", "and that's fine", "everyone does").
	a13Reassure: words('fault fine normal okay ok everyone everybody understandable expected worry'),
	// Praise in the same sentence ("… which is perfect for our audience").
	a13Good: words('perfect great ideal helpful useful welcoming exactly nice good excellent'),
	// Past code defended ("would have written it differently back then", "would ship it on purpose").
	a13Defend: words('differently otherwise purpose knowingly intentionally deliberately'),
	// A named group the grown-ups / adults are ("the grown-ups in finance", "the adults on the budget call").
	a13Where: words('in on at from of over'),
	// A negated subject before "is beyond you" ("Nothing here is beyond you", "None of this is beyond you").
	a13Nothing: words('nothing none'),
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
	// Not with reassurance in the sentence ("You were out of your depth through no fault of yours").
	"~ you're|youre|ur @a13Adv? @a13Adv? out of your|ur depth -@a13Reassure",
	'~ you|u are|were|seem|look|sound @a13Adv? @a13Adv? out of your|ur depth -@a13Reassure',
	// "This is way above your level", "well beyond your skills" (not "beyond the scope", "above my level").
	'~ is|was|seems|looks|feels|clearly|obviously|way|well|far above|beyond your|ur @a13Level',
	// "This design is beyond you." closing its clause (not "It's not beyond you", "Nothing here is beyond you").
	"is|was|it's|its|that's @a13Adv? beyond you|u $ -@a13Nothing",
	// "Let the grown-ups handle the architecture decisions." "Leave that to the adults."
	// ("Let the adults handle this." is put-down-frames.ts's, underlined on its own words.)
	// Not a group the grown-ups are named as ("Let the grown-ups in finance worry about the bill").
	'^ let|leave the grown ups|up !@a13Where',
	'^ leave it|this|that|those|these to the grown ups|up !@a13Where',
	'^ leave it|this|that|those|these to the adults !@a13Where',
	// "Nobody who understood caching would ship this." (not "… would be surprised by it", nor past code defended:
	// "… would have written it differently back then", "… would ship it on purpose").
	'nobody|noone who @a13Knew * *? *? *? would|could have? @a13Deed -@a13Defend',
	'no one who @a13Knew * *? *? *? *? would|could have? @a13Deed -@a13Defend',
	// "Did a first-year intern write this, or was it you?": someone made up ("a", "some"), not the real interns
	// ("Did the interns draft this, or was it you? The comments are great.").
	'a|an|some|my|your *? *? @a13Kid * *? *? or was|is it you|u $',
	// "You have no business being a maintainer of anything." (not "no business reason").
	// Not "You had no business being paged on your day off".
	'you|u have|had no business being @a13Being',
	'you|u have|had no business touching|reviewing|maintaining|writing|near|anywhere|in|on',
	// "Maybe stick to writing docs." closing its clause; "you should stick to fixing typos and leave the engine".
	// Not a plan bound in time ("For this sprint, stick to writing docs", "your first week").
	'^ stick to @a13MenialVerb? @a13Menial $ -@a13Meanwhile',
	'you|u should|could|might|better probably|just|really? stick to @a13MenialVerb? @a13Menial $ -@a13Meanwhile',
	'you|u should|could|might|better probably|just|really? stick to @a13MenialVerb? @a13Menial and|then -@a13Meanwhile',
	// "Go back to tutorials before you touch this repository again." (not "go back to basics", "the tutorial",
	// "If you're still confused by async, go back to tutorials like the one on MDN").
	'^ ~ go|get back to @a13School',
	// "Find a hobby that doesn't involve code." "Consider another career."
	// A hobby as such is friendly advice ("find a hobby that gets you outside"); one away from code is the jab.
	// Closing its clause: burnout advice goes on ("… doesn't involve code for a while", "until you feel better").
	"find|get|pick|try a|another|new|different hobby that|which doesn't|won't|does|will not? involve|need|require code|coding|programming|software $ -@a13Meanwhile",
	// Not "If you ever consider another career path, developer relations would suit you".
	'~ find|get|pick|consider|try another|different|new @a13Career',
	// "Were you asleep during the review, or do you just not care?" closing its clause (not "… or do you just not
	// care about theming yet?", a question about what the reader wants).
	'or do|did you|u just|simply not care $',
	// "The rest reads like you have never seen a production database" (not "looks like you haven't run it yet",
	// "This guide reads as if you've never touched Docker, which is perfect for our audience").
	'reads|written like|as if? you|u have|had @a13Never ever? @a13Seen -@a13Good',
	"reads|written like|as if? you've|youve @a13Never ever? @a13Seen -@a13Good",
	// "Try thinking for a minute before you blame my code." (not "… before you run the migration on prod").
	'think|thinking for a|one minute|second|moment before you|u @a13Blame',
];
