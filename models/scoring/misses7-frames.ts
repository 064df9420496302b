/**
 * Session 15 (misses7): attacks on a person that still passed, as put-downs.ts word patterns (same syntax as
 * put-down-frames.ts and veiled-frames.ts, plus a leading `&`: only after a "me" earlier in the draft). The
 * models read these as civil ("Touch my branch again and you're dead." 0.30, "It would be a shame if your
 * account got compromised." 0.07, "Keep it up and see what happens." 0.03, "Go back to school." 0.01, "Honey,
 * this isn't your league." 0.09). Written from the dev half (odd lines) of tests/corpora/misses7-*.txt; each
 * keeps away from its civil twin in the *-civil.txt sets:
 * - veiled threats: "…my branch again and you're dead" (not "touch the config and the build is dead", "run the
 *   installer and you're finished with setup"), "shame if your account got compromised", "pity if something
 *   happened to it" (not "a shame if this regressed"), "keep it up and see what happens", "ban me. See what
 *   happens" (not "change the timeout and see what happens"), "you'll regret merging that" (not "you'll regret
 *   not pinning that version"), "regret the day", "you'll see what I do";
 * - commands that put the reader down: "get a clue", "go back to school", "for once in your life", "get a
 *   grip" at a clause's end (not "get a grip on the flaky test"), "do your homework", "this is beyond you",
 *   "leave real projects to others", "leave this repo alone" (not "go back to the previous release");
 * - condescension: "that's adorable, you think…", "this isn't your league", "honey," as an address, "not
 *   everyone can understand", "hold your hand", "draw you a picture", "good for you, you found…", "run
 *   along", "how precious", "over your head", "I doubt you'd understand", "slower this time";
 * - exclusion by identity (GROUP_PATTERNS): a group of people (an identity word with a word for people, or an
 *   identity's plural) with "don't belong", "have no place", "aren't welcome", "shouldn't be allowed", "should
 *   stay out", "no place for …", "we don't want …", "keep … out", "no … allowed" (not "Black formatting doesn't
 *   belong in this PR", "Chinese translations are welcome", "no tabs allowed").
 * Draft scoring only, as every put-down frame.
 */
const words = (s: string) => new Set(s.split(' '));

/** Named word sets of these patterns. */
export const MISSES7_SETS: Record<string, Set<string>> = {
	youll: words("you'll youll"),
	// What the reader is warned they will regret doing to the writer ("you'll regret merging that").
	crossed: words(
		'merging closing banning blocking rejecting ignoring crossing reporting deleting locking reverting muting ' +
			'kicking reviewing touching messing that this me ever',
	),
	asset: words(
		'account accounts repo repos repository project package library fork rights access commit maintainer ' +
			'ci secrets keys email reputation job career npm github profile',
	),
	groupAdj: words(
		'black white asian jewish muslim christian hindu gay lesbian trans transgender queer disabled old indian ' +
			'chinese mexican african arab russian foreign immigrant female male brown latino hispanic catholic ' +
			'autistic',
	),
	people: words(
		'people folks devs developers contributors men women guys girls boys kids users engineers programmers ' +
			'maintainers persons coders members',
	),
	groupNoun: words(
		'women girls females immigrants foreigners muslims jews indians asians mexicans africans arabs russians ' +
			'chinese gays lesbians blacks boomers christians hindus catholics latinos hispanics refugees',
	),
};

/**
 * The veiled threats of the list below (session 19: put-downs.ts takes one back when a friendly purpose or advice
 * follows it in the sentence: "It'd be a pity if your account got hacked, so please turn on two-factor auth.").
 */
