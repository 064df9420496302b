// Session 27 (card27): a card holding both the thread signal and the draft's reasons, when room is short.
// - Discourse with its composer docked at the window's bottom (1100x800, 1280x720; thread-card-probes
//   `discourse-docked*`): the thread line read "Your reply could make this conversati…" (cut mid-word), or the
//   thread section's heading sat half under the pinned Apply row. Now the thread line shows whole (wrapping), with the
//   draft's first reason and its why, and nothing in the card's first view is drawn cut.
// - GitHub and Reddit threads at 600x400 (under 200 px of room): the thread line took the reason's place and the one
//   suggestion line sat partly under the Apply row. Now the reason shows, the thread is a short tag in the heading's
//   row ("Tense thread", its button bringing the section into view), and no suggestion line is under the Apply row.
// Run: npm run build && node tests/e2e/thread-card-short.spec.mjs   (screenshots in artifacts/thread-card-short-*.png)
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, check, chromiumEnv, poll, run, test } from './harness.mjs';
import { openThreadCard, THREAD_PAGES } from './thread-card-probes.mjs';

const page = (name) => THREAD_PAGES.find((p) => p.name === name);

/** Opens the card, saves a screenshot, returns the probe's reading and the thread line's text and testid state. */
async function open(env, p, size, extra) {
	const cdp = await env.page.context().newCDPSession(env.page);
	try {
		const at = await openThreadCard(env, cdp, p, size);
		check(at, `${p.name}: no draft + thread warning`);
		const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
		fs.mkdirSync(ARTIFACTS, { recursive: true });
		fs.writeFileSync(
			path.join(ARTIFACTS, `thread-card-short-${p.name}-${size.width}x${size.height}.png`),
			Buffer.from(data, 'base64'),
		);
		const line = await env.page.evaluate(() => {
			const el = document
				.querySelector('[data-tactful-host]')
				?.shadowRoot.querySelector('[data-testid="card-thread-line"]');
			return el
				? {
						text: el.textContent.trim(),
						name: el.getAttribute('aria-label') ?? '',
						inHead: Boolean(el.closest('.tf-card-head')),
					}
				: null;
		});
		console.log(`      ${JSON.stringify({ ...at, line })}`);
		// `extra`: read at that size too (the window goes back to its default size when this returns).
		return { at, line, more: extra ? await extra(env.page) : undefined };
	} finally {
		await cdp.send('Emulation.clearDeviceMetricsOverride');
		await cdp.detach();
	}
}

for (const name of ['discourse-docked', 'discourse-docked-calm'])
	for (const size of [
		{ width: 1100, height: 800 },
		{ width: 1280, height: 720 },
	])
		test(`${name} at ${size.width}x${size.height}: the thread signal whole beside the draft's reason, nothing cut`, async (env) => {
			const { at } = await open(env, page(name), size);
			check(
				at.heading && at.reason,
				`the heading or why the draft warns is not in view: ${JSON.stringify(at)}`,
			);
			check(at.thread === 'in view' || at.more, `the thread signal is not in view: ${JSON.stringify(at)}`);
			check(at.cut.length === 0, `drawn cut: ${at.cut.join(', ')}`);
			const [shown, total] = at.suggestion.split('/').map(Number);
			check(shown >= 1, `no line of the suggestion shows: ${at.suggestion}`);
			check(total > 0, 'no suggestion');
		});

for (const name of ['github', 'reddit'])
	test(`${name} thread at 600x400: the draft's reason first, the thread as a short tag, no suggestion line under Apply`, async (env) => {
		const { at, line } = await open(env, page(name), { width: 600, height: 400 });
		check(at.tight, `not a tight card: ${JSON.stringify(at)}`);
		check(at.reason, `why the draft warns is not in view: ${JSON.stringify(at)}`);
		check(
			line?.inHead && /^Tense thread/.test(line.text),
			`no short thread tag by the heading: ${JSON.stringify(line)}`,
		);
		check(
			/conversation is getting tense/.test(line.name),
			`the tag's name lacks the thread line: ${line.name}`,
		);
		check(at.more, 'the thread tag is not on top');
		check(!at.cut.includes('suggestion'), `a suggestion line under the Apply row: ${at.cut.join(', ')}`);
		check(at.cut.length === 0, `drawn cut: ${at.cut.join(', ')}`);
	});

// Session 28 (ui28): "Tense thread" fit beside "This might land badly" with ~0 px to spare in Debian's default font.
// In a wider font (the card's text 0.6 px letter-spaced, ~8 % wider) the tag reads "Tense", the heading stays on one
// line, nothing in the heading's row overlaps or runs out of it, and the tag's name keeps the full words.
const readHead = (page) =>
	page.evaluate(() => {
		const head = document.querySelector('[data-tactful-host]')?.shadowRoot.querySelector('.tf-card-head');
		if (!head) return null;
		const box = (el) => el?.getBoundingClientRect();
		const [h2, tag, close] = ['h2', '.tf-thread-tag', '.tf-close'].map((s) => head.querySelector(s));
		const [hr, tr, cr, row] = [box(h2), box(tag), box(close), box(head)];
		const lh = Number.parseFloat(getComputedStyle(h2).lineHeight) || 1.45 * 14;
		return {
			tag: tag?.textContent ?? null,
			name: tag?.getAttribute('aria-label') ?? '',
			headingLines: Math.round(hr.height / lh),
			headingWhole: h2.scrollWidth <= h2.clientWidth + 1,
			apart: Boolean(tr && hr.right <= tr.left + 0.5 && tr.right <= cr.left + 0.5),
			inRow: Boolean(tr && tr.right <= row.right + 0.5 && cr.right <= row.right + 0.5),
		};
	});

