// Keyboard and screen-reader use of the in-page card in Debian Chromium: what the polite live region says (a new
// warning once, with the way to the card; not again while it stays; a draft in another language), the card as a
// labelled dialog in the accessibility tree (CDP Accessibility.getFullAXTree), Escape and Shift+Tab back to the
// draft with the caret where it was, and the focus ring's measured contrast on light and dark pages.
// Run: npx wxt build && node tests/e2e/run-all.mjs a11y   (screenshots in artifacts/)
import { CIVIL, TOXIC } from './drafts.mjs';
import {
	check,
	chromiumEnv,
	message,
	overlay,
	run,
	shot,
	test,
	waitOverlay,
	waitSettled,
} from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn');

/**
 * Records every text the overlay's live region takes, from the moment Tactful adds its overlay (main world: the
 * shadow root is open). `window.__said` holds them in order.
 */
function recordLiveRegion() {
	window.__said = [];
	const watch = (host) => {
		let last = '';
		const read = () => {
			const text = host.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '';
			if (text !== last) window.__said.push(text);
			last = text;
		};
		new MutationObserver(read).observe(host.shadowRoot, {
			subtree: true,
			childList: true,
			characterData: true,
		});
		read();
	};
	// An init script runs before <html> exists: watch the document for the host Tactful appends to <html>.
	new MutationObserver((records) => {
		for (const r of records)
			for (const n of r.addedNodes) if (n instanceof Element && n.hasAttribute('data-tactful-host')) watch(n);
	}).observe(document, { childList: true, subtree: true });
}

/** What was said, without the invisible no-break space that lets the same sentence be heard again. */
const said = (page) =>
	page.evaluate(() => window.__said.map((t) => t.replace(/\u00a0/g, '').trim()).filter(Boolean));

/** The accessibility tree's nodes with a role in `roles`: { role, name, live }. */
async function axNodes(page, roles) {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	await cdp.detach();
	return nodes
		.filter((n) => !n.ignored && roles.includes(n.role?.value))
		.map((n) => ({
			role: n.role.value,
			name: n.name?.value ?? '',
			live: n.properties?.find((p) => p.name === 'live')?.value?.value ?? null,
		}));
}

/** Where focus and the caret are, in one read: the field's id and its caret offset (textarea or contenteditable). */
const caretIn = (page) =>
	page.evaluate(() => {
		const a = document.activeElement;
		if (a?.hasAttribute('data-tactful-host')) return { where: 'tactful', offset: -1 };
		if (a instanceof HTMLTextAreaElement)
			return { where: a.id, offset: a.selectionStart, collapsed: a.selectionStart === a.selectionEnd };
		const s = getSelection();
		if (!a || !s?.rangeCount || !a.contains(s.anchorNode)) return { where: a?.id ?? '', offset: -1 };
		const r = document.createRange();
		r.setStart(a, 0);
		r.setEnd(s.anchorNode, s.anchorOffset);
		return { where: a.id, offset: r.toString().length, collapsed: s.isCollapsed };
	});

const cardFocused = (page) =>
	page.evaluate(
		() =>
			document
				.querySelector('[data-tactful-host]')
				?.shadowRoot?.activeElement?.closest('[data-tactful="card"]') != null,
	);

async function waitFor(read, want, timeout = 10_000) {
	let v = await read();
	for (const end = Date.now() + timeout; !want(v) && Date.now() < end; ) {
		await new Promise((r) => setTimeout(r, 50));
		v = await read();
	}
	return v;
}

test('screen reader: a new warning is said once, with the way to the card; typing on with the same warning says nothing new', async (env) => {
	const page = await env.context.newPage();
	await page.addInitScript(recordLiveRegion);
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned)).ok, 'no warning');
	check((await waitSettled(page)).ok, 'never settled');
	await page.keyboard.type(' Honestly.');
	check((await waitSettled(page)).ok, 'never settled after typing on');
	const heard = await said(page);
	await shot(page, 'a11y-warning-announced');
	check(heard.length === 1, `said ${heard.length} times: ${JSON.stringify(heard)}`);
	// The binding in effect (the user may rebind the card command; a fresh Chromium on Linux: Alt+Shift+T heard in
	// the page, keys.spec), as this platform writes it (Linux: as reported).
	const { shortcut } = (await message(env.browser, 'getCardShortcut', {})).value;
	check(shortcut === 'Alt+Shift+T', `binding in effect: ${shortcut}`);
	check(
		new RegExp(`may land badly.*${shortcut.replace(/\+/g, '\\+')} in the text box opens the details`).test(
			heard[0] ?? '',
		),
		`said: ${heard[0]}`,
	);
	const status = (await axNodes(page, ['status'])).filter((n) => n.live === 'polite');
	check(status.length >= 1, `no polite status region in the accessibility tree: ${JSON.stringify(status)}`);
	await page.close();
});

