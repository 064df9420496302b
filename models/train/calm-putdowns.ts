/**
 * Session 28 (contempt28b): calm put-downs aimed at the reader, with no insult or swear word, in many shapes
 * (competence doubts, "let the grown-ups …", "did you even …", "I'll explain slowly", dismissals, mock surprise,
 * "go read a tutorial", exclusion, …), and civil twins that share their words and topics (requests, teaching offers,
 * a sincere "did you get a chance", apologies, blunt critique of the code rather than the person). Training rows for
 * the contempt model only (models/train/contempt.ts): the contempt28 model's positives were mostly attacks carrying
 * insult words, so it learned the words rather than the condescension. Written for the project (no dataset rows),
 * without looking at the held-out corpora; never used as an eval corpus. Templates × topics, deterministic.
 */

/** What the sentences talk about; both sides of a shape draw the same topics. */
const TOPICS = [
	'the migration',
	'the cache layer',
	'this regex',
	'the release script',
	'the auth flow',
	'the build config',
	'the retry logic',
	'the test suite',
	'the schema change',
	'the docs page',
	'the parser',
	'the deploy pipeline',
	'the CSS grid',
	'the lock file',
	'the API client',
	'the date handling',
	'the SQL query',
	'the feature flag',
	'the Docker image',
	'the error handling',
	'the pagination',
	'the webhook handler',
	'the type definitions',
	'the logging setup',
];

interface Shape {
	name: string;
	/** Put-downs at the reader: label 1. */
	attack: string[];
	/** Civil sentences with the same words and topics: label 0. */
	civil: string[];
}