for (const [name, css, tag] of [
	['github', '', 'Tense thread'],
	['github', '.tf-card { letter-spacing: 0.6px; }', 'Tense'],
	['reddit', '.tf-card { letter-spacing: 0.6px; }', 'Tense'],
])
	test(`${name} thread at 600x400${css ? ', a wider font' : ''}: the heading on one line, the tag "${tag}" beside it, none overlapping`, async (env) => {
		const p = { ...page(name), name: `${name}${css ? '-wide' : ''}`, cardCss: css };
		const { more: head } = await open(env, p, { width: 600, height: 400 }, readHead);
		console.log(`      ${JSON.stringify(head)}`);
		check(head?.tag === tag, `the tag reads ${JSON.stringify(head?.tag)}, not ${tag}`);
		check(/^Tense thread: .*conversation is getting tense/.test(head.name), `the tag's name: ${head.name}`);
		check(
			head.headingLines === 1 && head.headingWhole,
			`the heading wraps or is cut: ${JSON.stringify(head)}`,
		);
		check(head.apart && head.inRow, `the heading's row overlaps or overflows: ${JSON.stringify(head)}`);
	});

// Session 28 (ui28): card27's "suggestion starts below the fold" path (WarningCard capSuggestion PUSH: under one line of
// room even with the pinned rows snug) was reached by no page. The GitHub thread at 600x370 reaches it (a 141 px card
// over the thread). Its first view: heading, tag, the draft's reason, "more ↓" on the Apply row and no suggestion line
// cut; the two pinned rows meet (the snug row measured after it shrank: before, a 6 px gap showed the pushed
// suggestion's letters scrolling under it). Scrolled down, the suggestion shows whole above Apply and the cue goes.
test('github thread at 600x370: the suggestion starts below the fold, "more ↓" says so, scrolling shows it whole', async (env) => {
	// Read at that size (open() puts the window back to its default size when it returns).
	const cdp = await env.page.context().newCDPSession(env.page);
	const snap = async (name) => {
		const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
		fs.mkdirSync(ARTIFACTS, { recursive: true });
		fs.writeFileSync(
			path.join(ARTIFACTS, `thread-card-short-github-600x370-${name}.png`),
			Buffer.from(data, 'base64'),
		);
	};
	const read = () =>
		env.page.evaluate(() => {
			const c = document
				.querySelector('[data-tactful-host]')
				?.shadowRoot.querySelector('[data-tactful="card"]');
			const s = c?.querySelector('.tactful-rw-diff, .tactful-rw-streamed');
			const row = c?.querySelector('.tactful-rw-actions')?.getBoundingClientRect();
			const foot = c?.querySelector('.tf-actions')?.getBoundingClientRect();
			if (!c || !s || !row || !foot) return null;
			const r = s.getBoundingClientRect();
			return {
				pushed: c.style.getPropertyValue('--tf-push') !== '',
				more: s.hasAttribute('data-tf-more'),
				// The suggestion's box against the Apply row's top: below it (pushed) or wholly above it.
				below: r.top >= row.top - 1,
				above: r.bottom <= row.top + 1 && r.top >= c.getBoundingClientRect().top,
				gap: Math.round(foot.top - row.bottom),
			};
		});
	try {
		const at = await openThreadCard(env, cdp, page('github'), { width: 600, height: 370 });
		check(at, 'no draft + thread warning');
		const first = await read();
		await snap('open');
		console.log(`      ${JSON.stringify(at)}\n      first view ${JSON.stringify(first)}`);
		check(first?.pushed, `the suggestion is not pushed below the fold: ${JSON.stringify(first)}`);
		check(
			at.heading && at.reason,
			`the heading or why the draft warns is not in view: ${JSON.stringify(at)}`,
		);
		check(at.cut.length === 0, `drawn cut: ${at.cut.join(', ')}`);
		check(
			first.below && first.more,
			`no cue, or a suggestion line over the Apply row: ${JSON.stringify(first)}`,
		);
		check(Math.abs(first.gap) <= 1, `the pinned rows leave a ${first.gap} px gap between them`);
		await env.page.evaluate(() => {
			const c = document
				.querySelector('[data-tactful-host]')
				.shadowRoot.querySelector('[data-tactful="card"]');
			const s = c.querySelector('.tactful-rw-diff, .tactful-rw-streamed');
			const row = c.querySelector('.tactful-rw-actions');
			c.scrollTop += s.getBoundingClientRect().bottom - row.getBoundingClientRect().top + 6;
		});
		const scrolled = await poll(read, (x) => x && !x.more, 2_000);
		await snap('scrolled');
		console.log(`      scrolled ${JSON.stringify(scrolled.value)}`);
		check(
			scrolled.value.above,
			`scrolled, the suggestion is not whole above Apply: ${JSON.stringify(scrolled.value)}`,
		);
		check(scrolled.ok, '"more ↓" stays once the suggestion is in view');
	} finally {
		await cdp.send('Emulation.clearDeviceMetricsOverride');
		await cdp.detach();
	}
});

await run(() => chromiumEnv());
