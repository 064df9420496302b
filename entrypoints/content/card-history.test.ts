import { describe, expect, it } from 'vitest';
import type { RecordEventRequest, RecordFeedbackRequest } from '../../utils/background/history-types.ts';
import { cardHistory, dimensionsOf } from './card-history.ts';
import { draftKey } from './features/draft-keeper.ts';
import type { FieldController } from './field-controller.ts';
import { fakeScore } from './testing/fake-deps.ts';
import { textHash } from './warning-count.ts';

const result = fakeScore('you idiot');
const box = document.createElement('textarea');
box.name = 'comment';
const field = {
	editor: { el: box, read: () => 'you idiot' },
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
				// The warning's draft episode, as hashes: the background counts it once across reloads (session 18).
				episode: { field: textHash(draftKey(field.editor)), draft: textHash('you idiot') },
			},
		]);
	});

	it('only `shown` carries the episode; the same field and text give the same hashes on a reloaded page', () => {
		const events: RecordEventRequest[] = [];
		const history = cardHistory(
			{ recordEvent: (e) => events.push(e), recordFeedback: () => undefined },
			'a.com',
		);
		history.event(field, 'snoozed');
		expect(events[0]?.episode).toBeUndefined();
		const again = document.createElement('textarea');
		again.name = 'comment';
		history.event(
			{ ...field, editor: { el: again, read: () => 'you idiot' } } as unknown as FieldController,
			'shown',
		);
		history.event(field, 'shown');
		expect(events[1]?.episode).toEqual(events[2]?.episode);
		expect(events[1]?.episode?.draft).not.toContain('idiot');
	});

	it('an emptied field ends its episode in the background', () => {
		const ended: string[] = [];
		const history = cardHistory(
			{
				recordEvent: () => undefined,
				recordFeedback: () => undefined,
				endWarningEpisode: (f) => ended.push(f),
			},
			'a.com',
		);
		history.ended(field);
		expect(ended).toEqual([textHash(draftKey(field.editor))]);
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
		history.event(
			{ verdict: null, editor: { el: document.createElement('textarea') } } as unknown as FieldController,
			'reviewed',
		);
		expect(events[0]).toMatchObject({ level: 'ok', dimensions: [], action: 'reviewed' });
		// Named by its field, so the background links it to that field's warning (session 23).
		expect(events[0]?.field).toMatch(/^-?[0-9a-f]+$/);
	});
});
