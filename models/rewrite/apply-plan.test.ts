import { describe, expect, it } from 'vitest';
import {
	APPLY_REFUSALS,
	applyPlan,
	caretAfterEdit,
	minimalEdit,
	refusalMessage,
	undoPlan,
} from './apply-plan.ts';
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

	it('refuses a rewrite longer than the field takes (the browser would cut it off), not one that fits', () => {
		expect(applyPlan('you idiot', 'you idiot', 'I see it differently', 12)).toEqual({
			ok: false,
			reason: 'too-long',
			length: 20,
			maxLength: 12,
		});
		expect(applyPlan('you idiot', 'you idiot', 'I disagree.', 11)).toEqual({ ok: true, text: 'I disagree.' });
		expect(applyPlan('you idiot', 'you idiot', 'I see it differently', null)).toEqual({
			ok: true,
			text: 'I see it differently',
		});
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

describe('minimalEdit', () => {
	const apply = (from: string, e: { start: number; end: number; text: string }) =>
		from.slice(0, e.start) + e.text + from.slice(e.end);

	it('replaces only the changed stretch, so formatting, mentions and images around it stay in rich editors', () => {
		const from = 'Hey @maria, thanks.\nSecond line: you are an idiot and this is garbage.';
		const to = 'Hey @maria, thanks.\nSecond line: this needs more work.';
		const e = minimalEdit(from, to);
		expect(e.start).toBe(from.indexOf('you are'));
		expect(e.end).toBe(from.indexOf('.', e.start));
		expect(apply(from, e)).toBe(to);
	});

	it('counts a run of spaces as equal to one (the rewriter tidies spacing), but not a line break', () => {
		// Around a non-editable mention chip the draft reads "Hey  thanks": that stretch is not the edit.
		const e = minimalEdit('Hey  thanks. You idiot.', 'Hey thanks.');
		expect(e.start).toBeGreaterThanOrEqual('Hey  thanks'.length);
		expect(minimalEdit('One.\n\nYou idiot.', 'One. Two.').start).toBeLessThanOrEqual(4);
	});

	it('never splits a surrogate pair, and never writes an empty text (some editors ignore it)', () => {
		const from = 'Nice 😀 work, idiot';
		const to = 'Nice 😃 work';
		const e = minimalEdit(from, to);
		expect(apply(from, e)).toBe(to);
		expect(e.start).toBe(5);
		const deletion = minimalEdit('Thanks. You idiot. Bye.', 'Thanks. Bye.');
		expect(deletion.text.length).toBeGreaterThan(0);
		expect(apply('Thanks. You idiot. Bye.', deletion)).toBe('Thanks. Bye.');
	});

	it('is the whole text when nothing is shared', () => {
		expect(minimalEdit('You idiot', 'Please check')).toEqual({ start: 0, end: 9, text: 'Please check' });
	});
});

describe('caretAfterEdit', () => {
	const from = 'Thanks. You are a complete idiot and your code is garbage.';
	const to = 'Thanks. I have some concerns about your code.';
	const e = minimalEdit(from, to);

	it('keeps a caret at the end of the draft at the end, though the edit stops inside the last word', () => {
		expect(to.slice(e.start + e.text.length)).toBe('e.'); // the shared tail that put the caret inside "code"
		expect(caretAfterEdit(e, from.length, to)).toBe(to.length);
		expect(caretAfterEdit(e, null, to)).toBe(to.length);
	});

	it('keeps a caret before the edit where it was, and moves one after it by the change in length', () => {
		expect(caretAfterEdit(e, 3, to)).toBe(3);
		const tail = minimalEdit('You idiot. Bye.', 'I disagree. Bye.');
		expect(caretAfterEdit(tail, 'You idiot. By'.length, 'I disagree. Bye.')).toBe('I disagree. By'.length);
	});

	it('puts a caret that was inside the changed stretch after the new words, never inside a word', () => {
		const at = caretAfterEdit(e, from.indexOf('idiot'), to);
		expect(to.slice(0, at)).toBe('Thanks. I have some concerns about your code');
	});
});

// qa20/rewrite8: "longer than this box allows" did not say by how much, so the user could not shorten it by hand.
describe('refusalMessage', () => {
	it("gives the rewrite's length and the box's limit in characters", () => {
		const plan = applyPlan('a', 'a', 'x'.repeat(540), 500);
		expect(plan.ok).toBe(false);
		if (plan.ok) return;
		expect(refusalMessage(plan)).toMatch(/^The rewrite is 540 characters; this box takes 500\./);
		expect(refusalMessage({ ok: false, reason: 'no-change' })).toBe(APPLY_REFUSALS['no-change']);
	});
});
