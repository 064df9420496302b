// What a GitHub user does every day, on the GitHub snapshots: Apply a rewrite, take it back with Ctrl+Z and type
// on; reply in one answer's thread of a discussion whose other answer has turned heated.
import {
	check,
	chromiumEnv,
	message,
	nextFrames,
	overlay,
	poll,
	run,
	setSettings,
	shot,
	test,
	underlines,
	waitOverlay,
	waitSettled,
	wordRect,
} from './harness.mjs';

const SEL = 'textarea[aria-label="Markdown value"]';
const DRAFT = 'This stupid patch broke the parser again, you clearly never test your garbage code.';
const inHost = (page, selector) => page.locator(`[data-tactful-host] ${selector}`);
const field = (page) =>
	page.evaluate((sel) => {
		const el = document.querySelector(sel);
		return {
			value: el.value,
			react: document.getElementById('react-state').textContent,
			start: el.selectionStart,
			end: el.selectionEnd,
		};
	}, SEL);

test('Apply, Ctrl+Z, then typing on continues the draft: the restored text is not left selected for the next key to replace', async (env) => {
	const { page, server } = env;
	await setSettings(env.browser.sw, { rewrite: { backend: 'offline', weight: 0.5 } });
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'not flagged');
	await inHost(page, '[data-tactful="badge"]').first().click();
	await inHost(page, 'button.tactful-rw-primary').click({ timeout: 15_000 });
	await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value !== draft, [SEL, DRAFT], {
		timeout: 15_000,
	});
	await page.focus(SEL);
	await page.keyboard.press('Control+Z');
	await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value === draft, [SEL, DRAFT], {
		timeout: 15_000,
	});
	const undone = await field(page);
	check(
		undone.start === undone.end && undone.end === DRAFT.length,
		`after Ctrl+Z the caret is not back at the end of the draft: selection ${undone.start}-${undone.end}`,
	);
	await page.keyboard.type(' Please fix.');
	// React renders its state a moment after the input: polled until it has followed (or 10 s passed).
	const after = (
		await poll(
			() => field(page),
			(x) => x.react === x.value,
		)
	).value;
	await shot(page, 'github-daily-undo-type-on');
	check(
		after.value === `${DRAFT} Please fix.`,
		`typing on changed the draft: ${JSON.stringify(after.value)}`,
	);
	check(after.react === after.value, `React state did not follow: ${JSON.stringify(after.react)}`);
});

/** Holds every request that needs the model host in the service worker until `releaseHost` (a slow checker). */
const holdHost = (sw) =>
	sw.evaluate(() => {
		globalThis.realGetContexts ??= chrome.runtime.getContexts;
		globalThis.held = [];
		chrome.runtime.getContexts = (filter) =>
			new Promise((resolve) => globalThis.held.push(() => resolve(globalThis.realGetContexts(filter))));
	});
const heldCount = (sw) => sw.evaluate(() => globalThis.held?.length ?? 0);
const releaseHost = (sw) =>
	sw.evaluate(() => {
		if (globalThis.realGetContexts) chrome.runtime.getContexts = globalThis.realGetContexts;
		for (const release of globalThis.held?.splice(0) ?? []) release();
	});

