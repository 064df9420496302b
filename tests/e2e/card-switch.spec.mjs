// The card belongs to one field. When the user moves on to write in another field, the card of the first one
// must not stay open over the page (it covered the right part of the next reply box and its badge on GitHub's
// issue page); the first field keeps its warning, and its card opens again from its badge.
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, run, shot, test, waitOverlay } from './harness.mjs';

const A = 'textarea[aria-label="Markdown value"]';
const B = '#new_comment_field';
const warned = (s) => s.badges.some((b) => b.level === 'warn');

test("typing in another field closes the first field's card; the first field keeps its warning", async ({
	page,
	server,
}) => {
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(A);
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(page, warned)).ok, 'not warned');
	await page.keyboard.press('Alt+Shift+T');
	check((await waitOverlay(page, (s) => s.card !== null)).ok, 'card did not open');
	await page.click(B);
	await page.keyboard.type('Thanks, I will look into it tomorrow.');
	const s = await waitOverlay(page, (x) => x.card === null, 20_000);
	await shot(page, 'card-switch-field');
	check(s.ok, 'the first field’s card stayed open over the page');
	check(warned(s), 'the first field lost its warning');
	check((await page.inputValue(A)) === TOXIC, 'the first draft changed');
	// Its card still opens from its badge.
	await page.locator('[data-tactful-host] [data-tactful="badge"][data-level="warn"]').click();
	check((await waitOverlay(page, (x) => x.card !== null)).ok, 'card did not open again from the badge');
});

await run(() => chromiumEnv({ requireHost: true }));
