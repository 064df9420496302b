import { describe, expect, it } from 'vitest';
import { type NudgeAnswers, nudgeGate } from './card-nudge.ts';
import type { FieldController } from './field-controller.ts';

const field = { id: 3 } as unknown as FieldController;

function setup() {
	const log: string[] = [];
	let answers: NudgeAnswers | null = null;
	const gate = nudgeGate({
		show: (_c, a) => {
			answers = a;
			log.push('show');
		},
		close: (refocus) => log.push(`close ${refocus}`),
		event: (_c, action) => log.push(action),
	});
	return { gate, log, answers: () => answers as NudgeAnswers | null };
}

describe('nudgeGate', () => {
	it('stops a pending post and shows the nudge; nothing pending lets the event through', () => {
		const { gate, log, answers } = setup();
		const none = new Event('submit', { cancelable: true });
		gate.interrupt(none, null);
		expect(none.defaultPrevented).toBe(false);
		const e = new Event('submit', { cancelable: true });
		gate.interrupt(e, { field, post: () => undefined });
		expect(e.defaultPrevented).toBe(true);
		expect(log).toEqual(['show']);
		expect(answers()).not.toBeNull();
	});

	it('"Post anyway" records, closes, and replays the post with the gate stepping aside only meanwhile', () => {
		const { gate, log, answers } = setup();
		let passingDuringPost = false;
		gate.interrupt(new Event('submit', { cancelable: true }), {
			field,
			post: () => {
				passingDuringPost = gate.passing();
			},
		});
		answers()?.onPostAnyway();
		expect(log).toEqual(['show', 'postedAnyway', 'close false']);
		expect(passingDuringPost).toBe(true);
		expect(gate.passing()).toBe(false);
	});

	it('"Review" records and closes with focus back to the field', () => {
		const { gate, log, answers } = setup();
		gate.interrupt(new Event('submit', { cancelable: true }), { field, post: () => undefined });
		answers()?.onReview();
		expect(log).toEqual(['show', 'reviewed', 'close true']);
	});
});
