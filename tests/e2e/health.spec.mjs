// When checking is slow or unavailable, the page and the popup say so (Chromium, session 13):
//  - the first score waits for the models (after an install or update): the badge says "checking…" (aria-busy,
//    a turning ring, never the calm "all clear" dot), then the verdict;
//  - a score whose retry also fails: the badge settles on "cannot check" (not pending for ever), the live region says
//    so; the badge or Alt+Shift+T opens its card (session 14: why, what still works, Try again, raw text under
//    Details), whose Try again checks the draft once the extension answers; also at 640x450 (200 % zoom);
//  - the checker fails mid-session after a verdict: new text shows "cannot check", not the old verdict;
//  - the model host cannot start: the popup says so at the top in plain words, raw text under Details, its status
//    line does not say "Watching", and its Try again works once the host can start.
// The service worker's calls are stubbed to hold or fail, so each state lasts whatever the machine's load.
// Run: npm run build && node tests/e2e/run-all.mjs health   (screenshots artifacts/health-*.png)
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, message, poll, run, shot, test, waitOverlay } from './harness.mjs';

const warns = (s) => s.badges.some((b) => b.level === 'warn');

/** The one badge's state, read in one evaluate. */
const badgeState = (page) =>
	page.evaluate(() => {
		const b = document
			.querySelector('[data-tactful-host]')
			?.shadowRoot?.querySelector('[data-tactful="badge"]');
		if (!b) return null;
		return {
			label: b.getAttribute('aria-label'),
			level: b.dataset.level ?? null,
			busy: b.getAttribute('aria-busy'),
			loading: b.dataset.loading ?? null,
			unavailable: b.dataset.unavailable ?? null,
			settled: b.dataset.settled === 'true',
			dot: b.querySelector('.tf-dot') !== null,
			spin: b.querySelector('.tf-spin') !== null,
			border: getComputedStyle(b).borderStyle,
		};
	});

/** Puts the service worker's own getContexts back (each test stubs it). */
const restore = (sw) =>
	sw.evaluate(() => {
		if (globalThis.realGetContexts) chrome.runtime.getContexts = globalThis.realGetContexts;
		if (globalThis.realCreateDocument) chrome.offscreen.createDocument = globalThis.realCreateDocument;
	});

/** The open card of a draft that cannot be checked, read in one evaluate (null: no card). */
const downCard = (page) =>
	page.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const card = root?.querySelector('[data-tactful="card"]');
		if (!card) return null;
		const r = card.getBoundingClientRect();
		const button = [...card.querySelectorAll('.tf-actions button')].find((b) => /Try/.test(b.textContent));
		const b = button?.getBoundingClientRect();
		return {
			unavailable: card.dataset.unavailable ?? null,
			heading: card.querySelector('h2')?.textContent ?? null,
			reason: card.querySelector('[data-testid="card-unavailable-reason"]')?.textContent ?? null,
			works: card.querySelector('[data-testid="card-still-works"]')?.textContent ?? null,
			details: card.querySelector('details code')?.textContent ?? null,
			detailsOpen: card.querySelector('details')?.open ?? null,
			button: button?.textContent ?? null,
			disabled: button?.disabled ?? null,
			focused: root.activeElement === card ? 'card' : (root.activeElement?.textContent ?? null),
			level: card.classList.contains('tf-warn') ? 'warn' : null,
			rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
			buttonRect: b ? { top: b.top, bottom: b.bottom, left: b.left, right: b.right } : null,
			viewport: { width: innerWidth, height: innerHeight },
			said: (root.querySelector('[aria-live]')?.textContent ?? '').replace(/\u00a0/g, '').trim(),
		};
	});

/** Clicks the open card's button named `name` inside Tactful's shadow root. */
const clickCardButton = (page, name) =>
	page.evaluate((label) => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const button = [...(root?.querySelectorAll('[data-tactful="card"] button') ?? [])].find(
			(b) => b.textContent.trim() === label,
		);
		button?.click();
		return Boolean(button);
	}, name);

/** What the overlay's live region says now. */
const liveText = (page) =>
	page.evaluate(() =>
		(
			document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector('[aria-live]')?.textContent ??
			''
		)
			.replace(/\u00a0/g, '')
			.trim(),
	);

/** Makes every request that needs the model host fail, as a dead background would (counted in `failed`). */
const breakHost = (sw) =>
	sw.evaluate(() => {
		globalThis.realGetContexts ??= chrome.runtime.getContexts;
		globalThis.failed = 0;
		chrome.runtime.getContexts = async () => {
			globalThis.failed++;
			throw new Error('Could not establish connection. Receiving end does not exist.');
		};
	});

