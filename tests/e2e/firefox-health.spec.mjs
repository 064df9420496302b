// "Cannot check" in Debian's firefox-esr (the Firefox build, inference in the background page), session 14: a copy of
// .output/firefox-mv3 with its toxicity model cut in half (a damaged install). Expect: the badge settles on "cannot
// check" (dashed), the live region says so once with the way to the card, Alt+Shift+T (bound in Firefox) opens the
// card of this state (why in plain words, what still works, Try again, the raw text under Details) and its Try
// again, still failing, comes back to the reason with focus in the card; the draft is untouched; at 640x450
// (200 % zoom) the card and its Try again stay in the window; the popup's status line does not say "Watching".
// Run: npm run build:firefox && node tests/e2e/run-all.mjs firefox-health   (screenshots artifacts/firefox-health-*)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOXIC } from './drafts.mjs';
import { FIREFOX_EXTENSION, launchFirefox, until } from './firefox-harness.mjs';
import { ARTIFACTS, check, run, startServer, test } from './harness.mjs';

const shot = async (page, name) => {
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
};

/** A copy of the Firefox build with `pattern`'s model file truncated to half its size. */
function brokenCopy(pattern) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-ff-broken-'));
	fs.cpSync(FIREFOX_EXTENSION, dir, { recursive: true });
	const assets = path.join(dir, 'assets');
	const file = fs.readdirSync(assets).find((f) => pattern.test(f));
	check(file, `no model file matching ${pattern}`);
	const full = path.join(assets, file);
	fs.truncateSync(full, Math.floor(fs.statSync(full).size / 2));
	return { dir, file };
}

/** The badge, the open card and the live region, read in one evaluate. */
const state = (page) =>
	page.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const badge = root?.querySelector('[data-tactful="badge"]');
		const card = root?.querySelector('[data-tactful="card"]');
		const button =
			card && [...card.querySelectorAll('.tf-actions button')].find((b) => /Try/.test(b.textContent));
		const box = (el) => {
			const r = el?.getBoundingClientRect();
			return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
		};
		return {
			badge: badge
				? {
						unavailable: badge.dataset.unavailable ?? null,
						settled: badge.dataset.settled === 'true',
						label: badge.getAttribute('aria-label'),
						border: getComputedStyle(badge).borderStyle,
					}
				: null,
			card: card
				? {
						unavailable: card.dataset.unavailable ?? null,
						heading: card.querySelector('h2')?.textContent ?? null,
						reason: card.querySelector('[data-testid="card-unavailable-reason"]')?.textContent ?? null,
						works: card.querySelector('[data-testid="card-still-works"]')?.textContent ?? null,
						details: card.querySelector('details code')?.textContent ?? null,
						detailsOpen: card.querySelector('details')?.open ?? null,
						button: button?.textContent ?? null,
						focused: root.activeElement === card,
						rect: box(card),
						buttonRect: box(button),
					}
				: null,
			said: (root?.querySelector('[aria-live]')?.textContent ?? '').replace(/\u00a0/g, '').trim(),
			viewport: { width: innerWidth, height: innerHeight },
		};
	});

const clickTryAgain = (page) =>
	page.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const b = [...(root?.querySelectorAll('[data-tactful="card"] button') ?? [])].find(
			(x) => x.textContent.trim() === 'Try again',
		);
		b?.click();
		return Boolean(b);
	});

async function downBadge(env, viewport) {
	const page = await env.browser.newPage();
	if (viewport) await page.setViewport(viewport);
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	const s = await until(
		async () => {
			const now = await state(page);
			return now.badge?.unavailable === 'true' && now.badge.settled ? now : null;
		},
		'the badge never settled on "cannot check"',
		60_000,
	);
	return { page, s };
}

