// Session 28 (fixer28): a calm-worded put-down that carries a technical point ("Is reading the error message too
// much to ask? It says the port is already in use.", a fixer28 dev draft the scorer warns on) gets an offline
// suggestion that asks plainly and keeps the point; Apply writes it, Ctrl+Z brings the draft back. Before, the
// offline fixer left the draft unchanged and the card offered no rewrite. Runs with the offline fixer (default).
import { check, chromiumEnv, poll, run, shot, test, waitOverlay } from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn');
const inCard = (page, selector) => page.locator(`[data-tactful-host] ${selector}`);

test('a mocking question before the point becomes a plain request; Ctrl+Z restores the draft', async ({
	page,
	server,
}) => {
	const sel = 'textarea.js-comment-text-input';
	const draft = 'Is reading the error message too much to ask? It says the port is already in use.';
	await page.goto(`${server.url}/stackexchange-question.html`);
	await page.click(sel);
	await page.keyboard.type(draft);
	check((await waitOverlay(page, warned, 10_000)).ok, 'no warning for the draft');
	await inCard(page, '[data-tactful="badge"]').first().click();
	await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
	await shot(page, 'fixer28-card');
	await inCard(page, 'button.tactful-rw-primary').click();
	const applied = await poll(
		() => page.inputValue(sel),
		(v) => v.trim() !== '' && v.trim() !== draft,
		10_000,
	);
	await shot(page, 'fixer28-applied');
	const after = applied.value.trim();
	check(applied.ok, `not applied: ${after}`);
	check(!/too much to ask/i.test(after), `kept the put-down: ${after}`);
	check(/read the error message\?/i.test(after), `no plain request: ${after}`);
	check(/port is already in use/i.test(after), `lost the point: ${after}`);
	// One Apply is one undo step: one Ctrl+Z brings the draft back whole.
	await page.focus(sel);
	await page.keyboard.press('Control+Z');
	const undone = await poll(
		() => page.inputValue(sel),
		(v) => v === draft,
		5_000,
	);
	check(undone.ok, `Ctrl+Z did not restore the draft: ${JSON.stringify(undone.value)}`);
	await shot(page, 'fixer28-undone');
});

await run(() => chromiumEnv({ requireHost: true }));
