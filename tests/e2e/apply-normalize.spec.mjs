// An editor that normalises its own text right after Apply (smart punctuation: "--" → "—", 100 ms after a write
// that no key made; tests/pages/normalizing-editor.html). Risk named by races6, session 19: the card Apply leaves
// open waits for the verdict on the text it wrote and closes when the draft changes first. Checked here (session
// 20, frames7): the badge settles on the normalised text; a calm rewrite's card closes as without the rule; a
// rewrite that still warns (strict sensitivity) keeps its card with that verdict (it closed on the editor's change
// before: card.ts waitsOnWrite); Ctrl+Z (twice: the rule's own step, then the Apply) brings the user's words and
// their warning back. Session 22 (draft9): with the rule on, the card says the editor changed the text after the
// write (rewrite-apply.ts CHANGED_AFTER_WRITING) and does not close over the calm verdict.
import { check, chromiumEnv, poll, run, setSettings, shot, test, waitOverlay } from './harness.mjs';

// Its offline rewrite keeps the "--": since session 22 (fixer9) "I think this code is not good -- it doesn't even compile."
const DRAFT = "You're a complete idiot and this code is garbage -- it doesn't even compile.";
const warned = (s) => s.badges.some((b) => b.level === 'warn');
const SEL = '#comment';
const text = (page) =>
	page.evaluate(() =>
		document
			.getElementById('comment')
			.innerText.replace(/\u00a0/g, ' ')
			.trim(),
	);

/** The field's text, the card's text and the badge (level, settled: about the text as it is now), in one read. */
const state = (page) =>
	page.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		const badge = root?.querySelector('[data-tactful="badge"]');
		return {
			text: document
				.getElementById('comment')
				.innerText.replace(/\u00a0/g, ' ')
				.trim(),
			card: root?.querySelector('[data-tactful="card"] h2')?.textContent ?? null,
			told: /changed the text after/.test(root?.querySelector('[data-tactful="card"]')?.textContent ?? ''),
			badge: badge?.dataset.level ?? null,
			settled: badge?.dataset.settled === 'true',
			normalized: window.normalized,
		};
	});

const CASES = [
	// Sensitivity 0.5: the rewrite is calm, the card Apply left open closes. 1 (strict): the rewrite still warns,
	// and its card shows that verdict; with the rule it closed instead before session 20 (card.ts waitsOnWrite).
	...[0.5, 1].flatMap((sensitivity) => [true, false].map((normalize) => ({ normalize, sensitivity }))),
];