test('Apply, then Ctrl+Z before the rewritten draft is checked: no "Looks fine" card, no calm badge, the warning is back', async (env) => {
	// Session 18's open item (races6): the card Apply left open (not drawn while the rewritten draft is scored) came
	// back by itself over the restored draft when that late answer landed, headed "Looks fine" (the rewrite's calm
	// verdict drawn over the user's original words), and the badge showed calm until the draft was scored again.
	// The background is held here from before Apply until after the Ctrl+Z: the rewrite's answer is the late one.
	const { server } = env;
	const sw = env.browser.sw;
	await setSettings(sw, { rewrite: { backend: 'offline', weight: 0.5 } });
	const page = await env.context.newPage();
	try {
		await page.goto(`${server.url}/github-issue.html`);
		await page.click(SEL);
		await page.keyboard.type(DRAFT);
		check(
			(await waitSettled(page)).badges.some((b) => b.level === 'warn'),
			'not flagged',
		);
		await inHost(page, '[data-tactful="badge"]').first().click();
		const primary = inHost(page, 'button.tactful-rw-primary');
		await primary.waitFor({ timeout: 15_000 });
		await holdHost(sw);
		await primary.click();
		await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value !== draft, [SEL, DRAFT], {
			timeout: 15_000,
		});
		check(
			(
				await poll(
					() => heldCount(sw),
					(n) => n >= 1,
					20_000,
				)
			).ok,
			'the rewritten draft was never sent',
		);
		// Every change to the overlay once the draft is restored: a card drawn (its heading), the badge's level. (Read
		// when the overlay changes, so after a repaint, never between the Ctrl+Z and the repaint it schedules.)
		await page.evaluate(
			([sel, draft]) => {
				window.__seen = [];
				const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
				window.__seenObserver = new MutationObserver(() => {
					if (document.querySelector(sel).value !== draft) return;
					const card = root.querySelector('[data-tactful="card"]');
					const badge = root.querySelector('[data-tactful="badge"]');
					window.__seen.push({
						card: card ? (card.querySelector('h2')?.textContent ?? '?') : null,
						level: badge?.dataset.level ?? null,
					});
				});
				window.__seenObserver.observe(root, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true,
				});
			},
			[SEL, DRAFT],
		);
		await page.focus(SEL);
		await page.keyboard.press('Control+Z');
		await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value === draft, [SEL, DRAFT], {
			timeout: 15_000,
		});
		// The restored draft's own score is asked for (it waits behind the rewrite's, one request at a time), then
		// the host answers: the rewrite's (calm) answer first.
		await page.waitForTimeout(600);
		await releaseHost(sw);
		const settled = await waitSettled(page);
		await nextFrames(page);
		const seen = await page.evaluate(() => {
			window.__seenObserver.disconnect();
			return window.__seen;
		});
		await shot(page, 'github-daily-apply-undo-late');
		const cards = [...new Set(seen.map((x) => x.card).filter((x) => x !== null))];
		const levels = [...new Set(seen.map((x) => x.level))];
		console.log(
			`    after Ctrl+Z, ${seen.length} overlay changes: cards ${JSON.stringify(cards)}, badge levels ${JSON.stringify(levels)}`,
		);
		check(
			cards.length === 0,
			`a card the user did not open was drawn after Ctrl+Z: ${JSON.stringify(cards)}`,
		);
		check(
			settled.badges.some((b) => b.level === 'warn' && b.settled),
			`the restored draft is not warned: ${JSON.stringify(settled.badges)}`,
		);
		check(
			!seen.some((x) => x.level === 'ok'),
			`the badge showed the restored draft as calm: ${JSON.stringify(levels)}`,
		);
		const now = await field(page);
		check(now.value === DRAFT, `the draft changed: ${JSON.stringify(now.value)}`);
		check(
			await page.evaluate((sel) => document.activeElement === document.querySelector(sel), SEL),
			'the focus left the draft',
		);
	} finally {
		await releaseHost(sw);
		await page.close();
	}
});

test('an applied rewrite counts as "rewrites accepted" on the history page', async (env) => {
	// QA, session 13: after Apply the history page still said "0 rewrites accepted" and its chart's "accepted
	// fixes" stayed empty: Apply told only the rewrite bandit, never the history.
	const { page, server } = env;
	await setSettings(env.browser.sw, { rewrite: { backend: 'offline', weight: 0.5 } });
	const before = (await message(env.browser, 'getStats', { days: 7 })).value.totals.fixes;
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'not flagged');
	await inHost(page, '[data-tactful="badge"]').first().click();
	await inHost(page, 'button.tactful-rw-primary').click({ timeout: 15_000 });
	await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value !== draft, [SEL, DRAFT], {
		timeout: 15_000,
	});
	const stats = await poll(
		async () => (await message(env.browser, 'getStats', { days: 7 })).value,
		(x) => x.totals.fixes > before,
	);
	await env.browser.extPage?.close();
	env.browser.extPage = undefined;
	check(stats.ok, `history counts ${stats.value.totals.fixes} rewrites accepted (was ${before}) after Apply`);
	check(
		stats.value.byDimension.some((d) => d.dimension === 'Toxicity' && d.fixes > 0),
		`the fix is not filed under the warning's reason: ${JSON.stringify(stats.value.byDimension)}`,
	);
	await page.bringToFront();
});

