// The rewrite card with its two networked backends, in Chromium, with nothing leaving the machine:
//  - OpenAI-compatible, pointed at tests/fixtures/openai-server.mjs: flagged draft → card → Apply → the text and
//    the React state change, Ctrl+Z restores, "Undo rewrite" works; a 401 and a malformed stream show their
//    message and leave the draft alone.
//  - The local model through its PRODUCTION download path (opt-in → fetch from the hub → Cache API → ORT), with
//    the hub swapped for a local server that serves tests/fixtures/tiny-llm in the hub's URL layout (the
//    `rewriteLocalModel` override, see utils/host/rewrite-config.ts). The tiny model has random weights, so what
//    this proves is the wiring (files fetched, model run, candidates judged, card answered, draft untouched), not
//    rewrite quality.
// A recording proxy catches every request to a host other than loopback; the run fails if there is any.
import fs from 'node:fs';
import path from 'node:path';
import { startHubServer, startRecordingProxy } from '../fixtures/hub-server.mjs';
import { politeRewrite, startOpenAIServer } from '../fixtures/openai-server.mjs';
import {
	check,
	EXTENSION,
	launch,
	message,
	nextFrames,
	poll,
	ROOT,
	run,
	setSettings,
	shot,
	startServer,
	test,
	waitForHost,
	waitOverlay,
} from './harness.mjs';

// A draft the scorer flags and whose canned rewrite (politeRewrite) it does not (checked with `tactful score`).
const DRAFT = 'This fucking patch broke the parser AGAIN, test your code before you push!!!';
const API_KEY = 'sk-e2e-test-key';
const TINY = { modelId: 'tactful-test/tiny-llm', dtype: 'fp32' };
const SEL = 'textarea[aria-label="Markdown value"]';

// A fresh Chromium profile still calls its own services (extension updater, sign-in, autofill) even with
// --disable-background-networking. The proxy refuses them; they count as Chromium's only because the built
// extension names none of these hosts (checked in the last test).
const CHROMIUM_SERVICES = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(:\d+)?$/;
const CHROMIUM_HOST_NAMES = /google\.com|googleapis\.com|gvt1\.com|gstatic\.com/;
const builtFiles = (dir = EXTENSION) =>
	fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? builtFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
		.filter((file) => /\.(m?js|html|json|css)$/.test(file));

const inCard = (page, selector) => page.locator(`[data-tactful-host] ${selector}`);
const read = (page) => page.inputValue(SEL);
const reactState = (page) => page.evaluate(() => document.getElementById('react-state').textContent);
/** Whatever the rewrite section ends up showing: a diff, the "no suggestion" line, or an error. */
const ANSWERED = ['[data-testid="rewrite-diff"]', '.tactful-rw-empty', '.tactful-rw-error'];

async function useOpenAI(env, model) {
	await env.browser.sw.evaluate((key) => chrome.storage.local.set({ openaiApiKey: key }), API_KEY);
	await setSettings(env.browser.sw, {
		rewrite: { backend: 'openai', weight: 0.5, openai: { baseUrl: env.openai.url, model } },
	});
}

/** Types DRAFT into GitHub's React textarea, opens the card and waits until the rewrite section answers. */
async function openCard(env, timeout = 20_000) {
	const { page } = env;
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'not flagged');
	await inCard(page, '[data-tactful="badge"]').first().click();
	const answer = page.locator(ANSWERED.map((s) => `[data-tactful-host] ${s}`).join(', ')).first();
	await answer.waitFor({ timeout });
	return answer;
}

/**
 * The draft and React's state are the original draft: polled (10 s) after an undo, so a loaded machine's late
 * render is waited for rather than read once after a fixed 150-300 ms; one that never comes back still fails.
 */
async function untouched(page) {
	const { value } = await poll(
		async () => ({ text: await read(page), react: await reactState(page) }),
		(x) => x.text === DRAFT && x.react === DRAFT,
	);
	check(value.text === DRAFT, `draft changed: ${JSON.stringify(value.text)}`);
	check(value.react === DRAFT, 'React state changed');
}

/** Polls the draft until it reads `want` (an Apply lands through the editor a moment after the click). */
const reads = async (page, want) =>
	(
		await poll(
			() => read(page),
			(t) => t === want,
		)
	).value;