test('Firefox, a damaged model: "cannot check" is said aloud, Alt+Shift+T opens its card, Try again comes back to the reason', async (env) => {
	const { page, s } = await downBadge(env);
	console.log(`    badge: ${JSON.stringify(s.badge)}; live region: ${s.said}`);
	check(/damaged or missing/.test(s.badge.label) && s.badge.border === 'dashed', JSON.stringify(s.badge));
	check(/^Tactful cannot check this draft: .*damaged or missing.*opens the details\.$/.test(s.said), s.said);
	await page.keyboard.down('Alt');
	await page.keyboard.down('Shift');
	await page.keyboard.press('KeyT');
	await page.keyboard.up('Shift');
	await page.keyboard.up('Alt');
	const opened = await until(
		async () => {
			const now = await state(page);
			return now.card?.unavailable === 'true' && now.card.focused ? now : null;
		},
		'Alt+Shift+T did not open the "cannot check" card with focus on it',
		20_000,
	);
	await shot(page, 'firefox-health-card');
	const card = opened.card;
	console.log(`    card: ${JSON.stringify(card)}`);
	check(card.heading === 'Tactful cannot check this draft', card.heading);
	check(/damaged or missing\. Reinstall or update the extension\.$/.test(card.reason), card.reason);
	check(/post as usual/.test(card.works ?? ''), `what still works: ${card.works}`);
	check(
		(card.details ?? '').length > 0 && !/damaged or missing/.test(card.details),
		`details: ${card.details}`,
	);
	check(card.detailsOpen === false && card.button === 'Try again', JSON.stringify(card));
	check(await clickTryAgain(page), 'no Try again');
	// The model is still damaged: loaded again, failing again, the card back on its reason (after "Trying…").
	const back = await until(
		async () => {
			const now = await state(page);
			return now.card?.unavailable === 'true' && now.card.button === 'Try again' && now.badge?.settled
				? now
				: null;
		},
		'the card did not come back to its reason after Try again',
		60_000,
	);
	check(back.card.focused, 'focus left the card after Try again');
	check((await page.$eval('#comment', (el) => el.value)) === TOXIC, 'the draft changed');
	await page.close();
});

test('Firefox, 640x450 (200 % zoom): the "cannot check" card and its Try again stay in the window', async (env) => {
	const { page } = await downBadge(env, { width: 640, height: 450 });
	await page.evaluate(() =>
		document.querySelector('[data-tactful-host]').shadowRoot.querySelector('[data-tactful="badge"]').click(),
	);
	const opened = await until(
		async () => {
			const now = await state(page);
			return now.card?.unavailable === 'true' ? now : null;
		},
		'the badge did not open the card',
		20_000,
	);
	await shot(page, 'firefox-health-card-640');
	const { card, viewport } = opened;
	console.log(`    card at 640x450: ${JSON.stringify(card.rect)} button ${JSON.stringify(card.buttonRect)}`);
	const inView = (r) =>
		r && r.top >= 0 && r.left >= 0 && r.bottom <= viewport.height && r.right <= viewport.width;
	check(inView(card.rect), `the card leaves the window: ${JSON.stringify(card.rect)}`);
	check(inView(card.buttonRect), `Try again is out of view: ${JSON.stringify(card.buttonRect)}`);
	await page.close();
});

test('Firefox popup: the engine problem at the top, and the status line does not say "Watching"', async (env) => {
	const popup = await env.openExtensionPage('popup.html', {
		query: '?host=127.0.0.1',
		size: { width: 340, height: 640 },
		ready: '[data-testid="engine-problem"]',
	});
	const status = await until(
		() => popup.$eval('[data-testid="status"]', (el) => el.textContent).catch(() => null),
		'no status line',
	);
	await shot(popup, 'firefox-health-popup');
	console.log(`    popup status: ${status}`);
	check(status === 'Not checking drafts on 127.0.0.1: see the problem above', status);
	await popup.close();
});

await run(async () => {
	const server = await startServer();
	const broken = brokenCopy(/^toxic-.*\.onnx$/);
	console.log(`  (truncated ${broken.file})`);
	const firefox = await launchFirefox({ extension: broken.dir });
	return {
		...firefox,
		server,
		teardown: async () => {
			await firefox.close();
			await server.close();
			fs.rmSync(broken.dir, { recursive: true, force: true });
		},
	};
});
