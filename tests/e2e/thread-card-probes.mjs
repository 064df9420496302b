// The card with its thread section on the thread snapshots, for scripts/thread-card-sizes.mjs and
// thread-card-lines.spec (session 22, card9): the snapshots, their heated thread, and what the open card hides of
// what the user reads (comment lines, the post's title, the reply box and its caret) and shows of its suggestion.
import { TOXIC } from './drafts.mjs';
import { waitOverlay } from './harness.mjs';

/** Written for thread-sites.spec (no dataset rows): heated enough to raise the thread warning. */
export const HEATED = [
	'This has been broken for months and nobody cares. Why do you keep ignoring it?',
	'You clearly did not even read my report. This is ridiculous and frankly insulting.',
	'Stop wasting my time. You people never fix anything, this is a joke!',
];
/** Discourse's composer docked at the window's bottom (fixed, full width, 450 px with its toolbar, as a composer dragged a little taller or
 * Discourse's own at 1100x800 leaves the card ~320 px), the thread read above it. */
const DOCKED =
	'body{margin:0 0 480px;font:15px/1.5 sans-serif}.topic-post{max-width:760px;margin:0 auto;padding:12px 0}' +
	'#reply-control{position:fixed;left:0;right:0;bottom:0;height:450px;background:#fff;border-top:1px solid #ccc;' +
	'box-shadow:0 -2px 8px rgba(0,0,0,.15);display:flex;justify-content:center}' +
	'#reply-control .d-editor-textarea-wrapper{width:min(100%,860px);padding:40px 16px 16px;box-sizing:border-box}' +
	'#reply-control textarea{width:100%;height:100%;box-sizing:border-box;font:15px/1.4 sans-serif}';
export const THREAD_PAGES = [
	{
		name: 'hn',
		page: 'threads/hackernews-item.html',
		field: '#top-box',
		bodies: '.commtext',
		title: '.titleline',
	},
	{
		name: 'lemmy',
		page: 'threads/lemmy-post.html',
		field: '#markdown-textarea-reply',
		bodies: '.md-div',
		title: '.post-listing h1',
	},
	{
		name: 'discourse',
		page: 'threads/discourse-topic.html',
		field: 'textarea.d-editor-input',
		bodies: '.cooked',
	},
	// Session 27 (card27): the composer docked at the window's bottom as Discourse draws it (fixed, full width, its
	// height Discourse's default 400 px less its toolbar), the thread read above it.
	{
		name: 'discourse-docked',
		page: 'threads/discourse-topic.html',
		field: 'textarea.d-editor-input',
		bodies: '.cooked',
		style: DOCKED,
	},
	// The same with its thread as written (not heated): only the draft tips it, so the card's thread heading is the
	// long "Your reply could make this conversation tense" (the user walk's case).
	{
		name: 'discourse-docked-calm',
		page: 'threads/discourse-topic.html',
		field: 'textarea.d-editor-input',
		bodies: '.cooked',
		heated: true,
		style: DOCKED,
	},
	{
		name: 'stackexchange',
		page: 'threads/stackexchange-question.html',
		field: '#a-comment',
		bodies: '.answer .js-post-body, .answer .comment-copy',
	},
	{
		name: 'github',
		page: 'threads/github-heated-thread.html',
		field: 'textarea.js-comment-field',
		bodies: '.comment-body',
		heated: true,
	},
	{
		name: 'reddit',
		page: 'threads/reddit-shreddit.html',
		field: '#reply-box',
		bodies: 'shreddit-comment > [slot="comment"]',
	},
];

/** Replaces every comment body's text with a heated line (not on a snapshot heated already). */
export const heatUp = (page, selector) =>
	page.evaluate(
		([sel, lines]) => {
			const bodies = [...document.querySelectorAll(sel)];
			bodies.forEach((el, i) => {
				el.innerHTML = `<p>${lines[i % lines.length]}</p>`;
			});
			return bodies.length;
		},
		[selector, HEATED],
	);

/**
 * What the open card hides and shows: the comments' text lines under it (line length in px, count), the title's
 * px under it, the field's area under it (share), whether it covers the caret (a textarea's caret measured on a
 * mirror), the suggestion's lines drawn on top, the thread section, heading and reason in view.
 */
