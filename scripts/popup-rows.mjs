// The popup's rows at its 340 px width in Chromium and firefox-esr (session 27, card27): for each row of the first card
// (this site's snooze, every site's snooze), how many lines its label and each button take, and the label's font
// size against the body's. Screenshots in artifacts/popup-rows-<browser>.png.
// Run: npm run build && npm run build:firefox && node scripts/popup-rows.mjs [chromium|firefox]

import fs from 'node:fs';
import path from 'node:path';
import { launchFirefox } from '../tests/e2e/firefox-harness.mjs';
import { ARTIFACTS, launch } from '../tests/e2e/harness.mjs';

/** Each `.tf-row`: its label's and buttons' line counts (height over line height), the label's font size. */
export const readRows = () =>
	[...document.querySelectorAll('.tf-popup .tf-row')].map((row) => {
		const lines = (el) => {
			const cs = getComputedStyle(el);
			const lh = Number.parseFloat(cs.lineHeight) || 1.45 * Number.parseFloat(cs.fontSize);
			const range = document.createRange();
			range.selectNodeContents(el);
			const tops = new Set(
				[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
			);
			return Math.max(
				tops.size,
				Math.round(
					(el.clientHeight - Number.parseFloat(cs.paddingTop) - Number.parseFloat(cs.paddingBottom)) / lh,
				) || 1,
			);
		};
		const label = row.querySelector('.tf-row-label');
		const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
		return {
			label: label?.textContent ?? '',
			labelLines: label ? lines(label) : 0,
			labelPx: label ? Number.parseFloat(getComputedStyle(label).fontSize) : 0,
			bodyPx: body,
			buttons: [...row.querySelectorAll('button')].map((b) => `${b.textContent}:${lines(b)}`),
			inside: row.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5,
		};
	});

const which = process.argv[2];
fs.mkdirSync(ARTIFACTS, { recursive: true });
if (!which || which === 'chromium') {
	const b = await launch();
	const page = await b.context.newPage();
	await page.setViewportSize({ width: 340, height: 640 });
	await page.goto(`chrome-extension://${b.extensionId}/popup.html?host=meta.discourse.org`);
	await page.waitForSelector('[data-testid="snooze-hour"]');
	await page.waitForTimeout(300);
	console.log('chromium', JSON.stringify(await page.evaluate(readRows)));
	await page.screenshot({ path: path.join(ARTIFACTS, 'popup-rows-chromium.png') });
	await b.close();
}
if (!which || which === 'firefox') {
	const b = await launchFirefox();
	const page = await b.openExtensionPage('popup.html', {
		query: '?host=meta.discourse.org',
		size: { width: 340, height: 640 },
		ready: '[data-testid="snooze-hour"]',
	});
	await new Promise((r) => setTimeout(r, 300));
	console.log('firefox', JSON.stringify(await page.evaluate(readRows)));
	await page.screenshot({ path: path.join(ARTIFACTS, 'popup-rows-firefox.png') });
	await b.close();
}
