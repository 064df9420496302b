import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardShortcutLabel, setCardShortcut } from '../../components/Keys/card-shortcut.ts';
import { startSession } from './session.ts';
import { fakeDeps } from './testing/fake-deps.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let controller: AbortController;

function type(el: HTMLTextAreaElement, text: string) {
	el.focus();
	el.value = text;
	el.dispatchEvent(
		new InputEvent('input', { bubbles: true, composed: true, data: ' ', inputType: 'insertText' }),
	);
}
function shadow() {
	return document.querySelector('[data-tactful-host]')?.shadowRoot ?? null;
}

/** A session on a page with one textarea holding an insult typed 300 ms ago, under `settings`. */
async function sessionWithInsult(settings: Parameters<typeof fakeDeps>[0]) {
	document.body.innerHTML = '<textarea></textarea>';
	const ta = document.querySelector('textarea') as HTMLTextAreaElement;
	const { deps, setSettings } = fakeDeps(settings);
	controller = new AbortController();
	const session = startSession(document, controller.signal, deps);
	await wait(10);
	type(ta, 'you are an idiot ');
	await wait(300);
	return { session, setSettings };
}

afterEach(() => {
	controller?.abort();
	document.body.innerHTML = '';
});

describe('session', () => {
	it('warns on a toxic draft in an open shadow root, and clears when the user edits it', async () => {
		document.body.innerHTML = '<div id="host"></div>';
		const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
		root.innerHTML = '<textarea style="width:300px;height:80px"></textarea>';
		const ta = root.querySelector('textarea') as HTMLTextAreaElement;
		const { deps, calls } = fakeDeps();
		controller = new AbortController();
		const session = startSession(document, controller.signal, deps);
		await wait(10);
		type(ta, 'you are an idiot ');
		await wait(400);
		session.paint();
		expect(calls.score).toContain('you are an idiot ');
		expect(session.controllers()[0]?.verdict?.level).toBe('warn');
		expect(calls.events).toContain('shown');
		expect(shadow()?.mode).toBe('open'); // geometry (badge placement) is covered by e2e in Chromium
		type(ta, 'you are an expert ');
		await wait(400);
		session.paint();
		expect(session.controllers()[0]?.verdict?.level).toBe('ok');
		expect(ta.value).toBe('you are an expert '); // the page's text is never changed
	});

	it('a field cleared and a new warned draft typed at once: the old episode ends and the new warning counts (qa19)', async () => {
		document.body.innerHTML = '<textarea></textarea>';
		const ta = document.querySelector('textarea') as HTMLTextAreaElement;
		const { deps, calls } = fakeDeps();
		const ended: string[] = [];
		deps.endWarningEpisode = (field) => ended.push(field);
		controller = new AbortController();
		const session = startSession(document, controller.signal, deps);
		await wait(10);
		type(ta, 'you are an idiot ');
		await wait(400);
		session.paint();
		expect(calls.events.filter((e) => e === 'shown')).toHaveLength(1);
		// Ctrl+A, Backspace, and the next comment typed before the 150 ms pause that would score the empty field.
		ta.value = '';
		ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
		await wait(20);
		type(ta, 'this patch is garbage ');
		await wait(400);
		session.paint();
		expect(session.controllers()[0]?.verdict?.level).toBe('warn');
		expect(ended).toHaveLength(1);
		expect(calls.events.filter((e) => e === 'shown')).toHaveLength(2);
	});

	it('skips opted-out, search and read-only fields', async () => {
		document.body.innerHTML = `
			<div data-gramm="false"><textarea id="a"></textarea></div>
			<textarea id="b" data-tactful="off"></textarea>
			<form role="search"><textarea id="c"></textarea></form>
			<textarea id="d" readonly></textarea>`;
		const { deps, calls } = fakeDeps();
		controller = new AbortController();
		const session = startSession(document, controller.signal, deps);
		await wait(10);
		for (const id of ['a', 'b', 'c', 'd'])
			type(document.getElementById(id) as HTMLTextAreaElement, 'you idiot ');
		await wait(300);
		expect(session.controllers()).toHaveLength(0);
		expect(calls.score).toHaveLength(0);
	});

	it('stops watching when the site is turned off, and rescoring follows the sensitivity', async () => {
		const { session, setSettings } = await sessionWithInsult({ sensitivity: 0.05 });
		expect(session.controllers()[0]?.verdict?.level).not.toBe('warn');
		setSettings({ sensitivity: 0.5 });
		await wait(100);
		expect(session.controllers()[0]?.verdict?.level).toBe('warn');
		setSettings({ sites: { localhost: { enabled: false } } });
		await wait(50);
		session.paint();
		expect(shadow()?.querySelector('[data-tactful="badge"]')).toBeNull();
	});

	it("scores with this site's own sensitivity, and rescores at once when it changes", async () => {
		// Globally strict enough to flag; this page's site (localhost) is set far quieter.
		const { session, setSettings } = await sessionWithInsult({
			sensitivity: 0.5,
			sites: { localhost: { enabled: true, sensitivity: 0.05 } },
		});
		expect(session.controllers()[0]?.verdict?.level).not.toBe('warn');
		// Another site's override changes nothing here.
		setSettings({ sites: { localhost: { enabled: true, sensitivity: 0.05 }, 'a.com': { enabled: true } } });
		await wait(100);
		expect(session.controllers()[0]?.verdict?.level).not.toBe('warn');
		// Back to "same as everywhere": the global 0.5 applies without a keystroke.
		setSettings({ sites: {} });
		await wait(100);
		expect(session.controllers()[0]?.verdict?.level).toBe('warn');
	});

	it('wakes up by itself when a snooze on the site runs out, and checks the draft typed meanwhile', async () => {
		document.body.innerHTML = '<textarea></textarea>';
		const ta = document.querySelector('textarea') as HTMLTextAreaElement;
		// Real time, so the snooze is long enough that a loaded machine still checks inside it (300 ms failed once
		// at load ~25), and the wake-up is polled rather than read after a fixed wait.
		const snoozeUntil = Date.now() + 1500;
		const { deps } = fakeDeps({ sites: { localhost: { enabled: true, snoozeUntil } } });
		controller = new AbortController();
		const session = startSession(document, controller.signal, deps);
		await wait(10);
		type(ta, 'you are an idiot ');
		await wait(200);
		if (Date.now() < snoozeUntil) expect(session.controllers()).toHaveLength(0); // snoozed: nothing watched
		// The snooze ends; no keystroke, no settings change since.
		await vi.waitFor(() => expect(session.controllers()[0]?.verdict?.level).toBe('warn'), {
			timeout: 8000,
			interval: 50,
		});
	});

	it('follows a rebinding the background publishes (Firefox commands.onChanged) without waiting for a focus; stops with the page', async () => {
		document.body.innerHTML = '<textarea></textarea>';
		const { deps } = fakeDeps();
		const hook: { push?: (v: { shortcut: string; where: string; inPage: boolean }) => void } = {};
		const unwatch = vi.fn();
		controller = new AbortController();
		startSession(document, controller.signal, {
			...deps,
			onCardShortcut: (cb) => {
				hook.push = cb;
				return unwatch;
			},
		});
		await wait(10);
		hook.push?.({ shortcut: 'Ctrl+Shift+Y', where: 'about:addons', inPage: false });
		expect(cardShortcutLabel()).toBe('Ctrl+Shift+Y');
		hook.push?.({ shortcut: '', where: 'about:addons', inPage: false });
		expect(cardShortcutLabel()).toBe('');
		controller.abort();
		expect(unwatch).toHaveBeenCalledOnce();
		setCardShortcut('Alt+Shift+T', 'chrome://extensions/shortcuts');
	});
});
