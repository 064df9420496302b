// e2e for the popup, options and history pages in Debian Chromium (playwright-core), self-contained.
// Usage: node tests/e2e/popup.spec.mjs   (after `npx wxt build`; EXT=<dir> to use another build)
// Screenshots go to artifacts/; exits non-zero on the first failed check.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ext = path.resolve(process.env.EXT ?? '.output/chrome-mv3');
const shots = path.resolve('artifacts');
fs.mkdirSync(shots, { recursive: true });
const DAY = 86_400_000;

async function launch() {
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-popup-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		headless: true,
		colorScheme: process.env.DARK ? 'dark' : 'light',
		args: [
			'--no-sandbox',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			`--disable-extensions-except=${ext}`,
			`--load-extension=${ext}`,
		],
	});
	let [sw] = context.serviceWorkers();
	if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
	return { context, sw, id: new URL(sw.url()).host, userDataDir };
}

/** Reads the stored settings blob through the service worker. */
const storedSettings = (sw) =>
	sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});

/** Seeds history rows straight into the extension's IndexedDB (the page must have opened it once). */
async function seedHistory(page, now) {
	await page.evaluate(async (now) => {
		const sites = ['github.com', 'github.com', 'reddit.com', 'meta.discourse.org', 'news.ycombinator.com'];
		const dims = [
			['Toxic Emotions'],
			['Excessive Intensity'],
			['Toxic Emotions', 'Missing Openness'],
			['Detrimental Orthography'],
			['Missing Seriousness'],
		];
		let seed = 7;
		const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const rows = [];
		for (let d = 0; d < 30; d++) {
			const n = Math.floor(rnd() * 5 * (1 - d / 45));
			for (let i = 0; i < n; i++) {
				const at = now - d * 86_400_000 - Math.floor(rnd() * 8) * 3_600_000;
				const site = sites[Math.floor(rnd() * sites.length)];
				const dimensions = dims[Math.floor(rnd() * dims.length)];
				rows.push({ at, site, level: 'warn', dimensions, action: 'shown' });
				const r = rnd();
				const action = r < 0.45 ? 'rewriteAccepted' : r < 0.6 ? 'fine' : r < 0.75 ? 'reviewed' : 'dismissed';
				rows.push({ at: at + 30_000, site, level: 'warn', dimensions, action });
			}
		}
		const db = await new Promise((res, rej) => {
			const req = indexedDB.open('tactful');
			req.onsuccess = () => res(req.result);
			req.onerror = () => rej(req.error);
		});
		await new Promise((res, rej) => {
			const tx = db.transaction('events', 'readwrite');
			for (const row of rows) tx.objectStore('events').add(row);
			tx.oncomplete = res;
			tx.onerror = () => rej(tx.error);
		});
		db.close();
	}, now);
}

const { context, sw, id, userDataDir } = await launch();
const suffix = process.env.DARK ? '-dark' : '';
try {
	// Popup, opened as a page with the active-tab hostname overridden.
	const popup = await context.newPage();
	await popup.setViewportSize({ width: 340, height: 600 });
	await popup.goto(`chrome-extension://${id}/popup.html?host=github.com`);
	await popup.getByTestId('popup').waitFor();
	const examples = popup.getByTestId('live-examples');
	await popup.waitForFunction(
		() => document.querySelector('[data-testid="live-examples"]')?.getAttribute('data-state') !== 'loading',
		null,
		{ timeout: 10_000 },
	);
	const previewState = await examples.getAttribute('data-state');
	const flaggedAt = async () => popup.locator('.tf-example-flagged').count();
	let flagged = { default: await flaggedAt() };
	await popup.screenshot({ path: path.join(shots, `popup${suffix}.png`), fullPage: true });
	if (previewState === 'ready') {
		// Moving the slider to the strict end must flag at least as many examples; the relaxed end at most as many.
		const slider = popup.getByLabel('Sensitivity');
		await slider.fill('1');
		await popup.waitForTimeout(600);
		flagged.strict = await flaggedAt();
		await slider.fill('0');
		await popup.waitForTimeout(600);
		flagged.relaxed = await flaggedAt();
		assert.ok(
			flagged.strict >= flagged.default && flagged.default >= flagged.relaxed,
			JSON.stringify(flagged),
		);
		await slider.fill('0.5');
		await slider.dispatchEvent('change');
	}
	console.log(`popup: live preview ${previewState}; flagged examples ${JSON.stringify(flagged)}`);

	await popup.getByTestId('site-enabled').click();
	await popup.getByText('Off on github.com').waitFor();
	assert.equal((await storedSettings(sw)).sites?.['github.com']?.enabled, false);
	await popup.getByTestId('site-enabled').click();
	await popup.getByTestId('snooze-hour').click();
	await popup.getByTestId('resume').waitFor();
	assert.ok((await storedSettings(sw)).snoozeUntil > Date.now());
	await popup.getByTestId('resume').click();
	await popup.getByText('What to watch for').click();
	await popup.getByText('Shouting or sloppy style').click();
	await popup.waitForTimeout(200);
	assert.deepEqual((await storedSettings(sw)).disabledDimensions, ['Detrimental Orthography']);
	await popup.screenshot({ path: path.join(shots, `popup-dimensions${suffix}.png`), fullPage: true });
	console.log('popup: site toggle, snooze/resume and dimension toggle stored');

	// Options.
	const options = await context.newPage();
	await options.setViewportSize({ width: 900, height: 900 });
	await options.goto(`chrome-extension://${id}/options.html`);
	await options.getByTestId('options').waitFor();
	await options.getByTestId('opt-nudge').click();
	await options.getByLabel('OpenAI-compatible server').check();
	await options.getByTestId('openai-form').waitFor();
	await popup.waitForTimeout(200);
	const s = await storedSettings(sw);
	assert.equal(s.preSubmitNudge, true);
	assert.equal(s.rewrite.backend, 'openai');
	await options.screenshot({ path: path.join(shots, `options${suffix}.png`), fullPage: true });
	console.log('options: nudge + backend stored');

	// History: empty, then seeded.
	const history = await context.newPage();
	await history.setViewportSize({ width: 900, height: 900 });
	await history.goto(`chrome-extension://${id}/history-page.html`);
	await history.getByTestId('history').waitFor();
	await seedHistory(history, Date.now());
	await history.reload();
	await history.getByTestId('by-site').waitFor();
	const warnings = Number(await history.getByTestId('total-warnings').textContent());
	assert.ok(warnings > 0);
	await history.screenshot({ path: path.join(shots, `history${suffix}.png`), fullPage: true });
	const [download] = await Promise.all([
		history.waitForEvent('download'),
		history.getByTestId('export').click(),
	]);
	const dump = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
	assert.equal(dump.format, 'tactful-history');
	assert.ok(dump.events.length >= warnings);
	assert.equal(JSON.stringify(dump).includes('apiKey'), false);
	await history.getByTestId('delete').click();
	await history.getByTestId('confirm-delete').click();
	await history.getByText(/Deleted \d+ records/).waitFor();
	assert.equal(await history.getByTestId('total-warnings').textContent(), '0');
	console.log(`history: ${warnings} warnings charted, export ${dump.events.length} events, delete ok`);
	console.log(`screenshots in ${shots}`);
} finally {
	await context.close();
	fs.rmSync(userDataDir, { recursive: true, force: true });
}
