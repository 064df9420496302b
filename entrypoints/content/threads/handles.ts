/**
 * How each site writes a person's name when it talks about them: GitHub and Discourse "@login", Reddit "u/name",
 * Lemmy "@name" or, for a user of another instance, "@name@instance" (the reader gives "name@instance": lemmy.ts;
 * a display name with spaces stays as shown), Hacker News and Stack Exchange the name as
 * shown (HN has no mentions; Stack Exchange display names are not unique handles and may hold spaces). Used for the
 * thread card's text only: the readers keep the bare name, which is what the model and `tactful derail` see.
 */

/** A bare login that a site's mention syntax accepts as is (no spaces or punctuation beyond - _ .). */
const LOGIN = /^[\p{L}\p{N}_.-]+$/u;
/** A Lemmy handle, optionally with its instance ("lake@feddit.de"). */
const FEDI = /^[\p{L}\p{N}_.-]+(@[\p{L}\p{N}.-]+)?$/u;

const PREFIX: Readonly<Record<string, { prefix: string; fits: RegExp }>> = {
	github: { prefix: '@', fits: LOGIN },
	discourse: { prefix: '@', fits: LOGIN },
	lemmy: { prefix: '@', fits: FEDI },
	reddit: { prefix: 'u/', fits: LOGIN },
};

/** `name` as `site` writes it ("@kim-user" on GitHub); the name unchanged on other sites or when it is no login. */
export function handleOf(site: string | undefined, name: string): string {
	const rule = site ? PREFIX[site] : undefined;
	const bare = name.trim();
	if (!rule || bare === '' || bare.startsWith(rule.prefix) || !rule.fits.test(bare)) return name;
	return `${rule.prefix}${bare}`;
}

/** `handleOf` for one site, or undefined where the site writes names as shown (the card then uses them as read). */
export function handlesFor(site: string | undefined): ((name: string) => string) | undefined {
	return site && PREFIX[site] ? (name) => handleOf(site, name) : undefined;
}
