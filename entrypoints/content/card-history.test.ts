import { describe, expect, it } from 'vitest';
import type { RecordEventRequest, RecordFeedbackRequest } from '../../utils/background/history-types.ts';
import { cardHistory, dimensionsOf } from './card-history.ts';
import type { FieldController } from './field-controller.ts';
import { fakeScore } from './testing/fake-deps.ts';

const result = fakeScore('you idiot');
const field = {
	verdict: {
		level: 'warn',
		result,
		reasons: [{ dimension: 'Toxic Emotions' }, { dimension: 'Inappropriateness' }],
	},
} as unknown as FieldController;

describe('cardHistory', () => {
	it("records an action with the verdict's level, scores and dimensions under the session's site", () => {
		const events: RecordEventRequest[] = [];
		const history = cardHistory(
			{ recordEvent: (e) => events.push(e), recordFeedback: () => undefined },
			'a.com',
		);
		history.event(field, 'shown');
		expect(events).toEqual([
			{
				site: 'a.com',
				level: 'warn',
				toxic: result.toxic,
				inappropriate: result.inappropriate,
				dimensions: ['Toxic Emotions', 'Inappropriateness'],
				action: 'shown',
			},
		]);
	});

	it('"This is fine" sends the feedback first, then the fine event', () => {
		const log: string[] = [];
		const feedback: RecordFeedbackRequest[] = [];
		const history = cardHistory(
			{
				recordEvent: (e) => log.push(e.action),
				recordFeedback: (f) => {
					feedback.push(f);
					log.push('feedback');
				},
			},
			'a.com',
		);
		history.fine(field, 'you idiot');
		expect(log).toEqual(['feedback', 'fine']);
		expect(feedback[0]).toEqual({ site: 'a.com', text: 'you idiot', dimensions: dimensionsOf(field) });
	});

	it('a field with no verdict records as ok with no dimensions', () => {
		const events: RecordEventRequest[] = [];
		const history = cardHistory(
			{ recordEvent: (e) => events.push(e), recordFeedback: () => undefined },
			'a.com',
		);
		history.event({ verdict: null } as unknown as FieldController, 'reviewed');
		expect(events[0]).toMatchObject({ level: 'ok', dimensions: [], action: 'reviewed' });
	});
});