test('screen reader: a draft in another language is said to be unchecked, once', async (env) => {
	const page = await env.context.newPage();
	await page.addInitScript(recordLiveRegion);
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type('Привет всем, спасибо за исправление.');
	check((await waitSettled(page)).ok, 'never settled');
	await page.keyboard.type(' Хорошо.');
	check((await waitSettled(page)).ok, 'never settled after typing on');
	const heard = await said(page);
	check(heard.length === 1 && /reads English only/.test(heard[0] ?? ''), `said: ${JSON.stringify(heard)}`);
	await page.close();
});

test('screen reader: the thread warning over a calm reply is said on its own, once', async (env) => {
	const page = await env.context.newPage();
	await page.addInitScript(recordLiveRegion);
	await page.goto(`${env.server.url}/threads/github-heated-thread.html`);
	await page.click('textarea.js-comment-field');
	await page.keyboard.type(CIVIL);
	const s = await waitOverlay(page, (x) => x.badges.some((b) => b.thread === 'risk' && b.settled), 30_000);
	check(s.ok, `no thread warning: ${JSON.stringify(s.badges)}`);
	await page.keyboard.type(' Thanks.');
	check((await waitSettled(page)).ok, 'never settled after typing on');
	const heard = await said(page);
	const thread = heard.filter((t) => !/no concerns/.test(t));
	check(
		thread.length === 1 && /^Tactful: /.test(thread[0]) && !/may land badly/.test(thread[0]),
		`said: ${JSON.stringify(heard)}`,
	);
	console.log(`      said: ${JSON.stringify(heard)}`);
	await page.close();
});

for (const [sel, kind] of [
	['#ce', 'contenteditable'],
	['#comment', 'textarea'],
]) {
	test(`keyboard (${kind}): the card is a labelled dialog; Escape, and Shift+Tab from it, go back to the draft with the caret where it was`, async (env) => {
		const page = await env.context.newPage();
		await page.goto(`${env.server.url}/generic-blog.html`);
		await page.click(sel);
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(page, warned)).ok, 'no warning');
		// The caret mid-draft, before "garbage.".
		for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
		const before = await caretIn(page);
		check(before.offset === TOXIC.length - 8, `caret not placed: ${JSON.stringify(before)}`);

		await page.keyboard.press('Alt+Shift+T');
		check(await waitFor(() => cardFocused(page), Boolean), 'the card did not take focus');
		const dialogs = await axNodes(page, ['dialog']);
		check(
			dialogs.some((d) => d.name === 'This might land badly'),
			`no labelled dialog: ${JSON.stringify(dialogs)}`,
		);
		await shot(page, `a11y-card-keyboard-${kind}`);
		await page.keyboard.press('Escape');
		const back = await waitFor(
			() => caretIn(page),
			(c) => c.where === sel.slice(1),
		);
		check(
			back.where === sel.slice(1) && back.offset === before.offset && back.collapsed,
			`after Escape: ${JSON.stringify(back)} (was ${JSON.stringify(before)})`,
		);

		await page.keyboard.press('Alt+Shift+T');
		check(
			await waitFor(() => cardFocused(page), Boolean),
			`the card did not take focus again: ${JSON.stringify(await overlay(page))} ${JSON.stringify(await caretIn(page))}`,
		);
		await page.keyboard.press('Shift+Tab');
		const out = await waitFor(
			() => caretIn(page),
			(c) => c.where === sel.slice(1),
		);
		check(
			out.where === sel.slice(1) && out.offset === before.offset,
			`after Shift+Tab: ${JSON.stringify(out)} (was ${JSON.stringify(before)})`,
		);
		// Typing on lands where the user left off.
		await page.keyboard.type('X');
		const text = await page.evaluate((s) => {
			const el = document.querySelector(s);
			return el instanceof HTMLTextAreaElement ? el.value : el.textContent;
		}, sel);
		check(text === `${TOXIC.slice(0, -8)}X${TOXIC.slice(-8)}`, `typed into the wrong place: ${text}`);
		await page.close();
	});
}