test('OpenAI-compatible: Apply writes the rewrite, React state follows, Ctrl+Z restores', async (env) => {
	const { page, openai } = env;
	await useOpenAI(env, 'tiny');
	const before = openai.requests.length;
	const answer = await openCard(env);
	await shot(page, 'rewrite-openai-card');
	check(
		(await answer.getAttribute('data-testid')) === 'rewrite-diff',
		`no suggestion: ${await answer.innerText()}`,
	);
	const sent = openai.requests.slice(before);
	check(sent.length > 0, 'the test server got no request');
	check(
		sent.every((r) => r.headers.authorization === `Bearer ${API_KEY}`),
		'API key not sent as a bearer token',
	);
	// Session 26: the background moved the key out of storage.local (readable by content scripts) into its database.
	const { value: left } = await poll(
		() => env.browser.sw.evaluate(() => chrome.storage.local.get(['openaiApiKey', 'openaiApiKeyOrigin'])),
		(stored) => Object.keys(stored).length === 0,
	);
	check(
		Object.keys(left).length === 0,
		`the key is still in storage.local: ${JSON.stringify(Object.keys(left))}`,
	);
	check(
		sent.every((r) => r.body.model === 'tiny' && r.body.stream === true),
		'wrong model or not streamed',
	);
	await inCard(page, 'button.tactful-rw-primary').click();
	const expected = politeRewrite(DRAFT);
	await page.waitForFunction(
		(want) => document.querySelector('textarea[aria-label="Markdown value"]').value === want,
		expected,
		{ timeout: 15_000 },
	);
	const react = await poll(
		() => reactState(page),
		(t) => t === expected,
	);
	check(react.ok, `React state did not follow: ${react.value}`);
	await page.focus(SEL);
	await page.keyboard.press('Control+Z');
	await untouched(page);
});

test('OpenAI-compatible: "Undo rewrite" restores the draft', async (env) => {
	const { page } = env;
	await useOpenAI(env, 'tiny');
	await openCard(env);
	await inCard(page, 'button.tactful-rw-primary').click();
	const got = await reads(page, politeRewrite(DRAFT));
	check(got === politeRewrite(DRAFT), `not applied: ${got}`);
	// A calm verdict closes the card Apply left open once the write's settle window is over (rewrite-apply.ts
	// SETTLE_MS, 800 ms: the editor's own change after the write is told; session 22, draft9): let it pass first.
	await new Promise((r) => setTimeout(r, 1_000));
	if (!(await waitOverlay(page, (s) => s.card !== null, 3000)).ok)
		await inCard(page, '[data-tactful="badge"]').first().click();
	const undo = inCard(page, 'button:has-text("Undo rewrite")');
	await undo.waitFor({ timeout: 15_000 });
	await shot(page, 'rewrite-openai-applied');
	const card = await inCard(page, '.tactful-rw-card').innerText();
	check(!/Writing (a )?suggestion/.test(card), `the applied card claims to be writing: ${card}`);
	await undo.click();
	await untouched(page);
});

// The offline fixer on this draft too (rewrite.spec.mjs covers it on its own draft and on Lexical).
test('offline fixer: Apply, React state follows, Ctrl+Z restores, Apply again, "Undo rewrite" restores', async (env) => {
	const { page } = env;
	await setSettings(env.browser.sw, { rewrite: { backend: 'offline', weight: 0.5 } });
	const answer = await openCard(env);
	check(
		(await answer.getAttribute('data-testid')) === 'rewrite-diff',
		`no suggestion: ${await answer.innerText()}`,
	);
	await inCard(page, 'button.tactful-rw-primary').click();
	await page.waitForFunction(
		(draft) => document.querySelector('textarea[aria-label="Markdown value"]').value !== draft,
		DRAFT,
		{ timeout: 15_000 },
	);
	const applied = await read(page);
	check(!/fucking/i.test(applied), `the rewrite still swears: ${applied}`);
	const react = await poll(
		() => reactState(page),
		(t) => t === applied,
	);
	check(react.ok, `React state did not follow: ${react.value}`);
	await page.focus(SEL);
	await page.keyboard.press('Control+Z');
	await untouched(page);
	// Ctrl+Z brought the flagged draft back: the card offers the suggestion again; this time undo from the card.
	// Its badge is pressed only once the restored draft is scored, and only when no card is open: the card the Apply
	// left open can be drawn again over the restored draft (a late answer), and a press on an open card's badge
	// closes it (races5: with a 300 ms slower background the primary button never came, 1 run in 1).
	await nextFrames(page);
	const restored = await waitOverlay(page, (s) => s.badges.some((b) => b.settled && b.level === 'warn'));
	check(restored.ok, `the restored draft was not warned again: ${JSON.stringify(restored.badges)}`);
	if (restored.card === null) await inCard(page, '[data-tactful="badge"]').first().click();
	await inCard(page, 'button.tactful-rw-primary').click();
	const again = await reads(page, applied);
	check(again === applied, `not re-applied: ${again}`);
	// A calm verdict closes the card Apply left open once the write's settle window is over (rewrite-apply.ts
	// SETTLE_MS, 800 ms: the editor's own change after the write is told; session 22, draft9): let it pass first.
	await new Promise((r) => setTimeout(r, 1_000));
	if (!(await waitOverlay(page, (s) => s.card !== null, 3000)).ok)
		await inCard(page, '[data-tactful="badge"]').first().click();
	await inCard(page, 'button:has-text("Undo rewrite")').click({ timeout: 15_000 });
	await untouched(page);
});