test('a first score that waits for the models: the badge says "checking…", then warns', async (env) => {
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/generic-blog.html`);
	// Every request that needs the model host waits until released: a cold model load that takes long.
	await env.sw.evaluate(() => {
		globalThis.realGetContexts ??= chrome.runtime.getContexts;
		globalThis.held = [];
		chrome.runtime.getContexts = (filter) =>
			new Promise((resolve) => globalThis.held.push(() => resolve(globalThis.realGetContexts(filter))));
	});
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	const loading = await poll(
		() => badgeState(page),
		(b) => b?.loading === 'true',
		20_000,
	);
	await shot(page, 'health-loading');
	console.log(`    loading badge: ${JSON.stringify(loading.value)}`);
	check(loading.ok, `no "checking…" badge while the first score waits: ${JSON.stringify(loading.value)}`);
	const b = loading.value;
	check(b.busy === 'true' && b.spin && !b.dot, `not drawn as loading: ${JSON.stringify(b)}`);
	check(/getting ready to check/.test(b.label), `label: ${b.label}`);
	check(!b.settled, 'a loading badge is not settled');
	await env.sw.evaluate(() => {
		chrome.runtime.getContexts = globalThis.realGetContexts;
		for (const release of globalThis.held) release();
	});
	const warned = await waitOverlay(page, (s) => warns(s) && s.badges[0].settled, 30_000);
	check(warned.ok, `no warning once the models answered: ${JSON.stringify(warned.badges)}`);
	const after = await badgeState(page);
	check(after.loading === null && after.busy === null, `still loading: ${JSON.stringify(after)}`);
	await page.close();
});

test('a warm engine never shows "checking…" (no flicker on an ordinary draft)', async (env) => {
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/generic-blog.html`);
	// Warm first, on this page's own path: the host answering chromiumEnv's bare "warm up" from an extension page is
	// not this page's first score of a draft (the first test of the spec did that; run alone, as the runner's retry
	// does, nothing had). A draft in the rich comment box, scored and settled, then the measured field's first score.
	await page.click('#ce');
	await page.keyboard.type(TOXIC);
	const warm = await waitOverlay(page, (s) => warns(s) && s.badges.every((b) => b.settled), 30_000);
	check(warm.ok, `the warming draft was not warned: ${JSON.stringify(warm.badges)}`);
	await page.click('#comment');
	// Recorded in the page from its first frame: any badge ever drawn as loading.
	await page.evaluate(() => {
		globalThis.sawLoading = false;
		const look = () => {
			const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
			if (root?.querySelector('[data-tactful="badge"][data-loading]')) globalThis.sawLoading = true;
			requestAnimationFrame(look);
		};
		look();
	});
	await page.keyboard.type(TOXIC);
	// Both drafts warned and settled (badges[0] may be the warming box's, settled long ago).
	const warned = await waitOverlay(
		page,
		(s) => s.badges.length === 2 && s.badges.every((b) => b.level === 'warn' && b.settled),
		30_000,
	);
	check(warned.ok, `no warning: ${JSON.stringify(warned.badges)}`);
	const saw = await page.evaluate(() => globalThis.sawLoading);
	// The host and this page's path are warm (above): a score takes milliseconds, far under the 300 ms threshold.
	// A machine so loaded that one takes 300 ms would show it, which is the point of the state; not seen here.
	check(!saw, 'a loading badge flickered on a warm engine');
	await page.close();
});

