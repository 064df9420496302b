import { describe, expect, it } from 'vitest';
import { pressGate } from './shortcut-press.ts';

describe('one press of the card shortcut acts once', () => {
	it('a command arriving right after the keydown it came with is dropped, and the other way round', () => {
		let t = 0;
		const gate = pressGate(() => t);
		expect(gate.claim('key')).toBe(true);
		t = 300; // the background's round trip
		expect(gate.claim('command')).toBe(false);
		t = 5000;
		expect(gate.claim('command')).toBe(true);
		t = 5010;
		expect(gate.claim('key')).toBe(false);
	});

	it('two presses of one kind are two presses (open, then close)', () => {
		let t = 0;
		const gate = pressGate(() => t);
		expect(gate.claim('command')).toBe(true);
		t = 200;
		expect(gate.claim('command')).toBe(true);
		t = 400;
		expect(gate.claim('key')).toBe(false);
	});

	it('a later press by the other route acts', () => {
		let t = 0;
		const gate = pressGate(() => t);
		expect(gate.claim('key')).toBe(true);
		t = 2000;
		expect(gate.claim('command')).toBe(true);
		// Only one half is swallowed per press: a second key press after the swallowed command acts.
		t = 2100;
		expect(gate.claim('key')).toBe(false);
		t = 2200;
		expect(gate.claim('key')).toBe(true);
	});
});