test('Apply then Ctrl+Z: the history page counts the rewrite as undone, not accepted; Dismiss is recorded too', async (env) => {
	// QA, session 13: "Undo rewrite" and Ctrl+Z right after Apply left no trace; the rewrite still counted as
	// accepted. Dismiss left none either.
	const { page, server } = env;
	await setSettings(env.browser.sw, { rewrite: { backend: 'offline', weight: 0.5 } });
	const before = (await message(env.browser, 'getStats', { days: 7 })).value;
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'not flagged');
	await inHost(page, '[data-tactful="badge"]').first().click();
	await inHost(page, 'button.tactful-rw-primary').click({ timeout: 15_000 });
	await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value !== draft, [SEL, DRAFT], {
		timeout: 15_000,
	});
	await page.focus(SEL);
	await page.keyboard.press('Control+Z');
	await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value === draft, [SEL, DRAFT], {
		timeout: 15_000,
	});
	// The restored draft warns again: its card's Dismiss is recorded with the reasons shown.
	check(
		(await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok,
		'not flagged again',
	);
	// The card left open by the Apply closes once the restored draft is scored again (it was about the rewrite):
	// wait for that, then open the restored draft's own card from its badge.
	await waitSettled(page);
	await poll(
		() => overlay(page),
		(x) => x.card === null,
		5_000,
	);
	if ((await overlay(page)).card === null) await inHost(page, '[data-tactful="badge"]').first().click();
	const opened = await waitOverlay(page, (s) => s.card !== null, 15_000);
	check(opened.ok, 'the card did not open on the restored draft');
	const dismiss = inHost(page, 'button.tactful-rw-dismiss');
	try {
		await dismiss.waitFor({ timeout: 30_000 });
	} catch (error) {
		await shot(page, 'github-daily-undone-no-dismiss');
		throw new Error(`no suggestion to dismiss; card: ${JSON.stringify((await overlay(page)).card)}`, {
			cause: error,
		});
	}
	await dismiss.click();
	const stats = await poll(
		async () => (await message(env.browser, 'getStats', { days: 7 })).value,
		(x) => x.totals.undone > before.totals.undone && x.actions.dismissed > before.actions.dismissed,
	);
	await env.browser.extPage?.close();
	env.browser.extPage = undefined;
	check(
		stats.ok,
		`after Apply + Ctrl+Z + Dismiss: undone ${stats.value.totals.undone} (was ${before.totals.undone}), dismissed ${stats.value.actions.dismissed} (was ${before.actions.dismissed})`,
	);
	check(
		stats.value.totals.fixes === before.totals.fixes,
		`the undone rewrite still counts as accepted: ${stats.value.totals.fixes} (was ${before.totals.fixes})`,
	);
	const history = await env.browser.context.newPage();
	await history.goto(`chrome-extension://${env.browser.extensionId}/history-page.html`);
	const tile = history.getByTestId('total-undone');
	await tile.waitFor({ timeout: 15_000 });
	const text = await history.getByTestId('total-fixes').locator('..').textContent();
	await shot(history, 'github-daily-history-undone');
	check(
		new RegExp(
			`\\(${stats.value.totals.fixes + stats.value.totals.undone} applied, ${stats.value.totals.undone} undone\\)`,
		).test(text),
		`history tile: ${JSON.stringify(text)}`,
	);
	await history.close();
	await page.bringToFront();
});

