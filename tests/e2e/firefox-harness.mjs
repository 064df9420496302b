// The Firefox side of the e2e harness: Debian's firefox-esr with the Firefox build (.output/firefox-mv3) installed,
// driven by puppeteer-core over WebDriver BiDi, and the extension's own pages (popup, options, history) opened in
// tabs the way a user reaches them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, settingsToStore } from './harness.mjs';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION = path.join(ROOT, '.output/firefox-mv3');
const ADDON_ID = 'tactful@tactful.dev'; // browser_specific_settings.gecko.id in wxt.config.ts
/** Fixed so tests know the extension's origin (Firefox picks a random one per profile otherwise). */
export const EXTENSION_UUID = '6c1f5e0a-3b7d-4c2e-9a8f-5d4e3c2b1a09';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * The tab showing the welcome page the extension opens on install (BiDi reports it as about:blank at first, so
 * each tab is asked where it is), or null when none appeared within `timeout` ms.
 */
async function welcomeTab(browser, timeout = 15_000) {
	const end = Date.now() + timeout;
	do {
		for (const tab of await browser.pages()) {
			const at = await tab.evaluate(() => location.href).catch(() => '');
			if (at === `${EXTENSION_ORIGIN}/welcome.html`) return tab;
		}
		await new Promise((r) => setTimeout(r, 150));
	} while (Date.now() < end);
	return null;
}

/**
 * Launches firefox-esr headless with the extension installed. `prefs`: extra about:config values for the
 * profile puppeteer creates (e.g. a shorter background idle timeout). `welcome`: keep the welcome tab the
 * install opens (returned as `welcome`; closed by default). `extension`: the build to install (a damaged copy, say).
 * Returns the browser, a download folder and
 * `openExtensionPage`.
 */
export async function launchFirefox({
	prefs = {},
	viewport = { width: 1100, height: 800 },
	welcome = false,
	extension = FIREFOX_EXTENSION,
} = {}) {
	if (!fs.existsSync(FIREFOX))
		throw new Error(
			`no Firefox at ${FIREFOX}: apt-get install -y firefox-esr (or set FIREFOX=/path/to/firefox)`,
		);
	if (!fs.existsSync(path.join(extension, 'manifest.json')))
		throw new Error('no Firefox build: run `npm run build:firefox` first');
	const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-ff-downloads-'));
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		defaultViewport: viewport,
		// WebDriver BiDi refuses to navigate a tab to a moz-extension: page without this switch.
		args: ['--remote-allow-system-access'],
		extraPrefsFirefox: {
			// MV3 host permissions are granted at install, as they are for a user accepting the install prompt.
			'extensions.originControls.grantByDefault': true,
			'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
			'browser.download.folderList': 2,
			'browser.download.dir': downloads,
			'browser.download.useDownloadDir': true,
			'browser.download.always_ask_before_handling_new_types': false,
			...prefs,
		},
	});
	await browser.installExtension(extension);
	const welcomePage = await welcomeTab(browser);
	if (!welcomePage) console.log('  (the welcome page did not open on install)');
	else if (!welcome) await welcomePage.close();

	/**
	 * Opens popup.html / options.html / history-page.html in a new tab and waits for its app to render
	 * (`ready`: a selector). BiDi never reports the load of a navigation that switches to the extension's
	 * process, so the navigation is not awaited; the page is polled instead.
	 */
	const openExtensionPage = async (file, { query = '', size, ready = 'main' } = {}) => {
		const page = await browser.newPage();
		if (size) await page.setViewport(size);
		const url = `${EXTENSION_ORIGIN}/${file}${query}`;
		page.goto(url).catch(() => undefined);
		const end = Date.now() + 20_000;
		for (;;) {
			const at = await page
				.evaluate((sel) => (document.querySelector(sel) ? location.href : ''), ready)
				.catch(() => '');
			if (at === url) return page;
			if (Date.now() > end) throw new Error(`${file} did not open (${ready} never appeared)`);
			await new Promise((r) => setTimeout(r, 150));
		}
	};
	const close = async () => {
		await browser.close();
		fs.rmSync(downloads, { recursive: true, force: true });
	};
	return { browser, downloads, openExtensionPage, close, welcome: welcome ? welcomePage : null };
}

/** Reads extension storage from an extension page (`browser.storage` is there; a web page has none). */
export const storageGet = (extPage, key) =>
	extPage.evaluate(async (k) => (await browser.storage.local.get(k))[k], key);
/**
 * Merges `patch` into the stored settings (WXT item `local:settings`) from an extension page, at the current schema
 * version through the settings module (harness.mjs `settingsToStore`; it wrote v3 by hand while the app was at v6).
 */
export async function patchSettings(extPage, patch) {
	const current = await storageGet(extPage, 'settings');
	await extPage.evaluate(async (items) => browser.storage.local.set(items), settingsToStore(current, patch));
}
/** Back to the default settings. */
export const resetSettings = (extPage) => extPage.evaluate(() => browser.storage.local.remove('settings'));

/** Polls `fn()` until it returns something truthy; returns it, or throws `message` after `timeout` ms. */
export async function until(fn, message, timeout = 10_000) {
	const end = Date.now() + timeout;
	for (;;) {
		const value = await fn();
		if (value) return value;
		if (Date.now() > end) throw new Error(message);
		await new Promise((r) => setTimeout(r, 100));
	}
}
