// Session 27 (card26): a tight card's suggestion in little room. Before, its lines ran on under the pinned Apply
// row (the thread card at 600x400 showed 1 of 3, the struck-out draft, with nothing saying more was there). Now it
// shows whole lines only, what Apply would write first when it does not fit whole (the draft's struck-out words
// hidden), and while more is below, "more ↓" on the Apply row's edge, gone once the end is scrolled into view.
// Run: npm run build && node tests/e2e/card-suggestion-cue.spec.mjs   (screenshots in artifacts/)
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, check, chromiumEnv, run, test, waitOverlay } from './harness.mjs';
import { openThreadCard, THREAD_PAGES } from './thread-card-probes.mjs';

/** The suggestion's rows on top and cut by the Apply row, its cue, and what the cue label draws. */
const readCue = (page) =>
	page.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const card = root?.querySelector('[data-tactful="card"]');
		const diff = root?.querySelector('[data-testid="rewrite-diff"]');
		const row = root?.querySelector('.tactful-rw-actions');
		if (!card || !diff || !row) return null;
		const range = document.createRange();
		range.selectNodeContents(diff);
		const rows = new Map();
		for (const r of range.getClientRects())
			if (r.width > 0 && r.width > (rows.get(Math.round(r.top))?.width ?? 0)) rows.set(Math.round(r.top), r);
		const d = diff.getBoundingClientRect();
		const apply = row.getBoundingClientRect();
		let shown = 0;
		let cut = 0;
		for (const r of rows.values()) {
			if (r.bottom <= d.top || r.top >= d.bottom) continue; // scrolled out inside the suggestion
			const top = root.elementFromPoint(r.left + Math.min(r.width, 20) / 2, r.top + 3);
			const bottom = root.elementFromPoint(r.left + Math.min(r.width, 20) / 2, r.bottom - 3);
			if (top && diff.contains(top) && bottom && diff.contains(bottom)) shown++;
			else if (top && diff.contains(top)) cut++;
		}
		const label = getComputedStyle(row, '::before').content;
		return {
			tight: card.classList.contains('tf-tight'),
			resultOnly: card.hasAttribute('data-tf-result'),
			deletions: diff.querySelectorAll('del').length,
			lines: rows.size,
			shown,
			// A row whose top shows but whose bottom is under the Apply row.
			cut,
			overApply: d.bottom > apply.top + 1 && diff.scrollHeight > diff.clientHeight,
			more: diff.hasAttribute('data-tf-more'),
			label: label === 'none' || label === 'normal' ? '' : label,
		};
	});

const HN = THREAD_PAGES.find((p) => p.name === 'hn');
for (const size of [
	{ width: 600, height: 400 },
	{ width: 800, height: 600 },
])
	test(`Hacker News thread card at ${size.width}x${size.height}: whole lines of the suggestion, "more ↓" while more is below`, async (env) => {
		const cdp = await env.page.context().newCDPSession(env.page);
		try {
			const opened = await openThreadCard(env, cdp, HN, size);
			check(opened, 'no draft + thread warning');
			const at = await readCue(env.page);
			const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
			// Through CDP: Playwright's own screenshot lays the page out again at its viewport, not the emulated one.
			fs.mkdirSync(ARTIFACTS, { recursive: true });
			fs.writeFileSync(
				path.join(ARTIFACTS, `card-suggestion-cue-${size.width}x${size.height}.png`),
				Buffer.from(data, 'base64'),
			);
			console.log(`      ${JSON.stringify({ reason: opened.reason, ...at })}`);
			check(at, 'no card with a suggestion');
			check(opened.reason, 'why it warns is not in view');
			check(at.shown >= 1, `no line of the suggestion shows whole: ${JSON.stringify(at)}`);
			if (at.shown < at.lines) {
				check(at.tight && at.more, `part of the suggestion is hidden with no cue: ${JSON.stringify(at)}`);
				check(at.label.includes('more'), `no "more" label on the Apply row: ${JSON.stringify(at)}`);
				// Not whole: what Apply would write, the struck-out words hidden.
				check(
					at.deletions === 0 || at.resultOnly,
					`the struck-out draft takes the room: ${JSON.stringify(at)}`,
				);
				// Scrolled to its end, the cue goes.
				await env.page.evaluate(() => {
					const diff = document
						.querySelector('[data-tactful-host]')
						.shadowRoot.querySelector('[data-testid="rewrite-diff"]');
					diff.scrollTop = diff.scrollHeight;
				});
				await env.page.waitForTimeout(200);
				const end = await readCue(env.page);
				console.log(`      scrolled to its end: ${JSON.stringify(end)}`);
				check(!end.more && end.label === '', `the cue stays at the end: ${JSON.stringify(end)}`);
			} else check(!at.more && at.label === '', `a cue with nothing more: ${JSON.stringify(at)}`);
		} finally {
			await cdp.send('Emulation.clearDeviceMetricsOverride');
			await cdp.detach();
		}
	});

