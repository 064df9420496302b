import { describe, expect, it } from 'vitest';
import { applyPlan, undoPlan } from './apply-plan.ts';
import { wordDiff } from './diff.ts';

describe('applyPlan', () => {
	it('applies only to the exact draft the suggestion was made for', () => {
		expect(applyPlan('a stupid idea', 'a stupid idea', 'an odd idea')).toEqual({
			ok: true,
			text: 'an odd idea',
		});
		expect(applyPlan('a stupid idea', 'a stupid idea!', 'an odd idea')).toEqual({
			ok: false,
			reason: 'draft-changed',
		});
		expect(applyPlan('line\r\n', 'line\n', 'other')).toEqual({ ok: true, text: 'other' });
		expect(applyPlan('x', 'x', ' ')).toEqual({ ok: false, reason: 'empty-rewrite' });
		expect(applyPlan('x', 'x', 'x')).toEqual({ ok: false, reason: 'no-change' });
	});

	it('undo restores the original only while the rewrite is still in the field', () => {
		expect(undoPlan('orig', 'new', 'new')).toEqual({ ok: true, text: 'orig' });
		expect(undoPlan('orig', 'new', 'new, edited')).toEqual({ ok: false, reason: 'draft-changed' });
	});
});

describe('wordDiff', () => {
	it('marks removed and added words and round-trips both texts', () => {
		const before = 'This is a STUPID idea, see #4.';
		const after = 'This is an unwise idea, see #4.';
		const parts = wordDiff(before, after);
		expect(
			parts
				.filter((p) => p.kind !== 'added')
				.map((p) => p.text)
				.join(''),
		).toBe(before);
		expect(
			parts
				.filter((p) => p.kind !== 'removed')
				.map((p) => p.text)
				.join(''),
		).toBe(after);
		expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['a STUPID']);
	});
});