const SHAPES: Shape[] = [
	{
		name: 'competence doubt',
		attack: [
			'I doubt you understand how {t} works at all.',
			'I am not convinced you know what {t} even does.',
			'You clearly have never worked with {t} before, and it shows.',
			'It is obvious you have no idea what {t} is for.',
			'I question whether you should be touching {t} at all.',
			'You do not seem to understand the first thing about {t}.',
			'Frankly I doubt you could explain {t} if someone asked you.',
			'You seem to think {t} is simple, which tells me a lot about you.',
		],
		civil: [
			'I doubt I understand how {t} works either, can we pair on it?',
			'I am not convinced {t} does what we think, could you check it?',
			'I have never worked with {t} before, so I may be missing something.',
			'It is not obvious what {t} is for, could you add a comment?',
			'I question whether we should touch {t} in this PR at all.',
			'I do not understand the first part of {t}, could you explain it?',
			'Could you explain {t} in the description? Reviewers will ask.',
			'You seem to think {t} is simple, but it has a few edge cases, see below.',
		],
	},
	{
		name: 'let the grown-ups',
		attack: [
			'Let the grown-ups handle {t}.',
			'Maybe leave {t} to the adults in the room.',
			'Step aside and let people who know what they are doing fix {t}.',
			'Leave {t} to someone who has done this before, please.',
			'Let the senior folks deal with {t}, you stick to typos.',
			'Why not leave {t} to the people who actually understand it?',
			'Just let the real engineers take care of {t}.',
			'Perhaps leave the hard parts like {t} to the rest of us.',
		],
		civil: [
			'Let the owners of {t} decide on this one.',
			'Maybe leave {t} for a follow-up PR so this one stays small.',
			'Let the people on call know before we change {t}.',
			'Leave {t} as it is for now, please, we will revisit it.',
			'Let the security team review {t} before we merge.',
			'Why not leave {t} unchanged and add a flag instead?',
			'Just let the CI finish on {t} before merging.',
			'Perhaps leave the hard parts of {t} to a second PR, it is a lot for one review.',
		],
	},
	{
		name: 'did you even',
		attack: [
			'Did you even run {t} before opening this?',
			'Did you even read the docs for {t}?',
			'Have you even looked at {t}, or did you just guess?',
			'Did you even try {t} once before asking?',
			'Do you even know what {t} is supposed to do?',
			'Did you bother testing {t} at all?',
			'Have you ever actually used {t}, or is this all guesswork?',
			'Did you even think about {t} for a second?',
		],
		civil: [
			'Did you get a chance to run {t} locally?',
			'Did you read the docs for {t}? The second section covers this case.',
			'Have you looked at {t} yet? I think the bug starts there.',
			'Did you try {t} with the new flag? It fixed it for me.',
			'Do you know what {t} is supposed to do here? I could not tell.',
			'Did you have time to test {t} on Windows too?',
			'Have you used {t} before? If not, happy to walk you through it.',
			'Did you think about {t} when splitting this up? Just curious.',
		],
	},
	{
		name: 'explain slowly',
		attack: [
			"I'll explain {t} slowly so you can keep up.",
			'Let me spell out {t} for you in small words.',
			'Read this slowly, maybe {t} will make sense to you this time.',
			'I will go over {t} one more time, try to follow along.',
			'Let me put {t} in terms even you can follow.',
			'Okay, {t} again, very slowly, just for you.',
			'I have explained {t} three times now, try reading it again.',
			'Since you missed it, here is {t} in baby steps.',
		],
		civil: [
			"I'll explain {t} step by step, it is a tricky part.",
			'Let me spell out {t} in the description so others can follow too.',
			'Read this part slowly, {t} has a subtle ordering issue.',
			'I will go over {t} one more time in the call, it confused me too.',
			'Let me put {t} in simpler terms, my last comment was unclear.',
			'Okay, {t} again with a diagram, hope this one is clearer.',
			'I explained {t} badly earlier, let me try again.',
			'Since this is new to everyone, here is {t} in small steps.',
		],
	},
	{
		name: 'dismissal',
		attack: [
			'Nobody asked for your opinion on {t}.',
			'Your take on {t} is not needed here.',
			'No one wants your input on {t}, thanks.',
			'Keep your thoughts on {t} to yourself next time.',
			'We did not ask what you think about {t}.',
			'Your opinion on {t} does not count for much here.',
			'Save your suggestions about {t}, nobody is listening.',
			'Spare us your views on {t}.',
		],
		civil: [
			'Nobody has asked for {t} yet, so maybe we hold off.',
			'Your take on {t} would help, could you weigh in?',
			'No one has touched {t} in a year, thanks for looking at it.',
			'Keep your notes on {t}, they will help the next person.',
			'We did not ask about {t} in the survey, maybe next time.',
			'Your opinion on {t} counts, please leave it on the RFC.',
			'Save your suggestions about {t} for the planning issue, please.',
			'Share your views on {t} in the thread when you have time.',
		],
	},
	{
		name: 'mock surprise',
		attack: [
			'What a shock, you broke {t} again.',
			'Wow, you managed to break {t}, who could have seen that coming.',
			'Color me surprised, your change to {t} failed.',
			'Shocking, another one of your PRs breaks {t}.',
			'Oh look, you touched {t} and now nothing works. Surprise.',
			'Imagine my surprise when your patch took down {t}.',
			'Big surprise, you forgot to test {t} again.',
			'Well, who would have guessed you would mess up {t}.',
		],
		civil: [
			'What a shock, the CI broke {t} again, not your change.',
			'Wow, this fixes {t} too, nice find.',
			'I was surprised {t} failed, your change looks right to me.',
			'Surprisingly, the upgrade breaks {t}, see the log below.',
			'Oh look, {t} works again after the revert. Good news.',
			'I was surprised to see {t} go down after the deploy, any idea why?',
			'Big surprise for me too, {t} is not covered by any test.',
			'Who would have guessed the flaky part was {t}? Good debugging.',
		],
	},
	{
		name: 'go read a tutorial',
		attack: [
			'Go read a beginner tutorial on {t} before you comment again.',
			'Maybe learn the basics of {t} before opening issues.',
			'Try reading a book about {t} sometime.',
			'Go do an intro course on {t} and come back.',
			'Learn how {t} works first, then we can talk.',
			'Read the tutorial on {t} like everyone else had to.',
			'Come back when you have learned the basics of {t}.',
			'Do your homework on {t} before wasting our time.',
		],
		civil: [
			'This beginner tutorial on {t} helped me a lot, sharing in case it helps.',
			'The basics of {t} are in the contributing guide, section two.',
			'There is a good book chapter about {t}, I can lend you my copy.',
			'The intro course covers {t} well if you want a refresher.',
			'Could you add a note on how {t} works? Then we can review it.',
			'The tutorial on {t} is outdated, I will update it this week.',
			'I came back to {t} after reading the docs and it made more sense.',
			'I did some homework on {t} and found two options, see below.',
		],
	},
	{
		name: 'exclusion',
		attack: [
			'Stay out of the review for {t}.',
			'Please stop commenting on {t}, you are not helping.',
			'Keep your hands off {t} from now on.',
			'You should not be anywhere near {t}.',
			'Just stay away from {t}, the rest of us will handle it.',
			'Do not touch {t} again, ever.',
			'We would all be better off if you stayed out of {t}.',
			'Stick to the docs and leave {t} alone.',
		],
		civil: [
			'I will stay out of the review for {t}, I wrote half of it.',
			'Please keep comments on {t} in the linked issue.',
			'Keep {t} out of this PR if you can, it is already large.',
			'You should not need to touch {t} for this fix.',
			'Just stay away from {t} until the freeze ends, it is locked for the release.',
			'Do not touch {t} in this branch, it conflicts with main.',
			'We would be better off moving {t} into its own module.',
			'Stick to the docs change here and leave {t} for later.',
		],
	},
	{
		name: 'credential doubt',
		attack: [
			'Who gave you merge rights on {t}?',
			'How did you ever get commit access to {t}?',
			'Who thought it was a good idea to let you near {t}?',
			'I do not know who hired you, but {t} shows why that was a mistake.',
			'How are you a maintainer of {t} and still get this wrong?',
			'Who approved you for {t}? Asking seriously.',
			'It is a mystery how you got assigned {t}.',
			'Someone should review how you ended up owning {t}.',
		],
		civil: [
			'Who has merge rights on {t}? I need a second approval.',
			'How do I get commit access to {t}? I would like to help.',
			'Who is the best person to ask about {t}?',
			'I do not know who owns {t} now, could you tag them?',
			'You are a maintainer of {t}, could you check this case?',
			'Who approved {t}? I want to ask about one line.',
			'It is unclear who is assigned {t}, could you take it?',
			'Someone should review who owns {t} now that the team changed.',
		],
	},
	{
		name: 'low expectations',
		attack: [
			'I did not expect much from you on {t}, and you delivered exactly that.',
			'About what I expected from you for {t}.',
			'Honestly, this is the level I have come to expect from you on {t}.',
			'I had low hopes for your work on {t}, and you still fell short.',
			'Typical of you, {t} is half done again.',
			'I should have known better than to give you {t}.',
			'Your version of {t} is exactly as careless as I expected.',
			'You never disappoint in finding new ways to break {t}.',
		],
		civil: [
			'I did not expect {t} to be this involved, thanks for sticking with it.',
			'About what I expected for {t}, the numbers look fine.',
			'This is the level of detail I hoped for on {t}, great write-up.',
			'I had low hopes for the old {t}, and your rewrite is much better.',
			'Typically {t} takes two passes, this first one looks good.',
			'I should have warned you that {t} is fragile, sorry about that.',
			'Your version of {t} is careful about the edge cases, thank you.',
			'You found a new way {t} breaks, that is a useful bug report.',
		],
	},
	{
		name: 'patronising praise',
		attack: [
			'Cute attempt at {t}, but leave it to someone who knows it.',
			'Nice try on {t}, really, for someone at your level.',
			'Aw, you tried to fix {t}. That is adorable.',
			'Good effort on {t}, for a beginner.',
			'Well done, you almost understood {t} this time.',
			'Bless your heart, you really thought {t} would work like that.',
			'It is sweet that you think this fixes {t}.',
			'Points for effort on {t}, none for the result.',
		],
		civil: [
			'Nice attempt at {t}, there is one case it misses, see below.',
			'Nice work on {t}, really clean for such a hard part.',
			'Thanks for trying to fix {t}, the approach looks right.',
			'Good effort on {t}, it needs one more test and it is ready.',
			'Well done, {t} finally makes sense to me after your change.',
			'I really thought {t} would work like that too, the docs are misleading.',
			'I think this fixes {t}, but could you add a test?',
			'Points to you for finding {t}, the result is much better.',
		],
	},
	{
		name: 'beyond you',
		attack: [
			'{T} is clearly beyond you.',
			'This is above your level, stick to the easy issues.',
			'{T} is a bit too advanced for you, is it not?',
			'You are out of your depth with {t}.',
			'Maybe pick something simpler than {t}, this is not for you.',
			'{T} is harder than you seem able to handle.',
			'Some of us can handle {t}, you are obviously not one of them.',
			'You are not ready for {t}, and this PR proves it.',
		],
		civil: [
			'{T} is clearly beyond the scope of this PR.',
			'This is above the size we usually review, could you split it?',
			'{T} is a bit advanced for a first issue, want a simpler one?',
			'I am out of my depth with {t}, could someone else review?',
			'Maybe pick something simpler than {t} for the sprint, it is a big one.',
			'{T} is harder than it looks, take your time.',
			'Some of us have handled {t} before, ping us if you get stuck.',
			'{T} is not ready yet, and this PR shows which parts are missing.',
		],
	},
	{
		name: 'are you new',
		attack: [
			'Is this your first time touching {t}?',
			'Are you new to programming, or just to {t}?',
			'Have you written any code before {t}?',
			'Is this really how you think {t} should work?',
			'Are you seriously asking how {t} works?',
			'Was this your first day working on {t}?',
			'Have you ever shipped anything, or is {t} your first try?',
			'Do you always need hand-holding for something like {t}?',
		],
		civil: [
			'Is this your first time touching {t}? Welcome, happy to help.',
			'Are you new to the project? The guide for {t} is linked below.',
			'Have you written the tests for {t} yet, or should I?',
			'Is this how you think {t} should work? I had a different reading.',
			'Are you asking how {t} works in general, or in this branch?',
			'Was this your first PR on {t}? It looks great.',
			'Have you shipped {t} before? Any advice on the rollout?',
			'Do you need any help with {t}? I have some time today.',
		],
	},
	{
		name: 'anyone knows',
		attack: [
			'Any first-year student knows how {t} works, yet here we are.',
			'Even an intern would have caught the problem in {t}.',
			'Everyone else understood {t} on the first read, except you.',
			'A child could see what is wrong with {t}.',
			'Most people figure out {t} in an afternoon, you have had a month.',
			'Anybody who has read the docs knows {t} does not work like that.',
			'Everyone on the team gets {t} except you, somehow.',
			'It takes a special kind of effort to get {t} this wrong.',
		],
		civil: [
			'Not every first-year student knows how {t} works, so let us document it.',
			'An intern caught the problem in {t} last week, credit to them.',
			'Everyone found {t} confusing on the first read, me included.',
			'It took me a while to see what is wrong with {t}, it is subtle.',
			'Most people need a few days to learn {t}, take your time.',
			'The docs say {t} does not work like that, see the linked section.',
			'Everyone on the team struggles with {t}, it needs a rewrite.',
			'It takes real effort to get {t} right, thanks for doing it.',
		],
	},
	{
		name: 'sarcastic thanks',
		attack: [
			'Thanks for breaking {t}, really appreciated.',
			'Thank you so much for making {t} worse.',
			'Great, thanks for the extra work on {t} you gave us all.',
			'Thanks for nothing on {t}.',
			'Really appreciate you ignoring every comment on {t}.',
			'Thanks for the lesson in how not to write {t}.',
			'So kind of you to finally look at {t} after a month.',
			'Thank you for showing everyone how not to do {t}.',
		],
		civil: [
			'Thanks for fixing {t}, really appreciated.',
			'Thank you so much for making {t} faster.',
			'Great, thanks for the extra tests on {t}.',
			'Thanks for the quick turnaround on {t}.',
			'Really appreciate you answering every comment on {t}.',
			'Thanks for the lesson on how {t} works, it helped.',
			'So kind of you to look at {t} on a weekend, thank you.',
			'Thank you for showing everyone how to debug {t}.',
		],
	},
	{
		name: 'reassuring from above',
		attack: [
			'Do not worry, {t} is hard for people like you.',
			'It is fine, not everyone can be good at {t}.',
			'No shame in it, {t} was never going to be your thing.',
			'Relax, nobody expects you to understand {t}.',
			'Do not feel bad, {t} is simply not something you can do.',
			'It is okay, we will get someone competent to redo {t}.',
			'Never mind {t}, I will fix it properly after you.',
			'Just leave {t}, I will clean up after you as usual.',
		],
		civil: [
			'Do not worry, {t} is hard for everyone at first.',
			'It is fine, {t} tripped me up for weeks too.',
			'No shame in asking, {t} is poorly documented.',
			'Relax, nobody expects {t} to be perfect in the first PR.',
			'Do not feel bad, {t} broke for me last week as well.',
			'It is okay, we will pair on {t} tomorrow.',
			'Never mind {t}, I will fix it in a separate PR.',
			'Just leave {t}, I will clean it up in the refactor.',
		],
	},
	{
		name: 'mock help offer',
		attack: [
			'Want me to write {t} for you too, since you clearly cannot?',
			'Should I hold your hand through {t} as well?',
			'Do you need me to draw you a picture of {t}?',
			'Shall I also press the merge button for you, or is that too hard?',
			'Would you like me to do {t} for you while I am at it?',
			'Need someone to read {t} to you?',
			'Do I also have to show you where the docs for {t} are?',
			'Should I open the file for you too, or can you find {t} yourself?',
		],
		civil: [
			'Want me to write {t} for you? Happy to take it.',
			'Should I walk you through {t}? It took me a while too.',
			'Do you want me to draw a diagram of {t}? It might help everyone.',
			'Shall I press the merge button, or do you want to do it?',
			'Would you like me to take {t} while you do the docs?',
			'Need someone to review {t}? I have time.',
			'I can show you where the docs for {t} are, they are hard to find.',
			'Should I open a separate issue for {t}, or can you find the old one?',
		],
	},
	{
		name: 'waste of time',
		attack: [
			'Reviewing your {t} is a waste of my time.',
			'Every minute spent on your {t} is a minute wasted.',
			'I am not spending another hour cleaning up your {t}.',
			'Talking to you about {t} is pointless.',
			'I have better things to do than explain {t} to you again.',
			'Your PRs on {t} are not worth reviewing.',
			'There is no point arguing about {t} with you.',
			'Arguing with you about {t} is like talking to a wall.',
		],
		civil: [
			'Reviewing {t} by hand is a waste of time, let us automate it.',
			'Every minute spent on {t} pays off later, thanks for doing it.',
			'I am not able to spend another hour on {t} today, can we continue tomorrow?',
			'Talking about {t} in the call was useful, thanks.',
			'I have other things to finish first, can I look at {t} tomorrow?',
			'Your PRs on {t} are always easy to review, thanks.',
			'There is no point arguing about {t} until we have numbers.',
			'Arguing about {t} in comments is slow, can we call?',
		],
	},
	{
		name: 'people like you',
		attack: [
			'This is what happens when people like you touch {t}.',
			'People like you are why {t} is such a mess.',
			'Your kind of code is why nobody trusts {t} anymore.',
			'This is why we cannot let someone like you near {t}.',
			'Every time someone like you edits {t}, we lose a week.',
			'It is always people like you who break {t}.',
			'Developers like you are the reason {t} needs so many guards.',
			'Folks like you make {t} twice as hard for the rest of us.',
		],
		civil: [
			'This is what happens when anyone touches {t} without tests.',
			'People like us are why {t} got so complex, we kept adding flags.',
			'This kind of code is why {t} is hard to trust, let us add types.',
			'This is why we cannot let anyone deploy {t} without review.',
			'Every time someone edits {t}, we lose a day to conflicts.',
			'It is always the cache that breaks {t}.',
			'Developers like you and me are the reason {t} has docs at all.',
			'Folks who use {t} daily would like a better error message.',
		],
	},
	{
		name: 'weary sigh',
		attack: [
			'Sigh. Once again I have to fix your {t}.',
			'Here we go again, you broke {t} for the third time.',
			'Again? How many times do I have to tell you about {t}?',
			'Every single week I end up redoing your {t}.',
			'Yet again, your {t} lands on my desk broken.',
			'I am tired of fixing your {t} every release.',
			'For the hundredth time, read the comments on {t}.',
			'How many more times will you break {t} before you learn?',
		],
		civil: [
			'Sigh, once again the flaky {t} failed, rerunning.',
			'Here we go again, the upstream change broke {t}.',
			'Again the lint step fails on {t}, I will look into it.',
			'Every single week {t} needs a manual fix, let us automate it.',
			'Yet again {t} fails on the nightly, opening an issue.',
			'I am tired of the manual steps in {t}, can we script them?',
			'For the record, the comments on {t} are still open.',
			'How many times does {t} retry before it gives up?',
		],
	},
	{
		name: 'other career',
		attack: [
			'Maybe programming is not for you.',
			'Have you considered a career that does not involve {t}?',
			'Perhaps software is not your calling, judging by {t}.',
			'You might be happier in a job without {t}.',
			'Maybe find a hobby that is not {t}.',
			'Some people are just not cut out for {t}, and that is you.',
			'Have you thought about switching to something easier than {t}?',
			'Honestly, maybe this line of work is not for you.',
		],
		civil: [
			'Maybe this library is not for us.',
			'Have you considered a different library for {t}?',
			'Perhaps {t} is not the right place for this change.',
			'You might be happier with the new API for {t}.',
			'Maybe find a time that works for both of us to go over {t}.',
			'Some tools are just not cut out for {t}, we may need our own.',
			'Have you thought about switching {t} to the simpler approach?',
			'Honestly, maybe this approach is not worth it for {t}.',
		],
	},
	{
		name: 'stop pretending',
		attack: [
			'Stop pretending you understand {t}.',
			'You can drop the act, we all know you do not get {t}.',
			'Quit acting like an expert on {t}.',
			'Nobody believes you actually read {t}.',
			'You are not fooling anyone about {t}.',
			'Stop bluffing about {t}, it is embarrassing.',
			'Please stop acting like you know {t} better than we do.',
			'We can all tell you have never opened {t}.',
		],
		civil: [
			'Stop pretending {t} is stable, let us mark it experimental.',
			'We can drop the workaround, {t} handles it now.',
			'Quit the old process for {t}, the new one is live.',
			'Nobody has actually read {t} in years, thanks for auditing it.',
			'The tests are not catching the issue in {t}, see below.',
			'The benchmark on {t} was misleading, I will rerun it.',
			'Please let me know if you know {t} better, I am guessing here.',
			'We can all tell {t} needs love, thanks for starting.',
		],
	},
];

/** A hand-written sentence and its label (1 a calm put-down at the reader, 0 civil). */
export interface PutdownRow {
	text: string;
	label: 0 | 1;
	shape: string;
}

/** Each template with three topics (shared by the attack and civil templates at the same place). */
const PER_TEMPLATE = 3;

function fill(template: string, topic: string): string {
	const cap = topic.charAt(0).toUpperCase() + topic.slice(1);
	return template.replaceAll('{T}', cap).replaceAll('{t}', topic);
}

/** The calm put-downs (label 1) and their civil twins (label 0), by shape. */
export function calmPutdowns(): PutdownRow[] {
	const rows: PutdownRow[] = [];
	for (const [s, shape] of SHAPES.entries())
		for (const side of ['attack', 'civil'] as const)
			for (const [i, template] of shape[side].entries())
				for (let k = 0; k < PER_TEMPLATE; k++) {
					const topic = TOPICS[(s * 7 + i * 3 + k * 11) % TOPICS.length] as string;
					// A template without a topic slot is written once.
					if (k > 0 && !/\{t\}/i.test(template)) break;
					rows.push({ text: fill(template, topic), label: side === 'attack' ? 1 : 0, shape: shape.name });
				}
	return rows;
}
