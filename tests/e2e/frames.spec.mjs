// Editors in frames without a host of their own (a TinyMCE-style about:blank iframe, a srcdoc editor) belong to
// the tab's page: the popup's site switch quiets them, and "Snooze on this site" in their card snoozes the site
// the popup shows, not an unnamed one.
import { TOXIC } from './drafts.mjs';
import { check, chromiumEnv, run, setSettings, shot, test, waitOverlay } from './harness.mjs';

const warned = (s) => s.badges.some((b) => b.level === 'warn') && s.underlines.length > 0;
const quiet = (s) => !s.badges.some((b) => b.level !== 'ok') && s.underlines.length === 0;
const SITE = '127.0.0.1';
const EDITORS = [
	{ name: 'TinyMCE-style about:blank iframe', frame: '#comment_ifr' },
	{ name: 'srcdoc editor', frame: '#reply' },
];

/** Opens the page and types the toxic draft into the editor in `sel`'s frame; returns that frame. */
async function typeInto(page, server, sel) {
	await page.goto(`${server.url}/classic-editor.html`);
	const frame = await (await page.$(sel)).contentFrame();
	await frame.locator('body').click();
	await page.keyboard.type(TOXIC);
	check((await waitOverlay(frame, warned)).ok, `no warning in ${sel}`);
	return frame;
}

for (const e of EDITORS) {
	test(`${e.name}: turning the site off in the popup quiets it`, async ({ page, server, sw }) => {
		await setSettings(sw, { sites: {} });
		const frame = await typeInto(page, server, e.frame);
		await setSettings(sw, { sites: { [SITE]: { enabled: false } } }); // what the popup's site switch stores
		const off = await waitOverlay(frame, quiet, 15_000);
		await shot(page, `frames-off-${e.frame.slice(1)}`);
		check(off.ok, `still warning with ${SITE} off: ${JSON.stringify(off.badges)}`);
		await setSettings(sw, { sites: {} });
	});
}

test('srcdoc editor: "Snooze on this site" snoozes the tab\'s site', async ({ page, server, sw }) => {
	await setSettings(sw, { sites: {} });
	const frame = await typeInto(page, server, '#reply');
	await frame.locator('[data-tactful-host] [data-tactful="badge"]').first().click();
	// The frame is small: its card opens over the page beside it (overlay/frame-card.ts).
	await page.locator('[data-tactful-frame-card] button:has-text("Snooze on this site")').click();
	// The click's settings write is asynchronous (content script → storage): wait for it, not for a fixed time.
	let sites = {};
	for (let end = Date.now() + 15_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
		sites = await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings.sites);
		if ((sites[SITE]?.snoozeUntil ?? 0) > Date.now()) break;
	}
	check((sites[SITE]?.snoozeUntil ?? 0) > Date.now(), `${SITE} not snoozed: ${JSON.stringify(sites)}`);
	check(
		(await waitOverlay(frame, (s) => s.underlines.length === 0, 15_000)).ok,
		'still underlined after snoozing',
	);
	await setSettings(sw, { sites: {} });
});

await run(() => chromiumEnv());
