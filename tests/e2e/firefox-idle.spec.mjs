// Firefox unloads an idle MV3 background (an event page) after `extensions.background.idle.timeout` ms without an
// incoming event (30 s by default), and on Firefox the rewrite runs in that background. A streamed rewrite from a
// slow server can take longer than that. What keeps the background up while the card waits is the page's answer
// to each stream heartbeat (every 10 s, utils/streaming.ts), alone: the card polls download progress
// (getModelDownload) only for the on-device backend (rewrite-state.ts), and this spec uses the OpenAI-compatible
// one. Here the timeout is lowered to 12 s (above the heartbeat period, as the real 30 s is) and the fake
// OpenAI-compatible server writes ~20 s of candidates:
//  - from the card, the stream runs to its end and the suggestion applies;
//  - the control: an opener that never answers heartbeats is cut off when the background unloads mid-stream, so
//    the timeout really bites in this profile;
//  - a server loading its model cold (no byte for 25 s): the card counts "No answer yet (N s)…", then the suggestion;
//  - after an unload, clicking into a comment field has the background load the models again (the warm-up).
import { politeRewrite, startOpenAIServer } from '../fixtures/openai-server.mjs';
import { launchFirefox, patchSettings, until } from './firefox-harness.mjs';
import { check, run, shot, startServer, test, waitOverlay } from './harness.mjs';

const IDLE_MS = 12_000;
/** A word every 400 ms: four candidates of ~12 words take ~20 s, well past the idle timeout. */
const MODEL = 'slow-stream-400';
const DRAFT = 'This fucking patch broke the parser AGAIN, test your code before you push!!!';
const SEL = 'textarea[aria-label="Markdown value"]';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Clicks `selector` inside Tactful's shadow root; false when it is not there. */
const clickInOverlay = (page, selector) =>
	page.evaluate((sel) => {
		const el = document.querySelector('[data-tactful-host]')?.shadowRoot?.querySelector(sel);
		el?.click();
		return Boolean(el);
	}, selector);
/** What the card shows: the streamed text, whether the ranked suggestion is there, and its whole text. */
const cardState = (page) =>
	page.evaluate(() => {
		const root = document.querySelector('[data-tactful-host]')?.shadowRoot;
		return {
			ranked: Boolean(root?.querySelector('[data-testid="rewrite-diff"]')),
			stream: root?.querySelector('[data-testid="rewrite-stream"]')?.textContent ?? '',
			card: root?.querySelector('[data-tactful="card"]')?.innerText ?? '',
		};
	});

/** Points rewrites at the fake server, from an extension page (the only place with extension storage). */
async function useFakeServer(env, model = MODEL) {
	const ext = await env.openExtensionPage('options.html', { ready: '[data-testid="options"]' });
	await ext.evaluate(() => browser.storage.local.set({ openaiApiKey: 'sk-e2e' }));
	await patchSettings(ext, {
		rewrite: { backend: 'openai', weight: 0.5, openai: { baseUrl: env.openai.url, model } },
	});
	await ext.close();
}

test('Firefox: a streamed rewrite longer than the background idle timeout finishes and applies', async (env) => {
	const { page, openai } = env;
	await useFakeServer(env);
	const [requests, aborted] = [openai.requests.length, openai.aborted];
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 30_000)).ok, 'not flagged');
	const opened = Date.now();
	check(await clickInOverlay(page, '[data-tactful="badge"]'), 'no badge');
	let done = false;
	let lastText = '';
	while (!done && Date.now() - opened < 60_000) {
		await sleep(500);
		const state = await cardState(page);
		if (/stopped answering|failed|cancelled/i.test(state.card))
			throw new Error(`the rewrite broke off after ${Date.now() - opened} ms: ${state.card}`);
		lastText = state.stream || lastText;
		done = state.ranked;
	}
	const took = Date.now() - opened;
	check(done, `no ranked suggestion after ${took} ms (last streamed: ${JSON.stringify(lastText)})`);
	console.log(
		`    ${openai.requests.length - requests} candidates streamed over ${took} ms (idle timeout ${IDLE_MS} ms)`,
	);
	check(took > IDLE_MS * 1.3, `the stream took ${took} ms, not clearly longer than the idle timeout`);
	check(openai.aborted === aborted, `the server saw ${openai.aborted - aborted} streams hung up on`);
	await shot(page, 'firefox-idle-long-rewrite');
	check(await clickInOverlay(page, 'button.tactful-rw-primary'), 'no Apply');
	const want = politeRewrite(DRAFT);
	await page.waitForFunction(
		(sel, w) => document.querySelector(sel).value === w,
		{ timeout: 15_000 },
		SEL,
		want,
	);
});

