import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSession } from './session.ts';
import { fakeDeps } from './testing/fake-deps.ts';
import { warmUpper } from './warm-up.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;

afterEach(() => {
	controller?.abort();
	document.body.innerHTML = '';
});

describe('warmUpper', () => {
	it('sends at most once per period, again after it, and never once its signal aborted', () => {
		let now = 1000;
		let sent = 0;
		controller = new AbortController();
		const poke = warmUpper(
			async () => {
				sent++;
			},
			controller.signal,
			15_000,
			() => now,
		);
		poke();
		poke();
		now += 14_999;
		poke();
		expect(sent).toBe(1);
		now += 1;
		poke();
		expect(sent).toBe(2);
		controller.abort();
		now += 60_000;
		poke();
		expect(sent).toBe(2);
	});

	it('swallows a failed send (the score that follows reports its own failure)', async () => {
		vi.spyOn(console, 'debug').mockImplementation(() => undefined);
		controller = new AbortController();
		warmUpper(() => Promise.reject(new Error('no host')), controller.signal)();
		await wait(0); // an unhandled rejection would fail the run
		vi.restoreAllMocks();
	});
});

describe('session warm-up', () => {
	it('asks for a warm-up when a comment field gains focus, not for a skipped field', async () => {
		document.body.innerHTML =
			'<textarea id="skip" data-tactful="off"></textarea><textarea id="comment"></textarea>';
		const { deps, calls } = fakeDeps();
		controller = new AbortController();
		startSession(document, controller.signal, deps);
		await wait(10);
		(document.getElementById('skip') as HTMLTextAreaElement).focus();
		expect(calls.warmUps).toBe(0);
		(document.getElementById('comment') as HTMLTextAreaElement).focus();
		expect(calls.warmUps).toBe(1);
		// Focus moving around the page within the period sends nothing more.
		(document.getElementById('skip') as HTMLTextAreaElement).focus();
		(document.getElementById('comment') as HTMLTextAreaElement).focus();
		expect(calls.warmUps).toBe(1);
		expect(calls.score).toHaveLength(0); // focusing an empty field scores nothing
	});

	it('warms up for a field the page focused before Tactful started', async () => {
		document.body.innerHTML = '<textarea id="comment"></textarea>';
		(document.getElementById('comment') as HTMLTextAreaElement).focus();
		const { deps, calls } = fakeDeps();
		controller = new AbortController();
		startSession(document, controller.signal, deps);
		await wait(10);
		expect(calls.warmUps).toBe(1);
	});

	it('sends nothing where Tactful is off', async () => {
		document.body.innerHTML = '<textarea id="comment"></textarea>';
		const { deps, calls } = fakeDeps({ sites: { localhost: { enabled: false } } });
		controller = new AbortController();
		startSession(document, controller.signal, deps);
		await wait(10);
		(document.getElementById('comment') as HTMLTextAreaElement).focus();
		expect(calls.warmUps).toBe(0);
	});
});
