import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiKeyChangedAtItem, getSettings, updateSettings } from '../../../utils/storage/settings.ts';
import type { Editor } from '../editors/types.ts';
import { type RetryEnv, retryWhenFixed, watchRewriteSetup, wentToSettings } from './rewrite-retry.ts';

function field(): Editor {
	const el = document.createElement('textarea');
	document.body.append(el);
	return { kind: 'textarea', el } as unknown as Editor;
}

/** A card's retry wiring: `setupChanged()` plays a settings change; `failed` says whether an error is shown. */
function wire(editor: Editor, failed = true) {
	let listener: (() => void) | undefined;
	const retry = vi.fn();
	const card = { failed, asking: false };
	const env: RetryEnv = {
		win: window,
		onSetupChange: (l) => {
			listener = l;
			return () => {
				listener = undefined;
			};
		},
		failed: () => card.failed,
		asking: () => card.asking,
		retry,
	};
	const stop = retryWhenFixed(editor, env);
	return { retry, stop, card, setupChanged: () => listener?.() };
}

describe('retryWhenFixed', () => {
	it('asks again when the rewrite setup changes while the card shows a settings error', () => {
		const { retry, setupChanged } = wire(field());
		setupChanged();
		expect(retry).toHaveBeenCalledTimes(1);
	});

	it('does not ask again for a setup change when nothing failed (a suggestion is shown or on its way)', () => {
		const { retry, setupChanged } = wire(field(), false);
		setupChanged();
		expect(retry).not.toHaveBeenCalled();
	});

	it('a change while a suggestion is being asked for: asks once more if that request ends in a settings error', () => {
		vi.useFakeTimers();
		try {
			const { retry, card, setupChanged } = wire(field(), false);
			card.asking = true;
			setupChanged(); // the key's signal came first; the model's lands while the request runs
			setupChanged();
			vi.advanceTimersByTime(1000);
			expect(retry).not.toHaveBeenCalled();
			card.asking = false;
			card.failed = true; // the request read the old model: 401
			vi.advanceTimersByTime(300);
			expect(retry).toHaveBeenCalledTimes(1);
			vi.advanceTimersByTime(2000);
			expect(retry).toHaveBeenCalledTimes(1);
		} finally {
			vi.useRealTimers();
		}
	});

	it('a change while asking, and that request succeeds: nothing more; a stopped watch stops looking', () => {
		vi.useFakeTimers();
		try {
			const ok = wire(field(), false);
			ok.card.asking = true;
			ok.setupChanged();
			ok.card.asking = false;
			vi.advanceTimersByTime(1000);
			expect(ok.retry).not.toHaveBeenCalled();
			const stopped = wire(field(), false);
			stopped.card.asking = true;
			stopped.setupChanged();
			stopped.stop();
			stopped.card.asking = false;
			stopped.card.failed = true;
			vi.advanceTimersByTime(1000);
			expect(stopped.retry).not.toHaveBeenCalled();
		} finally {
			vi.useRealTimers();
		}
	});

	it('asks again once when the tab is back in front after the user went to settings from this card', () => {
		const editor = field();
		const { retry } = wire(editor);
		window.dispatchEvent(new Event('focus'));
		expect(retry).not.toHaveBeenCalled(); // never went to settings: an ordinary focus retries nothing
		wentToSettings(editor);
		window.dispatchEvent(new Event('focus'));
		document.dispatchEvent(new Event('visibilitychange'));
		expect(retry).toHaveBeenCalledTimes(1);
	});

	it('a card reopened after the trip to settings asks at once; a stopped watch asks nothing', () => {
		const editor = field();
		wentToSettings(editor);
		const { retry, stop, setupChanged } = wire(editor);
		expect(retry).toHaveBeenCalledTimes(1);
		stop();
		setupChanged();
		wentToSettings(editor);
		window.dispatchEvent(new Event('focus'));
		expect(retry).toHaveBeenCalledTimes(1);
	});
});

describe('watchRewriteSetup', () => {
	const settle = () => new Promise((r) => setTimeout(r, 20));

	it('tells of rewrite settings and API key changes, not of other settings', async () => {
		fakeBrowser.reset();
		await getSettings();
		const changed = vi.fn();
		const stop = watchRewriteSetup(changed);
		await settle();
		await updateSettings({ derailSensitivity: 0.8 });
		await settle();
		expect(changed).not.toHaveBeenCalled();
		await updateSettings({ rewrite: { backend: 'openai' } });
		await settle();
		expect(changed).toHaveBeenCalledTimes(1);
		// The key's change time, not the key: content scripts cannot read the key (api-key.ts).
		await apiKeyChangedAtItem.setValue(Date.now());
		await settle();
		expect(changed).toHaveBeenCalledTimes(2);
		stop();
		await updateSettings({ rewrite: { backend: 'offline' } });
		await settle();
		expect(changed).toHaveBeenCalledTimes(2);
	});
});