for (const [model, says] of [
	['fail-401', /rejected the API key \(401\)/],
	['malformed', /reply Tactful could not read/],
	// qa30: a stream that just stops (no [DONE], no finish_reason) was sent to the settings as unreadable.
	['cut', /internal error\. Try again later/],
]) {
	test(`OpenAI-compatible ${model}: the card says so and the draft is untouched`, async (env) => {
		await useOpenAI(env, model);
		const answer = await openCard(env);
		await shot(env.page, `rewrite-openai-${model}`);
		const text = await answer.innerText();
		check(says.test(text) && /Your draft was not changed/.test(text), `card said: ${text}`);
		await untouched(env.page);
	});
}

// Session 28 (rank28): the scorer reads calm condescension as civil, so a model answer that kept the draft's
// put-down was offered. The test server's canned rewrite drops "fucking" and the "!!!" and keeps the rest.
test('OpenAI-compatible: an answer that keeps "leave X to people who …" is not offered; the offline fixer is', async (env) => {
	const { page, browser } = env;
	const PUT_DOWN = 'leave the schema design to people who have done it before';
	const SNIDE = `Maybe ${PUT_DOWN}; this fucking table has no primary key!!!`;
	await useOpenAI(env, 'tiny');
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.type(SNIDE);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'not flagged');
	await inCard(page, '[data-tactful="badge"]').first().click();
	const answer = page.locator(ANSWERED.map((s) => `[data-tactful-host] ${s}`).join(', ')).first();
	await answer.waitFor({ timeout: 20_000 });
	await shot(page, 'rewrite-openai-talks-down');
	const text = await answer.innerText();
	check(
		(await answer.getAttribute('class'))?.includes('tactful-rw-empty') &&
			/Every suggestion would still read as inappropriate/.test(text),
		`the card offered or said: ${JSON.stringify(text)}`,
	);
	// The same request through the background: the model's answer was written, and rejected for the put-down:
	// since session 30 (talks-down.ts) the scorer itself flags "leave X to people who …", so the reason may be
	// "still flagged" (the floor) rather than rank28's "still talks down to the reader"; either keeps it off the card.
	const reply = await message(browser, 'rewriteDraft', { text: SNIDE, context: [] });
	check(reply?.ok, `rewriteDraft failed: ${JSON.stringify(reply)}`);
	const { candidates, rejected } = reply.value;
	check(candidates.length === 0, `offered: ${JSON.stringify(candidates.map((c) => c.rewrite))}`);
	check(
		rejected.some(
			(c) =>
				c.rewrite === politeRewrite(SNIDE) &&
				(c.rejected === 'still talks down to the reader' || c.rejected === 'still flagged'),
		),
		`rejected: ${JSON.stringify(rejected.map((c) => [c.rewrite, c.rejected]))}`,
	);
	await inCard(page, '[data-testid="rewrite-use-offline"]').click();
	await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
	await shot(page, 'rewrite-openai-talks-down-offline');
	await inCard(page, 'button.tactful-rw-primary').click();
	const applied = (
		await poll(
			() => read(page),
			(t) => t !== SNIDE,
		)
	).value;
	check(!applied.toLowerCase().includes(PUT_DOWN) && !/fucking/.test(applied), `applied: ${applied}`);
	check(/no primary key/.test(applied), `the point was lost: ${applied}`);
});

