// e2e harness: a static server for tests/pages on 127.0.0.1 (random port), Debian Chromium with the built
// extension (headless, per stack-findings §3), overlay probes and a tiny test runner whose last line is
// "N passed, N failed".
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES = path.join(ROOT, 'tests/pages');
export const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = path.join(ROOT, 'artifacts');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
};

/** Serves `root` on 127.0.0.1 at a random port. */
export async function startServer(root = PAGES) {
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const file = path.join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
		if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
		fs.createReadStream(file).pipe(res);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Waits for the welcome page the extension opens on install (utils/background/first-run.ts); every launch is a
 * fresh profile, so it always opens. Returns it, or null when it did not open within `timeout` ms.
 */
async function welcomeTab(context, extensionId, timeout = 15_000) {
	const url = `chrome-extension://${extensionId}/welcome.html`;
	const end = Date.now() + timeout;
	do {
		const page = context.pages().find((p) => p.url() === url);
		if (page) return page;
		await new Promise((r) => setTimeout(r, 50));
	} while (Date.now() < end);
	return null;
}

/**
 * Launches Chromium with the extension; returns the context, its service worker and the extension id.
 * `args`: extra Chromium switches (e.g. a --proxy-server that records every non-loopback request).
 * `extension`: another build to load (e.g. a copy with a broken model file).
 * `welcome`: keep the welcome tab the install opens (returned as `welcome`); by default it is closed before the
 * spec starts, so specs see the browser as they always did.
 */
export async function launch({ headless = true, args = [], welcome = false, extension = EXTENSION } = {}) {
	if (!fs.existsSync(path.join(extension, 'manifest.json')))
		throw new Error('no build: run `npm run build` first');
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-e2e-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		headless,
		viewport: { width: 1100, height: 800 },
		args: [
			'--no-sandbox',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			`--disable-extensions-except=${extension}`,
			`--load-extension=${extension}`,
			...args,
		],
	});
	let [sw] = context.serviceWorkers();
	if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 60_000 });
	const extensionId = new URL(sw.url()).host;
	const welcomePage = await welcomeTab(context, extensionId);
	if (!welcomePage) console.log('  (the welcome page did not open on install)');
	else if (!welcome) await welcomePage.close();
	const close = async () => {
		await context.close();
		fs.rmSync(userDataDir, { recursive: true, force: true });
	};
	const browser = { context, sw, extensionId, close, welcome: welcome ? welcomePage : null };
	sw.tactfulBrowser = browser; // so helpers given only `sw` can still reach an extension page
	return browser;
}

/**
 * The usual spec environment: the page server, Chromium with the extension, its inference host answering,
 * and one page. `requireHost`: fail the spec when the host never answers (otherwise the tests run and each
 * says what it missed). `waitHost: false`: do not start the host (a spec about what starts it). Returns
 * launch()'s fields, the same object again as `browser`, `server`, `page` and a `teardown` for run().
 */
export async function chromiumEnv({ requireHost = false, waitHost = true } = {}) {
	const server = await startServer();
	const browser = await launch();
	const ready = waitHost ? await waitForHost(browser) : 'ok';
	if (ready !== 'ok') {
		if (requireHost) throw new Error(ready);
		console.log(`  (host: ${ready})`);
	}
	const page = await browser.context.newPage();
	return {
		...browser,
		browser,
		server,
		page,
		teardown: async () => {
			await browser.close();
			await server.close();
		},
	};
}

/**
 * Sends a message to the background the way a content script does, from an extension page (a service worker
 * cannot message itself). Returns the raw reply ({ ok, value } or { ok: false, error }).
 */
export async function message(browser, name, data) {
	browser.extPage ??= await browser.context.newPage();
	if (!browser.extPage.url().startsWith('chrome-extension://')) {
		await browser.extPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
	}
	return browser.extPage.evaluate(
		([n, d]) =>
			new Promise((resolve) =>
				chrome.runtime.sendMessage({ tactful: 1, target: 'background', name: n, data: d }, resolve),
			),
		[name, data],
	);
}

/** Waits until the inference host answers a score (first model load can take seconds). Takes launch()'s result or its sw. */
export async function waitForHost(browserOrSw, timeout = 60_000) {
	const browser = browserOrSw.tactfulBrowser ?? browserOrSw;
	const end = Date.now() + timeout;
	let last = '';
	while (Date.now() < end) {
		const reply = await message(browser, 'scoreDraft', { text: 'warm up' }).catch((e) => ({
			ok: false,
			error: String(e),
		}));
		if (reply?.ok) {
			await browser.extPage.close();
			browser.extPage = undefined;
			return 'ok';
		}
		last = JSON.stringify(reply);
		await new Promise((r) => setTimeout(r, 500));
	}
	return `host not ready: ${last}`;
}

