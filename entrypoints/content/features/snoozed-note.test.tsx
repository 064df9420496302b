import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppliedToast } from '../overlay/applied-toast.tsx';
import { fakeEditor } from '../testing/fake-editor.ts';
import { APPLIED_NOTE_MS } from './applied-note.ts';
import { SNOOZED_LABEL, snoozedAnnouncement, snoozedNote } from './snoozed-note.ts';

const box = new DOMRect(10, 10, 300, 80);

function setUp() {
	const editor = fakeEditor('You are an idiot.');
	const stop = new AbortController();
	let t = 1000;
	const resume = vi.fn(async () => undefined);
	const note = snoozedNote({
		fieldOf: (e) => (e === editor ? { id: 3, box, dark: false } : null),
		resume,
		repaint: vi.fn(),
		signal: stop.signal,
		now: () => t,
	});
	return { editor, note, stop, resume, tick: (ms: number) => (t += ms) };
}

describe("snoozedNote (qa28: the card's Snooze said neither for how long nor how to resume)", () => {
	const stops: AbortController[] = [];
	const hosts: HTMLElement[] = [];
	afterEach(() => {
		for (const s of stops) s.abort();
		for (const h of hosts) h.remove();
	});

	it('says "Snoozed here for 1 hour · Resume" beside the field, announced once with the site, and Resume ends the snooze', () => {
		const { editor, note, stop, resume } = setUp();
		stops.push(stop);
		expect(note.view(true, false)).toBeNull();
		note.show(editor, 'github.com');
		// The snooze is still on its way to the settings: nothing yet, and the note is kept.
		expect(note.view(false, false)).toBeNull();
		expect(note.has()).toBe(true);
		const view = note.view(true, false);
		expect(view).toMatchObject({ fieldId: 3, field: box, label: SNOOZED_LABEL, button: 'Resume' });
		expect(note.announcement()).toBe(snoozedAnnouncement('github.com'));
		expect(note.announcement()).toMatch(/github\.com for 1 hour\. Resume is beside the box/);
		const host = document.createElement('div');
		document.body.append(host);
		hosts.push(host);
		render(
			<AppliedToast note={view as NonNullable<typeof view>} viewport={{ width: 1000, height: 800 }} />,
			host,
		);
		expect(host.textContent).toBe('Snoozed here for 1 hour · Resume');
		expect(host.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Snoozed here for 1 hour');
		(host.querySelector('button') as HTMLButtonElement).click();
		expect(resume).toHaveBeenCalledTimes(1);
		expect(note.has()).toBe(false);
		expect(note.view(true, false)).toBeNull();
	});

	it('goes when its time is up (not while held), when the snooze ends elsewhere, or when it never lands', () => {
		const { editor, note, stop, tick } = setUp();
		stops.push(stop);
		note.show(editor, 'github.com');
		expect(note.view(true, false)).not.toBeNull();
		tick(APPLIED_NOTE_MS);
		expect(note.view(true, true)).not.toBeNull();
		expect(note.view(true, false)).toBeNull();
		// The popup's Resume here: the site is no longer snoozed, so the note has nothing left to say.
		note.show(editor, 'github.com');
		expect(note.view(true, false)).not.toBeNull();
		expect(note.view(false, false)).toBeNull();
		expect(note.has()).toBe(false);
		// A snooze that never reached the settings: given up after a few seconds.
		note.show(editor, 'github.com');
		tick(5000);
		expect(note.view(false, false)).toBeNull();
		expect(note.has()).toBe(false);
	});
});