// Session 30 (qa30 #1, lang30): a model that answers an English draft in French ('other-language') had its answer
// offered with Apply. The engine now rejects it; the card says why and offers the offline fixer, which applies.
test('OpenAI-compatible: an answer in another language is not offered; the card says why, the offline fixer is', async (env) => {
	const { page, browser } = env;
	await useOpenAI(env, 'other-language');
	const answer = await openCard(env);
	await shot(page, 'rewrite-openai-other-language');
	const text = await answer.innerText();
	check(
		(await answer.getAttribute('class'))?.includes('tactful-rw-empty') &&
			/answered in another language than your draft/.test(text),
		`the card offered or said: ${JSON.stringify(text)}`,
	);
	check((await inCard(page, 'button.tactful-rw-primary').count()) === 0, 'the card offers Apply');
	const reply = await message(browser, 'rewriteDraft', { text: DRAFT, context: [] });
	check(reply?.ok, `rewriteDraft failed: ${JSON.stringify(reply)}`);
	const { candidates, rejected } = reply.value;
	check(candidates.length === 0, `offered: ${JSON.stringify(candidates.map((c) => c.rewrite))}`);
	check(
		rejected.length > 0 && rejected.every((c) => c.rejected === 'written in another language than the draft'),
		`rejected: ${JSON.stringify(rejected.map((c) => [c.rewrite, c.rejected]))}`,
	);
	await untouched(page);
	await inCard(page, '[data-testid="rewrite-use-offline"]').click();
	await inCard(page, '[data-testid="rewrite-diff"]').waitFor({ timeout: 15_000 });
	await shot(page, 'rewrite-openai-other-language-offline');
	await inCard(page, 'button.tactful-rw-primary').click();
	const applied = (
		await poll(
			() => read(page),
			(t) => t !== DRAFT,
		)
	).value;
	check(
		!/fucking/.test(applied) && /parser/.test(applied) && !/correctif/.test(applied),
		`applied: ${applied}`,
	);
});

// Session 20 QA: a rewrite longer than the box's maxlength was cut off mid-sentence by the browser on Apply
// (execCommand inserts only what fits), the card closed, and the draft read "…put into this," with no word said.
test('OpenAI-compatible: a rewrite longer than the box allows is not applied, and the card says why', async (env) => {
	const { page } = env;
	const LEMMY = '#markdown-textarea-Tq9xZ';
	const LIMIT = 120;
	await useOpenAI(env, 'longer');
	await page.goto(`${env.server.url}/lemmy-post.html`);
	// A site's own limit (Lemmy's is 50,000): small here so that the model's longer answer goes past it.
	await page.evaluate(
		([sel, max]) => {
			document.querySelector(sel).maxLength = max;
		},
		[LEMMY, LIMIT],
	);
	await page.click(LEMMY);
	await page.keyboard.type(DRAFT);
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 10_000)).ok, 'not flagged');
	await inCard(page, '[data-tactful="badge"]').first().click();
	const diff = inCard(page, '[data-testid="rewrite-diff"]');
	await diff.waitFor({ timeout: 20_000 });
	await inCard(page, 'button.tactful-rw-primary').click();
	const error = inCard(page, '.tactful-rw-error');
	const said = await error
		.waitFor({ timeout: 10_000 })
		.then(() => error.innerText())
		.catch(() => '');
	await shot(page, 'rewrite-openai-too-long');
	const value = await page.inputValue(LEMMY);
	check(value === DRAFT, `the draft changed: ${JSON.stringify(value)}`);
	check(
		/The rewrite is \d+ characters; this box takes \d+\./.test(said) &&
			/Your draft was not changed/.test(said),
		`card said: ${JSON.stringify(said)}`,
	);
});

// Session 20 QA: the test server's rewrite joins paragraphs (as some models do): the fence ended up mid-line
// ("tests: ```ts") and the quote ran into the user's reply, yet the card offered it as keeping the code and quotes.
test('OpenAI-compatible: an answer that runs the code block and quote into the text is not offered', async (env) => {
	const { page } = env;
	// "fix this garbage", not "fix your garbage": the test server's canned rewrite drops harsh words, and "fix your."
	// is now rejected first as a sentence cut off after a possessive (session 27), which this test is not about.
	const REVIEW =
		"@alice this is the stupidest refactor I've seen. You broke `parseConfig()`:\n\n```ts\nconst cfg = parseConfig(path)\n```\n\n> I tested it locally\n\nNo you didn't, fix this garbage!!!";
	await useOpenAI(env, 'tiny');
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.insertText(REVIEW);
	await page.keyboard.type(' ');
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 15_000)).ok, 'not flagged');
	await inCard(page, '[data-tactful="badge"]').first().click();
	const answer = page.locator(ANSWERED.map((s) => `[data-tactful-host] ${s}`).join(', ')).first();
	await answer.waitFor({ timeout: 20_000 });
	await shot(page, 'rewrite-openai-joined-blocks');
	const text = await answer.innerText();
	check(
		(await answer.getAttribute('class'))?.includes('tactful-rw-empty') && /kept your code/.test(text),
		`the card offered or said: ${JSON.stringify(text)}`,
	);
	check((await read(page)) === `${REVIEW} `, 'the draft changed');
});