// Session 14's CI flake (1 run in 3): Escape, then Alt+Shift+T again before the page drew a frame (a fast user, a
// busy machine) left focus in the field with the card open. Both keys are sent here in one task of the page, so
// no frame can fall between them: the repaint that closed the card and the one that opened it again were one.
for (const [sel, kind] of [
	['#ce', 'contenteditable'],
	['#comment', 'textarea'],
]) {
	test(`keyboard (${kind}): Escape and Alt+Shift+T again within one frame: the card takes focus again`, async (env) => {
		const page = await env.context.newPage();
		await page.goto(`${env.server.url}/generic-blog.html`);
		await page.click(sel);
		await page.keyboard.type(TOXIC);
		check((await waitOverlay(page, warned)).ok, 'no warning');
		await page.keyboard.press('Alt+Shift+T');
		check(await waitFor(() => cardFocused(page), Boolean), 'the card did not take focus');
		const between = await page.evaluate((s) => {
			const key = (target, init) =>
				target.dispatchEvent(
					new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }),
				);
			const host = document.querySelector('[data-tactful-host]');
			key(host?.shadowRoot?.activeElement ?? host, { key: 'Escape', code: 'Escape' });
			const field = document.activeElement?.id;
			key(document.querySelector(s), { key: 'T', code: 'KeyT', altKey: true, shiftKey: true });
			return field;
		}, sel);
		check(between === sel.slice(1), `Escape did not give focus back to the field: ${between}`);
		const state = await waitFor(
			() =>
				page.evaluate(() => {
					const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
					return {
						open: root?.querySelector('[data-tactful="card"]') != null,
						inCard: root?.activeElement?.closest('[data-tactful="card"]') != null,
						active: document.activeElement?.id ?? document.activeElement?.tagName,
					};
				}),
			(s) => s.inCard,
		);
		check(state.open && state.inCard, `the card did not take focus again: ${JSON.stringify(state)}`);
		await page.close();
	});
}

test('keyboard: Alt+Shift+T while the mouse rests on an underline (its card open on hover) takes focus into that card, not closes it', async (env) => {
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	const s = await waitOverlay(page, (x) => warned(x) && x.underlines.length > 0);
	check(s.ok, 'no underline');
	const u = s.underlines[0];
	await page.mouse.move(u.x + u.w / 2, u.y - 6);
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'hovering the underline opened no card');
	// The hover card's element, marked: the keyboard takes over THIS card, inner state and all, not a new one (ui7).
	const marked = await page.evaluate(() => {
		const card = document
			.querySelector('[data-tactful-host]')
			?.shadowRoot?.querySelector('[data-tactful="card"]');
		if (card) card.tfSameCard = true;
		return Boolean(card);
	});
	check(marked, 'the hover card went away before it could be marked');
	await page.keyboard.press('Alt+Shift+T');
	const focused = await waitFor(() => cardFocused(page), Boolean);
	const after = await overlay(page);
	await shot(page, 'a11y-hover-card-keyboard');
	check(focused && after.card !== null, `card open: ${after.card !== null}, focused: ${focused}`);
	const same = await page.evaluate(
		() =>
			document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector('[data-tactful="card"]')
				?.tfSameCard === true,
	);
	check(
		same,
		'the keyboard re-created the card (its inner state, an expanded section or a chosen rewrite, is lost)',
	);
	await page.close();
});

/**
 * Tabs through the page and, for each stop, reads (in one evaluate) its accessible name, whether it shows a focus
 * indicator, and the measured contrast of that ring and of its text against the colour behind it.
 */
