/**
 * Session 31 (contempt31): calm contempt aimed at the reader that names no insult and no novice, in five shapes the
 * models read as civil ("It must be hard to review code when you don't understand it." 0.29, "Even my cat knows you
 * shouldn't commit secrets to the repo." 0.07, "Your opinion will matter once you've actually shipped something."
 * 0.50, "Don't worry, it's a common mistake for beginners." 0.01, "I almost feel sorry for you." 0.03). They are
 * talks-down.ts frames (a regular expression over a sentence's words joined by single spaces, " , " at clause
 * breaks, group `m` underlined), so a match gives the put-down floor and the card's "Talks down to the reader".
 * Each is kept off its civil twin (tests/corpora/contempt31-civil.txt) by the shape:
 * - a pace or simplicity offer made to the reader: "so you can keep up", "simply for you", "pictures would help
 *   you grasp", "with crayons", "in small words" (not "I went too fast in the call", "simpler words in the docs so
 *   new users can follow", "would help readers understand");
 * - "even my cat / grandmother / the linter bot knows / understands / would have noticed", "my little sister
 *   figured it out faster than you" (not "even my kid can use the new onboarding", "even the bot flagged this");
 * - credential gatekeeping: the reader's say counts "once you've shipped something", "come back when you've
 *   maintained a real library", "write some production code before lecturing us", "ship something real first,
 *   then tell me" (not "once you have built the project locally, run the tests", "once you've shipped it, your
 *   feedback … would carry weight", "ship something small first, then we can iterate");
 * - mock reassurance: "don't worry, it's a common mistake for beginners", "hard for people at your level", "some of
 *   us just stay there longer", "a cute little benchmark you made", "how adorable, you think …", "you clearly tried
 *   your best" (not "don't worry, it's a common mistake, the docs are confusing there", "a cute logo");
 * - rhetorical pity: "I almost feel sorry for you", "I pity whoever has to work with your code", "it must be hard
 *   to review code when you don't understand it", "must be exhausting being wrong this often" (not "I feel sorry
 *   that you had to deal with that outage", "it must be hard to debug this without logs", "I pity the next person
 *   who has to touch this legacy module").
 */

/** Alternatives of whole words ("|" between; spaces inside an alternative are word gaps). */
const any = (s: string) =>
	`(?:${s
		.trim()
		.split(/\s*\|\s*/)
		.join('|')})`;

/** Pace and simplicity that need the reader named beside them ("slowly … so you can keep up"). */
const PACE =
	any(`slower | slowly | more slowly | simpler | simply | more simply | really simply | very simply |
	extra slowly | really slowly | very slowly | with pictures | in pictures`);
/** Pace that talks down on its own, said to anyone: "with crayons", "in small words", "nice and slow". */
const PACE_MARKED =
	any(`crayons | crayon | small words | tiny words | little words | short words | shorter words |
	simple words | one syllable words | smaller words | picture book | baby steps | nice and slow | real slow |
	really slow | nice and slowly`);
/** The reader set as the one who needs it: "for you", "so you can follow", "would help you grasp". */
const FOR_READER =
	any(`for you | so you can | so that you can | so you | help you | helps you | you can follow |
	you can keep up | you to follow | you to keep up | you to understand`);
/** The writer blames their own pace or writes for others: an apology, not a put-down. */
const OWN_PACE_OR_OTHERS =
	/ (?:too fast|too quickly|sorry|my bad|my fault|i rushed|i went|i talked|i spoke|readers|users|everyone|anyone|newcomers|the team) /;

/** People and things "even" set above the reader: relatives, pets, bots. */
const LESSER =
	any(`cat | cats | dog | dogs | puppy | parrot | hamster | goldfish | pet | pets | mom | mum | mother |
	mother in law | father in law | dad | father | grandmother | grandma | granny | grandpa | grandfather | gran |
	nan | grandparents | parents | aunt | uncle | sister | little sister | kid sister | brother | little brother |
	little cousin | cousin | wife | husband | partner | roommate | barber | neighbour | neighbor | landlord |
	linter | linter bot | the bot | bot | chatgpt | copilot | chatbot | compiler | autocomplete | spellchecker`);