// Session 21 (qa20 #2): the offline fixer had "no civil wording" for this review: "fix your garbage!!!" became
// "fix your!", and the fragment guard dropped the whole candidate in every template.
test('offline fixer: the long heated review gets a fix that keeps its code, quote and @mention', async (env) => {
	const { page } = env;
	const REVIEW =
		"@alice this is the stupidest refactor I've seen. You broke `parseConfig()`:\n\n```ts\nconst cfg = parseConfig(path)\n```\n\n> I tested it locally\n\nNo you didn't, fix your garbage!!!";
	await setSettings(env.browser.sw, { rewrite: { backend: 'offline', weight: 0.5 } });
	await page.goto(`${env.server.url}/github-issue.html`);
	await page.click(SEL);
	await page.keyboard.insertText(REVIEW);
	await page.keyboard.type(' ');
	check((await waitOverlay(page, (s) => s.badges.some((b) => b.level === 'warn'), 15_000)).ok, 'not flagged');
	await inCard(page, '[data-tactful="badge"]').first().click();
	const answer = page.locator(ANSWERED.map((s) => `[data-tactful-host] ${s}`).join(', ')).first();
	await answer.waitFor({ timeout: 20_000 });
	await shot(page, 'rewrite-offline-long-review');
	check(
		(await answer.getAttribute('data-testid')) === 'rewrite-diff',
		`no suggestion: ${await answer.innerText()}`,
	);
	await inCard(page, 'button.tactful-rw-primary').click();
	const applied = (
		await poll(
			() => read(page),
			(t) => t !== `${REVIEW} `,
		)
	).value;
	check(!/stupidest|garbage/i.test(applied), `the rewrite kept the attack: ${applied}`);
	for (const kept of [
		'@alice',
		'`parseConfig()`',
		'\n\n```ts\nconst cfg = parseConfig(path)\n```\n\n',
		'\n> I tested it locally\n',
	])
		check(applied.includes(kept), `lost ${JSON.stringify(kept)}: ${JSON.stringify(applied)}`);
	await shot(page, 'rewrite-offline-long-review-applied');
});

test('local model: downloaded from a hub-layout server after opt-in, run, judged; draft untouched', async (env) => {
	const { page, hub, browser } = env;
	await browser.sw.evaluate((local) => chrome.storage.local.set({ rewriteLocalModel: local }), {
		...TINY,
		remoteHost: hub.url,
	});
	await setSettings(browser.sw, { rewrite: { backend: 'local', weight: 0.5 } });
	// The hub server sends the model at ~50 kB/s, so the first-time download is long enough to be seen.
	const download = page.locator('[data-tactful-host] [data-testid="rewrite-download"]');
	const sawDownload = download
		.waitFor({ timeout: 120_000 })
		.then(async () => {
			await shot(page, 'rewrite-local-download');
			return download.innerText();
		})
		.catch(() => '');
	const answer = await openCard(env, 150_000);
	const downloadNote = await sawDownload;
	check(
		/Downloading the on-device rewrite model \(first time only\): \d+% of/.test(downloadNote),
		`the card never said the model was downloading: ${JSON.stringify(downloadNote)}`,
	);
	await shot(page, 'rewrite-local-card');
	const text = await answer.innerText();
	check(!((await answer.getAttribute('class')) ?? '').includes('tactful-rw-error'), `card error: ${text}`);
	const fetched = hub.log.filter((e) => e.method === 'GET' && e.status === 200).map((e) => e.path);
	for (const file of ['config.json', 'tokenizer.json', 'onnx/model.onnx'])
		check(
			fetched.includes(`/${TINY.modelId}/resolve/main/${file}`),
			`${file} not fetched from the hub server: ${JSON.stringify(hub.log)}`,
		);
	await untouched(page);
	// The same request, from an extension page through the background: shows what the model generated.
	const reply = await message(browser, 'rewriteDraft', { text: DRAFT, context: [] });
	check(reply?.ok, `rewriteDraft failed: ${JSON.stringify(reply)}`);
	const { backend, candidates, rejected } = reply.value;
	check(backend === 'local', `answered by ${backend}`);
	const all = [...candidates, ...rejected];
	check(all.length > 0, 'no candidate was generated');
	check(
		all.some((c) => c.rewrite.length > 0),
		'the model generated no text (only empty candidates)',
	);
	console.log(`    while downloading: ${downloadNote.replace(/\s+/g, ' ')}`);
	console.log(`    card: ${text.replace(/\s+/g, ' ').slice(0, 80)}…`);
	console.log(`    fetched from the hub server: ${fetched.map((p) => p.split('/main/')[1]).join(', ')}`);
	for (const c of all)
		console.log(`    ${c.strategy}: ${c.rejected ?? 'accepted'} ${JSON.stringify(c.rewrite.slice(0, 24))}`);
});