test('Apply, Ctrl+Z, Ctrl+Shift+Z: the rewrite put back counts as accepted again, the undo taken back; Ctrl+Z once more, undone again', async (env) => {
	// Session 14 notes: a redo after the undo was not re-counted (the history said undone while the draft held it).
	// qa28: counted as a second apply instead ("2 applied, 1 undone" for one rewrite): the redo takes the undo back.
	const { page, server } = env;
	await setSettings(env.browser.sw, { rewrite: { backend: 'offline', weight: 0.5 } });
	const stats = async () => (await message(env.browser, 'getStats', { days: 7 })).value.totals;
	const before = await stats();
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'not flagged');
	await inHost(page, '[data-tactful="badge"]').first().click();
	await inHost(page, 'button.tactful-rw-primary').click({ timeout: 15_000 });
	await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value !== draft, [SEL, DRAFT], {
		timeout: 15_000,
	});
	const rewrite = await page.$eval(SEL, (el) => el.value);
	const totals = (want) =>
		poll(stats, (t) => t.fixes - before.fixes === want.fixes && t.undone - before.undone === want.undone);
	const steps = [
		['Control+Z', DRAFT, { fixes: 0, undone: 1 }],
		['Control+Shift+Z', rewrite, { fixes: 1, undone: 0 }],
		['Control+Z', DRAFT, { fixes: 0, undone: 1 }],
	];
	check((await totals({ fixes: 1, undone: 0 })).ok, 'the Apply was not counted');
	for (const [key, text, want] of steps) {
		await page.focus(SEL);
		await page.keyboard.press(key);
		await page.waitForFunction(([sel, t]) => document.querySelector(sel).value === t, [SEL, text], {
			timeout: 15_000,
		});
		const got = await totals(want);
		check(
			got.ok,
			`after ${key}: accepted ${got.value.fixes - before.fixes}, undone ${got.value.undone - before.undone}; want ${JSON.stringify(want)}`,
		);
	}
	await env.browser.extPage?.close();
	env.browser.extPage = undefined;
});

/** The focused field's thread ring (`data-thread`), whether its badge is settled, and the open card's text. */
const ringAndCard = (page) =>
	page.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const field = document.activeElement?.getBoundingClientRect();
		const badges = [...(root?.querySelectorAll('[data-tactful="badge"]') ?? [])];
		const near = badges.find((b) => Math.abs(b.getBoundingClientRect().bottom - (field?.bottom ?? 0)) < 40);
		return {
			ring: near?.dataset.thread ?? null,
			settled: near?.dataset.settled === 'true',
			card: root?.querySelector('[data-tactful="card"]')?.innerText ?? '',
		};
	});

test("discussion: a reply in a calm answer's thread is not warned about another answer's heated replies; the page's answer box is", async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/threads/github-discussion.html`);
	// The other answer's branch (kit, ned) turns heated; the one being replied to (mo, vic) stays calm.
	await page.evaluate(() => {
		const bodies = document.querySelectorAll('.comment-body');
		bodies[1].innerHTML =
			'<p>You clearly did not even read the roadmap. This is ridiculous and frankly insulting.</p>';
		bodies[2].innerHTML =
			"<p>Stop wasting everyone's time. You people never fix anything, this is a joke!</p>";
	});
	const draft = 'Thanks, that plan works for me.';
	await page.click('.discussion-nested-comment-timeline-item textarea');
	await page.keyboard.type(draft);
	// Scored and the thread assessed (the badge's data-settled), not a bare sleep a loaded machine outlasts.
	await nextFrames(page);
	const { value: reply, ok } = await poll(
		() => ringAndCard(page),
		(x) => x.settled,
		30_000,
	);
	check(ok, `the reply box never settled: ${JSON.stringify(reply)}`);
	check(reply.ring === null, `the calm answer's reply box has a thread ring: ${reply.ring}`);
	await page.click('#new-answer textarea');
	await page.keyboard.type(draft);
	const end = Date.now() + 20_000;
	let answer = await ringAndCard(page);
	while (answer.ring !== 'risk' && Date.now() < end) {
		await page.waitForTimeout(200);
		answer = await ringAndCard(page);
	}
	check(
		answer.ring === 'risk',
		`the page's answer box reads the whole discussion, yet no ring: ${answer.ring}`,
	);
});

