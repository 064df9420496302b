// A settings change re-scores every draft on the page (ui7, session 16). With a slow answer the badge used to go
// away (the verdict was dropped) and come back: a flicker, and a moment with nothing on the field. Now the previous
// verdict stays, marked as being checked again (data-rechecking, aria-busy), until the answer under the new
// settings arrives; then it swaps. The live region says nothing in between, and "no concerns" only for the answer.
// The service worker's calls are held (not slept on), so the slow re-score lasts whatever the machine's load.
// Run: npm run build && node tests/e2e/run-all.mjs recheck   (screenshots artifacts/recheck-*.png)
import { CIVIL } from './drafts.mjs';
import { check, chromiumEnv, poll, run, setSettings, shot, test, waitOverlay } from './harness.mjs';

const resetSettings = (sw) => sw.evaluate(() => chrome.storage.local.remove('settings'));

test('a slow re-score after a settings change keeps the badge (marked as rechecked), then swaps once', async (env) => {
	await resetSettings(env.sw);
	// Strictest: the civil draft is borderline and flagged (popup.spec); back to the default it is calm.
	await setSettings(env.sw, { sensitivity: 1 });
	const page = await env.context.newPage();
	await page.goto(`${env.server.url}/generic-blog.html`);
	await page.click('#comment');
	await page.keyboard.type(CIVIL);
	const warned = await waitOverlay(page, (s) => s.badges[0]?.level === 'warn' && s.badges[0].settled, 30_000);
	check(
		warned.ok,
		`the civil draft was not flagged at the strictest setting: ${JSON.stringify(warned.badges)}`,
	);

	// Every frame from here on: the badge's state and what the live region says, each read in one go.
	await page.evaluate(() => {
		globalThis.samples = [];
		globalThis.sampling = true;
		const look = () => {
			const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
			const b = root?.querySelector('[data-tactful="badge"]');
			globalThis.samples.push({
				level: b?.dataset.level ?? null,
				rechecking: b?.dataset.rechecking === 'true',
				busy: b?.getAttribute('aria-busy') ?? null,
				settled: b?.dataset.settled === 'true',
				said: (root?.querySelector('[aria-live]')?.textContent ?? '').replace(/\u00a0/g, '').trim(),
			});
			if (globalThis.sampling) requestAnimationFrame(look);
		};
		look();
	});
	// Every request that needs the model host waits until released: a re-score on a loaded machine.
	await env.sw.evaluate(() => {
		globalThis.realGetContexts ??= chrome.runtime.getContexts;
		globalThis.held = [];
		chrome.runtime.getContexts = (filter) =>
			new Promise((resolve) => globalThis.held.push(() => resolve(globalThis.realGetContexts(filter))));
	});
	try {
		await setSettings(env.sw, { sensitivity: 0.5 });
		const marked = await poll(
			() =>
				page.evaluate(() => {
					const b = document
						.querySelector('[data-tactful-host]')
						?.shadowRoot?.querySelector('[data-tactful="badge"]');
					return b
						? {
								level: b.dataset.level,
								rechecking: b.dataset.rechecking ?? null,
								busy: b.getAttribute('aria-busy'),
								label: b.getAttribute('aria-label'),
							}
						: null;
				}),
			(b) => b?.rechecking === 'true',
			20_000,
		);
		await shot(page, 'recheck-pending');
		console.log(`    while rechecking: ${JSON.stringify(marked.value)}`);
		check(marked.ok, `the badge was never marked as being rechecked: ${JSON.stringify(marked.value)}`);
		check(
			marked.value?.level === 'warn' && marked.value.busy === 'true',
			`the previous warning was not kept: ${JSON.stringify(marked.value)}`,
		);
		check(
			/Checking again with the new settings/.test(marked.value?.label ?? ''),
			`label: ${marked.value?.label}`,
		);
	} finally {
		await env.sw.evaluate(() => {
			chrome.runtime.getContexts = globalThis.realGetContexts;
			for (const release of globalThis.held ?? []) release();
		});
	}
	const calm = await waitOverlay(page, (s) => s.badges[0]?.level === 'ok' && s.badges[0].settled, 30_000);
	await shot(page, 'recheck-answered');
	check(calm.ok, `the draft did not turn calm at the default setting: ${JSON.stringify(calm.badges)}`);
	const samples = await page.evaluate(() => {
		globalThis.sampling = false;
		return globalThis.samples;
	});
	const swap = samples.findIndex((s) => s.level !== 'warn');
	console.log(
		`    ${samples.length} frames sampled, swapped at frame ${swap}: ${JSON.stringify(samples[swap])}`,
	);
	check(swap > 0, 'no frame showed the previous warning');
	check(
		samples.slice(0, swap).every((s) => s.level === 'warn'),
		'the badge went away before the new answer',
	);
	check(
		samples.slice(swap).every((s) => s.level === 'ok' && !s.rechecking && s.busy === null),
		`after the swap: ${JSON.stringify(samples.slice(swap).find((s) => s.level !== 'ok' || s.rechecking))}`,
	);
	check(
		samples.slice(0, swap).every((s) => !/no concerns/.test(s.said)),
		'"no concerns" was said before the answer under the new settings',
	);
	const said = samples.at(-1).said;
	console.log(`    live region after: ${said}`);
	check(/no concerns now/.test(said), `the calm answer was not said: ${said}`);
	await page.close();
	await resetSettings(env.sw);
});

await run(() => chromiumEnv({ requireHost: true }));
