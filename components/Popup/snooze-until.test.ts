import { describe, expect, it } from 'vitest';
import { endOfToday } from '../../utils/storage/settings.ts';
import { snoozeUntilText } from './snooze-until.ts';

const at = (h: number, m: number, dayOffset = 0) => {
	const d = new Date(2026, 10, 30 + dayOffset);
	d.setHours(h, m, 0, 0);
	return d.getTime();
};

describe('snoozeUntilText', () => {
	const now = at(22, 31);
	it('says "midnight" for tonight\'s midnight ("Rest of today")', () => {
		expect(snoozeUntilText(endOfToday(now), now)).toBe('midnight');
	});
	it('says the time for a snooze ending today', () => {
		expect(snoozeUntilText(at(23, 31), now)).toMatch(/11:31|23:31/);
		expect(snoozeUntilText(at(23, 31), now)).not.toMatch(/tomorrow/);
	});
	it('says "tomorrow" for one ending after midnight', () => {
		expect(snoozeUntilText(at(0, 30, 1), now)).toMatch(/^tomorrow, (12:30|00:30)/);
	});
	it('names the day for one ending later', () => {
		expect(snoozeUntilText(at(9, 0, 3), now)).not.toMatch(/^tomorrow|^\d/);
	});
});