test('quote-reply to a heated comment: the quoted words are never scored or underlined, only the reply is', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/threads/github-heated-thread.html`);
	const box = page.locator('textarea.js-comment-field');
	await box.click();
	// What GitHub's "Quote reply" puts in the box: the comment as a Markdown quote, then a blank line.
	const quote = '> You are not entitled to anything here. Stop wasting my time with this.\n\n';
	await page.keyboard.insertText(quote);
	await page.keyboard.type('Fair enough, I will attach a CSV file that shows it.');
	// Scored after the typing pause (the badge's data-settled), not a bare sleep a loaded machine outlasts.
	const calm = await waitSettled(page);
	check(calm.ok, `the reply under the quote was never scored: ${JSON.stringify(calm.badges)}`);
	const quoteRect = await wordRect(box, 'entitled');
	check(
		!calm.badges.some((b) => b.level === 'warn'),
		`a civil reply under a heated quote is warned: ${JSON.stringify(calm.badges)}`,
	);
	check(!underlines(calm, quoteRect), 'the quoted comment is underlined');
	await page.keyboard.type(' But you are an idiot.');
	const s = await waitOverlay(page, (x) => x.badges.some((b) => b.level === 'warn'), 10_000);
	await shot(page, 'github-daily-quote-reply');
	check(s.ok, 'the rude reply under the quote is not warned');
	check(underlines(s, await wordRect(box, 'idiot')), 'no underline under the insult in the reply');
	const lines = s.underlines.filter((u) => u.y < quoteRect.y + quoteRect.h + 4);
	check(lines.length === 0, `underlines on the quoted line: ${JSON.stringify(lines)}`);
});

test('a frustrated but civil bug report is not warned; the same impatience with a jab at people is', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(SEL);
	// Session 13: the toxic head read this 0.74 alone (impatient-reports.ts caps it: it names no one).
	await page.keyboard.type('This has been broken for two years and it is blocking our release.');
	const calm = await waitSettled(page);
	await shot(page, 'github-daily-frustrated-report');
	check(calm.ok, `the report was never scored: ${JSON.stringify(calm.badges)}`);
	// Neither warned nor "close to the line" (the amber caution badge a 0.45 cap still gave).
	check(
		calm.badges.every((b) => b.level === 'ok'),
		`a frustrated civil report is warned or cautioned: ${JSON.stringify(calm.badges)}`,
	);
	await page.keyboard.type(' Is everyone here too lazy to read bug reports?');
	const s = await waitOverlay(page, (x) => x.badges.some((b) => b.level === 'warn'), 10_000);
	await shot(page, 'github-daily-frustrated-jab');
	check(s.ok, 'impatience that calls people lazy is not warned');
});

test('Ctrl+Enter with the card open (focus in the card) posts the comment, as it does from the box', async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/github-issue.html`);
	// GitHub posts on Ctrl+Enter from the comment box's own keydown handler, not from anywhere on the page.
	await page.evaluate((sel) => {
		window.__posted = [];
		document.querySelector(sel).addEventListener('keydown', (e) => {
			if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) window.__posted.push(e.target.value);
		});
	}, SEL);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'not flagged');
	await page.keyboard.press('Alt+Shift+T');
	check((await waitOverlay(page, (s) => s.card !== null)).ok, 'the card did not open');
	await page.keyboard.press('Control+Enter');
	const end = Date.now() + 3000;
	let posted = [];
	while (Date.now() < end && posted.length === 0) {
		await page.waitForTimeout(100);
		posted = await page.evaluate(() => window.__posted);
	}
	const after = await page.evaluate((sel) => {
		const el = document.querySelector(sel);
		return { focused: document.activeElement === el, value: el.value };
	}, SEL);
	await shot(page, 'github-daily-ctrl-enter-card');
	check(
		posted.length === 1 && posted[0] === DRAFT,
		`Ctrl+Enter in the card did not post: ${JSON.stringify(posted)}`,
	);
	check(
		after.focused && after.value === DRAFT,
		`focus or draft not back in the box: ${JSON.stringify(after)}`,
	);
	check((await overlay(page)).card === null, 'the card stayed open after posting');
});

await run(() => chromiumEnv({ requireHost: true }));
