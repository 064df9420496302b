// The warning card on the demo pages at 600x400, 700x500 (session 21), 800x600 (session 26), 1280x800 and browser zoom 150 % (1280x800
// at 150 %: an 853x533 CSS viewport drawn at device scale 1.5). For each: types a warned draft, opens the card with the shortcut,
// waits for the suggestion, and prints what the user can see of it; screenshots in artifacts/card-sizes-*.png.
// Session 20 (card7); session 27: why it warns readable (`why`), the suggestion's more cue (`more`). Run: npm run build && node scripts/card-sizes.mjs [page-substring] [size-name]

import fs from 'node:fs';
import path from 'node:path';
import { TOXIC } from '../tests/e2e/drafts.mjs';
import { ARTIFACTS, check, chromiumEnv, waitOverlay } from '../tests/e2e/harness.mjs';

const SIZES = [
	{ name: '600x400', width: 600, height: 400, scale: 1 },
	{ name: '700x500', width: 700, height: 500, scale: 1 },
	{ name: '800x600', width: 800, height: 600, scale: 1 },
	{ name: '1280x800', width: 1280, height: 800, scale: 1 },
	{ name: 'zoom150', width: 853, height: 533, scale: 1.5 },
];
const PAGES = [
	{ name: 'github', page: 'github-issue.html', sel: '#new_comment_field' },
	{ name: 'reddit', page: 'reddit-thread.html', sel: '[data-lexical-editor]' },
	{ name: 'hn', page: 'hackernews-item.html', sel: 'textarea[name="text"]' },
	{ name: 'reply', page: 'reply-above.html', sel: '#reply' },
	{ name: 'blog-ce', page: 'generic-blog.html', sel: '#ce' },
	// Session 27: the answer box under a question; `read` is the text the user answers (its lines must stay clear).
	{ name: 'se', page: 'stackexchange-question.html', sel: '#wmd-input', read: 'h1, .s-prose' },
	// The same, clicked where the page opens (not scrolled to): the box's top in the window, the question above it.
	{
		name: 'se-top',
		page: 'stackexchange-question.html',
		sel: '#wmd-input',
		read: 'h1, .s-prose',
		stay: true,
	},
	// Session 28: the comment box under the question (QA: at 700x500 its card covered the question's title).
	{
		name: 'se-comment',
		page: 'stackexchange-question.html',
		sel: '.js-comment-text-input',
		read: 'h1, .s-prose',
	},
];

/** What of the card shows: inside the window, heading, suggestion lines drawn on top, Apply and own buttons. */
const readCard = (page, sel, read) =>
	page.evaluate(
		([sel, read]) => {
			const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
			const card = root?.querySelector('[data-tactful="card"]');
			if (!card) return null;
			const c = card.getBoundingClientRect();
			const vw = document.documentElement.clientWidth;
			const vh = document.documentElement.clientHeight;
			const onTop = (el) => {
				const r = el.getBoundingClientRect();
				if (r.width === 0 || r.bottom < 0 || r.top > vh) return false;
				const hit = root.elementFromPoint(r.left + Math.min(r.width, 16) / 2, r.top + r.height / 2);
				return Boolean(hit && (hit === el || el.contains(hit)));
			};
			const diff = root.querySelector('[data-testid="rewrite-diff"]');
			let lines = 0;
			let shown = 0;
			if (diff) {
				const range = document.createRange();
				range.selectNodeContents(diff);
				const rows = new Map();
				// Each row by its widest box: a row's last box can be a space's 4 px at its end (session 27).
				for (const r of range.getClientRects())
					if (r.width > 0 && r.width > (rows.get(Math.round(r.top))?.width ?? 0))
						rows.set(Math.round(r.top), r);
				lines = rows.size;
				for (const r of rows.values()) {
					const hit = root.elementFromPoint(r.left + Math.min(r.width, 20) / 2, r.top + r.height / 2);
					if (hit && diff.contains(hit)) shown++;
				}
			}
			const buttons = [...card.querySelectorAll('button')]
				.filter((b) => !b.classList.contains('tf-close'))
				.map((b) => `${b.textContent.trim()}${onTop(b) ? '' : ' (hidden)'}`);
			const reasons = [...card.querySelectorAll('.tf-reasons li')].filter(onTop).length;
			// Why it warns, readable (session 27): the tight card's line (title and why) on top and not clamped, or the
			// first reason whole in view, its first and last line on top.
			const readable = (el) => {
				if (!el) return false;
				const r = el.getBoundingClientRect();
				const at = (y) => {
					const hit = root.elementFromPoint(r.left + 30, y);
					return Boolean(hit && (hit === el || el.contains(hit)));
				};
				return r.height > 0 && at(r.top + 6) && at(r.bottom - 6) && el.scrollHeight <= el.clientHeight + 1;
			};
			const why =
				readable(card.querySelector('[data-testid="card-summary"]')) ||
				readable(card.querySelector('.tf-reasons li'));
			// The text being answered under the card: px of its lines' length (session 27, Stack Exchange at 600x400).
			let readPx = 0;
			if (read) {
				const range = document.createRange();
				for (const el of document.querySelectorAll(read)) {
					range.selectNodeContents(el);
					for (const r of range.getClientRects())
						if (r.bottom > c.top && r.top < c.bottom && r.bottom > 0 && r.top < vh)
							readPx += Math.max(0, Math.min(r.right, c.right) - Math.max(r.left, c.left));
				}
			}
			const field = document.querySelector(sel);
			const f = field?.getBoundingClientRect();
			const sel0 = getSelection();
			// A textarea's caret has no rect of its own; the card's caret rule is checked on the rich editors here.
			const caret =
				!(field instanceof HTMLTextAreaElement) && sel0?.rangeCount
					? sel0.getRangeAt(0).getBoundingClientRect()
					: null;
			return {
				card: [Math.round(c.left), Math.round(c.top), Math.round(c.width), Math.round(c.height)],
				inside: c.left >= 0 && c.top >= 0 && c.right <= vw + 0.5 && c.bottom <= vh + 0.5,
				tight: card.classList.contains('tf-tight'),
				heading: onTop(card.querySelector('h2')),
				reasonsShown: reasons,
				why,
				suggestion: `${shown}/${lines}`,
				// The suggestion's cue that more of it is below (a faded half line, WarningCard capSuggestion).
				more: Boolean(diff?.hasAttribute('data-tf-more')),
				buttons,
				...(read ? { readPx: Math.round(readPx) } : {}),
				coversFieldTop: Boolean(
					f && c.top < f.top + 20 && c.bottom > f.top && c.left < f.right && c.right > f.left,
				),
				coversCaret: Boolean(
					caret?.height &&
						c.top < caret.bottom &&
						c.bottom > caret.top &&
						c.left < caret.right &&
						c.right > caret.left,
				),
			};
		},
		[sel, read ?? null],
	);

