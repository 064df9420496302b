// The open card and the comment the user is answering, on short windows (1280x720, 1366x768): a reply box right
// under a comment with long lines, scrolled to the lower part of the window as after reading the thread. The card
// must not hide that comment's text (tests/pages/reply-above.html).
import { TOXIC } from './drafts.mjs';
import { cardFits, measureCardFit, measureCardRoom } from './fit-probes.mjs';
import { check, chromiumEnv, overlay, poll, run, shot, test, waitOverlay } from './harness.mjs';

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

/** The reply box, its Post button and the user's draft, read at once: the card must leave all of them as they were. */
const readReply = (page) =>
	page.evaluate(() => {
		const el = document.getElementById('reply');
		const card = document
			.querySelector('[data-tactful-host]')
			?.shadowRoot.querySelector('[data-tactful="card"]')
			?.getBoundingClientRect();
		const post = document.querySelector('#reply-form button').getBoundingClientRect();
		const box = el.getBoundingClientRect();
		const hit = (r) =>
			card && r.left < card.right && r.right > card.left && r.top < card.bottom && r.bottom > card.top;
		// Whether the card shows all it holds (its middle not cut short to scroll inside it).
		const cardEl = document
			.querySelector('[data-tactful-host]')
			?.shadowRoot.querySelector('[data-tactful="card"]');
		const middle = cardEl?.querySelector('.tf-card-body');
		const hidden = cardEl
			? Math.max(0, cardEl.scrollHeight - cardEl.clientHeight) +
				(middle ? Math.max(0, middle.scrollHeight - middle.clientHeight) : 0)
			: -1;
		return {
			hidden,
			value: el.value,
			caret: [el.selectionStart, el.selectionEnd],
			// The shortcut opens the card with focus in it (a keyboard user's next Tab is the card's); anywhere else
			// (the page's body, a button under the card) would be focus taken.
			focus:
				document.activeElement === el
					? 'field'
					: document.activeElement?.hasAttribute('data-tactful-host')
						? 'card'
						: String(document.activeElement?.tagName),
			fieldInView: box.top >= 0 && box.bottom <= document.documentElement.clientHeight,
			coversPost: hit(post),
			coversField: hit(box),
			scrollY: window.scrollY,
		};
	});

for (const wide of [false, true]) {
	for (const size of [
		{ width: 1280, height: 720 },
		{ width: 1366, height: 768 },
	]) {
		const name = `${size.width}x${size.height}${wide ? ', a box too wide for the card beside it' : ''}`;
		test(`${name}: the card opened on a reply does not hide the comment above it`, async ({
			page,
			server,
		}) => {
			await page.setViewportSize(size);
			await page.goto(`${server.url}/reply-above.html${wide ? '?wide' : ''}`);
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
			if (wide) {
				const room = await page.evaluate(() => {
					const r = document.getElementById('reply').getBoundingClientRect();
					return { left: r.left, right: document.documentElement.clientWidth - r.right };
				});
				check(room.left < 334 && room.right < 334, `the box leaves room beside it: ${JSON.stringify(room)}`);
			}
			const before = await readReply(page);
			await page.keyboard.press('Alt+Shift+T');
			await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 30_000 });
			// The card is placed again once its measured height settles: polled until it fits whole and hides nothing of
			// the comment (or 10 s), then read once more for the checks.
			const both = async () => ({
				...(await readCover(page)),
				fit: await page.evaluate(measureCardFit, '#reply'),
				hidden: (await readReply(page)).hidden,
			});
			await poll(both, (x) => x.covered === 0 && cardFits(x.fit) && x.hidden <= 1, 10_000, 250);
			const at = await both();
			const reply = await readReply(page);
			await shot(page, `card-room-${size.width}x${size.height}${wide ? '-wide' : ''}`);
			console.log(
				`      ${JSON.stringify({ ...at, reply: { ...reply, value: undefined }, scrolledFrom: before.scrollY })}`,
			);
			check(cardFits(at.fit), `the card does not fit the window whole: ${JSON.stringify(at.fit)}`);
			check(at.lines > 0, 'the comment is not in the window');
			check(at.covered === 0, `the card hides ${at.covered} of the comment's ${at.lines} lines in view`);
			// Nothing of the user's own is moved or hidden: the draft, its caret, the focus, the box and its Post button.
			check(reply.value === before.value, 'the draft changed');
			check(reply.caret.join() === before.caret.join(), `the caret moved: ${before.caret} -> ${reply.caret}`);
			check(reply.focus === 'field' || reply.focus === 'card', `the focus went to the page: ${reply.focus}`);
			check(reply.fieldInView && !reply.coversField, 'the reply box is out of view or under the card');
			check(!reply.coversPost, 'the card covers the Comment button');
			check(reply.hidden <= 1, `the card is cut short: ${reply.hidden} px of it scroll inside`);
		});
	}
}