for (const { normalize, sensitivity } of CASES) {
	const still = sensitivity === 1;
	test(`${normalize ? 'an editor that normalises after Apply' : 'the same editor without its rule'}, sensitivity ${sensitivity}: the verdict on the applied text shows; Ctrl+Z restores the draft and its warning`, async ({
		page,
		server,
		sw,
	}) => {
		await setSettings(sw, { sites: {}, sensitivity, rewrite: { backend: 'offline', weight: 0.5 } });
		await page.goto(`${server.url}/normalizing-editor.html${normalize ? '' : '?normalize=0'}`);
		await page.click(SEL);
		await page.keyboard.type(DRAFT);
		check((await waitOverlay(page, warned)).ok, 'no warning for the draft');
		await page.locator('[data-tactful-host] [data-tactful="badge"]').first().click();
		await page.locator('[data-tactful-host] button.tactful-rw-primary').click({ timeout: 15_000 });
		const trace = [];
		// The rewrite written (and tidied by the editor), and the badge settled on the text the field holds now.
		const applied = await poll(
			async () => {
				const s = await state(page);
				trace.push(s);
				return s;
			},
			(s) => !s.text.includes('idiot') && (!normalize || s.normalized > 0) && s.settled,
			15_000,
		);
		await shot(page, `apply-normalize-${normalize ? 'on' : 'off'}`);
		const seen = [...new Set(trace.map((s) => JSON.stringify([s.text, s.card, s.badge, s.settled])))];
		check(applied.ok, `no settled verdict on the applied text: ${seen.join(' | ')}`);
		check(
			normalize ? applied.value.text.includes('\u2014') : applied.value.text.includes('--'),
			`the editor's rule did not run as set: ${applied.value.text}`,
		);
		// Calm without the rule: the badge says so and the card Apply left open closes. Still warned: the card shows
		// that verdict, about the text the field holds (the tidied one). With the rule the card also says the editor
		// changed the text after the write, and stays for it over a calm verdict (session 22, draft9: it closed, and
		// the user never learned the applied text was touched).
		const shown = await poll(
			() => state(page),
			(s) =>
				s.settled &&
				s.told === normalize &&
				// Strict: since session 22 (fixer9) the offline rewrite drops "garbage" too and may read calm even at 1;
				// either verdict must be the one on the applied text, shown as such.
				((still && s.badge === 'warn' && s.card === 'This might land badly') ||
					(s.badge === 'ok' && (normalize ? s.card !== null : s.card === null))),
			10_000,
		);
		check(shown.ok, `not the verdict on the applied text: ${JSON.stringify(shown.value)}`);
		await page.focus(SEL);
		// The editor's rule is one undo step of its own (as ProseMirror's undoInputRule): at most two Ctrl+Z.
		const steps = [];
		for (let i = 0; i < 3 && (await text(page)) !== DRAFT; i++) {
			const before = await text(page);
			await page.keyboard.press('Control+Z');
			// Each step read once it has landed (a loaded machine): the next press must not undo one more.
			steps.push(
				(
					await poll(
						() => text(page),
						(t) => t !== before,
						5_000,
					)
				).value,
			);
		}
		check(steps.at(-1) === DRAFT, `Ctrl+Z did not restore the draft: ${JSON.stringify(steps)}`);
		check(
			steps.length === (normalize ? 2 : 1),
			`Ctrl+Z steps: ${JSON.stringify(steps)} (the rule's own step, then the Apply)`,
		);
		check((await waitOverlay(page, warned)).ok, 'the restored draft is not warned again');
	});
}

// Session 21 (draft8): a key pressed in the frame right after Apply's write (the stress hunt, scripts/stress-apply.mjs,
// on a loaded machine: "T his code is garbage…"). The rich editors' write waited a frame before putting the caret
// back, and the key landed where the browser left it: after the written "T", mid-word. The key must land where the
// user's caret was (the end of the draft), and the card must not call the typed-on rewrite a failed write.
test('a key pressed in the frame after the write lands at the end of the draft, not inside the rewrite', async ({
	page,
	server,
	sw,
}) => {
	await setSettings(sw, { sites: {}, sensitivity: 0.5, rewrite: { backend: 'offline', weight: 0.5 } });
	await page.goto(`${server.url}/normalizing-editor.html?normalize=0&keyAfterWrite=%20ok`);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, warned)).ok, 'no warning for the draft');
	await page.locator('[data-tactful-host] [data-tactful="badge"]').first().click();
	await page.locator('[data-tactful-host] button.tactful-rw-primary').click({ timeout: 15_000 });
	const typed = await poll(
		() => text(page),
		(t) => !t.includes('idiot') && t.includes('ok'),
		15_000,
	);
	check(typed.ok, `the rewrite and the key did not land: ${JSON.stringify(typed.value)}`);
	check(
		// Session 22 (fixer9): the rewrite no longer keeps the underlined "garbage".
		typed.value === "I think this code is not good -- it doesn't even compile. ok",
		`the key landed inside the rewrite: ${JSON.stringify(typed.value)}`,
	);
	const card = await page.evaluate(
		() =>
			document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector('[data-tactful="card"]')
				?.innerText ?? '',
	);
	check(!/did not accept|changed the text/.test(card), `the card called the write failed: ${card}`);
});

await run(() => chromiumEnv());
