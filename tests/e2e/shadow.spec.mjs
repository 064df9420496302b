// Comment boxes that web components render later inside shadow roots Tactful has already seen (tests/pages/
// shadow-widgets.html): a thread widget's reply box shown after "Reply" with the draft the site kept, a nested
// component swapping its placeholder for a rich editor holding a restored draft. Both warn without a click, like a
// box added to the light DOM; focus stays where the user left it. And a light-DOM box whose Post button lives in
// a toolbar widget's shadow root: the open card keeps that button clickable.
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, poll, run, setSettings, shot, test, waitOverlay } from './harness.mjs';

const RUDE = 'Honestly this is the dumbest thing I have read, you are an idiot.';

/** The levels of the badges drawn over or next to the page's `reply` or `rich` box, read in one evaluate. */
const badgesNear = (page, which) =>
	page.evaluate((which) => {
		const box =
			which === 'reply'
				? document.getElementById('thread').shadowRoot.getElementById('reply-box')
				: document
						.getElementById('outer')
						.shadowRoot.querySelector('inner-editor')
						.shadowRoot.getElementById('rich');
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		if (!box || !root) return [];
		const f = box.getBoundingClientRect();
		return [...root.querySelectorAll('[data-tactful="badge"]')]
			.filter((b) => {
				const r = b.getBoundingClientRect();
				return r.left < f.right + 40 && r.right > f.left && r.top < f.bottom + 40 && r.bottom > f.top;
			})
			.map((b) => b.dataset.level);
	}, which);

test('a reply box a thread widget renders later in its shadow root, with a kept rude draft, warns without a click', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/shadow-widgets.html`);
	await page.locator('#name').focus();
	// Let Tactful start and scan the page (the widget's root is already there, empty of boxes); if the box came
	// before the scan, the scan would find it and the test would prove nothing.
	await page.waitForTimeout(1000);
	await page.evaluate((text) => window.openReply(text), RUDE);
	const started = Date.now();
	const seen = await poll(
		() => badgesNear(page, 'reply'),
		(levels) => levels.includes('warn'),
		20_000,
	);
	console.log(`      reply box: ${seen.value.join(', ')} after ${Date.now() - started} ms`);
	await shot(page, 'shadow-reply-box');
	check(seen.ok, `the widget's reply box got no warn badge within 20 s: ${seen.value}`);
	check((await page.evaluate(() => document.activeElement?.id)) === 'name', 'focus moved');
});

test('a nested component that swaps its placeholder for an editor holding a rude draft warns without a click', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/shadow-widgets.html`);
	await page.locator('#name').focus();
	await page.waitForTimeout(1000);
	await page.evaluate((text) => window.loadEditor(text), RUDE);
	const started = Date.now();
	const seen = await poll(
		() => badgesNear(page, 'rich'),
		(levels) => levels.includes('warn'),
		20_000,
	);
	console.log(`      nested editor: ${seen.value.join(', ')} after ${Date.now() - started} ms`);
	await shot(page, 'shadow-nested-editor');
	check(seen.ok, `the nested editor got no warn badge within 20 s: ${seen.value}`);
	check((await page.evaluate(() => document.activeElement?.id)) === 'name', 'focus moved');
	// A civil draft swapped in afterwards shows nothing.
	await page.evaluate(() => window.loadEditor('Thanks, that makes sense. I will update the docs tomorrow.'));
	const calm = await poll(
		() => badgesNear(page, 'rich'),
		(levels) => levels.length === 0,
		10_000,
	);
	check(calm.ok, `the civil swapped-in draft kept a badge: ${calm.value}`);
});

test("a light-DOM box whose Post button is in a widget's shadow root: the open card leaves it clickable", async ({
	page,
	server,
}) => {
	await page.setViewportSize({ width: 1100, height: 800 });
	await page.goto(`${server.url}/shadow-widgets.html`);
	// The box in the upper half, its Post row under it with room left below: where the card went over the button.
	await page.evaluate(() => {
		document.body.style.paddingBottom = '2000px';
		const r = document.getElementById('light').getBoundingClientRect();
		window.scrollBy(0, r.top - 260);
	});
	await page.locator('#light').click();
	await page.keyboard.type(TOXIC);
	check(
		(await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok,
		'no warning for the toxic draft',
	);
	await page.keyboard.press('Alt+Shift+T');
	await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 10_000 });
	const read = () =>
		page.evaluate(() => {
			const button = document.getElementById('bar').shadowRoot.getElementById('post');
			const b = button.getBoundingClientRect();
			const card = document
				.querySelector('[data-tactful-host]')
				.shadowRoot.querySelector('[data-tactful="card"]')
				.getBoundingClientRect();
			const [x, y] = [b.left + b.width / 2, b.top + b.height / 2];
			let top = document.elementFromPoint(x, y);
			while (top?.shadowRoot) {
				const inner = top.shadowRoot.elementFromPoint(x, y);
				if (!inner || inner === top) break;
				top = inner;
			}
			return {
				inView: y > 0 && y < document.documentElement.clientHeight,
				clickable: top === button,
				button: b.toJSON(),
				card: card.toJSON(),
			};
		});
	// The card is placed again once its measured height settles: wait until two reads 250 ms apart agree.
	let at = await read();
	for (const end = Date.now() + 10_000; Date.now() < end; ) {
		await page.waitForTimeout(250);
		const next = await read();
		if (JSON.stringify(next.card) === JSON.stringify(at.card)) break;
		at = next;
	}
	at = await read();
	await shot(page, 'shadow-post-bar');
	check(at.inView, `the Post button is not in the window (${JSON.stringify(at)})`);
	check(at.clickable, `the card covers the Post button in the widget's shadow root (${JSON.stringify(at)})`);
	// Posting from there works with the card open.
	await page.evaluate(() => document.getElementById('bar').shadowRoot.getElementById('post').click());
	check((await page.locator('#posted').innerText()).startsWith('posted:'), 'the Post button did not post');
});

