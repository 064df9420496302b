// The toxic head as a signal of its own in Debian Chromium: the popup lists "Insults, threats and slurs" apart
// from "Toxic emotions"; with "Toxic emotions" off an insult still warns and the card names the real reason
// (not "Overall tone"); with "Insults, threats and slurs" off the insult neither warns, cautions nor underlines.
// A greeting stays calm. Run: npx wxt build && node tests/e2e/labels.spec.mjs   (screenshots in artifacts/,
// or in $SHOTS when set)
import fs from 'node:fs';
import path from 'node:path';
import {
	check,
	launch,
	nextFrames,
	poll,
	run,
	shot,
	startServer,
	test,
	waitForHost,
	waitOverlay,
} from './harness.mjs';

const INSULT = 'you are an idiot';
const GREETING = 'Hi everyone';

const storedSettings = (sw) =>
	sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
const warned = (s) => s.badges.some((b) => b.level === 'warn');
const host = (page) => page.locator('[data-tactful-host]');
/** Calm, and scored (settled) on what the field holds: a rescore after a settings change is not read early. */
const calmAndScored = (s) =>
	s.badges.some((b) => b.settled) && s.badges.every((b) => b.level === 'ok') && s.underlines.length === 0;
/** The stored disabledDimensions once they are `want` (the popup writes them a moment after the click). */
const disabled = async (sw, want) =>
	(
		await poll(
			async () => JSON.stringify((await storedSettings(sw)).disabledDimensions ?? []),
			(x) => x === want,
		)
	).value;

/** A screenshot in artifacts/, copied to $SHOTS when the caller wants it elsewhere too. */
async function keep(page, name) {
	const file = await shot(page, name);
	if (process.env.SHOTS) {
		fs.mkdirSync(process.env.SHOTS, { recursive: true });
		fs.copyFileSync(file, path.join(process.env.SHOTS, `${name}.png`));
	}
}

test('popup: "Insults, threats and slurs" is a row of its own that decides whether an insult warns', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 900, height: 700 });
	await page.goto(`${env.server.url}/generic-blog.html`);
	const field = page.locator('#comment');
	const typeDraft = async (text) => {
		await page.bringToFront();
		await field.fill('');
		await field.click();
		await page.keyboard.type(text);
	};

	const popup = await env.context.newPage();
	await popup.setViewportSize({ width: 340, height: 900 });
	await popup.goto(`chrome-extension://${env.extensionId}/popup.html?host=127.0.0.1`);
	await popup.getByText('What to watch for').click();
	const insults = popup.getByTestId('dim-Toxicity');
	const emotions = popup.getByTestId('dim-Toxic Emotions');
	check(/Insults, threats and slurs/.test(await insults.innerText()), 'no "Insults, threats and slurs" row');
	check((await insults.getAttribute('aria-checked')) === 'true', 'the new row is not on by default');
	check((await emotions.getAttribute('aria-checked')) === 'true', '"Toxic emotions" is not on by default');

	// "Toxic emotions" off: the insult still warns, and the card names the toxic head, not "Overall tone".
	await emotions.click();
	const first = await disabled(env.sw, '["Toxic Emotions"]');
	check(first === '["Toxic Emotions"]', first);
	await keep(popup, 'labels-popup-rows');
	await typeDraft(INSULT);
	const warning = await waitOverlay(page.mainFrame(), warned);
	check(warning.ok, `an insult did not warn with "Toxic emotions" off: ${JSON.stringify(warning.badges)}`);
	await host(page).locator('[data-tactful="badge"]').click();
	const card = await waitOverlay(page.mainFrame(), (s) => s.card !== null);
	check(card.ok, 'card did not open');
	check(/Insults, threats and slurs:/.test(card.card ?? ''), `card does not name the reason: ${card.card}`);
	check(!/Overall tone:/i.test(card.card ?? ''), `card still says "Overall tone": ${card.card}`);
	check(!/Toxic emotions:/.test(card.card ?? ''), `card names a dimension switched off: ${card.card}`);
	await keep(page, 'labels-card-insult');
	await page.keyboard.press('Escape');

	// "Insults, threats and slurs" off too: the insult is quiet (no warning, caution or underline).
	await popup.bringToFront();
	await insults.click();
	const off = (
		await poll(
			async () => (await storedSettings(env.sw)).disabledDimensions ?? [],
			(x) => x.includes('Toxicity') && x.includes('Toxic Emotions'),
		)
	).value;
	check(off.includes('Toxicity') && off.includes('Toxic Emotions'), JSON.stringify(off));
	await page.bringToFront();
	await nextFrames(page);
	const quiet = await waitOverlay(page.mainFrame(), calmAndScored, 30_000);
	check(quiet.ok, `an insult still shows with its row off: ${JSON.stringify(quiet.badges)}`);
	await keep(page, 'labels-insult-off-quiet');

	// Only "Insults, threats and slurs" off: "Toxic emotions" does not bring the same insult back.
	await popup.bringToFront();
	await emotions.click();
	const second = await disabled(env.sw, '["Toxicity"]');
	check(second === '["Toxicity"]', second);
	await typeDraft(`${INSULT} `);
	await nextFrames(page);
	const still = await waitOverlay(page.mainFrame(), calmAndScored, 30_000);
	check(still.ok, `an insult warns with only its own row off: ${JSON.stringify(still.badges)}`);

	// A greeting: calm, as the CLI says too.
	await env.sw.evaluate(() => chrome.storage.local.remove('settings'));
	await typeDraft(GREETING);
	await nextFrames(page);
	const greeting = await waitOverlay(page.mainFrame(), calmAndScored, 30_000);
	check(greeting.ok, `a greeting shows something: ${JSON.stringify(greeting.badges)}`);

	await popup.close();
	await page.close();
	await env.sw.evaluate(() => chrome.storage.local.remove('settings'));
});

await run(async () => {
	const server = await startServer();
	const env = await launch();
	const host = await waitForHost(env.sw, 60_000);
	if (host !== 'ok') console.log(`    (inference host: ${host})`);
	return {
		...env,
		server,
		teardown: async () => {
			await env.close();
			await server.close();
		},
	};
});