/**
 * The settings schema module itself (utils/storage/settings-schema.ts): helpers store settings as the extension
 * does, at its current version. They wrote `v: 3` by hand while the app was at v6, so every page that loaded re-ran
 * the v3 -> v6 migrations over a current blob: a migration that lost a choice would have looked like the product
 * working (session 16).
 */
export const settingsSchema = await tsImport('../../utils/storage/settings-schema.ts', import.meta.url);

/**
 * The stored settings with `patch` merged in at the top level, as the extension stores them (normalized, current
 * version, `savedAt` now): `{ settings, settings$ }`. `version` stores the merged blob as that OLD version instead,
 * unnormalized, for tests of a migration.
 */
export function settingsToStore(current, patch, version) {
	const next = { ...(current ?? {}), ...patch };
	if (version !== undefined) return { settings: next, settings$: { v: version } };
	return settingsSchema.storedSettings(next);
}

/**
 * Merges `patch` into the stored settings (WXT item `local:settings`) from the service worker, stored at the current
 * schema version through the settings module (`settingsToStore`); `{ version }` stores an old version on purpose.
 */
export async function setSettings(sw, patch, { version } = {}) {
	const current = await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
	await sw.evaluate(
		async (items) => chrome.storage.local.set(items),
		settingsToStore(current, patch, version),
	);
}

/**
 * What Tactful shows in a frame: badges, underlines (viewport rects) and the card's text, read in ONE evaluate (two
 * reads let a repaint fall between them). A badge's `settled` is its `data-settled`: nothing about its field is
 * still being scored (draft pause, request, thread assessment), so what it says is about the text as it is now.
 */
export async function overlay(frame) {
	return frame.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		if (!root) return { host: false, badges: [], underlines: [], card: null };
		const rect = (el) => {
			const r = el.getBoundingClientRect();
			return { x: r.x, y: r.y, w: r.width, h: r.height };
		};
		return {
			host: true,
			badges: [...root.querySelectorAll('[data-tactful="badge"]')].map((b) => ({
				level: b.dataset.level,
				label: b.getAttribute('aria-label'),
				thread: b.dataset.thread ?? null,
				settled: b.dataset.settled === 'true',
				...rect(b),
			})),
			underlines: [...root.querySelectorAll('[data-tactful="underline"]')].map(rect),
			card: root.querySelector('[data-tactful="card"]')?.innerText ?? null,
		};
	});
}

/** Resolves after the page has drawn two frames: the overlay repaint an input scheduled has run. */
export async function nextFrames(frame) {
	await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Waits until the badge of the field being written in (every badge, when `all`) is settled: scored on the text it
 * holds now, thread assessed, nothing pending; returns that overlay state (check `.ok`). The positive signal a
 * check that something does NOT show needs: a bare sleep passes on a loaded machine before scoring has run.
 * Call it after typing: it first lets the repaint the typing scheduled happen, so a badge still marked settled
 * from before the typing cannot pass.
 */
export async function waitSettled(frame, { timeout = 30_000, all = false } = {}) {
	await nextFrames(frame);
	return waitOverlay(
		frame,
		(s) => s.badges.length > 0 && (all ? s.badges.every((b) => b.settled) : s.badges.some((b) => b.settled)),
		timeout,
	);
}

/** Polls `read()` until `pred(value)` holds or `timeout` ms passed; returns `{ ok, value }` (the last value read). */
export async function poll(read, pred, timeout = 10_000, every = 100) {
	const end = Date.now() + timeout;
	let value;
	do {
		value = await read();
		if (pred(value)) return { ok: true, value };
		await new Promise((r) => setTimeout(r, every));
	} while (Date.now() < end);
	return { ok: false, value };
}

/** Polls `overlay(frame)` until `pred` holds; returns the last state (check `.ok`). */
export async function waitOverlay(frame, pred, timeout = 20_000) {
	const end = Date.now() + timeout;
	let state;
	do {
		state = await overlay(frame);
		if (pred(state)) return { ...state, ok: true };
		await new Promise((r) => setTimeout(r, 100));
	} while (Date.now() < end);
	return { ...state, ok: false };
}

/**
 * Viewport rect of `word` inside the field `el`, computed in the page independently of the extension: a Range
 * over text nodes for rich editors, and a throw-away mirror for textareas. Self-contained, so any driver can
 * send it into the page (`locator.evaluate`, Puppeteer's `$eval`).
 */
export function measureWordRect(el, w) {
	if (el.tagName === 'TEXTAREA') {
		const i = el.value.indexOf(w);
		if (i < 0) return null;
		const cs = getComputedStyle(el);
		const m = document.createElement('div');
		for (const k of [
			'fontFamily',
			'fontSize',
			'fontWeight',
			'lineHeight',
			'letterSpacing',
			'paddingTop',
			'paddingLeft',
			'paddingRight',
			'wordSpacing',
			'tabSize',
			'direction',
			'unicodeBidi',
			'textAlign',
		])
			m.style[k] = cs[k];
		Object.assign(m.style, {
			position: 'fixed',
			visibility: 'hidden',
			whiteSpace: 'pre-wrap',
			overflowWrap: 'break-word',
			left: '0',
			top: '0',
			width: `${el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)}px`,
		});
		const t = document.createTextNode(el.value);
		m.append(t);
		document.body.append(m);
		const r = document.createRange();
		r.setStart(t, i);
		r.setEnd(t, i + w.length);
		const rr = r.getBoundingClientRect();
		const mr = m.getBoundingClientRect();
		const box = el.getBoundingClientRect();
		m.remove();
		return {
			x: box.x + el.clientLeft + rr.x - mr.x - el.scrollLeft,
			y: box.y + el.clientTop + rr.y - mr.y - el.scrollTop,
			w: rr.width,
			h: rr.height,
		};
	}
	const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const i = n.data.indexOf(w);
		if (i >= 0) {
			const r = document.createRange();
			r.setStart(n, i);
			r.setEnd(n, i + w.length);
			const rr = r.getBoundingClientRect();
			return { x: rr.x, y: rr.y, w: rr.width, h: rr.height };
		}
	}
	return null;
}