test("pre-submit nudge (opt-in) on a form inside a widget's shadow root: the post waits, Post anyway posts", async ({
	page,
	server,
	sw,
}) => {
	await setSettings(sw, { preSubmitNudge: true });
	try {
		await page.goto(`${server.url}/shadow-widgets.html`);
		const box = page.locator('#form-widget #in-form');
		await box.click();
		await page.keyboard.type(TOXIC);
		check(
			(await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 15_000)).ok,
			'no warning for the toxic draft',
		);
		await page.locator('#form-widget button[type="submit"]').click();
		const nudged = await waitOverlay(page, (s) => /Post anyway/.test(s.card ?? ''), 10_000);
		await shot(page, 'shadow-form-nudge');
		check(nudged.ok, `no nudge on the widget's submit: ${nudged.card}`);
		check((await page.locator('#posted').innerText()) === '', 'posted despite the nudge');
		await page.locator('[data-tactful-host]').getByText('Post anyway').click();
		const posted = await poll(
			() => page.locator('#posted').innerText(),
			(t) => t.startsWith('posted:'),
		);
		check(posted.ok, `Post anyway did not post: ${posted.value}`);
	} finally {
		await setSettings(sw, { preSubmitNudge: false });
	}
});

// Closed shadow roots (tests/pages/shadow-closed.html): the page's scripts cannot see into them, the extension can
// (chrome.dom.openOrClosedShadowRoot). Boxes there, nested ones too, warn as the user types or when rendered later
// with a kept draft; Apply and Ctrl+Z are exact; the opt-in nudge stops a widget's Post button that posts by a click
// handler (no form), a <button> or a role=button div.

/** The box of closed widget `id`, read through the root the page kept (window.boxOf). */
const closedBox = {
	rect: (page, id) =>
		page.evaluate((id) => {
			const box = window.boxOf(id);
			box.scrollIntoView({ block: 'center' });
			return box.getBoundingClientRect().toJSON();
		}, id),
	text: (page, id) =>
		page.evaluate((id) => {
			const box = window.boxOf(id);
			return box.tagName === 'TEXTAREA' ? box.value : box.innerText;
		}, id),
	/** The levels of the badges drawn over or beside the box, read in one evaluate with the box. */
	badges: (page, id) =>
		page.evaluate((id) => {
			const box = window.boxOf(id);
			const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
			if (!box?.isConnected || !root) return [];
			const f = box.getBoundingClientRect();
			return [...root.querySelectorAll('[data-tactful="badge"]')]
				.filter((b) => {
					const r = b.getBoundingClientRect();
					return r.left < f.right + 40 && r.right > f.left && r.top < f.bottom + 40 && r.bottom > f.top;
				})
				.map((b) => b.dataset.level);
		}, id),
};
/** Clicks into the box (Playwright's locators do not enter closed roots: the mouse does). */
const clickClosed = async (page, id) => {
	const r = await closedBox.rect(page, id);
	await page.mouse.click(r.x + r.width - 30, r.y + r.height / 2);
};
const inCard = (page, selector) => page.locator(`[data-tactful-host] ${selector}`);

