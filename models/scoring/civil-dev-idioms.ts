/**
 * Three civil developer idioms the models read as hostile from their ordinary words (session 15, civil4; issue 2):
 * - praise with a negative intensifier: "The caching trick in this PR is stupidly simple and it works." (toxic
 *   0.60), "Your regex is crazy elegant" (0.53): an intensifier (stupidly, insanely, crazy, …) right before a
 *   word of praise (fast, simple, elegant, …);
 * - damage done by code, decisions or history: "Technical debt in the billing code is crushing the team's
 *   velocity." (0.58), "Our choice of ORM is slowly bleeding us dry …" (Inappropriateness 0.78): a damage verb
 *   (killing, biting, haunt, crushing, …) in a draft that names no person but the writer's side ("us", "our");
 * - second person in plain bug narration: "You lose your scroll position every time you switch back to the tab."
 *   (0.54), "When you drag a card …, you lose the card entirely." (Inappropriateness 0.68): every "you" is
 *   followed by what happens to anyone using the software (lose, get, see, can't, …), under a condition (if, when,
 *   every time, after, …) or on a platform ("on mobile").
 * Such a draft is capped under the default threshold on both heads (CIVIL_IDIOM_CAP; held under the flag
 * point at every sensitivity: civil-hold.ts). Never capped: an insult word (but the intensifier itself), profanity or contempt ("garbage",
 * "incompetence", "genius"), blame ("because"), a person named by pronoun or as people (for the damage idiom,
 * any "you"/"your"; for the intensifier, "you"/"you're" but not "your": "Your regex is crazy elegant"). The rule
 * floors that come after (insult-at-others.ts, threats.ts, sarcasm-at-others.ts, put-downs.ts) still apply.
 *
 * Draft scoring only, with no model run: a few set look-ups over the draft's words, and nothing at all for a
 * draft under the cap.
 */

import type { Token, Tokenized } from '../features/featurize.ts';
import { CAMOUFLAGE_LEXICON } from '../text/lexicon.ts';
import { type CivilReading, capCivil, leansOver } from './civil-hold.ts';
import { hasInsult } from './insult-target.ts';
import type { ScoreEntry } from './score-entry.ts';

const words = (s: string) => new Set(s.split(' '));

/** Where a capped draft lands on each head: as impatient-reports.ts's IMPATIENCE_CAP, and for the same reasons. */
export const CIVIL_IDIOM_CAP = 0.35;
/** The civil reading the rule marks (civil-hold.ts: held under the flag point at every sensitivity). */
const CIVIL_IDIOM_READING: CivilReading = {
	rule: 'civil-idiom',
	cap: CIVIL_IDIOM_CAP,
	toxic: true,
	toReader: false,
};

/** Negative words used as "very" before praise. */
const INTENSIFIERS = words(
	'stupidly stupid insanely insane ridiculously crazy crazily wickedly brutally absurdly obscenely freakishly ' +
		'scary scarily ludicrously stupendously',
);
/** Praise for code, tools and work that an intensifier may come before. */
const PRAISE = words(
	'fast faster quick quicker snappy speedy good great nice simple easy clever smart elegant efficient ' +
		'effective useful helpful thorough accurate reliable smooth cheap low small readable clean robust ' +
		'powerful precise honest detailed well polished intuitive stable solid responsive light lightweight',
);
/** Verbs of damage used of code, decisions and history. */
const DAMAGE = words(
	'kill kills killing killed bite bites biting haunt haunts haunting haunted hurt hurts hurting crush ' +
		'crushes crushing crushed strangle strangles strangling choke chokes choking choked murder murdering ' +
		'destroy destroys destroying destroyed bleed bleeding poison poisons poisoning poisoned cripple crippled ' +
		'crippling suffocate suffocating suffocates burn burns burning burned stab stabbing',
);
/**
 * Code, tools and decisions about them: a damage idiom must name one ("This dependency is killing our build
 * times"). Without one, a damage verb was as often a claim about a group of people (the eval's first run: 10
 * HateModerate positives capped, HateModerate F1 0.853 → 0.841).
 */
const TECH = words(
	'code codebase module modules file files dependency dependencies build builds test tests ci pipeline ' +
		'design decision decisions schema config loader cache caching server database db query queries index ' +
		'orm api parser abstraction lock bug bugs debt refactor rewrite release releases deploy deploys bundle ' +
		'performance throughput latency migration hack hacks shortcut shortcuts patch function handler ' +
		'handlers library framework upgrade memory cpu compiler types logging format scheduler layer regex ' +
		'feature features workaround frontend backend storage retry retries queue service script scripts',
);
/** What a user of the software does, right after a narrating "you" ("have" only as "have to"). */
const NARRATED = words(
	"lose get see end hit miss can't cannot can won't will 'll land trigger break crash run open click drag " +
		'paste resize reload refresh switch type press change merge upload zoom subscribe scroll rename save ' +
		'close select navigate restart try start come go log also only just still then',
);
/**
 * What happens to that user: one "you" must undergo it ("you lose the card", "you get a blank page", "you
 * can't close the dialog"). Only actions ("Learn to code before you open another issue.") are no bug story.
 */
