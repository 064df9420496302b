// @vitest-environment node
/**
 * The shipped scorer reads product names the models misread ("Terraform" alone scored 0.53, "Kubernetes" 0.85)
 * as a plain thing noun (tool-names.ts): civil drafts naming them do not warn; an insult beside one still does.
 */
import { describe, expect, it } from 'vitest';
import { createNodeScorer } from './node-scorer.ts';

describe('tool names in the shipped scorer', () => {
	it('does not warn on civil drafts naming a tool the models misread', async () => {
		const scorer = await createNodeScorer();
		const civil = [
			'The Terraform state lock is stuck again.',
			'Kubernetes',
			'The pytest fixtures are leaking state.',
			'So you are our Kubernetes person now? Thanks for taking it on.',
		];
		expect((await scorer.score(civil)).map((r) => r.flag)).toEqual([false, false, false, false]);
		await scorer.dispose();
	});

	it('still warns on insults beside a tool name', async () => {
		const scorer = await createNodeScorer();
		const rude = [
			'You are a Terraform idiot.',
			'Shut up about Kubernetes, moron.',
			'PHP devs are all morons.',
		];
		expect((await scorer.score(rude)).map((r) => r.flag)).toEqual([true, true, true]);
		await scorer.dispose();
	});

	it('leaves thread comments (wholeDraft) as the models score them', async () => {
		const scorer = await createNodeScorer();
		const [whole] = await scorer.score(['Kubernetes'], { wholeDraft: true });
		expect(whole?.toxic).toBeGreaterThan(0.5);
		await scorer.dispose();
	});
});
