// Session 28 (fixer29): a verdict and a dismissal around the point ("What a stupid take, the handler is async, so
// stop posting.", written for this test; the scorer warns on it) gets an offline suggestion that keeps only the point;
// before, QA saw such drafts become "So stop posting." or keep "Stop whining.". Apply writes it, Ctrl+Z brings the
// draft back. Runs with the offline fixer (default).
import { check, chromiumEnv, poll, run, shot, test, waitOverlay } from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn');
const inCard = (page, selector) => page.locator(`[data-tactful-host] ${selector}`);

test('a verdict and "so stop posting" around the point leave only the point; Ctrl+Z restores the draft', async ({
	page,
	server,
}) => {
	const sel = 'textarea.js-comment-text-input';
	const draft = 'What a stupid take, the handler is async, so stop posting.';
	await page.goto(`${server.url}/stackexchange-question.html`);
	await page.click(sel);
	await page.keyboard.type(draft);
	check((await waitOverlay(page, warned, 10_000)).ok, 'no warning for the draft');
	await inCard(page, '[data-tactful="badge"]').first().click();
	await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
	await shot(page, 'fixer29-card');
	await inCard(page, 'button.tactful-rw-primary').click();
	const applied = await poll(
		() => page.inputValue(sel),
		(v) => v.trim() !== '' && v.trim() !== draft,
		10_000,
	);
	await shot(page, 'fixer29-applied');
	const after = applied.value.trim();
	check(applied.ok, `not applied: ${after}`);
	check(!/stupid|stop posting/i.test(after), `kept the verdict or the dismissal: ${after}`);
	check(!/^so\b/i.test(after), `a lone "So" fragment: ${after}`);
	check(/handler is async/i.test(after), `lost the point: ${after}`);
	// One Apply is one undo step: one Ctrl+Z brings the draft back whole.
	await page.focus(sel);
	await page.keyboard.press('Control+Z');
	const undone = await poll(
		() => page.inputValue(sel),
		(v) => v === draft,
		5_000,
	);
	check(undone.ok, `Ctrl+Z did not restore the draft: ${JSON.stringify(undone.value)}`);
	await shot(page, 'fixer29-undone');
});

await run(() => chromiumEnv({ requireHost: true }));