// qa30 (qa28 #6): a review comment holding a ```suggestion block above a rude sentence. The tight card's one
// suggestion line showed "```suggestion" (the unchanged block drawn whole above the change); now the block folds into
// "… 3 unchanged lines …", and a tight card that cannot show it all starts at the change.
for (const size of [
	{ width: 600, height: 400 },
	{ width: 1280, height: 800 },
])
	test(`GitHub review comment with a suggested change at ${size.width}x${size.height}: the unchanged block folded, the change first`, async ({
		page,
		server,
	}) => {
		const cdp = await page.context().newCDPSession(page);
		try {
			await cdp.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 1, mobile: false });
			await page.goto(`${server.url}/github-pr.html`);
			await page.click('#add-suggestion');
			await page.keyboard.press('Control+End');
			await page.keyboard.insertText(
				'Seriously, who wrote this garbage? Use the constant like a normal person.',
			);
			const warned = await waitOverlay(
				page,
				(s) => s.badges.some((b) => b.level === 'warn' && b.settled),
				30_000,
			);
			check(warned.ok, 'no warning');
			await page.keyboard.press('Alt+Shift+T');
			await page.locator('[data-tactful-host] [data-testid="rewrite-diff"]').waitFor({ timeout: 30_000 });
			await page.waitForTimeout(400);
			const at = await page.evaluate(() => {
				const root = document.querySelector('[data-tactful-host]').shadowRoot;
				const diff = root.querySelector('[data-testid="rewrite-diff"]');
				const gap = diff.querySelector('.tactful-rw-gap');
				// The first row of the diff drawn on top: what the user reads first.
				const range = document.createRange();
				range.selectNodeContents(diff);
				const rect = [...range.getClientRects()].find((r) => r.width > 4);
				const firstRow = rect
					? [...diff.querySelectorAll('span, ins, del')]
							.filter((el) => {
								const r = el.getBoundingClientRect();
								return r.width > 0 && Math.abs(r.top - rect.top) < 4;
							})
							.map((el) => el.textContent)
							.join('')
					: '';
				return {
					tight: root.querySelector('[data-tactful="card"]').classList.contains('tf-tight'),
					text: diff.textContent,
					gap: gap?.textContent.trim() ?? null,
					gapShown: Boolean(gap && gap.getBoundingClientRect().height > 0),
					firstRow,
				};
			});
			const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
			fs.mkdirSync(ARTIFACTS, { recursive: true });
			fs.writeFileSync(
				path.join(ARTIFACTS, `card-suggestion-block-${size.width}x${size.height}.png`),
				Buffer.from(data, 'base64'),
			);
			console.log(`      ${JSON.stringify(at)}`);
			check(
				!at.text.includes('```') && !at.text.includes('load()'),
				`the unchanged block is drawn: ${at.text}`,
			);
			check(at.gap === '… 3 unchanged lines …', `no counted fold: ${at.gap}`);
			if (at.tight)
				check(
					!at.gapShown && /Use the constant/.test(at.firstRow),
					`the change is not first: ${JSON.stringify(at)}`,
				);
			else
				check(
					at.gapShown && at.firstRow.includes('unchanged lines'),
					`the fold is not shown: ${JSON.stringify(at)}`,
				);
			// The draft itself is untouched: the block is still in the box.
			const value = await page.locator('#review-comment').inputValue();
			check(value.startsWith('```suggestion\n let cfg = load()?;\n```\n'), `the draft changed: ${value}`);
		} finally {
			await cdp.send('Emulation.clearDeviceMetricsOverride');
			await cdp.detach();
		}
	});

await run(() => chromiumEnv());
