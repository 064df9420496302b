/**
 * The frames put-downs.ts looks for: dismissals, put-downs, condescension, identity-based put-downs, career
 * threats and sexual remarks aimed at a person, as word patterns over the draft's normalised words. Kept apart
 * from the matcher so the list can grow without the logic; every frame was written with the civil uses of its
 * words in mind (tests/corpora/dismissals-civil.txt).
 */
const words = (s: string) => new Set(s.split(' '));

/** Named word sets a pattern refers to as `@name`. */
export const SETS: Record<string, Set<string>> = {
	you: words("you you're youre u"),
	// "you're" or "you are": what a put-down is predicated of.
	youAre: words("you're youre"),
	dont: words("don't dont"),
	filler: words(
		'a an such complete total totally absolute utter kind sort of just really so pretty truly honestly ' +
			'clearly obviously seriously literally',
	),
	adverb: words('clearly obviously really honestly simply just literally seriously still even'),
	role: words('developer dev programmer engineer coder maintainer contributor'),
	leave: words('quit leave stop uninstall go retire disappear unsubscribe resign delete'),
	intent: words("i'll i'm i'd ima we'll let's"),
	fired: words('fired banned sacked kicked blocked'),
	// Groups "typical X" and "of course a X" put down; roles ("typical junior mistake") are left out.
	identity: words(
		'woman women girl girls female females boomer boomers millennial millennials zoomer zoomers indian ' +
			'indians chinese russian russians foreigner foreigners immigrant immigrants muslim muslims jew jews ' +
			'mexican mexicans gay gays',
	),
	person: words('man guy person woman girl boy kid dude loser'),
	putDown: words(
		'pathetic trash garbage failure disgrace joke loser embarrassment worthless hopeless useless',
	),
};

/**
 * Frames as word patterns: `a|b` alternatives, `@set` a word of SETS, a trailing `?` an optional word, a
 * leading `^` the start of a clause (an imperative), a trailing `$` the end of a clause, a leading `~` not after an
 * "if" in the same sentence (a generic "you" in a conditional, "if you deploy with FTP, you're a joke", puts down
 * whoever does it rather than the reader; added after one Davidson validation row of that shape, labelled neither
 * hate nor offensive, was newly flagged).
 */
export const PATTERNS: readonly string[] = [
	// Dismissals: imperatives ending their clause ("Get lost.", not "get lost in the docs").
	'^ get lost $',
	'^ go away $',
	"^ go away and never|dont|don't come back",
	'^ piss|bugger|buzz|sod off $',
	// "Screw you, I'm not fixing it" (the models read it 0.04); not "this will screw you over".
	'^ screw you $',
	'^ screw you and',
	'^ shut up $',
	'^ shut up and|already|you',
	'sit down and shut up',
	'shut your mouth|trap|face|piehole',
	'keep your mouth shut',
	'^ get out of here',
	'^ get a life $',
	'^ get a real job|life $',
	'^ grow up $',
	'^ quit $',
	'^ give up $',
	'crawl back under|into your|a|the rock|hole|cave|basement',
	'go|going back to your own? country|countries',
	'go back to where @you came from',
	'^ go cry',
	'cry to your mommy|mom|mum|mama',
	'^ do us|everyone|everybody|the all? world? a favour|favor and @leave',
	'^ learn to read|code|program|spell $',
	'^ learn to read|code|program|spell before|first|and|then|already',
	"^ stop wasting everyone's|everybody's|my|our|people's time",
	"@you keep|are wasting everyone's|everybody's|my|our|people's time",
	// "Stop pretending you know Rust." (the models read it 0.06); not "stop pretending the cache is warm".
	'^ stop|quit pretending that? @you know|understand|get',
	'embarrassing yourself',
	// The reader is not wanted: "nobody asked you", "who invited you", "you don't belong here".
	'nobody|noone asked|cares|care|wants|likes|needs|invited|wanted @you',
	'no one asked|cares|care|wants|likes|needs|invited|wanted @you',
	'nobody|noone asked|cares|care|wants|likes|needs|invited|wanted for|about|what your|you',
	'no one asked|cares|care|wants|likes|needs|invited|wanted for|about|what your|you',
	'who even asked|invited|let|wanted you',
	'who asked|invited|wanted you $',
	'who let you in',
	'who do you think you are',
	'why are you even|still here',
	'@you @dont belong in this|the? community|industry|field|profession',
	'@you do not belong in this|the? community|industry|field|profession',
	'@you @dont belong here $',
	'@you do not belong here $',
	"your opinion|opinions|input|vote don't|doesn't|doesnt matter|count",
	'your opinion|opinions|input|vote does|do not matter|count',
	// The reader's competence: "you clearly have no idea what you're doing", "are you even a developer".
	"@you @adverb? have|got no idea|clue what you're|youre doing|talking",
	'@you @adverb? have|got no idea|clue what you are doing|talking',
	"@you @adverb? don't|dont know what you're|youre doing|talking",
	"@you @adverb? don't|dont know what you are doing|talking",
	"@you @adverb? do not know what you're|youre doing|talking",
	'@you @adverb? @dont know the first thing',
	'@you @adverb? do not know the first thing',
	'are you even a|an',
	'do|did you even know|read|understand|test|try|look|code|go|check|run|think',
	'can you not|even read $',
	"can't|cant you read $",
	// Session 12: "Are you blind? The stack trace says …" (0.13); not "are you colour blind", "blind to".
	'^ are you blind|deaf|illiterate $',
	'even your first language',
	'did your mom|mommy|mother|mum write|do|help',
	'@youAre way? in? way? over your head',
	'you are way? in? way? over your head',
	'never|not be? a real @role',
	'^ what a loser|losers $',
	'this|that|you|what a loser|losers $',
	'waste of space|oxygen|air',
	'~ @youAre @filler? @filler? @filler? @putDown',
	'~ you are|were @filler? @filler? @filler? @putDown',
	'~ @youAre @filler? waste of',
	'~ you are|were @filler? waste of',
	'pathetic|worthless|useless|hopeless|miserable little? @person',
	// Condescension: "let me explain this slowly for you", "so even you can follow".
	'slowly for you',
	'use|using small|smaller words',
	'dumb|dumbed it|this down for you',
	'so even you can|could',
	'bless your heart',
	// Identity-based put-downs: "typical woman", "of course a boomer wrote this".
	'typical @identity',
	'^ typical junior|newbie|noob|intern $',
	'of course a|the @identity',
	// Career threats: "I'll get you fired", "you'll never work in this industry again".
	'@intent going? to? get|have you @fired',
	'i will get|have you @fired',
	// Not a favour: "I'll make sure you never have to rebase again" (session 12, violent-words-civil-3).
	'@intent make sure you never work|walk|contribute|commit|code|come|post|speak|show|set|touch|again',
	'@intent make sure you get|are @fired',
	'report you to your boss|manager|employer',
	'never work in this|the industry|field|town again',
	// Sexual remarks about a person.
	'slept|sleep|sleeping your|her|his way',
	'send me nudes',
];
