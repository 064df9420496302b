// The open card keeps clear of the comments the user is answering on a thread page (ui7, session 16): old Reddit
// at 1280x720, a heated thread (the card's thread section) and a hostile draft (its rewrite): the card used to be
// ~667 px tall beside the reply box and cover the comment text to its right (ui6, session 15, in Firefox).
// Chromium here; firefox-card-place.spec.mjs has the Firefox case. Screenshots artifacts/card-clear-*.png.
// Run: npm run build && node tests/e2e/run-all.mjs card-clear
import { TOXIC } from './drafts.mjs';
import { measureParentCover, placeFieldAt } from './fit-probes.mjs';
import { check, chromiumEnv, run, shot, test, waitOverlay } from './harness.mjs';

const HEATED = [
	'This has been broken for months and nobody cares. Why do you keep ignoring it?',
	'You clearly did not even read my report. This is ridiculous and frankly insulting.',
	'Stop wasting my time. You people never fix anything, this is a joke!',
];

test('old Reddit, 1280x720, heated thread + hostile draft: the card hides no line of the comments', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(`${env.server.url}/threads/reddit-old.html`);
	await page.evaluate((lines) => {
		[...document.querySelectorAll('.thing.comment > .entry .md')].forEach((el, i) => {
			el.innerHTML = `<p>${lines[i % lines.length]}</p>`;
		});
	}, HEATED);
	await page.click('#old-reply');
	await page.keyboard.type(TOXIC);
	const warned = await waitOverlay(
		page,
		(s) => s.badges.some((b) => b.level === 'warn' && b.thread === 'risk' && b.settled),
		30_000,
	);
	check(warned.ok, `no warning with the thread ring: ${JSON.stringify(warned.badges)}`);
	await page.evaluate(() =>
		document
			.querySelector('[data-tactful-host]')
			?.shadowRoot?.querySelector('[data-tactful="badge"]')
			?.click(),
	);
	await page.locator('[data-tactful-host] [data-tactful="thread"]').waitFor({ timeout: 30_000 });
	await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 30_000 });
	let at = await page.evaluate(measureParentCover, ['.commentarea', '#old-reply']);
	for (let end = Date.now() + 10_000; Date.now() < end && !(at.card && at.covered === 0 && at.apply); ) {
		await new Promise((r) => setTimeout(r, 250));
		at = await page.evaluate(measureParentCover, ['.commentarea', '#old-reply']);
	}
	await shot(page, 'card-clear-old-reddit');
	console.log(`      ${JSON.stringify({ ...at, value: undefined })}`);
	check(at.card !== null, 'no card');
	check(at.lines > 0 && at.covered === 0, `the card hides ${at.covered} of the comments' ${at.lines} lines`);
	check(at.inside, `the card leaves the window: ${JSON.stringify(at.card)}`);
	check(at.apply, 'Apply is not reachable where it is drawn');
	check(at.close && at.own.every(Boolean), `a card button is hidden: ${at.own}`);
	check(!at.caret, 'the card covers the caret line');
	await page.close();
});

// The heated demo with the box at the window's bottom: the card is compact there (its middle scrolls under the pinned
// Apply row) and hid the thread section entirely at 640x450 (12 px of it showed under the Apply row). The thread
// warning is its own signal: one line of it must show at first sight, whatever the room.
for (const size of [
	{ width: 640, height: 450 },
	{ width: 900, height: 500 },
	{ width: 1280, height: 720 },
]) {
	test(`heated demo at ${size.width}x${size.height}, box at the bottom: the thread warning shows at least one line`, async (env) => {
		const page = await env.context.newPage();
		await page.setViewportSize(size);
		await page.goto(`${env.server.url}/threads/github-heated-thread.html`);
		await page.evaluate(placeFieldAt, ['textarea.js-comment-field', 'bottom']);
		await page.click('textarea.js-comment-field');
		await page.keyboard.type(TOXIC);
		const warned = await waitOverlay(
			page,
			(s) => s.badges.some((b) => b.level === 'warn' && b.thread === 'risk' && b.settled),
			30_000,
		);
		check(warned.ok, `no warning with the thread ring: ${JSON.stringify(warned.badges)}`);
		await page.keyboard.press('Alt+Shift+T');
		await page
			.locator('[data-tactful-host] [data-tactful="thread"]')
			.waitFor({ state: 'attached', timeout: 30_000 });
		await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 30_000 });
		/** In one evaluate: whether the thread's heading, or its one-line stand-in, is the topmost thing where drawn. */
		const seen = () =>
			page.evaluate(() => {
				const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
				const shows = (el) => {
					if (!el) return false;
					const r = el.getBoundingClientRect();
					const y = r.top + Math.min(r.height, 16) / 2;
					const x = r.left + Math.min(r.width, 60) / 2;
					const top = root.elementFromPoint(x, y);
					return Boolean(top && (top === el || el.contains(top)));
				};
				const card = root?.querySelector('[data-tactful="card"]');
				return {
					heading: shows(root?.querySelector('[data-tactful="thread"] h3')),
					line: shows(root?.querySelector('[data-testid="card-thread-line"]')),
					lineText: root?.querySelector('[data-testid="card-thread-line"]')?.textContent ?? null,
					apply: shows(root?.querySelector('.tactful-rw-primary')),
					tight: card?.classList.contains('tf-tight') ?? null,
					card: card ? card.getBoundingClientRect().toJSON() : null,
				};
			});
		let at = await seen();
		for (let end = Date.now() + 10_000; Date.now() < end && !((at.heading || at.line) && at.apply); ) {
			await new Promise((r) => setTimeout(r, 200));
			at = await seen();
		}
		await shot(page, `card-clear-heated-${size.width}x${size.height}`);
		console.log(`      ${JSON.stringify(at)}`);
		check(at.heading || at.line, `the thread warning is hidden in the card: ${JSON.stringify(at)}`);
		check(!at.line || /tense|conversation|thread/i.test(at.lineText ?? ''), `line: ${at.lineText}`);
		check(at.apply, 'Apply is not reachable');
		await page.close();
	});
}

