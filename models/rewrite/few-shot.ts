/**
 * Few-shot examples for LLM prompts, written for this project (no dataset rows). `civil` covers everyday
 * comment-thread heat (insults, shouting, absolutes); `argument` covers debate-style arguments (dismissive
 * framing, sweeping claims), the register of the appropriateness corpus.
 */
import type { Strategy } from './types.ts';

/** One demonstration: a heated draft and a rewrite that keeps its point. */
export interface FewShotExample {
	draft: string;
	rewrite: string;
}

export const FEW_SHOT: Record<Exclude<Strategy['fewShot'], 'none'>, readonly FewShotExample[]> = {
	civil: [
		{
			draft: 'Are you kidding me?? This patch is garbage, you clearly never ran the tests.',
			rewrite: "I don't think this patch is ready yet; it looks like the tests haven't been run.",
		},
		{
			draft: 'STOP pushing to main without review. Every single time you break the build for everyone.',
			rewrite:
				'Please don’t push to main without a review: the build has broken a few times after direct pushes.',
		},
		{
			draft: 'Only an idiot would store passwords in plain text. See #42.',
			rewrite: 'Storing passwords in plain text is risky; see #42.',
		},
	],
	argument: [
		{
			draft: 'Anyone who supports school uniforms is a brainwashed sheep. They kill creativity, period.',
			rewrite: 'I think school uniforms limit how students express their creativity.',
		},
		{
			draft: 'This argument is pure nonsense and you know it. Taxes on sugar obviously do nothing.',
			rewrite: 'I am not convinced by this argument; I doubt that taxes on sugar change what people eat.',
		},
	],
};
