// The overlay's repaint cost per typing frame in Chromium with the built extension (not a timed test; prints
// numbers): a textarea and a contenteditable on tests/pages/bench.html, typed key by key while the draft still
// ends above the badge's corner ("short") and once it fills the field so its lines run under the corner ("full").
// Performance.now() is coarsened to 0.1 ms in content scripts: compare means over many frames, and several runs.
// Usage: npm run build && node scripts/bench-overlay.mjs [--keys 150]
import { launch, startServer, waitForHost } from '../tests/e2e/harness.mjs';

const keys = Number(process.argv[process.argv.indexOf('--keys') + 1]) || 150;
const SENTENCE =
	'We could log the early close as an error and count it so the dashboard shows it to everyone. ';
const FULL = SENTENCE.repeat(14);

const stats = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
	const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
	return `n=${s.length} mean ${mean.toFixed(3)} ms, median ${at(0.5).toFixed(1)}, p95 ${at(0.95).toFixed(1)}`;
};

const server = await startServer();
const browser = await launch();
const ready = await waitForHost(browser);
if (ready !== 'ok') throw new Error(ready);
const page = await browser.context.newPage();
await page.goto(`${server.url}/bench.html`);
const dump = () =>
	page.evaluate(() => {
		document.dispatchEvent(new Event('tactful-bench-dump'));
		return JSON.parse(document.documentElement.getAttribute('data-tactful-bench-result') ?? '{}');
	});
const clear = (sel) =>
	page.evaluate((s) => {
		const el = document.querySelector(s);
		el.focus();
		document.execCommand('selectAll');
		document.execCommand('delete');
	}, sel);

console.log(`Chromium ${browser.context.browser()?.version() ?? ''}, ${keys} keys per case`);
for (const [label, sel] of [
	['textarea', '#comment'],
	['contenteditable', '#ce'],
]) {
	for (const fill of ['short', 'full']) {
		await page.click(sel);
		await clear(sel);
		if (fill === 'full') await page.evaluate((t) => document.execCommand('insertText', false, t), FULL);
		await page.waitForTimeout(800);
		await dump();
		for (let i = 0; i < keys; i++) {
			await page.keyboard.type(SENTENCE[i % SENTENCE.length]);
			await page.waitForTimeout(25);
		}
		await page.waitForTimeout(500);
		const got = await dump();
		console.log(`\n${label}, ${fill}`);
		for (const [name, xs] of Object.entries(got))
			if (name !== 'warn') console.log(`  ${name.padEnd(8)} ${stats(xs)}`);
	}
}
await browser.close();
await server.close();