const LESSER_MOD = '(?:(?:my|the|a|an|our|your|his|her|little|old|elderly|dumb|stupid|own) ){0,3}';
/** What the lesser one knows that the reader does not (not "can use", "could install", "flagged", "got wrong"). */
const KNOWS = any(`knows | know | understands | understand | gets | get | grasps | grasp | would know |
	would have known | would've known | would have noticed | would've noticed | would have caught | would've caught |
	would have spotted | would've spotted | would have seen | would've seen | would have read | would've read |
	would have told you | would've told you | could have told you | could've told you | could tell you | can tell you |
	would never | wouldn't | knew`);
/** Praise of a product: "even my mom knows how to use it now". */
const USABILITY =
	/ (?:use|uses|using|install|installs|installed|set it up|onboarding|ui|app|great|love|loves|loved|nice|easy|intuitive|thanks|thank|wrong|confused|struggled|struggles) /;
/** Doing better than the reader: "faster than you did". */
const BETTER = any(`faster | quicker | sooner | better | more | quicker | earlier`);

/** Work done to earn a say: "shipped something", "maintained a real library", "run a service at scale". */
const EARNED =
	any(`shipped | built | maintained | written | run | ran | worked on | released | launched | led |
	made | designed | contributed to | deployed | had | got | have | worked`);
/** What was done, as a credential (not "it", "the fix", "the project locally"). */
const CREDENTIAL =
	any(`something | anything | a real | a single | any real | some real | some actual | actual |
	real | production | a project | a library | a service | a compiler | a product | an app | a framework |
	some production | any production | a few | more than | one | code that | software`);
/** The reader's say: "your opinion", "your take on caching". */
const SAY =
	any(`opinion | opinions | take | view | views | input | say | vote | word | review | reviews | feedback |
	criticism | critique | two cents | thoughts`);

/** A novice as the one who makes "a common mistake". */
const NOVICES =
	any(`beginners | beginner | newbies | newbie | novices | juniors | noobs | new devs | new developers |
	students | interns | first timers | people new to this | people just starting`);
/** Technical work of the reader a "cute" or "adorable" mocks (not "logo", "mascot", "trick"). */
const WORK =
	any(`benchmark | benchmarks | theory | theories | idea | ideas | argument | attempt | fix | patch |
	refactor | proposal | plan | analysis | opinion | take | understanding | hypothesis | explanation | point |
	logic | reasoning | effort | architecture | abstraction | pr | pull request | design | solution | code | test |
	tests | rant | review`);

/** What "must be hard / exhausting" is said of: the reader's own incompetence. */
const INCOMPETENCE = any(`you don't understand | you do not understand | you don't know | you can't read |
	you cannot read | you can't code | being wrong | being this | being so | going through life | through life |
	without understanding | not understanding | not knowing | not having to understand | not having to know |
	to keep up | without a clue | to be you | being you | never reading | not reading`);
/** People around the reader's work, pitied: "whoever has to work with your code". */
const BYSTANDERS = any(`whoever | anyone | anybody | everyone | the person | the poor soul | the poor person |
	the people | your team | your coworkers | your colleagues | your users | your reviewers | your teammates |
	your manager | your employer`);

/**
 * Calm contempt at the reader (see the module comment), as talks-down.ts frames: `re` over the sentence, `unless`
 * cancels the frame anywhere in its sentence.
 */