// The start demo (`npm start -- --headless`): the heated thread at 1100x800, its reply box at the window's bottom.
// The comment being answered was taken to be the whole discussion above the box (reading.ts), so the card kept clear
// of all of it and opened as a ~107 px strip: heading and buttons, its reason and thread line 0 px (session 17).
test('heated demo at 1100x800, box at the bottom: the card shows its reason and thread line, clear of the last comment', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 1100, height: 800 });
	await page.goto(`${env.server.url}/threads/github-heated-thread.html`);
	// As the demo has it: the page at its end, with no room to scroll the box higher (placeFieldAt would add room, and
	// the card would then scroll the page to open below the box).
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await page.click('textarea.js-comment-field');
	await page.keyboard.type(TOXIC);
	const warned = await waitOverlay(
		page,
		(s) => s.badges.some((b) => b.level === 'warn' && b.thread === 'risk' && b.settled),
		30_000,
	);
	check(warned.ok, `no warning with the thread ring: ${JSON.stringify(warned.badges)}`);
	await page.keyboard.press('Alt+Shift+T');
	await page.locator('[data-tactful-host] [data-tactful="card"]').waitFor({ timeout: 30_000 });
	await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 30_000 });
	/** In one evaluate: what of the card's reason, culprit words and thread line shows, and what it hides. */
	const seen = () =>
		page.evaluate(() => {
			const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
			const vw = document.documentElement.clientWidth;
			const vh = document.documentElement.clientHeight;
			/** Its box, when it is drawn inside the window and is the topmost thing at its start (not scrolled away). */
			const shows = (el) => {
				if (!el) return null;
				const r = el.getBoundingClientRect();
				if (r.height <= 0 || r.width <= 0 || r.top < 0 || r.bottom > vh || r.left < 0 || r.right > vw)
					return null;
				const top = root.elementFromPoint(
					r.left + Math.min(r.width, 40) / 2,
					r.top + Math.min(r.height, 16) / 2,
				);
				return top && (top === el || el.contains(top)) ? Math.round(r.height) : null;
			};
			const card = root?.querySelector('[data-tactful="card"]');
			const c = card?.getBoundingClientRect();
			const bodies = [...document.querySelectorAll('.js-comment-body')];
			const last = bodies[bodies.length - 1]?.getBoundingClientRect();
			return {
				reason: shows(root?.querySelector('.tf-reasons li')),
				quotes: shows(root?.querySelector('.tf-quotes')),
				// The thread section's heading, or its one-line stand-in when the section is below the fold.
				line:
					shows(root?.querySelector('[data-testid="card-thread-line"]')) ??
					shows(root?.querySelector('[data-tactful="thread"] h3')),
				field: document.querySelector('textarea.js-comment-field')?.getBoundingClientRect().toJSON(),
				card: c ? c.toJSON() : null,
				coversLast: Boolean(
					c &&
						last &&
						c.top < last.bottom &&
						c.bottom > last.top &&
						c.left < last.right &&
						c.right > last.left,
				),
			};
		});
	let at = await seen();
	for (
		let end = Date.now() + 15_000;
		Date.now() < end && !(at.reason && at.quotes && at.line && !at.coversLast);
	) {
		await new Promise((r) => setTimeout(r, 200));
		at = await seen();
	}
	await shot(page, 'card-clear-heated-1100x800');
	console.log(`      ${JSON.stringify(at)}`);
	check(at.card !== null, 'no card');
	check(at.reason, `the card's reason line is not visible: ${JSON.stringify(at)}`);
	check(at.quotes, `the card's "Mostly because of" line is not visible: ${JSON.stringify(at)}`);
	check(at.line, `the card's thread line is not visible: ${JSON.stringify(at)}`);
	check(!at.coversLast, `the card covers the last comment, the one being answered: ${JSON.stringify(at)}`);
	await page.close();
});

await run(() => chromiumEnv({ requireHost: true }));