for (const [id, what] of [
	['comment', 'a textarea in a closed root'],
	['rich', 'a contenteditable in a closed root'],
	['inner', 'a textarea in a closed root inside an open one'],
	['innerOpen', 'a textarea in an open root inside a closed one'],
]) {
	test(`closed shadow roots: ${what} warns as the user types`, async ({ page, server }) => {
		await page.goto(`${server.url}/shadow-closed.html`);
		await clickClosed(page, id);
		await page.keyboard.type(TOXIC);
		const seen = await poll(
			() => closedBox.badges(page, id),
			(levels) => levels.includes('warn'),
			20_000,
		);
		await shot(page, `shadow-closed-${id}-warn`);
		check(seen.ok, `no warn badge by the box: ${seen.value}`);
		check((await closedBox.text(page, id)).trim() === TOXIC, 'the draft changed');
	});
}

for (const id of ['comment', 'rich']) {
	test(`closed shadow root (${id}): Apply writes the rewrite, Ctrl+Z restores the draft exactly, Ctrl+Shift+Z redoes`, async ({
		page,
		server,
	}) => {
		await page.goto(`${server.url}/shadow-closed.html`);
		await clickClosed(page, id);
		await page.keyboard.type(TOXIC);
		check(
			(
				await poll(
					() => closedBox.badges(page, id),
					(l) => l.includes('warn'),
					20_000,
				)
			).ok,
			'no warning',
		);
		await page.keyboard.press('Alt+Shift+T');
		await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
		await shot(page, `shadow-closed-${id}-card`);
		await inCard(page, 'button.tactful-rw-primary').click();
		const applied = await poll(
			() => closedBox.text(page, id),
			(t) => t.trim() !== TOXIC && t.trim().length > 0,
			15_000,
		);
		check(applied.ok, `not applied: ${JSON.stringify(applied.value)}`);
		check(!/idiot/i.test(applied.value), `the rewrite kept the insult: ${applied.value}`);
		await page.evaluate((id) => window.boxOf(id).focus(), id);
		await page.keyboard.press('Control+Z');
		const undone = await poll(
			() => closedBox.text(page, id),
			(t) => t === TOXIC,
		);
		check(undone.ok, `Ctrl+Z did not restore the draft exactly: ${JSON.stringify(undone.value)}`);
		await page.keyboard.press('Control+Shift+Z');
		const redone = await poll(
			() => closedBox.text(page, id),
			(t) => t === applied.value,
		);
		check(redone.ok, `Ctrl+Shift+Z did not redo: ${JSON.stringify(redone.value)}`);
	});

	test(`closed shadow root (${id}): after Apply the caret is where the user left it, so typing on continues the draft`, async ({
		page,
		server,
	}) => {
		await page.goto(`${server.url}/shadow-closed.html`);
		await clickClosed(page, id);
		await page.keyboard.type(TOXIC);
		check(
			(
				await poll(
					() => closedBox.badges(page, id),
					(l) => l.includes('warn'),
					20_000,
				)
			).ok,
			'no warning',
		);
		await page.keyboard.press('Alt+Shift+T');
		await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
		await inCard(page, 'button.tactful-rw-primary').click();
		const applied = (
			await poll(
				() => closedBox.text(page, id),
				(t) => t.trim() !== TOXIC,
				15_000,
			)
		).value;
		await page.waitForTimeout(200);
		await page.keyboard.type(' Thanks.');
		const after = await poll(
			() => closedBox.text(page, id),
			(t) => t.trim().endsWith(' Thanks.'),
		);
		await shot(page, `shadow-closed-${id}-type-on`);
		check(
			after.value.trim() === `${applied.trim()} Thanks.`,
			`typing after Apply landed inside the rewrite: ${JSON.stringify(after.value)} (applied ${JSON.stringify(applied)})`,
		);
	});
}