const OUTCOME = words("lose get see end hit miss can't cannot won't land trigger break crash");
/** Words that make "you" narration: a condition or a moment of use. */
const CONDITION = words('if when whenever once after every each until before while');
const PLATFORMS = words('mobile windows mac macos linux android ios firefox chrome safari desktop tablet');
/** A person named by pronoun or as people. */
const PEOPLE = words(
	"you're youre you've yourself yourselves ya u ur y'all yall anyone anybody everyone everybody nobody " +
		'someone somebody whoever he him she her they them people guys folks',
);
/**
 * Not in a damage idiom: the reader and their things ("Your ego is killing every discussion"), a person named by
 * their role, and the writer's wish to do it ("I'd love to strangle the maintainer who merged this.").
 */
const NOT_DAMAGE = words(
	'you your yours maintainer maintainers author authors reviewer reviewers developer developers dev devs ' +
		"contributor contributors admin admins manager managers intern i'd i'll gonna wanna love want wish",
);
/** Blame, mock praise, contempt and people's failings. */
const NEVER = new Set([
	...CAMOUFLAGE_LEXICON,
	...words(
		'because cause cuz due genius congrats congratulations bravo job sure again always never ' +
			'fuck fucking fucked shit shitty crap crappy damn damned hell ass wtf ffs bloody ' +
			'garbage trash junk rubbish joke pathetic useless worthless clown amateur sloppy ignorant lazy ' +
			'clueless arrogant arrogance rude liar incompetence incompetent stupidity laziness ego nonsense ' +
			'careless pointless hack moron idiot dumb leave quit',
	),
]);

/** Whether a praise word follows an intensifier; the intensifiers' positions in `at`. */
function intensifiedPraise(ws: readonly string[], at: Set<number>): boolean {
	ws.forEach((w, i) => {
		if (INTENSIFIERS.has(w) && PRAISE.has(ws[i + 1] ?? '')) at.add(i);
	});
	return at.size > 0;
}

/** Whether every "you" narrates what happens to anyone using the software, under a condition or on a platform. */
function narration(ws: readonly string[]): boolean {
	let you = 0;
	let outcome = false;
	for (const [i, w] of ws.entries()) {
		if (w !== 'you') continue;
		you++;
		const next = ws[i + 1] ?? '';
		if (next === 'have' && ws[i + 2] === 'to') outcome = true;
		else if (!NARRATED.has(next)) return false;
		if (OUTCOME.has(next)) outcome = true;
	}
	if (you === 0 || !outcome) return false;
	return ws.some(
		(w, i) =>
			CONDITION.has(w) ||
			(w === 'time' && ws[i - 1] === 'every') ||
			(w === 'on' && PLATFORMS.has(ws[i + 1] ?? '')),
	);
}

/** Which civil idiom a draft is, if any. */
export function civilDevIdiom({
	tokens,
	masked,
}: Tokenized): 'intensifier' | 'damage' | 'narration' | undefined {
	const ws = tokens.map((t) => t.word);
	if (ws.some((w) => PEOPLE.has(w))) return undefined;
	// The idiom's own word may be a lexicon word ("stupid fast", "kill our build"): only the others count.
	const never = (skip: ReadonlySet<number>) => ws.some((w, i) => !skip.has(i) && NEVER.has(w));
	const intensifiers = new Set<number>();
	if (intensifiedPraise(ws, intensifiers) && !ws.includes('you') && !never(intensifiers)) {
		const rest: Token[] = tokens.filter((_t, i) => !intensifiers.has(i));
		if (!hasInsult(rest)) return 'intensifier';
	}
	if (hasInsult(tokens)) return undefined;
	const damage = new Set(ws.flatMap((w, i) => (DAMAGE.has(w) ? [i] : [])));
	if (damage.size > 0 && ws.some((w) => TECH.has(w)) && !ws.some((w) => NOT_DAMAGE.has(w)) && !never(damage))
		return 'damage';
	// A question is no bug story ("Who needs code review when you can just merge your own PRs?").
	if (narration(ws) && !never(new Set()) && !masked.includes('?')) return 'narration';
	return undefined;
}

/**
 * Caps a civil idiom's toxic head and dimensions at CIVIL_IDIOM_CAP. Call after the sentence pass and
 * impatient-reports.ts, before the floors of insult-at-others.ts, sarcasm-at-others.ts, threats.ts and put-downs.ts.
 */
export function applyCivilDevIdioms(entry: ScoreEntry, tokenized: Tokenized): void {
	if (!leansOver(entry, CIVIL_IDIOM_READING) || civilDevIdiom(tokenized) === undefined) return;
	capCivil(entry, CIVIL_IDIOM_READING, tokenized);
}