export const MISSES7_THREATS: readonly string[] = [
	// "Touch my branch again and you're dead." after a "me"/"my"? Only "me" is safe ("apply my patch and
	// you're done"); the draft's own "my …" frames below name the act.
	'& and @youAre dead|toast|next $',
	'& and you are dead|toast|next $',
	'my branch|fork|pr|commit|code|repo|issue|comment|comments again|once and? @youAre dead|toast|next',
	'and @youAre finished|done here $',
	"and? you'll|youll wish you hadn't|hadnt",
	// "It would be a shame if your account got compromised." "…a pity if something happened to it."
	'shame|pity|terrible|awful|unfortunate if your @asset? @asset got|were|was|went|suddenly|disappeared|leaked|vanished',
	'shame|pity|terrible|awful|unfortunate if something|anything happened|happens|were|was to? happen? to it|you|your $',
	'hate for anything|something to happen to it|you|your',
	'want anything|something to happen to your|you',
	'happen to your little',
	// "Keep it up and see what happens." "Go on, ban me. See what happens next."
	'^ keep it|this|that up and? see|watch what happens',
	'^ keep talking|pushing like? that|this? and? see|watch what happens',
	'& see|watch what happens next? $',
	// "You'll regret merging that." "Block me and you'll regret the day you did." Not after an "if" ("if you skip
	// the tests, you'll regret closing it" is advice).
	'~ @youll regret @crossed',
	'~ you will regret @crossed',
	"~ you're|youre going|gonna to? regret @crossed",
	'regret the day you',
	'@youll see what i can|will? do $',
	'you will see what i can|will? do $',
];

export const MISSES7_PATTERNS: readonly string[] = [
	...MISSES7_THREATS,
	// Commands that put the reader down: "Get a clue before you comment." "Go back to school."
	'^ get a clue',
	'^ go back to school|kindergarten|bootcamp|tutorials $',
	'^ go back to your coding? school|bootcamp|tutorials|tutorial|textbook|course',
	'for once in your life|lives',
	'^ get a grip $',
	'^ get a grip and',
	'^ do your homework',
	"this|that|it is|s|'s way? beyond you $",
	'leave real|serious projects|work|code|engineering to',
	'leave this|our|my repo|project|codebase alone $',
	// Condescension: "That's adorable, you think this is a bug." "Honey, this isn't your league."
	'adorable|cute|precious|sweet that? you think|thought|believe',
	"not|isn't|isnt your league $",
	'out of your league|depth $',
	'^ honey|sweetie|sweetheart|darling|hun|sweety $',
	'not everyone|everybody can understand|handle|grasp|follow',
	'^ let me hold your hand',
	'draw you a picture',
	'good for you you found|managed|figured|learned|discovered',
	'^ run along',
	'how precious $',
	'be|is|s|goes|went|way over your head $',
	"doubt you'd|youd understand|get|follow",
	'doubt you would understand|get|follow',
	'before you lecture|lecturing|preach|preaching us|me|others|people|everyone',
	"you wouldn't|wouldnt understand",
	'slower this time $',
];

/**
 * Exclusion of a group of people for who they are ("Black people don't belong on this team"): also put-down
 * frames, and the card names a group (ScoreResult.aboutGroup). Built from a subject and a predicate each.
 */
const GROUP_SUBJECTS = ['@groupAdj @people', '@groupNoun'];
const EXCLUDED = [
	'@dont belong',
	'do|does not belong',
	"doesn't|doesnt belong",
	'have|has no place|business',
	'are|is not welcome',
	"aren't|arent|isn't|isnt welcome",
	'should not|never be allowed|maintainers|here|contributors|admins|hired',
	"shouldn't|shouldnt be allowed|maintainers|here|contributors|admins|hired",
	'should be kicked|banned|removed|excluded|fired',
	'should stay|keep out|away',
	'should stick to',
	'need not apply',
];
export const GROUP_PATTERNS: readonly string[] = [
	// Also put-down-frames.ts's own: "Go back to your country" tells a person they do not belong for where they are from.
	'go|going back to your own? country|countries',
	'go back to where @you came from',
	...GROUP_SUBJECTS.flatMap((s) => EXCLUDED.map((p) => `${s} ${p}`)),
	...GROUP_SUBJECTS.flatMap((s) => [
		`no place for ${s}`,
		`@dont want ${s}`,
		`do not want ${s}`,
		`^ no ${s} allowed|on|in|at`,
		`keep|get the|all|those? ${s} out|off|away`,
		`ban|kick|exclude|deport|purge all|every|the? ${s}`,
	]),
];