test('Firefox: a server loading its model cold for twice the idle timeout: the card counts the wait, then the suggestion', async (env) => {
	const { page, openai } = env;
	// No headers or byte for 25 s on the first request: only the stream's heartbeats keep the background up.
	await useFakeServer(env, 'cold-25000');
	const aborted = openai.aborted;
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 30_000)).ok, 'not flagged');
	const opened = Date.now();
	check(await clickInOverlay(page, '[data-tactful="badge"]'), 'no badge');
	const counts = [];
	let ranked = false;
	while (!ranked && Date.now() - opened < 60_000) {
		await sleep(500);
		const state = await cardState(page);
		if (/stopped answering|failed|cancelled|took too long/i.test(state.card))
			throw new Error(`the rewrite broke off after ${Date.now() - opened} ms: ${state.card}`);
		const m = /No answer yet \((\d+) s\)\. The rewrite model may still be loading on ([^…]+)…/.exec(
			state.card,
		);
		if (m) {
			check(m[2] === new URL(openai.url).host, `note names ${m[2]}`);
			if (Number(m[1]) !== counts.at(-1)) counts.push(Number(m[1]));
			if (counts.length === 2) await shot(page, 'firefox-idle-cold-waiting');
		}
		ranked = state.ranked;
	}
	const took = Date.now() - opened;
	console.log(
		`    note counted ${counts[0]}…${counts.at(-1)} s (${counts.length} values); suggestion after ${took} ms`,
	);
	check(ranked, `no ranked suggestion after ${took} ms`);
	check(counts.length >= 10 && counts.at(-1) >= 20, `count seen: ${JSON.stringify(counts)}`);
	check(
		counts.every((c, i) => i === 0 || c > counts[i - 1]),
		`count did not rise: ${JSON.stringify(counts)}`,
	);
	check(!/No answer yet/.test((await cardState(page)).card), 'note still shown with the suggestion');
	check(openai.aborted === aborted, `the server saw ${openai.aborted - aborted} requests hung up on`);
	await useFakeServer(env); // the control below needs the slow stream again
});

test('control: an opener that never answers heartbeats is cut off when the idle background unloads', async (env) => {
	const { openai } = env;
	const aborted = openai.aborted;
	// From an extension page, with no onMessage listener: an extension page's listeners would count as activity
	// too (Firefox bug 1844041), where a content script's do not.
	const ext = await env.openExtensionPage('options.html', { ready: '[data-testid="options"]' });
	const started = Date.now();
	const cut = await ext.evaluate(
		(draft) =>
			new Promise((resolve) => {
				const port = browser.runtime.connect({ name: 'tactful-stream:background' });
				const t0 = Date.now();
				port.onDisconnect.addListener(() => resolve(Date.now() - t0));
				port.postMessage({
					tactful: 1,
					id: 'idle-control',
					name: 'rewriteDraft',
					data: { text: draft, context: [], field: 'idle-control' },
				});
				setTimeout(() => resolve(null), 40_000);
			}),
		DRAFT,
	);
	check(cut !== null, `the background stayed up ${Date.now() - started} ms without heartbeat answers`);
	// The server hears the socket close a moment after the port drops.
	await until(() => openai.aborted > aborted, 'the server did not see the stream cut off', 15_000);
	console.log(`    port dropped after ${cut} ms; the server saw its stream cut off`);
	await ext.close();
});

test('after the background unloaded, clicking into a comment field reloads the models before any typing', async (env) => {
	// What the warm-up (entrypoints/content/warm-up.ts) is for: the unloaded background took its models with it.
	// Checked by state, not time: a `warmUp` sent from an extension page says whether it had to start the load.
	const warmUp = async () => {
		const ext = await env.openExtensionPage('options.html', { ready: '[data-testid="options"]' });
		const reply = await ext.evaluate(() =>
			browser.runtime.sendMessage({ tactful: 1, target: 'background', name: 'warmUp', data: {} }),
		);
		await ext.close();
		return reply;
	};
	const page = await env.browser.newPage();
	await page.goto(`${env.server.url}/bench.html`); // one empty field, no thread
	// The control: idle past the timeout, and the models are gone (earlier tests had loaded them).
	await sleep(IDLE_MS + 4000);
	const before = await warmUp();
	check(
		before?.ok && before.value.cold === true,
		`the models outlived the idle timeout: ${JSON.stringify(before)}`,
	);
	// Idle again; then the user clicks into the field, and types nothing.
	await sleep(IDLE_MS + 4000);
	await page.click('#comment');
	await sleep(1500); // the warm-up message, waking the background
	const after = await warmUp();
	check(after?.ok && after.value.cold === false, `focus did not load the models: ${JSON.stringify(after)}`);
	await page.close();
});

await run(async () => {
	const server = await startServer();
	const openai = await startOpenAIServer();
	const firefox = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
	const page = await firefox.browser.newPage();
	return {
		...firefox,
		server,
		openai,
		page,
		teardown: async () => {
			await firefox.close();
			await Promise.all([server.close(), openai.close()]);
		},
	};
});