test('1280x720, a box too wide for the card beside it: a card the mouse opened on an underline does not scroll the page from under the pointer', async ({
	page,
	server,
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(`${server.url}/reply-above.html?wide`);
	await page.evaluate(() => {
		const r = document.getElementById('reply').getBoundingClientRect();
		window.scrollBy(0, r.bottom - (document.documentElement.clientHeight - 150));
	});
	await page.locator('#reply').click();
	await page.keyboard.type(TOXIC);
	check(
		(
			await waitOverlay(
				page,
				(s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0,
				10_000,
			)
		).ok,
		'no underlined warning',
	);
	const before = await page.evaluate(() => window.scrollY);
	const u = (await overlay(page)).underlines[0];
	await page.mouse.move(u.x + u.w / 2, u.y - 6);
	check(
		(await waitOverlay(page, (x) => x.card !== null, 15_000)).ok,
		'hovering the underline did not open the card',
	);
	// The card settles its height (a suggestion may stream in); the page must stay where the user put it, so the
	// underline stays under the pointer and the card stays open.
	await poll(
		() => page.evaluate(() => window.scrollY),
		(y) => y !== before,
		3_000,
		100,
	);
	const after = await page.evaluate(() => window.scrollY);
	const s = await overlay(page);
	await shot(page, 'card-room-1280x720-wide-hover');
	check(after === before, `the page scrolled under the pointer: ${before} -> ${after}`);
	check(s.card !== null, 'the hover-opened card closed');
});

/**
 * The open card in a window with little room (QA session 13: 200 % zoom, simulated as 640x450): every reason line
 * and every control of the card reachable, read at once. A part cut by the card's own box is reachable only when
 * the box that cuts it scrolls; the card's own actions (and the suggestion's Apply/Dismiss) must sit inside both
 * the card's visible box and the window.
 */
const readRoom = (page) => page.evaluate(measureCardRoom);

test('640x450 (200 % zoom): the card shows or scrolls to every reason line, its actions in view', async ({
	page,
	server,
}) => {
	await page.setViewportSize({ width: 640, height: 450 });
	await page.goto(`${server.url}/reply-above.html`);
	await page.evaluate(() => {
		const r = document.getElementById('reply').getBoundingClientRect();
		window.scrollBy(0, r.bottom - (document.documentElement.clientHeight - 150));
	});
	await page.locator('#reply').click();
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'no warning');
	const before = await page.evaluate(() => document.getElementById('reply').value);
	await page.keyboard.press('Alt+Shift+T');
	await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 30_000 });
	const ok = (x) => x && x.reasons > 0 && x.cut.length === 0 && x.buttons.every((b) => b.inCard && b.inView);
	await poll(() => readRoom(page), ok, 10_000, 250);
	const at = await readRoom(page);
	await shot(page, 'card-room-640x450');
	console.log(`      ${JSON.stringify(at)}`);
	check(at !== null, 'no card');
	check(at.reasons > 0, 'the card shows no reasons');
	check(at.cut.length === 0, `reasons cut and not reachable: ${JSON.stringify(at.cut)}`);
	check(at.buttons.length >= 2, `too few buttons: ${JSON.stringify(at.buttons)}`);
	for (const b of at.buttons)
		check(
			b.inCard && b.inView,
			`"${b.name}" is not in view: ${JSON.stringify(b)} card ${JSON.stringify(at.card)}`,
		);
	// The keyboard reaches every control, each shown when focused (not under the sticky action row).
	const seen = [];
	const problems = [];
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const f = await page.evaluate(() => {
			const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
			const el = root?.activeElement;
			if (!el) return null;
			const r = el.getBoundingClientRect();
			const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			return {
				name: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 20),
				inView: r.top >= 0 && r.bottom <= innerHeight,
				onTop: Boolean(hit && (hit === el || el.contains(hit))),
			};
		});
		if (!f) break; // past the last control, back to the draft
		seen.push(f.name);
		if (f.name === 'Apply') await shot(page, 'card-room-640x450-apply-focused');
		if (!f.inView || !f.onTop) problems.push(`${f.name}: ${JSON.stringify(f)}`);
	}
	console.log(`      Tab: ${JSON.stringify(seen)}`);
	check(
		seen.includes('Apply') && seen.some((n) => n.startsWith('Snooze here')),
		`Tab missed controls: ${seen}`,
	);
	check(problems.length === 0, `focused but hidden: ${problems.join('; ')}`);
	check((await page.evaluate(() => document.getElementById('reply').value)) === before, 'the draft changed');
});

await run(() => chromiumEnv());