export const PATRONISING_FRAMES: { re: RegExp; unless?: RegExp }[] = [
	// "I'll type extra slowly this time so you can keep up", "let me break it down really simply for you".
	{
		re: new RegExp(` (?<m>${PACE}(?: \\S+){0,3} ${FOR_READER})`),
		unless: OWN_PACE_OR_OTHERS,
	},
	// "a diagram with pictures would help you grasp what a mutex is".
	{
		re: / (?<m>with pictures (?:would|might|could|will) (?:help|make) you) /,
		unless: OWN_PACE_OR_OTHERS,
	},
	// "Would it help if I explained it with crayons?": the offer opens the underline, so the frame's "if" is its own.
	{
		re: new RegExp(
			` (?<m>(?:would it help|would that help|does it help|should i|shall i|want me to|would you like me to)(?: \\S+){0,6} ${PACE_MARKED})`,
		),
		unless: OWN_PACE_OR_OTHERS,
	},
	// "let me put it in small words", "I'll use small words" (offered, not asked for).
	{
		re: new RegExp(` (?<m>(?:with|in|using|use|take|taking|go|going) (?:\\S+ )?${PACE_MARKED})`),
		unless: OWN_PACE_OR_OTHERS,
	},
	// "even my cat knows …", "even the linter bot understands this better than you do".
	{
		re: new RegExp(` (?<m>even ${LESSER_MOD}${LESSER} ${KNOWS})`),
		unless: USABILITY,
	},
	// "my grandmother could have told you that index was missing".
	{
		re: new RegExp(
			` (?<m>(?:even |my |our )${LESSER_MOD}${LESSER} (?:could have|could've|would have|would've) (?:told you|known|noticed|caught|spotted|seen))`,
		),
		unless: USABILITY,
	},
	// "my little sister figured out git rebase faster than you did".
	{
		re: new RegExp(
			` (?<m>(?:my|our) ${LESSER_MOD}${LESSER})(?: \\S+){1,6} ${BETTER} than (?:you|yours|your)(?! (?:think|thought|expect|expected|might|may|imagine)) `,
		),
		unless: USABILITY,
	},
	// "your opinion will matter once you've actually shipped something", "your take on caching doesn't count for
	// much" after "until you've run a service at scale".
	{
		re: new RegExp(
			` (?<m>your (?:\\S+ )?${SAY}(?: \\S+){0,3} (?:will|would|might|may|could|can|starts? to|doesn't|does not|won't|will not|wouldn't|isn't|is not) (?:start to |begin to |really |actually )?(?:matter|count|carry|mean|be worth|weigh))(?: \\S+){0,6} (?:once|when|after|until|till) you`,
		),
	},
	{
		re: new RegExp(
			`(?<m>(?:once|when|after|until|till) you(?:'ve| have|'ve actually| have actually| actually| ever| 've)? ${EARNED} ${CREDENTIAL})(?: \\S+){0,10} (?:, )?your (?:\\S+ )?${SAY}(?: \\S+){0,3} (?:will|would|might|may|could|can|doesn't|does not|won't|wouldn't) (?:start to |really |actually )?(?:matter|count|carry|mean|weigh)`,
		),
		unless:
			/ your (?:\S+ )?(?:opinion|opinions|take|view|input|feedback|thoughts) (?:\S+ ){0,3}(?:matters|matter|counts|is welcome|are welcome)(?! (?:once|when|after|until)) /,
	},
	// "Come back when you've maintained a real library for a few years", "talk to me once you have a merged PR".
	{
		re: new RegExp(
			`(?:^ | , )(?<m>(?:come back|talk to me|talk to us|call me|get back to me|then we'll talk|we can talk) (?:once|when|after) you(?:'ve| have| actually have|'ve actually| 've)? (?:actually |ever )?(?:${EARNED}|learned|learnt|read|know|understand|some|a single|any)(?: \\S+){0,2} (?:${CREDENTIAL}|merged|experience|years|clue|idea|pr|prs))`,
		),
	},
	// "when you've built something people actually use, we can talk about architecture".
	{
		re: new RegExp(
			`(?<m>(?:once|when|after) you(?:'ve| have|'ve actually| have actually| 've)? ${EARNED} (?:something|anything)(?: \\S+){0,5}) , (?:we can|then we can|then we'll|we'll|i'll|i will) (?:talk|listen|discuss|take you seriously|care)`,
		),
	},
	// "Maybe write some production code before lecturing us about performance".
	{
		re: / (?<m>(?:write|ship|build|maintain|learn|read|try|run|make)(?: \S+){0,4} before (?:you )?(?:lecturing|lecture|preaching|preach|telling us|telling me|tell us|tell me|criticising|criticizing|criticise|criticize|judging|judge|lecturing us|explaining to us|explaining to me|lecture us|lecture me))/,
	},
	// "Ship something real first, then tell me how to design an API" (not "…, then we can iterate").
	{
		re: /(?:^ | , )(?<m>(?:ship|build|write|maintain|make|release|finish) (?:something|anything|a project|a library|an app|a product)(?: \S+){0,4} first , (?:and )?then (?:tell|lecture|criticise|criticize|judge|come back|talk|lecture|preach|explain to))/,
	},
	// "Don't worry, it's a common mistake for beginners" (not "…, the docs are confusing there").
	{
		re: new RegExp(
			` (?:don't worry|do not worry|no worries|no shame|it's okay|it's ok|it is okay|that's okay|don't feel bad|relax)(?: \\S+){0,6} (?<m>(?:common|typical|classic|normal|easy|frequent|usual) (?:\\S+ )?(?:mistake|mistakes|error|errors|thing|confusion|misunderstanding)(?: to make)? (?:for|among|with|by|from) ${NOVICES})`,
		),
	},
	// "this stuff is hard for people at your level".
	{
		re: / (?<m>(?:for|to) (?:people|someone|somebody|folks|devs|developers|anyone|those|a dev|a developer|an engineer) (?:at|of|with) your (?:level|skill level|experience level|experience|skill set|skills))(?! (?:of access|of permissions|of access rights))/,
	},
	// "We all start somewhere. Some of us just stay there longer."
	{ re: / (?<m>some (?:of us|people|of you) (?:just )?(?:stay|stayed|stays|remain|remained) there)/ },
	// "That's a cute little benchmark you made there", "your little refactor is adorable", "cute theory".
	{
		re: new RegExp(
			` (?<m>(?:cute|adorable|precious|sweet) (?:little )?${WORK}) (?:you|of yours|there|,|you've|you made|$)`,
		),
	},
	{
		re: new RegExp(
			` (?<m>your (?:little )?${WORK} (?:is|was|are|were) (?:so |really |just |kind of |pretty )?(?:cute|adorable|precious))`,
		),
	},
	// "How adorable, you think this scales."
	{
		re: / (?<m>(?:how|that's|thats|so|aww|aw) (?:cute|adorable|precious|sweet)) , (?:you|that you) (?:think|thought|believe|really think|actually think|still think|expect|assume)/,
	},
	// "you clearly tried your best" (not "you tried the workaround").
	{
		re: / (?<m>you (?:clearly|obviously|certainly|at least|really did|did) tried (?:your best|hard|so hard))/,
	},
	// "I almost feel sorry for you", "I almost pity you".
	{
		re: / (?<m>(?:almost|nearly|kinda|kind of|sort of|a little|a bit|genuinely|honestly|actually) (?:feel sorry for|feel bad for|pity|feel pity for) you)(?= (?:,|$|honestly|really|though|tbh))/,
	},
	{ re: / (?:i|we) (?<m>pity you)(?= (?:,|$)) / },
	// "I genuinely pity whoever has to work with your code".
	{
		re: new RegExp(
			` (?<m>(?:pity|feel sorry for|feel bad for|feel for) ${BYSTANDERS}(?: \\S+){0,6} (?:your|you))`,
		),
	},
	// "It must be hard to review code when you don't understand it", "must be exhausting being wrong this often".
	{
		re: new RegExp(
			` (?<m>must be (?:so |really |pretty |very |quite )?(?:hard|tough|difficult|exhausting|tiring|rough|nice|fun|lonely|frustrating|awkward|embarrassing|hard work|a struggle)(?: \\S+){0,6} ${INCOMPETENCE})`,
		),
	},
];
