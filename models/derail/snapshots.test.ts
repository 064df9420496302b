// @vitest-environment happy-dom
/**
 * The three page scenarios, at unit level: thread readers on the committed snapshots feeding the shipped
 * model. A calm thread with a calm draft stays quiet; a heated thread is flagged; a hostile draft in a heated
 * thread is flagged and explained as addressing the person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readThread } from '../../entrypoints/content/threads/index.ts';
import { createNodeDerailPredictor } from './node-predictor.ts';

const predictor = await createNodeDerailPredictor();
afterAll(() => predictor.dispose());

function thread(file: string, site: string, field: string) {
	const doc = new DOMParser().parseFromString(
		readFileSync(join('tests/pages/threads', file), 'utf8'),
		'text/html',
	);
	const el = doc.querySelector(field);
	if (!el) throw new Error(`${file}: no ${field}`);
	return readThread(doc, el, site);
}

describe('derailment on page snapshots', () => {
	it('a calm thread with a calm draft shows nothing', async () => {
		const result = await predictor.predict(
			thread('github-react-issue.html', 'github', 'textarea'),
			'Great, ping me if you need a review.',
		);
		expect(result.flag).toBe(false);
		expect(result.markers.suggestions).toEqual([]);
	});

	it('a heated thread raises the thread warning, naming its heated comments', async () => {
		const t = thread('github-issue.html', 'github', 'textarea.js-comment-field');
		const result = await predictor.predict(t);
		expect(result.flag).toBe(true);
		expect(result.markers.comments.map((c) => c.author)).toContain('pat-reporter');
		expect(result.markers.suggestions.length).toBeGreaterThan(0);
	});

	it('a hostile draft in a heated thread raises both, and says why', async () => {
		const t = thread('github-issue.html', 'github', 'textarea.js-comment-field');
		const result = await predictor.predict(
			t,
			'You clearly have no idea what you are doing. This is garbage.',
		);
		expect(result.flag).toBe(true);
		expect(result.markers.draft?.delta).toBeGreaterThanOrEqual(0);
		expect(result.markers.draft?.message).toMatch(
			/person, not the problem, in a thread that is already tense/,
		);
	});
});