test('a score whose retry also fails settles on "cannot check", said aloud; its card (Alt+Shift+T, the badge) says why and its Try again checks again', async (env) => {
	const page = await env.context.newPage();
	const lines = [];
	page.on('console', (m) => lines.push({ type: m.type(), text: m.text() }));
	page.on('pageerror', (e) => lines.push({ type: 'pageerror', text: e.message }));
	await page.goto(`${env.server.url}/generic-blog.html`);
	await env.sw.evaluate(() => {
		globalThis.realGetContexts ??= chrome.runtime.getContexts;
		globalThis.failed = 0;
		chrome.runtime.getContexts = async () => {
			globalThis.failed++;
			throw new Error('Could not establish connection. Receiving end does not exist.');
		};
	});
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	const settled = await poll(
		() => badgeState(page),
		(b) => b?.unavailable === 'true' && b.settled,
		30_000,
	);
	await shot(page, 'health-no-answer');
	console.log(`    badge: ${JSON.stringify(settled.value)}`);
	check(settled.ok, `the badge did not settle on "cannot check": ${JSON.stringify(settled.value)}`);
	check(
		/cannot check drafts right now: .*did not answer.*try again/i.test(settled.value.label),
		settled.value.label,
	);
	check(settled.value.border === 'dashed' && !settled.value.dot, `drawn as ${JSON.stringify(settled.value)}`);
	check(!/Receiving end/.test(settled.value.label), 'raw error text on the badge');
	const retried = lines.filter((l) => /dropped the request/.test(l.text)).length;
	check(retried >= 1, 'the score was not retried before giving up');
	// Screen readers hear it (session 14): the live region says the draft cannot be checked, why, and the way in.
	const heard = await liveText(page);
	console.log(`    live region: ${heard}`);
	check(
		/^Tactful cannot check this draft: .*did not answer.*Alt\+Shift\+T in the text box opens the details\.$/.test(
			heard,
		),
		heard,
	);
	// Alt+Shift+T in the field (Tab never reaches the badge) opens the card of this state: why, what still works,
	// Try again, the raw text folded under Details; focus on the card.
	await page.keyboard.press('Alt+Shift+KeyT');
	const opened = await poll(
		() => downCard(page),
		(c) => c?.unavailable === 'true' && c.focused === 'card',
		20_000,
	);
	await shot(page, 'health-card');
	console.log(`    card: ${JSON.stringify(opened.value)}`);
	check(opened.ok, `Alt+Shift+T did not open the "cannot check" card: ${JSON.stringify(opened.value)}`);
	const card = opened.value;
	check(card.heading === 'Tactful cannot check this draft', card.heading);
	check(
		/did not answer\. Try again; if it keeps happening, restart the browser\.$/.test(card.reason),
		card.reason,
	);
	check(!/Receiving end/.test(card.reason), 'raw error text in the plain words');
	check(/post as usual/.test(card.works ?? ''), `what still works: ${card.works}`);
	check(
		/Receiving end does not exist/.test(card.details ?? '') && card.detailsOpen === false,
		JSON.stringify(card),
	);
	check(card.button === 'Try again' && card.disabled === false, JSON.stringify(card));
	// Its Try again with the extension still failing asks the host again (engineHealth, sent twice) and scores again
	// (at least once more), then the card says why again.
	const before = await env.sw.evaluate(() => globalThis.failed);
	check(await clickCardButton(page, 'Try again'), 'no Try again in the card');
	const again = await poll(
		async () => ({
			failed: await env.sw.evaluate(() => globalThis.failed),
			card: await downCard(page),
			badge: await badgeState(page),
		}),
		// Settled: the score's own retry has failed too (none still in flight when the stub goes).
		(s) =>
			s.failed >= before + 3 &&
			s.card?.unavailable === 'true' &&
			s.card.button === 'Try again' &&
			s.card.disabled === false &&
			s.badge?.unavailable === 'true' &&
			s.badge.settled,
		30_000,
	);
	check(again.ok, `Try again did not ask again and come back to the reason: ${JSON.stringify(again.value)}`);
	check(again.value.card.focused === 'card', `focus left the card: ${again.value.card.focused}`);
	// Escape closes it, focus back in the text box.
	await page.keyboard.press('Escape');
	const closed = await poll(
		() =>
			page.evaluate(() => ({
				card: Boolean(
					document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector('[data-tactful="card"]'),
				),
				active: document.activeElement?.id,
			})),
		(s) => !s.card && s.active === 'comment',
		10_000,
	);
	check(closed.ok, `Escape: ${JSON.stringify(closed.value)}`);
	// Focus back in a box with no verdict scores it again (field-events.ts): that score must have failed and settled
	// before the extension answers again, or it lands after the stub is gone and the draft is simply checked (the
	// project CI's failure on 30b689f: the badge then opened the warning, not "cannot check").
	const resettled = await poll(
		() => badgeState(page),
		(b) => b?.unavailable === 'true' && b.settled,
		30_000,
	);
	check(
		resettled.ok,
		`the rescore on focus did not settle on "cannot check": ${JSON.stringify(resettled.value)}`,
	);
	// The extension answers again; the user presses the badge (its card), then Try again: the same card turns into
	// the warning, and the live region says the warning.
	await restore(env.sw);
	await page.locator('[data-tactful-host] [data-tactful="badge"]').click();
	const byBadge = await poll(
		() => downCard(page),
		(c) => c?.unavailable === 'true',
		20_000,
	);
	check(byBadge.ok, `the badge did not open the "cannot check" card: ${JSON.stringify(byBadge.value)}`);
	check(await clickCardButton(page, 'Try again'), 'no Try again in the card');
	const warned = await waitOverlay(page, (s) => warns(s) && s.badges[0].settled, 30_000);
	check(warned.ok, `Try again did not check the draft: ${JSON.stringify(warned.badges)}`);
	const after = await poll(
		() => downCard(page),
		(c) => c?.level === 'warn' && c.unavailable === null && /may land badly|Alt\+Shift\+T/.test(c.said),
		20_000,
	);
	await shot(page, 'health-no-answer-retried');
	console.log(`    after Try again: ${JSON.stringify(after.value)}`);
	check(after.ok, `the card did not turn into the warning: ${JSON.stringify(after.value)}`);
	check((await page.inputValue('#comment')) === TOXIC, 'the draft changed');
	check(!lines.some((l) => l.type === 'pageerror'), 'an uncaught error in the page');
	await page.close();
});