test("closed shadow root (rich): Apply puts the caret back where the user left it (read from the root's own selection: Chrome's document selection stops at the host)", async ({
	page,
	server,
}) => {
	const draft = `Thanks for the patch. ${TOXIC}`;
	await page.goto(`${server.url}/shadow-closed.html`);
	await clickClosed(page, 'rich');
	await page.keyboard.type(draft);
	check(
		(
			await poll(
				() => closedBox.badges(page, 'rich'),
				(l) => l.includes('warn'),
				20_000,
			)
		).ok,
		'no warning',
	);
	// The caret at the start of the draft, before the sentence the rewrite changes.
	await page.keyboard.press('Control+Home');
	await page.keyboard.press('Alt+Shift+T');
	await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
	await inCard(page, 'button.tactful-rw-primary').click();
	const applied = (
		await poll(
			() => closedBox.text(page, 'rich'),
			(t) => t.trim() !== draft,
			15_000,
		)
	).value;
	check(applied.startsWith('Thanks for the patch.'), `the rewrite changed the first sentence: ${applied}`);
	await page.waitForTimeout(200);
	await page.keyboard.type('Hi. ');
	const after = await poll(
		() => closedBox.text(page, 'rich'),
		(t) => t.includes('Hi. '),
	);
	await shot(page, 'shadow-closed-rich-caret');
	check(
		after.value.trim() === `Hi. ${applied.trim()}`,
		`typing after Apply did not land where the caret was: ${JSON.stringify(after.value)} (applied ${JSON.stringify(applied)})`,
	);
});

for (const [fn, what] of [
	['openReply', 'a reply box a closed widget renders later'],
	['mountLater', 'a closed widget the page adds later'],
]) {
	test(`closed shadow roots: ${what}, holding a kept rude draft, warns without a click`, async ({
		page,
		server,
	}) => {
		await page.goto(`${server.url}/shadow-closed.html`);
		await page.locator('#name').focus();
		await page.waitForTimeout(1000); // Tactful started and scanned first: the box comes after
		await page.evaluate(
			(fn) => window[fn]('Honestly this is the dumbest thing I have read, you are an idiot.'),
			fn,
		);
		const id = fn === 'openReply' ? 'thread' : 'late';
		const seen = await poll(
			() => closedBox.badges(page, id),
			(levels) => levels.includes('warn'),
			20_000,
		);
		await shot(page, `shadow-closed-${fn}`);
		check(seen.ok, `no warn badge by the box: ${seen.value}`);
		check((await page.evaluate(() => document.activeElement?.id)) === 'name', 'focus moved');
	});
}

for (const [id, button] of [
	['comment', 'post'],
	['chat', 'send'],
]) {
	test(`pre-submit nudge (opt-in) on a closed widget's ${button === 'post' ? '<button> Post' : 'role=button Send'} (a click handler, no form): the post waits, Post anyway posts`, async ({
		page,
		server,
		sw,
	}) => {
		await setSettings(sw, { preSubmitNudge: true });
		try {
			await page.goto(`${server.url}/shadow-closed.html`);
			await clickClosed(page, id);
			await page.keyboard.type(TOXIC);
			check(
				(
					await poll(
						() => closedBox.badges(page, id),
						(l) => l.includes('warn'),
						20_000,
					)
				).ok,
				'no warning',
			);
			const r = await page.evaluate(
				([id, button]) => window.__closed[id].getElementById(button).getBoundingClientRect().toJSON(),
				[id, button],
			);
			await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
			const nudged = await waitOverlay(page, (s) => /Post anyway/.test(s.card ?? ''), 10_000);
			await shot(page, `shadow-closed-${id}-nudge`);
			check(nudged.ok, `no nudge on the widget's ${button}: ${nudged.card}`);
			check((await page.locator('#posted').innerText()) === '', 'posted despite the nudge');
			await page.locator('[data-tactful-host]').getByText('Post anyway').click();
			const posted = await poll(
				() => page.locator('#posted').innerText(),
				(t) => t.startsWith('posted:'),
			);
			check(posted.ok, `Post anyway did not post: ${posted.value}`);
			check(posted.value.includes('idiot'), `posted something else: ${posted.value}`);
		} finally {
			await setSettings(sw, { preSubmitNudge: false });
		}
	});
}

await run(() => chromiumEnv());