async function tabStops(page, max = 80) {
	await page.evaluate(() => {
		document.activeElement?.blur();
		window.scrollTo(0, 0);
	});
	const stops = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body) return null;
			const rgb = (c) => {
				const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
				return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
			};
			const lum = ({ r, g, b }) => {
				const f = (v) => {
					const x = v / 255;
					return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
				};
				return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
			};
			const ratio = (a, b) => {
				const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
				return (hi + 0.05) / (lo + 0.05);
			};
			/** The first opaque background at or above `n` (the page's own colour at the top). */
			const behind = (n) => {
				for (let e = n; e; e = e.parentElement) {
					const c = rgb(getComputedStyle(e).backgroundColor);
					if (c && c.a > 0.5) return c;
				}
				return matchMedia('(prefers-color-scheme: dark)').matches
					? { r: 0, g: 0, b: 0 }
					: { r: 255, g: 255, b: 255 };
			};
			const cs = getComputedStyle(el);
			const ring = cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0;
			const shadow = cs.boxShadow !== 'none';
			const ringColour = rgb(cs.outlineColor);
			// The ring is drawn outside the control (outline-offset): it is seen against what is around the control.
			const around = behind(el.parentElement);
			const label =
				el.getAttribute('aria-label') ||
				(el.getAttribute('aria-labelledby') &&
					document.getElementById(el.getAttribute('aria-labelledby'))?.textContent) ||
				(el.labels?.[0]?.textContent ?? '') ||
				el.textContent ||
				el.getAttribute('title') ||
				'';
			const r = el.getBoundingClientRect();
			// Where the stop is: Tab came back round to the first one when this repeats.
			return {
				at: [...document.querySelectorAll('*')].indexOf(el),
				what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${label.trim().slice(0, 40)}"`,
				named: label.trim().length > 0,
				visible: el.matches(':focus-visible') && (ring || shadow),
				ring: ring && ringColour ? Math.round(ratio(ringColour, around) * 100) / 100 : null,
				text: el.textContent.trim() ? Math.round(ratio(rgb(cs.color), behind(el)) * 100) / 100 : null,
				clipped: r.right > innerWidth + 1 || r.left < -1,
			};
		});
		if (!stop || stops.some((s) => s.at === stop.at)) break;
		stops.push(stop);
	}
	return stops;
}

for (const scheme of ['light', 'dark']) {
	test(`keyboard (${scheme}): every control of the popup, options, history and welcome pages is reached by Tab, named, shows focus with a ring >= 3:1 and text >= 4.5:1`, async (env) => {
		const page = await env.context.newPage();
		await page.emulateMedia({ colorScheme: scheme });
		const problems = [];
		let total = 0;
		for (const [file, width] of [
			['popup.html?host=127.0.0.1', 340],
			['options.html', 900],
			['history-page.html', 900],
			['welcome.html', 900],
		]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`chrome-extension://${env.extensionId}/${file}`);
			await page.waitForLoadState('domcontentloaded');
			await page.locator('main, body > *').first().waitFor();
			// The history page draws its controls only once the background answers (CI on a loaded machine read
			// "only 0 Tab stops" there): wait for the controls, not just the first element. Since session 15 it shows
			// them at once, unavailable, while it reads (main[aria-busy]): the walk checks the page it settles on.
			await page.waitForFunction(
				() =>
					!document.querySelector('main[aria-busy="true"]') &&
					document.querySelectorAll(
						'button:not([disabled]), a[href], input:not([disabled]), select, textarea, summary, [tabindex="0"]',
					).length >= 3,
				null,
				{ timeout: 15000 },
			);
			const stops = await tabStops(page);
			total += stops.length;
			if (process.env.A11Y_DEBUG) console.log(file, JSON.stringify(stops, null, 0));
			if (stops.length < 3) problems.push(`${file}: only ${stops.length} Tab stops`);
			for (const s of stops) {
				if (!s.named) problems.push(`${file}: unnamed ${s.what}`);
				if (!s.visible) problems.push(`${file}: no focus ring on ${s.what}`);
				if (s.ring !== null && s.ring < 3) problems.push(`${file}: ring ${s.ring}:1 on ${s.what}`);
				if (s.text !== null && s.text < 4.5) problems.push(`${file}: text ${s.text}:1 on ${s.what}`);
				if (s.clipped) problems.push(`${file}: clipped ${s.what}`);
			}
			if (file.startsWith('popup')) await shot(page, `a11y-popup-focus-${scheme}`);
		}
		console.log(`      ${total} Tab stops checked (${scheme})`);
		check(problems.length === 0, `\n        ${problems.join('\n        ')}`);
		await page.close();
	});
}

