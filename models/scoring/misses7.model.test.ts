// @vitest-environment node
/**
 * The shipped scorer with session 15's frames (misses7-frames.ts): the exclusion of a group flags with the
 * exclusion underlined (not the "damn" beside it) and `aboutGroup` set, a veiled threat flags, their civil twins
 * stay quiet, and thread comments (`wholeDraft`) keep the models' own scores and carry no draft marks.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

const GROUP = "Black people don't belong on this team, damn it.";
const THREAT = "Touch my branch again and you're dead.";
const TWINS = [
	"Black formatting doesn't belong in this PR.",
	'Touch the config again and the build is dead.',
];

describe('session 15 frames in the shipped scorer', () => {
	it('underlines the exclusion of a group and names a group; flags the veiled threat', async () => {
		const scorer = await createNodeScorer();
		const [group, threat, ...twins] = await scorer.score([GROUP, THREAT, ...TWINS]);
		expect(group?.flag).toBe(true);
		expect(group?.aboutGroup).toBe(true);
		const underlined = (group?.spans ?? [])
			.filter((s) => s.head === 'toxic')
			.flatMap((s) => GROUP.slice(s.start, s.end).split(' '));
		expect(underlined).toEqual(['Black', 'people', "don't", 'belong']);
		expect(threat?.flag).toBe(true);
		expect(threat?.aboutGroup).toBeUndefined();
		for (const twin of twins) expect(twin?.flag).toBe(false);
		const [whole] = await scorer.score([GROUP], { wholeDraft: true });
		expect(whole?.aboutGroup).toBeUndefined();
		await scorer.dispose();
	});
});
