import { describe, expect, it } from 'vitest';
import { type BadgeHold, cannotReach, holdStays, judgeHold, reachesRow, rowsAbove } from './badge-hold.ts';

const hold: BadgeHold = { where: 'beside', width: 480, length: 300 };
const corner = new DOMRect(492, 156, 22, 22);
const lineAt = (top: number) => new DOMRect(47, top, 300, 20);

describe('judgeHold', () => {
	it('keeps the badge out while the draft only grows, so lines wrapping under the corner do not move it', () => {
		expect(judgeHold(hold, { width: 480, length: 300 })).toBe('keep');
		expect(judgeHold(hold, { width: 480.5, length: 420 })).toBe('keep');
	});

	it('rechecks once the draft is shorter than when the badge left its corner', () => {
		expect(judgeHold(hold, { width: 480, length: 299 })).toBe('recheck');
	});

	it('lets go when the draft is cleared or the field changes width (every line wraps anew)', () => {
		expect(judgeHold(hold, { width: 480, length: 0 })).toBe('drop');
		expect(judgeHold(hold, { width: 400, length: 320 })).toBe('drop');
	});
});

describe('holdStays', () => {
	it('keeps a badge outside the field while the shorter draft still reaches the corner row', () => {
		expect(holdStays('beside', false, true)).toBe(true);
		expect(holdStays('under', true, true)).toBe(true);
		expect(holdStays('beside', false, false)).toBe(false);
	});

	it('unfades a faded badge once no line runs under it, even while the last line is still in its row', () => {
		expect(holdStays('faded', true, true)).toBe(true);
		expect(holdStays('faded', false, true)).toBe(false);
		expect(holdStays('faded', false, false)).toBe(false);
	});
});

describe('reachesRow', () => {
	it('is true while the last line still comes down into the corner row', () => {
		expect(reachesRow(lineAt(150), corner)).toBe(true);
		expect(reachesRow(lineAt(120), corner)).toBe(false); // ends at 140, above the corner at 156
		expect(reachesRow(null, corner)).toBe(false);
	});
});

describe('rowsAbove and cannotReach', () => {
	it('counts the whole rows left between the last line and the corner', () => {
		expect(rowsAbove(lineAt(40), corner)).toBe(4); // bottom 60, 96 px above the corner: 4 rows of 20
		expect(rowsAbove(lineAt(150), corner)).toBe(0);
	});

	it('skips measuring while fewer characters were added at the end than rows were left', () => {
		const memo = { text: 'Thanks for the patch', key: '480,84,0', rows: 4 };
		expect(cannotReach(memo, 'Thanks for the patch', '480,84,0')).toBe(true);
		expect(cannotReach(memo, 'Thanks for the patch. I', '480,84,0')).toBe(true);
		expect(cannotReach(memo, 'Thanks for the patch. It', '480,84,0')).toBe(false); // four more: could have
		expect(cannotReach(memo, 'Thanks for a patch', '480,84,0')).toBe(false); // edited, not appended
		expect(cannotReach(memo, 'Thanks for the patch', '480,84,12')).toBe(false); // scrolled
		expect(cannotReach({ ...memo, rows: 0 }, 'Thanks for the patch', '480,84,0')).toBe(false);
	});
});