test('200 % zoom: Tab walks every control of a keyboard-opened card and each is in view when focused; the popup at 200 % (its 800 x 600 cap is 400 x 300 CSS px) clips no control', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 550, height: 400 }); // a 1100 x 800 window at 200 %
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned)).ok, 'no warning');
	await page.keyboard.press('Alt+Shift+T');
	check(await waitFor(() => cardFocused(page), Boolean), 'the card did not take focus');
	const seen = [];
	const problems = [];
	for (let i = 0; i < 15; i++) {
		await page.keyboard.press('Tab');
		const at = await page.evaluate(() => {
			const el = document.querySelector('[data-tactful-host]')?.shadowRoot?.activeElement;
			if (!el) return null;
			const r = el.getBoundingClientRect();
			return {
				name: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30),
				inView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
				ring: el.matches(':focus-visible'),
			};
		});
		if (!at) break; // Tab past the last control went back to the draft
		seen.push(at.name);
		if (at.name === 'Snooze here for 1 hour') await shot(page, 'a11y-card-200-zoom');
		if (!at.inView) problems.push(`"${at.name}" out of view`);
		if (!at.ring) problems.push(`"${at.name}" shows no focus`);
	}
	check(
		seen.includes('Snooze here for 1 hour'),
		`Tab never reached the card's actions: ${JSON.stringify(seen)}`,
	);
	check(problems.length === 0, problems.join('; '));
	await page.close();

	const popup = await env.context.newPage();
	await popup.setViewportSize({ width: 340, height: 300 });
	await popup.goto(`chrome-extension://${env.extensionId}/popup.html?host=127.0.0.1`);
	await popup.locator('main').waitFor();
	const stops = await tabStops(popup);
	await shot(popup, 'a11y-popup-200-zoom');
	const clipped = stops.filter((x) => x.clipped).map((x) => x.what);
	check(stops.length >= 8 && clipped.length === 0, `${stops.length} stops, clipped: ${clipped}`);
	await popup.close();
});

/** In the page: contrast of the card's focused control (ring against the card, text against its background) and of
 * the card's muted lines (the keyboard hint, "Mostly because of"). Self-contained for page.evaluate. */
function cardContrast() {
	const rgb = (c) => {
		const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
		return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
	};
	const lum = ({ r, g, b }) => {
		const f = (v) => {
			const x = v / 255;
			return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
	};
	const ratio = (a, b) => {
		const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
		return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
	};
	const behind = (n) => {
		for (let e = n; e; e = e.parentElement) {
			const c = rgb(getComputedStyle(e).backgroundColor);
			if (c && c.a > 0.5) return c;
		}
		return { r: 255, g: 255, b: 255 };
	};
	const root = document.querySelector('[data-tactful-host]').shadowRoot;
	const card = root.querySelector('[data-tactful="card"]');
	const el = root.activeElement;
	const cs = el && getComputedStyle(el);
	const muted = [...card.querySelectorAll('.tf-keys, .tf-quotes .tf-muted')].map((m) => ({
		what: m.textContent.slice(0, 20),
		text: ratio(rgb(getComputedStyle(m).color), behind(m)),
	}));
	return {
		what: el ? (el.getAttribute('aria-label') || el.textContent).trim().slice(0, 24) : null,
		ring:
			el && cs.outlineStyle !== 'none' && el.matches(':focus-visible')
				? ratio(rgb(cs.outlineColor), behind(card))
				: null,
		text: el?.textContent.trim() ? ratio(rgb(cs.color), behind(el)) : null,
		muted,
	};
}

test('the card on a light and a dark page: focus ring >= 3:1 on every control, text >= 4.5:1, the hint and quotes lead >= 4.5:1', async (env) => {
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/layout.html`);
	await page.click('#reply');
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned)).ok, 'no warning');
	const problems = [];
	let measured = 0;
	for (const theme of ['light', 'dark']) {
		if (theme === 'dark') {
			await page.click('#theme');
			await page.focus('#reply');
			const dark = await waitFor(
				() =>
					page.evaluate(
						() =>
							document
								.querySelector('[data-tactful-host]')
								.shadowRoot.querySelector('[data-tactful="badge"]')
								?.closest('.tf-app')
								?.classList.contains('tf-dark') ?? false,
					),
				Boolean,
			);
			check(dark, 'the overlay stayed light on the dark page');
		}
		await page.keyboard.press('Alt+Shift+T');
		check(await waitFor(() => cardFocused(page), Boolean), `the card did not take focus (${theme})`);
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const c = await page.evaluate(cardContrast).catch(() => null);
			if (!c?.what) break;
			measured++;
			if (c.ring === null || c.ring < 3) problems.push(`${theme}: ring ${c.ring} on "${c.what}"`);
			if (c.text !== null && c.text < 4.5) problems.push(`${theme}: text ${c.text}:1 on "${c.what}"`);
			for (const m of c.muted) if (m.text < 4.5) problems.push(`${theme}: muted "${m.what}" ${m.text}:1`);
			if (i === 0) {
				console.log(`      ${theme}: ${JSON.stringify(c)}`);
				await shot(page, `a11y-card-contrast-${theme}`);
			}
		}
		await page.keyboard.press('Escape');
		await waitOverlay(page, (x) => x.card === null);
	}
	check(measured >= 6, `only ${measured} controls measured`);
	check(problems.length === 0, problems.join('; '));
	await page.close();
});

await run(() => chromiumEnv());