/** `measureWordRect` for a Playwright locator. */
export async function wordRect(locator, word) {
	return locator.evaluate(measureWordRect, word);
}

/**
 * Polls until an underline sits under `word` in the field at `locator`, reading the word's rect and the overlay
 * afresh each time; with `movedFrom` (the word's rect before a resize or scroll), also until the word has left
 * that place, so a layout the browser has not applied yet cannot pass. Returns the last `{ ok, moved, rect,
 * state }`. It waits on the condition, not on a fixed time: under machine load the browser can apply a new
 * viewport, and the overlay repaint in the frame after it, well past a few hundred ms.
 */
export async function waitUnderlined(frame, locator, word, { movedFrom, timeout = 20_000 } = {}) {
	const end = Date.now() + timeout;
	let rect;
	let state;
	let moved;
	do {
		rect = await wordRect(locator, word);
		state = await overlay(frame);
		moved = !movedFrom || (rect !== null && (rect.x !== movedFrom.x || rect.y !== movedFrom.y));
		if (moved && underlines(state, rect)) return { ok: true, moved, rect, state };
		await new Promise((r) => setTimeout(r, 100));
	} while (Date.now() < end);
	return { ok: false, moved, rect, state };
}

/** True when an underline sits under `word` (overlaps it horizontally, at its baseline). */
export function underlines(state, rect) {
	if (!rect) return false;
	return state.underlines.some(
		(u) =>
			u.x < rect.x + rect.w - 1 &&
			u.x + u.w > rect.x + 1 &&
			Math.abs(u.y + 2 - (rect.y + rect.h)) < rect.h * 0.75,
	);
}

/** Saves a screenshot to artifacts/NAME.png. */
export async function shot(page, name) {
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	const file = path.join(ARTIFACTS, `${name}.png`);
	await page.screenshot({ path: file });
	return file;
}

/** Clears a field through the keyboard (select all + delete), the way a user would. */
export async function clearField(page, locator) {
	await locator.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
}

/**
 * A minimal runner: `test(name, fn)` then `await run()`; prints one line per test and "N passed, N failed".
 * `E2E_GREP=text` runs only the tests whose name contains `text` (to repeat one test, e.g. a flaky one).
 */
const tests = [];
const testLimitS = Number(process.env.E2E_TEST_TIMEOUT_S) || 300;
export function test(name, fn) {
	tests.push({ name, fn });
}
export async function run(setup) {
	const env = await setup();
	let passed = 0;
	let failed = 0;
	const grep = process.env.E2E_GREP;
	for (const t of tests.filter((x) => !grep || x.name.includes(grep))) {
		const started = Date.now();
		let timer;
		try {
			// A test that hangs fails by name instead of taking the whole spec past run-all's limit (a CI run on
			// record lost popup.spec at 900 s with no word on which test hung).
			await Promise.race([
				t.fn(env),
				new Promise((_, reject) => {
					timer = setTimeout(
						() => reject(new Error(`timed out after ${testLimitS} s (E2E_TEST_TIMEOUT_S)`)),
						testLimitS * 1000,
					);
				}),
			]);
			passed++;
			console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
		} catch (error) {
			failed++;
			console.log(
				`  ✗ ${t.name} (${Date.now() - started} ms)\n      ${String(error?.stack ?? error)
					.split('\n')
					.slice(0, 3)
					.join('\n      ')}`,
			);
		} finally {
			clearTimeout(timer);
		}
	}
	await env.teardown?.();
	console.log(`${passed} passed, ${failed} failed`);
	// Exit now: a test that failed before closing its local server (or page) would otherwise keep Node alive until
	// run-all's limit (the CI run on 4929ad2 lost popup.spec that way: 16 tests done, then 900 s of nothing).
	process.exit(failed ? 1 : 0);
}

/** Throws with `message` unless `cond`. */
export function check(cond, message) {
	if (!cond) throw new Error(message);
}