// flake4 (session 17): the card's Try again waits for the answer of the score it asks for. When an earlier score
// (here the rescore that focus back in the box starts after Escape) answered first, the draft already had a verdict
// about its text, Try again's own score was skipped as "nothing new", and the card said "Trying…" (button disabled)
// for ever over a checked draft: how the project CI's failure on 30b689f looked here with the background slowed by
// 200-300 ms. Each request is held in the service worker and let go in that order, so it does not depend on timing.
test('Try again pressed while an earlier score is still out: the card follows the answer, never "Trying…" for ever', async (env) => {
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/generic-blog.html`);
	await breakHost(env.sw);
	try {
		await page.click('#comment');
		await page.keyboard.type(TOXIC);
		const down = await poll(
			() => badgeState(page),
			(b) => b?.unavailable === 'true' && b.settled,
			30_000,
		);
		check(down.ok, `not "cannot check": ${JSON.stringify(down.value)}`);
		await page.keyboard.press('Alt+Shift+KeyT');
		const opened = await poll(
			() => downCard(page),
			(c) => c?.unavailable === 'true' && c.focused === 'card',
			20_000,
		);
		check(opened.ok, `no "cannot check" card: ${JSON.stringify(opened.value)}`);
		// From here every request that needs the model host waits in the service worker until let go.
		await env.sw.evaluate(() => {
			globalThis.held = [];
			chrome.runtime.getContexts = (filter) =>
				new Promise((resolve) => globalThis.held.push(() => resolve(globalThis.realGetContexts(filter))));
		});
		const heldNow = () => env.sw.evaluate(() => globalThis.held.length);
		// Escape: focus back in the box, which has no verdict, scores it again: that request is held.
		await page.keyboard.press('Escape');
		check(
			(await poll(heldNow, (n) => n >= 1, 20_000)).ok,
			'the rescore on focus never reached the background',
		);
		// The user opens the card from the badge and presses Try again: its own request is held behind the first.
		await page.locator('[data-tactful-host] [data-tactful="badge"]').click();
		const again = await poll(
			() => downCard(page),
			(c) => c?.unavailable === 'true' && c.button === 'Try again' && c.disabled === false,
			20_000,
		);
		check(again.ok, `the badge did not open the "cannot check" card: ${JSON.stringify(again.value)}`);
		const before = await heldNow();
		check(await clickCardButton(page, 'Try again'), 'no Try again in the card');
		check((await poll(heldNow, (n) => n > before, 20_000)).ok, 'Try again did not ask the host');
		// The extension answers again: the earlier requests first (the rescore), and the answer lands: the draft warns,
		// settled, while Try again's own request still waits.
		await env.sw.evaluate((n) => {
			chrome.runtime.getContexts = globalThis.realGetContexts;
			for (const release of globalThis.held.splice(0, n)) release();
		}, before);
		const checked = await poll(
			() => badgeState(page),
			(b) => b?.unavailable === null && b.level === 'warn' && b.settled,
			30_000,
		);
		check(checked.ok, `the earlier score did not land: ${JSON.stringify(checked.value)}`);
		// Then Try again's request: the card turns into the warning, its Try again no longer "Trying…".
		await env.sw.evaluate(() => {
			for (const release of globalThis.held.splice(0)) release();
		});
		const warned = await poll(
			() => downCard(page),
			(c) => c?.level === 'warn' && c.unavailable === null,
			20_000,
		);
		await shot(page, 'health-try-again-overtaken');
		console.log(`    card: ${JSON.stringify(warned.value)}`);
		check(warned.ok, `the card did not follow the answer: ${JSON.stringify(warned.value)}`);
		check((await page.inputValue('#comment')) === TOXIC, 'the draft changed');
	} finally {
		await env.sw.evaluate(() => {
			if (globalThis.realGetContexts) chrome.runtime.getContexts = globalThis.realGetContexts;
			for (const release of globalThis.held?.splice(0) ?? []) release();
		});
		await page.close();
	}
});

test('640x450 (200 % zoom): the "cannot check" card stays in the window, its reason and Try again in view (the rest scrolls in its middle)', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 640, height: 450 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	await breakHost(env.sw);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	const settled = await poll(
		() => badgeState(page),
		(b) => b?.unavailable === 'true' && b.settled,
		30_000,
	);
	check(settled.ok, `not "cannot check": ${JSON.stringify(settled.value)}`);
	await page.locator('[data-tactful-host] [data-tactful="badge"]').click();
	const opened = await poll(
		() => downCard(page),
		(c) => c?.unavailable === 'true',
		20_000,
	);
	await page.evaluate(() => {
		document
			.querySelector('[data-tactful-host]')
			.shadowRoot.querySelector('[data-tactful="card"] summary')
			.click();
	});
	const c = (
		await poll(
			() => downCard(page),
			(x) => x?.detailsOpen === true,
			10_000,
		)
	).value;
	await shot(page, 'health-card-640');
	console.log(`    card at 640x450: ${JSON.stringify(c)}`);
	check(opened.ok && c, 'no card');
	const inView = (r) =>
		r && r.top >= 0 && r.left >= 0 && r.bottom <= c.viewport.height && r.right <= c.viewport.width;
	check(inView(c.rect), `the card leaves the window: ${JSON.stringify(c.rect)}`);
	check(inView(c.buttonRect), `Try again is out of view: ${JSON.stringify(c.buttonRect)}`);
	await restore(env.sw);
	await page.close();
});

test('the checker fails mid-session after a verdict: new words show "cannot check", not the old verdict', async (env) => {
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type('Thanks for the quick review, I will update the tests tonight.');
	const calm = await waitOverlay(page, (s) => s.badges[0]?.settled && s.badges[0].level === 'ok', 30_000);
	check(calm.ok, `no calm verdict first: ${JSON.stringify(calm.badges)}`);
	await breakHost(env.sw);
	await page.keyboard.type(` ${TOXIC}`);
	const down = await poll(
		() => badgeState(page),
		(b) => b?.unavailable === 'true' && b.settled,
		30_000,
	);
	await shot(page, 'health-mid-session');
	console.log(`    badge: ${JSON.stringify(down.value)}`);
	check(down.ok, `the old calm verdict still stands for the new words: ${JSON.stringify(down.value)}`);
	check(!down.value.dot, 'the calm dot is still drawn');
	await restore(env.sw);
	await page.close();
});

const offscreenDocuments = (sw) =>
	sw.evaluate(
		async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
	);

test('the model host cannot start: the popup says so in plain words, Details keeps the raw text, Try again works', async (env) => {
	await env.sw.evaluate(async () => {
		globalThis.realCreateDocument ??= chrome.offscreen.createDocument;
		chrome.offscreen.createDocument = async () => {
			throw new Error('Failed to create the offscreen document: test stub (EPERM)');
		};
		if ((await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length)
			await chrome.offscreen.closeDocument();
	});
	check((await offscreenDocuments(env.sw)) === 0, 'the host is still open');
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 340, height: 640 });
	await page.goto(`chrome-extension://${env.extensionId}/popup.html?host=github.com`);
	const problem = page.getByTestId('engine-problem');
	await problem.waitFor({ timeout: 30_000 });
	const said = await problem.evaluate((el) => ({
		role: el.getAttribute('role'),
		text: el.querySelector('.tf-engine-problem-text')?.textContent,
		details: el.querySelector('details code')?.textContent,
		open: el.querySelector('details')?.open,
		first: el.parentElement?.firstElementChild === el,
	}));
	await shot(page, 'health-popup-problem');
	console.log(`    popup: ${JSON.stringify(said)}`);
	check(said.role === 'alert' && said.first, `not an alert at the top: ${JSON.stringify(said)}`);
	check(/Tactful cannot check drafts right now\. .*checker could not start/.test(said.text), said.text);
	check(!/EPERM|offscreen/.test(said.text), 'raw error text in the plain words');
	check(/EPERM/.test(said.details ?? '') && said.open === false, `details: ${JSON.stringify(said)}`);
	// Not "Watching your drafts" under that alert (session 14).
	const status = await page.getByTestId('status').textContent();
	check(status === 'Not checking drafts on github.com: see the problem above', `status: ${status}`);
	await page.getByText('Details').click();
	await shot(page, 'health-popup-details');
	await restore(env.sw);
	await page.getByRole('button', { name: 'Try again' }).click();
	const gone = await poll(
		() => page.getByTestId('engine-problem').count(),
		(n) => n === 0,
		30_000,
	);
	check(gone.ok, 'the problem stayed after Try again with a working host');
	const watching = await page.getByTestId('status').textContent();
	check(watching === 'Watching your drafts on github.com', `status after Try again: ${watching}`);
	check((await offscreenDocuments(env.sw)) === 1, 'Try again did not start the host');
	await page.close();
});

