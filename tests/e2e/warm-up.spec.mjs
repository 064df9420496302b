// The warm-up (entrypoints/content/warm-up.ts): reaching a comment field has the inference host load the scoring
// models before the user has typed anything, so the first warning does not wait for a cold load. Checked
// without timings (the speed numbers come from scripts/bench-idle.mjs): on a fresh install nothing has started
// the offscreen host; clicking into the field, and nothing else, starts it, and by then the models are loading
// (a `warmUp` from the test finds them started: `cold: false`). The Firefox side, after its background
// unloaded, is in firefox-idle.spec.mjs.
import { check, chromiumEnv, message, run, test } from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('clicking into a comment field starts the host and loads the models before any typing', async (env) => {
	const { page, sw, server } = env;
	const offscreenDocuments = () =>
		sw.evaluate(
			async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
		);
	// bench.html: one empty field and no thread (a thread would start the host for the derailment model).
	await page.goto(`${server.url}/bench.html`);
	await sleep(1000); // the content script is up and has read its settings
	check((await offscreenDocuments()) === 0, 'the host started before anyone reached a field');
	await page.click('#comment');
	const end = Date.now() + 20_000;
	while ((await offscreenDocuments()) === 0 && Date.now() < end) await sleep(100);
	check((await offscreenDocuments()) === 1, 'focusing the field did not start the host');
	// The warm-up itself, relayed right after the host was created: 1.5 s (it was 0.3 s) for a loaded machine. A
	// longer wait cannot hide a missing warm-up: then this test's own warmUp is the first and says cold.
	await sleep(1500);
	const reply = await message(env, 'warmUp', {});
	check(reply?.ok, `warmUp failed: ${JSON.stringify(reply)}`);
	check(reply.value.cold === false, 'the models were not loading after the field got focus');
	const text = await page.evaluate(() => document.querySelector('#comment').value);
	check(text === '', 'the field changed');
});

// Nothing may start the host before the test clicks into the field.
await run(() => chromiumEnv({ waitHost: false }));
