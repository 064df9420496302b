// Session 27 (card26): a tight card's suggestion in little room. Before, its lines ran on under the pinned Apply
// row (the thread card at 600x400 showed 1 of 3, the struck-out draft, with nothing saying more was there). Now it
// shows whole lines only, what Apply would write first when it does not fit whole (the draft's struck-out words
// hidden), and while more is below, "more ↓" on the Apply row's edge, gone once the end is scrolled into view.
// Run: npm run build && node tests/e2e/card-suggestion-cue.spec.mjs   (screenshots in artifacts/)
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, check, chromiumEnv, run, test } from './harness.mjs';
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

await run(() => chromiumEnv());