// The local model and the scorers share the inference host's one ORT module (one WASM heap and stack); ORT calls
// that overlap can clobber each other's arrays (seen in Firefox for two scorers). Drafts scored while the model
// generates must get exactly the scores they get alone.
test('local model: drafts scored while it generates get the same scores as alone', async (env) => {
	const { browser } = env;
	const texts = Array.from({ length: 24 }, (_, i) =>
		i % 2 ? `You are an idiot, fix ticket ${i}.` : `Thanks for the patch, ticket ${i} looks good.`,
	);
	const score = (text) => message(browser, 'scoreDraft', { text });
	const generating = message(browser, 'rewriteDraft', { text: `${DRAFT} Once more.`, context: [] });
	const during = await Promise.all(
		texts.map((t, i) => new Promise((r) => setTimeout(r, i * 15)).then(() => score(t))),
	);
	check((await generating)?.ok, 'the rewrite failed');
	// Push the texts out of the scorer's cache (256 drafts), then score them again one at a time.
	for (let i = 0; i < 300; i++) await score(`filler draft number ${i}`);
	for (const [i, text] of texts.entries()) {
		const alone = await score(text);
		check(during[i]?.ok && alone?.ok, `scoring failed: ${JSON.stringify(during[i])}`);
		const [a, b] = [during[i].value, alone.value];
		check(
			Math.abs(a.toxic - b.toxic) < 1e-6 && Math.abs(a.inappropriate - b.inappropriate) < 1e-6,
			`"${text}": ${a.toxic}/${a.inappropriate} while generating, ${b.toxic}/${b.inappropriate} alone`,
		);
	}
});

await run(async () => {
	const server = await startServer();
	const openai = await startOpenAIServer();
	const hub = await startHubServer(
		{ [TINY.modelId]: path.join(ROOT, 'tests/fixtures/tiny-llm') },
		// ~14 s for the 0.7 MB fixture (it was ~7 s at 100 kB/s): the card learns how far a download is from a poll
		// every 0.7 s through the background, and at load 28 no answer came while the download ran, so the note the
		// test looks for never showed (failed 1 run in 1 here; seen at 25 kB/s). A real model takes minutes.
		{ bytesPerSecond: 50_000 },
	);
	const proxy = await startRecordingProxy();
	const browser = await launch({ args: [`--proxy-server=${proxy.url}`] });
	const ready = await waitForHost(browser);
	if (ready !== 'ok') throw new Error(ready);
	const page = await browser.context.newPage();
	test('nothing but Chromium itself tried to reach a host other than loopback', async () => {
		const others = proxy.hosts.filter((host) => !CHROMIUM_SERVICES.test(host));
		check(others.length === 0, `requests tried to leave the machine: ${others.join(', ')}`);
		const named = builtFiles().filter((file) => CHROMIUM_HOST_NAMES.test(fs.readFileSync(file, 'latin1')));
		check(named.length === 0, `the extension names a Chromium service host: ${named.join(', ')}`);
		console.log(`    refused ${proxy.hosts.length} requests of Chromium's own services (none from Tactful)`);
	});
	return {
		server,
		openai,
		hub,
		page,
		browser,
		teardown: async () => {
			await browser.close();
			await Promise.all([server.close(), openai.close(), hub.close(), proxy.close()]);
		},
	};
});
