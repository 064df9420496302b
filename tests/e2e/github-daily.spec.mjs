// What a GitHub user does every day, on the GitHub snapshots: Apply a rewrite, take it back with Ctrl+Z and type
// on; Markdown that is not the user's words (mentions, link addresses) in a review comment.
import { check, chromiumEnv, overlay, run, setSettings, shot, test, waitOverlay } from './harness.mjs';

const SEL = 'textarea[aria-label="Markdown value"]';
const DRAFT = 'This stupid patch broke the parser again, you clearly never test your garbage code.';
const inHost = (page, selector) => page.locator(`[data-tactful-host] ${selector}`);
const field = (page) =>
	page.evaluate((sel) => {
		const el = document.querySelector(sel);
		return {
			value: el.value,
			react: document.getElementById('react-state').textContent,
			start: el.selectionStart,
			end: el.selectionEnd,
		};
	}, SEL);

test('Apply, Ctrl+Z, then typing on continues the draft: the restored text is not left selected for the next key to replace', async (env) => {
	const { page, server } = env;
	await setSettings(env.browser.sw, { rewrite: { backend: 'offline', weight: 0.5 } });
	await page.goto(`${server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'not flagged');
	await inHost(page, '[data-tactful="badge"]').first().click();
	await inHost(page, 'button.tactful-rw-primary').click({ timeout: 15_000 });
	await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value !== draft, [SEL, DRAFT], {
		timeout: 5000,
	});
	await page.focus(SEL);
	await page.keyboard.press('Control+Z');
	await page.waitForFunction(([sel, draft]) => document.querySelector(sel).value === draft, [SEL, DRAFT], {
		timeout: 3000,
	});
	const undone = await field(page);
	check(
		undone.start === undone.end && undone.end === DRAFT.length,
		`after Ctrl+Z the caret is not back at the end of the draft: selection ${undone.start}-${undone.end}`,
	);
	await page.keyboard.type(' Please fix.');
	const after = await field(page);
	await shot(page, 'github-daily-undo-type-on');
	check(
		after.value === `${DRAFT} Please fix.`,
		`typing on changed the draft: ${JSON.stringify(after.value)}`,
	);
	check(after.react === after.value, `React state did not follow: ${JSON.stringify(after.react)}`);
});

run(() => chromiumEnv({ requireHost: true }));