export const readThreadCard = (page, p) =>
	page.evaluate((p) => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const card = root?.querySelector('[data-tactful="card"]');
		if (!card) return null;
		const c = card.getBoundingClientRect();
		const vw = document.documentElement.clientWidth;
		const vh = document.documentElement.clientHeight;
		const overlapW = (r) =>
			r.bottom > c.top && r.top < c.bottom
				? Math.max(0, Math.min(r.right, c.right) - Math.max(r.left, c.left))
				: 0;
		const inView = (r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < vh;
		const field = document.querySelector(p.field);
		const lines = [];
		const range = document.createRange();
		for (const body of document.querySelectorAll(p.bodies)) {
			if (body.contains(field)) continue;
			const walk = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
			for (let n = walk.nextNode(); n; n = walk.nextNode()) {
				if (!n.nodeValue.trim()) continue;
				range.selectNodeContents(n);
				for (const r of range.getClientRects()) if (inView(r)) lines.push(r);
			}
		}
		const hit = lines.map(overlapW).filter((w) => w > 0.5);
		const titleEl = p.title ? document.querySelector(p.title) : null;
		let titlePx = null;
		if (titleEl) {
			range.selectNodeContents(titleEl);
			titlePx = [...range.getClientRects()].filter(inView).reduce((s, r) => s + overlapW(r), 0);
		}
		const f = field.getBoundingClientRect();
		const fieldArea =
			Math.max(0, Math.min(f.right, c.right) - Math.max(f.left, c.left)) *
			Math.max(0, Math.min(f.bottom, c.bottom) - Math.max(f.top, c.top));
		// The caret of a textarea: a mirror of its text up to the caret, laid out as the textarea lays it out.
		let caret = null;
		if (field instanceof HTMLTextAreaElement) {
			const cs = getComputedStyle(field);
			const m = document.createElement('div');
			for (const k of [
				'boxSizing',
				'width',
				'paddingTop',
				'paddingRight',
				'paddingBottom',
				'paddingLeft',
				'borderTopWidth',
				'borderRightWidth',
				'borderBottomWidth',
				'borderLeftWidth',
				'borderStyle',
				'fontFamily',
				'fontSize',
				'fontWeight',
				'lineHeight',
				'letterSpacing',
				'wordSpacing',
				'tabSize',
			])
				m.style[k] = cs[k];
			Object.assign(m.style, {
				position: 'fixed',
				left: `${f.left}px`,
				top: `${f.top - field.scrollTop}px`,
				visibility: 'hidden',
				whiteSpace: 'pre-wrap',
				overflowWrap: 'break-word',
			});
			m.textContent = field.value.slice(0, field.selectionEnd);
			const mark = document.createElement('span');
			mark.textContent = '\u200b';
			m.append(mark);
			document.body.append(m);
			caret = mark.getBoundingClientRect();
			m.remove();
		} else {
			const s = getSelection();
			caret = s?.rangeCount ? s.getRangeAt(0).getBoundingClientRect() : null;
		}
		const onTop = (el) => {
			if (!el) return false;
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.bottom < 0 || r.top > vh) return false;
			const at = root.elementFromPoint(
				r.left + Math.min(r.width, 16) / 2,
				r.top + Math.min(r.height, 16) / 2,
			);
			return Boolean(at && (at === el || el.contains(at)));
		};
		const diff = root.querySelector('[data-testid="rewrite-diff"]');
		let total = 0;
		let shown = 0;
		if (diff) {
			range.selectNodeContents(diff);
			const rows = new Map();
			// Each row by its widest box: a row's last box can be a space's 4 px at its end (session 27).
			for (const r of range.getClientRects())
				if (r.width > 0 && r.width > (rows.get(Math.round(r.top))?.width ?? 0))
					rows.set(Math.round(r.top), r);
			total = rows.size;
			for (const r of rows.values()) {
				const at = root.elementFromPoint(r.left + Math.min(r.width, 20) / 2, r.top + r.height / 2);
				if (at && diff.contains(at)) shown++;
			}
		}
		const section = root.querySelector('[data-tactful="thread"]');
		return {
			card: [Math.round(c.left), Math.round(c.top), Math.round(c.width), Math.round(c.height)],
			inside: c.left >= -0.5 && c.top >= -0.5 && c.right <= vw + 0.5 && c.bottom <= vh + 0.5,
			linesInView: lines.length,
			linesHit: hit.length,
			textPx: Math.round(hit.reduce((s, w) => s + w, 0)),
			titlePx: titlePx === null ? null : Math.round(titlePx),
			fieldShare: f.width * f.height ? Math.round((100 * fieldArea) / (f.width * f.height)) : 0,
			caret: Boolean(
				caret &&
					caret.bottom > 0 &&
					caret.top < vh &&
					c.top < caret.bottom &&
					c.bottom > caret.top &&
					c.left < caret.right + 1 &&
					c.right > caret.left - 1,
			),
			suggestion: `${shown}/${total}`,
			heading: onTop(card.querySelector('h2')),
			// Why the draft warns, in view: the tight card's one-line reason or the first full reason (session 23).
			reason:
				onTop(root.querySelector('[data-testid="card-summary"]')) ||
				onTop(root.querySelector('.tf-reasons li')),
			// The thread section's heading drawn on top, or only in the card's scrolled part.
			thread: !section ? 'none' : onTop(section.querySelector('h3')) ? 'in view' : 'in card',
			// The tight card's one line that scrolls to the thread section (WarningCard's thread line).
			more: onTop(root.querySelector('[data-testid="card-thread-line"]')),
			tight: card.classList.contains('tf-tight'),
			// Session 27 (card27): what shows cut: a line ending in an ellipsis (its text wider or taller than its box),
			// or a box drawn partly on top, its other part under the pinned rows or the card's edge (scroll not counted:
			// a part wholly below the fold is `hidden`, not cut). Thread line, tight summary, first reason, scores.
			cut: (() => {
				const out = [];
				const clipped = (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
				const at = (x, y) => {
					const hit = root.elementFromPoint(x, y);
					return hit;
				};
				const partly = (el) => {
					const r = el.getBoundingClientRect();
					if (r.width === 0 || r.height === 0) return false;
					const x = r.left + Math.min(r.width, 16) / 2;
					const top = at(x, r.top + 3);
					const bottom = at(x, r.bottom - 3);
					const on = (h) => Boolean(h && (h === el || el.contains(h)));
					return on(top) !== on(bottom);
				};
				const lineEl = root.querySelector('[data-testid="card-thread-line"]');
				if (lineEl && (clipped(lineEl) || partly(lineEl))) out.push('thread-line');
				const sum = root.querySelector('[data-testid="card-summary"]');
				if (sum && (clipped(sum) || partly(sum))) out.push('summary');
				const li = root.querySelector('.tf-reasons li');
				if (li && partly(li) && !sum) out.push('reason');
				const h3 = root.querySelector('[data-tactful="thread"] h3');
				if (h3 && partly(h3)) out.push('thread-heading');
				const first = root.querySelector('[data-testid="rewrite-diff"]');
				if (first && partly(first)) out.push('suggestion');
				for (const s of root.querySelectorAll('.tactful-rw-scores > *'))
					if (partly(s)) out.push(`score:${s.textContent.trim()}`);
				return out;
			})(),
		};
	}, p);