/** Makes IndexedDB refuse to open in this realm, as Firefox private windows did ("did not allow mutations"). */
function breakIndexedDb() {
	IDBFactory.prototype.open = () => {
		throw new DOMException(
			'A mutation operation was attempted on a database that did not allow mutations.',
			'InvalidStateError',
		);
	};
}

test('IndexedDB unavailable: drafts are still checked, settings still saved, the history page says so plainly', async (env) => {
	// The service worker's database goes away (deleted from an extension page: Dexie closes on versionchange) and
	// cannot be opened again.
	await env.sw.evaluate(breakIndexedDb);
	const ext = await env.context.newPage();
	await ext.goto(`chrome-extension://${env.extensionId}/popup.html?host=github.com`);
	await ext.evaluate(
		() =>
			new Promise((resolve) => {
				const req = indexedDB.deleteDatabase('tactful');
				req.onsuccess = req.onerror = req.onblocked = () => resolve(undefined);
			}),
	);
	await ext.close();
	const page = await env.context.newPage();
	const lines = [];
	page.on('pageerror', (e) => lines.push(e.message));
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	const warned = await waitOverlay(page, (s) => warns(s) && s.badges[0].settled, 30_000);
	check(warned.ok, `no warning with IndexedDB broken: ${JSON.stringify(warned.badges)}`);
	// "shown" was recorded (and dropped) by the background without an error reaching the page.
	check(lines.length === 0, `errors in the page: ${lines.join(' | ')}`);
	await page.close();
	// The background really is without its database: a history read there answers the plain error.
	const stats = await message(env.browser, 'getStats', { days: 7 });
	console.log(`    background getStats: ${JSON.stringify(stats).slice(0, 160)}`);
	check(
		stats.ok === false && /^storage-unavailable: History is unavailable/.test(stats.error),
		JSON.stringify(stats),
	);
	// Settings (chrome.storage) are unaffected.
	const saved = await env.sw.evaluate(async () => {
		await chrome.storage.local.set({ healthProbe: 1 });
		return (await chrome.storage.local.get('healthProbe')).healthProbe;
	});
	check(saved === 1, 'chrome.storage did not save');
	await env.sw.evaluate(() => chrome.storage.local.remove('healthProbe'));
	// The history page opens the database itself: broken there too, before any of its scripts run.
	const history = await env.context.newPage();
	await history.addInitScript(breakIndexedDb);
	await history.goto(`chrome-extension://${env.extensionId}/history-page.html`);
	const shown = await poll(
		() =>
			history.evaluate(() => ({
				broken: (() => {
					try {
						indexedDB.open('probe');
						return false;
					} catch {
						return true;
					}
				})(),
				alert: document.querySelector('[role="alert"]')?.textContent ?? null,
				details: document.querySelector('details code')?.textContent ?? null,
			})),
		(s) => s.alert !== null,
		30_000,
	);
	await shot(history, 'health-history-unavailable');
	console.log(`    history page: ${JSON.stringify(shown.value)}`);
	check(shown.value?.broken, 'IndexedDB was not broken in the history page');
	check(/History is unavailable in this window/.test(shown.value?.alert ?? ''), JSON.stringify(shown.value));
	check(!/InvalidStateError|OpenFailed|Dexie/.test(shown.value?.alert ?? ''), 'a raw error in the alert');
	check(/InvalidStateError/.test(shown.value?.details ?? ''), 'no raw text under Details');
	await history.close();
});

await run(() => chromiumEnv({ requireHost: true }));
