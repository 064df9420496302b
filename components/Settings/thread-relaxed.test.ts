import { describe, expect, it } from 'vitest';
import { derailThreshold } from '../../models/derail/types.ts';
import { sensitivityWord, THREAD_RELAXED_HINT } from './SensitivitySlider.tsx';

// qa30 found the heated demo thread still warned with the heated-thread slider at 0 and asked what 0 should mean.
// qa31's answer: the least sensitive end is the highest threshold, not "off" ("Warn when a thread is heated" is the
// off switch, right above the slider). The slider says so at that end ("Only the clearest cases") and under it
// (THREAD_RELAXED_HINT). Measured on the demo threads with a calm draft: the heated GitHub thread reads 0.995
// (`tactful derail --sensitivity 0`) and keeps its warning at 0; 8 other thread pages: none warns at 0, 2 at 0.5, all 8 at 1.
describe('the heated-thread slider at its ends', () => {
	it('at 0 asks for a clearly heated thread (p >= 0.95), and says so; at 1 warns early (p >= 0.05)', () => {
		expect(derailThreshold(0)).toBe(0.95);
		expect(sensitivityWord(0)).toBe('Only the clearest cases');
		expect(THREAD_RELAXED_HINT).toMatch(/clearly heated thread still gets a warning/);
		expect(derailThreshold(1)).toBeCloseTo(0.05);
		expect(derailThreshold(0.5)).toBe(0.5);
	});
});
