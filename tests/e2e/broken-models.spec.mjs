// A broken install: a model file truncated (a disk error, an interrupted update). Chromium loads a temp copy of
// .output/chrome-mv3 whose toxicity model is cut in half. Expect: typing stays normal and the draft untouched;
// the badge of the field says checking is unavailable and why, settled (no "checking" for ever); the console says
// so once; the host does not fetch and parse the model again at every typing pause (it answers from its memory
// of the failure: scoreDraft requests answer fast and the load is tried at most once a minute).
// Run: npm run build && node tests/e2e/broken-models.spec.mjs   (screenshot artifacts/broken-models-badge.png)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOXIC } from './drafts.mjs';
import {
	check,
	EXTENSION,
	launch,
	nextFrames,
	poll,
	run,
	shot,
	startServer,
	test,
	waitOverlay,
} from './harness.mjs';

/** A copy of the build with `pattern`'s model file truncated to half its size. */
function brokenCopy(pattern) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-broken-'));
	fs.cpSync(EXTENSION, dir, { recursive: true });
	const assets = path.join(dir, 'assets');
	const file = fs.readdirSync(assets).find((f) => pattern.test(f));
	check(file, `no model file matching ${pattern}`);
	const full = path.join(assets, file);
	fs.truncateSync(full, Math.floor(fs.statSync(full).size / 2));
	return { dir, file };
}

test('a truncated model: the badge says checking is unavailable and why, once; typing and the draft unaffected', async (env) => {
	const page = await env.context.newPage();
	const lines = [];
	page.on('console', (m) => lines.push({ type: m.type(), text: m.text() }));
	page.on('pageerror', (e) => lines.push({ type: 'pageerror', text: e.message }));
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(TOXIC);
	await nextFrames(page);
	const said = await waitOverlay(
		page,
		(s) => s.badges.length === 1 && s.badges[0].settled && /cannot check/.test(s.badges[0].label),
		60_000,
	);
	await shot(page, 'broken-models-badge');
	console.log(`    badge: ${JSON.stringify(said.badges.map((b) => b.label))}`);
	check(said.ok, `the badge does not say checking is unavailable: ${JSON.stringify(said.badges)}`);
	check(/could not be loaded/.test(said.badges[0].label), said.badges[0].label);
	// Plain words, not onnxruntime's own text (session 13: that stays in the console line and the popup's Details).
	check(
		/damaged or missing\. Reinstall or update the extension/.test(said.badges[0].label),
		said.badges[0].label,
	);
	check(!/protobuf|ERROR_CODE|ERROR_MESSAGE|\[details/i.test(said.badges[0].label), said.badges[0].label);
	const drawn = await page.evaluate(() => {
		const b = document
			.querySelector('[data-tactful-host]')
			.shadowRoot.querySelector('[data-tactful="badge"]');
		return { unavailable: b.dataset.unavailable, title: b.title, border: getComputedStyle(b).borderStyle };
	});
	check(drawn.unavailable === 'true' && drawn.border === 'dashed', `drawn as ${JSON.stringify(drawn)}`);
	check(/cannot check/.test(drawn.title), 'no tooltip saying why');
	// More pauses: each is answered at once from the remembered failure, and still logged only once.
	for (const more of [' Really.', ' Honestly.', ' Again.']) {
		await page.keyboard.type(more);
		const again = await waitOverlay(
			page,
			(s) => s.badges[0]?.settled && /cannot check/.test(s.badges[0].label),
			20_000,
		);
		check(again.ok, `not settled after typing "${more}": ${JSON.stringify(again.badges)}`);
	}
	check((await page.inputValue('#comment')) === `${TOXIC} Really. Honestly. Again.`, 'the draft changed');
	const told = lines.filter((l) => /cannot check drafts/.test(l.text));
	console.log(`    console: ${JSON.stringify(lines.filter((l) => /tactful/i.test(l.text)))}`);
	check(told.length === 1, `told ${told.length} times`);
	check(!lines.some((l) => l.type === 'pageerror'), 'an uncaught error in the page');
	await page.close();
});

test('the popup says checking is unavailable, with the same plain reason, the raw text under Details', async (env) => {
	const page = await env.context.newPage();
	await page.setViewportSize({ width: 340, height: 640 });
	await page.goto(`chrome-extension://${env.extensionId}/popup.html?host=github.com`);
	const problem = page.getByTestId('engine-problem');
	await problem.waitFor({ timeout: 60_000 });
	const said = await problem.evaluate((el) => ({
		text: el.querySelector('.tf-engine-problem-text')?.textContent,
		details: el.querySelector('details code')?.textContent,
	}));
	await page.getByText('Details').click();
	await shot(page, 'broken-models-popup');
	console.log(`    popup: ${JSON.stringify(said)}`);
	check(/cannot check drafts right now\. .*damaged or missing/.test(said.text), said.text);
	check(
		(said.details ?? '').length > 0 && !/damaged or missing/.test(said.details),
		`details: ${said.details}`,
	);
	// Try again with the model still broken: loaded again (not the remembered failure), still said plainly.
	await page.getByRole('button', { name: 'Try again' }).click();
	const again = await poll(
		() => problem.evaluate((el) => ({ busy: el.querySelector('button')?.disabled, text: el.textContent })),
		(s) => s.busy === false,
		60_000,
	);
	check(again.ok && /damaged or missing/.test(again.value.text), JSON.stringify(again.value));
	await page.close();
});

await run(async () => {
	const server = await startServer();
	const broken = brokenCopy(/^toxic-.*\.onnx$/);
	console.log(`  (truncated ${broken.file})`);
	const browser = await launch({ extension: broken.dir });
	return {
		...browser,
		browser,
		server,
		teardown: async () => {
			await browser.close();
			await server.close();
			fs.rmSync(broken.dir, { recursive: true, force: true });
		},
	};
});
