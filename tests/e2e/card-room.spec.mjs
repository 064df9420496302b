// The open card and the comment the user is answering, on short windows (1280x720, 1366x768): a reply box right
// under a comment with long lines, scrolled to the lower part of the window as after reading the thread. The card
// must not hide that comment's text (tests/pages/reply-above.html).
import { TOXIC } from './drafts.mjs';
import { cardFits, measureCardFit } from './fit-probes.mjs';
import { check, chromiumEnv, poll, run, shot, test, waitOverlay } from './harness.mjs';

/** The card's box and how many of the last comment's visible lines it covers, read at once. */
const readCover = (page) =>
	page.evaluate(() => {
		const card = document
			.querySelector('[data-tactful-host]')
			?.shadowRoot.querySelector('[data-tactful="card"]')
			?.getBoundingClientRect();
		const vh = document.documentElement.clientHeight;
		const lines = [];
		for (const p of document.querySelectorAll('#last p')) {
			const range = document.createRange();
			range.selectNodeContents(p);
			for (const r of range.getClientRects()) if (r.bottom > 0 && r.top < vh) lines.push(r.toJSON());
		}
		const covered = card
			? lines.filter(
					(l) => l.left < card.right && l.right > card.left && l.top < card.bottom && l.bottom > card.top,
				).length
			: -1;
		return { card: card?.toJSON() ?? null, lines: lines.length, covered };
	});

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 1366, height: 768 },
]) {
	test(`${size.width}x${size.height}: the card opened on a reply does not hide the comment above it`, async ({
		page,
		server,
	}) => {
		await page.setViewportSize(size);
		await page.goto(`${server.url}/reply-above.html`);
		// The reply box in the window's lower half (its bottom at most 150 px above the window's), the comment above it.
		await page.evaluate(() => {
			const r = document.getElementById('reply').getBoundingClientRect();
			window.scrollBy(0, r.bottom - (document.documentElement.clientHeight - 150));
		});
		await page.locator('#reply').click();
		await page.keyboard.type(TOXIC);
		check(
			(await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok,
			'no warning',
		);
		await page.keyboard.press('Alt+Shift+T');
		await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 30_000 });
		// The card is placed again once its measured height settles: polled until it fits and hides nothing of the
		// comment (or 10 s), then read once more for the checks.
		const both = async () => ({
			...(await readCover(page)),
			fit: await page.evaluate(measureCardFit, '#reply'),
		});
		await poll(both, (x) => x.covered === 0 && cardFits(x.fit), 10_000, 250);
		const at = await both();
		await shot(page, `card-room-${size.width}x${size.height}`);
		console.log(`      ${JSON.stringify(at)}`);
		check(cardFits(at.fit), `the card does not fit the window whole: ${JSON.stringify(at.fit)}`);
		check(at.lines > 0, 'the comment is not in the window');
		check(at.covered === 0, `the card hides ${at.covered} of the comment's ${at.lines} lines in view`);
	});
}

await run(() => chromiumEnv());
