// QA session 19 (qa19): a page with two comment boxes (GitHub issue: the React MarkdownEditor above the classic
// box). With a draft in the upper box, the card of the lower one took that draft for the comment being answered
// (React mirrors a controlled textarea's value into its text) and, keeping clear of it, opened over the top of the
// window cut to ~285 px, its suggestion scrolled out of sight, though the room above the field held it whole.
// Run: npm run build && node tests/e2e/run-all.mjs card-two-boxes   (screenshot in artifacts/)
import { check, chromiumEnv, run, shot, test, waitOverlay } from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn' && b.settled);

test('a draft in the box above is not the comment being answered: the card opens whole above the field', async ({
	page,
	server,
}) => {
	await page.setViewportSize({ width: 1100, height: 800 });
	await page.goto(`${server.url}/github-issue.html`);
	await page.locator('textarea[aria-label="Markdown value"]').click();
	await page.keyboard.insertText('Thanks, I will look at the parser change after lunch today.');
	const field = page.locator('#new_comment_field');
	await field.click();
	await page.keyboard.insertText('You are a clown and an idiot.');
	check((await waitOverlay(page, warned, 30_000)).ok, 'no warning');
	await page.keyboard.press('Alt+Shift+T');
	const card = page.locator('[data-tactful-host] [data-tactful="card"]');
	await card.waitFor({ timeout: 15_000 });
	// Wait until the suggestion is written (Apply shown), then give the overlay a few frames to place it.
	await page
		.locator('[data-tactful-host]')
		.getByRole('button', { name: 'Apply' })
		.waitFor({ timeout: 30_000 });
	await page.waitForTimeout(500);
	await shot(page, 'card-two-boxes');
	const [box, fieldBox] = await Promise.all([card.boundingBox(), field.boundingBox()]);
	check(box && fieldBox, 'no card or field box');
	check(
		box.y + box.height <= fieldBox.y + 1,
		`the card covers the field: ${JSON.stringify({ box, fieldBox })}`,
	);
	// The card (taller than the window holds here) takes the whole room above the field (8 px margin, 6 px gap),
	// its middle scrolling inside: before, 284 of 478 px, the suggestion scrolled out of sight.
	const room = fieldBox.y - 6 - 8;
	check(box.height >= room - 2, `the card is cut short: ${Math.round(box.height)} of ${Math.round(room)} px`);
});

await run(() => chromiumEnv());