/** Opens `p` at `size`, heats its thread, types the hostile draft and opens the card; null when nothing warned. */
export async function openThreadCard(env, cdp, p, size) {
	const page = env.page;
	await cdp.send('Emulation.setDeviceMetricsOverride', {
		width: size.width,
		height: size.height,
		deviceScaleFactor: 1,
		mobile: false,
	});
	await page.goto(`${env.server.url}/${p.page}`);
	if (p.style) await page.addStyleTag({ content: p.style });
	if (!p.heated) await heatUp(page, p.bodies);
	const field = page.locator(p.field).first();
	await field.scrollIntoViewIfNeeded();
	await field.click();
	await page.keyboard.insertText(TOXIC);
	const warned = await waitOverlay(
		page,
		(s) => s.badges.some((b) => b.level === 'warn' && b.settled && b.thread === 'risk'),
		30_000,
	);
	if (!warned.ok) return null;
	// `p.cardCss`: CSS added to the card's shadow root before it opens (a wider font, session 28).
	if (p.cardCss)
		await page.evaluate((css) => {
			const style = document.createElement('style');
			style.textContent = css;
			document.querySelector('[data-tactful-host]')?.shadowRoot?.append(style);
		}, p.cardCss);
	await page.keyboard.press('Alt+Shift+T');
	const diff = page.locator('[data-tactful-host] [data-testid="rewrite-diff"]');
	await diff.waitFor({ timeout: 30_000 }).catch(() => undefined);
	await page.waitForTimeout(400);
	return readThreadCard(page, p);
}
