// What observing open shadow roots costs while typing (prefilled.ts observes every root it meets): a page with
// 500 comment widgets, each with an open shadow root, 50 of them changing their content every 50 ms (a live
// thread), and the user typing 200 characters, with a line break every 40, in a contenteditable inside one
// widget's shadow root. Prints the renderer's script and task time over the typing (CDP Performance metrics, the
// page's own script included) and each keystroke's keydown-to-next-frame time. Run it once on a build without the
// shadow-root observation and once with it (`npm run build` first; the build in .output/chrome-mv3 is used).
// Usage: node scripts/bench-shadow-roots.mjs [roots=500] [runs=3]
// Timings on a loaded machine are noisy: compare runs made back to back, never put them in a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, startServer } from '../tests/e2e/harness.mjs';

const ROOTS = Number(process.argv[2]) || 500;
const RUNS = Number(process.argv[3]) || 3;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-bench-shadow-'));
fs.writeFileSync(
	path.join(dir, 'index.html'),
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shadow roots</title></head><body>
<main id="list"></main>
<script>
const list = document.getElementById('list');
const roots = [];
for (let i = 0; i < ${ROOTS}; i++) {
	const host = document.createElement('x-comment');
	const root = host.attachShadow({ mode: 'open' });
	root.innerHTML = '<p>Comment number ' + i + ' with a few words in it.</p><button>Reply</button><span class="n"><b>0</b></span>';
	roots.push(root);
	list.append(host);
}
const editorHost = document.createElement('x-editor');
editorHost.attachShadow({ mode: 'open' }).innerHTML =
	'<div id="ed" contenteditable="true" style="min-height:80px;border:1px solid #888" aria-label="Comment"><p><br></p></div>';
list.prepend(editorHost);
let tick = 0;
setInterval(() => {
	tick++;
	for (let k = 0; k < 50; k++) {
		const r = roots[(tick * 50 + k) % roots.length];
		const b = document.createElement('b');
		b.textContent = String(tick);
		r.querySelector('.n').replaceChildren(b);
	}
}, 50);
window.__lat = [];
document.addEventListener('keydown', () => {
	const t = performance.now();
	requestAnimationFrame(() => window.__lat.push(performance.now() - t));
}, true);
</script></body></html>`,
);

const server = await startServer(dir);
const browser = await launch();
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
try {
	for (let run = 0; run < RUNS; run++) {
		const page = await browser.context.newPage();
		const cdp = await browser.context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await page.goto(`${server.url}/index.html`);
		await page.waitForTimeout(1500); // Tactful started, scanned the page
		await page.locator('x-editor #ed').click();
		const metric = async () => {
			const { metrics } = await cdp.send('Performance.getMetrics');
			const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
			return { script: m.ScriptDuration * 1000, task: m.TaskDuration * 1000 };
		};
		await page.evaluate(() => {
			window.__lat = [];
		});
		const before = await metric();
		const started = Date.now();
		for (let i = 0; i < 200; i++) {
			if (i % 40 === 39) await page.keyboard.press('Enter');
			else await page.keyboard.type('a');
		}
		await page.waitForTimeout(500);
		const after = await metric();
		const lat = await page.evaluate(() => window.__lat);
		console.log(
			`run ${run + 1}: ${ROOTS} roots, typing 200 keys took ${Date.now() - started} ms wall; renderer script ${Math.round(after.script - before.script)} ms, tasks ${Math.round(after.task - before.task)} ms; key->frame median ${quantile(lat, 0.5).toFixed(1)} ms, p95 ${quantile(lat, 0.95).toFixed(1)} ms`,
		);
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
	fs.rmSync(dir, { recursive: true, force: true });
}
