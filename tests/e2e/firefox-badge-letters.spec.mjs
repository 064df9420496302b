// Firefox: the badge hides no letter of the draft on Hacker News' reply box in small windows (session 27, card26:
// at 600x400 it sat over a letter of the draft's last line). Each character of the draft is measured on a mirror
// of the textarea (as the page lays it out) and the badge, unless faded over the text on purpose (badge-place.ts,
// no room outside the field), must cover none of them.
import { TOXIC } from './drafts.mjs';
import { launchFirefox } from './firefox-harness.mjs';
import { check, run, shot, startServer, test, waitOverlay } from './harness.mjs';

/** The badge's box, whether it is faded, and how many of the draft's characters it covers (px² each, > 1). */
export function badgeOverLetters(sel) {
	const el = document.querySelector(sel);
	const b = document
		.querySelector('[data-tactful-host]')
		?.shadowRoot?.querySelector('[data-tactful="badge"]');
	if (!el || !b) return null;
	const badge = b.getBoundingClientRect();
	const cs = getComputedStyle(el);
	const m = document.createElement('div');
	for (const k of [
		'fontFamily',
		'fontSize',
		'fontWeight',
		'lineHeight',
		'letterSpacing',
		'paddingTop',
		'paddingLeft',
		'paddingRight',
		'wordSpacing',
		'tabSize',
		'textAlign',
	])
		m.style[k] = cs[k];
	Object.assign(m.style, {
		position: 'fixed',
		visibility: 'hidden',
		whiteSpace: 'pre-wrap',
		overflowWrap: 'break-word',
		left: '0',
		top: '0',
		width: `${el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)}px`,
	});
	const t = document.createTextNode(el.value);
	m.append(t);
	document.body.append(m);
	const box = el.getBoundingClientRect();
	const mr = m.getBoundingClientRect();
	const r = document.createRange();
	const covered = [];
	for (let i = 0; i < el.value.length; i++) {
		if (!el.value[i].trim()) continue;
		r.setStart(t, i);
		r.setEnd(t, i + 1);
		const c = r.getBoundingClientRect();
		const x = box.x + el.clientLeft + c.x - mr.x - el.scrollLeft;
		const y = box.y + el.clientTop + c.y - mr.y - el.scrollTop;
		const w = Math.min(x + c.width, badge.right) - Math.max(x, badge.left);
		const h = Math.min(y + c.height, badge.bottom) - Math.max(y, badge.top);
		if (w > 1 && h > 1) covered.push(el.value[i]);
	}
	m.remove();
	return {
		badge: [Math.round(badge.left), Math.round(badge.top)],
		field: [Math.round(box.left), Math.round(box.top), Math.round(box.right), Math.round(box.bottom)],
		faded: b.classList.contains('tf-faded'),
		covered: covered.join(''),
	};
}

/** A draft whose lines run the box's width down to its last row, under the badge's corner. */
const LONG = `${TOXIC} ${'Honestly I have read this patch three times and the retry loop still makes no sense to me at all. '.repeat(6)}`;

for (const size of [
	{ width: 600, height: 400 },
	{ width: 800, height: 600 },
	{ width: 1280, height: 800 },
])
	for (const [name, page0, sel, draft, left] of [
		['a short draft', 'hackernews-item.html', 'textarea[name="text"]', TOXIC],
		['a draft down to its last row', 'hackernews-item.html', 'textarea[name="text"]', LONG],
		// The thread snapshot's reply box: unstyled, two rows, its draft reaching the corner at once.
		['the thread page, a short draft', 'threads/hackernews-item.html', '#top-box', TOXIC],
		// The window scrolled back to its left edge after typing (the box, 80 columns, is wider than 600 px).
		[
			'a long draft, the window back at its left edge',
			'hackernews-item.html',
			'textarea[name="text"]',
			LONG,
			true,
		],
	])
		test(`Firefox, Hacker News at ${size.width}x${size.height}, ${name}: the badge hides no letter of it`, async ({
			page,
			server,
		}) => {
			await page.setViewport(size);
			try {
				await page.goto(`${server.url}/${page0}`);
				await page.click(sel);
				await page.keyboard.type(draft);
				check(
					(await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn' && b.settled), 30_000)).ok,
					'no warning',
				);
				if (left) await page.evaluate(() => window.scrollTo(0, window.scrollY));
				await new Promise((r) => setTimeout(r, left ? 800 : 300));
				const at = await page.evaluate(badgeOverLetters, sel);
				await shot(
					page,
					`firefox-badge-letters-${sel.replace(/\W+/g, '')}-${size.width}x${size.height}-${draft.length}${left ? '-left' : ''}`,
				);
				console.log(`      ${JSON.stringify(at)}`);
				check(at, 'no badge');
				check(at.faded || at.covered === '', `the badge hides "${at.covered}" of the draft`);
			} finally {
				await page.setViewport({ width: 1100, height: 800 });
			}
		});

await run(async () => {
	const server = await startServer();
	const firefox = await launchFirefox();
	const page = await firefox.browser.newPage();
	return {
		server,
		page,
		teardown: async () => {
			await firefox.close();
			await server.close();
		},
	};
});