const only = process.argv[2];
const onlySize = process.argv[3];
const env = await chromiumEnv();
const cdp = await env.page.context().newCDPSession(env.page);
let problems = 0;
for (const size of SIZES.filter((x) => !onlySize || x.name === onlySize)) {
	for (const p of PAGES.filter((x) => !only || x.name.includes(only))) {
		const page = env.page;
		await cdp.send('Emulation.setDeviceMetricsOverride', {
			width: size.width,
			height: size.height,
			deviceScaleFactor: size.scale,
			mobile: false,
		});
		await page.goto(`${env.server.url}/${p.page}`);
		const field = page.locator(p.sel).first();
		if (!p.stay) await field.scrollIntoViewIfNeeded();
		// Where the page opens, the box's visible top (a click at its middle would scroll it).
		await field.click(p.stay ? { position: { x: 40, y: 10 } } : undefined);
		await page.keyboard.insertText(TOXIC);
		const warned = await waitOverlay(
			page,
			(s) => s.badges.some((b) => b.level === 'warn' && b.settled),
			30_000,
		);
		if (!warned.ok) {
			console.log(`${size.name} ${p.name}: no warning`);
			problems++;
			continue;
		}
		await page.keyboard.press('Alt+Shift+T');
		const diff = page.locator('[data-tactful-host] [data-testid="rewrite-diff"]');
		await diff.waitFor({ timeout: 30_000 }).catch(() => undefined);
		await page.waitForTimeout(400);
		const at = await readCard(page, p.sel, p.read);
		// Through CDP: Playwright's own screenshot lays the page out again at its viewport, not the emulated one.
		const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
		fs.mkdirSync(ARTIFACTS, { recursive: true });
		fs.writeFileSync(
			path.join(ARTIFACTS, `card-sizes-${size.name}-${p.name}.png`),
			Buffer.from(data, 'base64'),
		);
		console.log(`${size.name} ${p.name}: ${JSON.stringify(at)}`);
		try {
			check(at, 'no card');
			check(at.inside, 'card outside the window');
			check(at.heading, 'heading hidden');
			const [shown, lines] = at.suggestion.split('/').map(Number);
			check(at.why, 'why it warns not readable');
			// Two lines at least, or all; else one, with the cue that more is there (session 27).
			check(lines > 0 && (shown >= Math.min(lines, 2) || (shown >= 1 && at.more)), 'suggestion hidden');
			check(!at.buttons.some((b) => b.endsWith('(hidden)')), 'a button hidden');
			check(!at.readPx, 'covers the text being answered');
		} catch (error) {
			problems++;
			console.log(`   problem: ${error.message}`);
		}
		await page.keyboard.press('Escape');
	}
}
await env.teardown();
console.log(`${problems} problem(s)`);
