// The card with its thread section on the thread snapshots (Hacker News, Lemmy, Discourse, Stack Exchange; GitHub
// and Reddit for comparison) at four window sizes. On each page the thread's comment bodies are replaced with heated
// lines (as thread-sites.spec does), a hostile draft is typed in the reply box, so the card carries the draft's
// warning, its suggestion and the thread section; it is opened with the shortcut and the script prints, per page x
// size, what the card hides of what the user is reading: the comments' text lines (px of line length under the
// card, and how many lines), the post's title, the reply box and its caret, and how many of the suggestion's lines
// show. Screenshots in artifacts/thread-card-<size>-<page>.png. Session 22 (card9).
// Run: npm run build && node scripts/thread-card-sizes.mjs [page-substring] [size-name]

import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, chromiumEnv } from '../tests/e2e/harness.mjs';
import { openThreadCard, THREAD_PAGES } from '../tests/e2e/thread-card-probes.mjs';

const SIZES = [
	{ name: '600x400', width: 600, height: 400 },
	{ name: '800x600', width: 800, height: 600 },
	{ name: '1024x640', width: 1024, height: 640 },
	{ name: '1280x800', width: 1280, height: 800 },
	// Session 27 (card27): desktop sizes where a bottom-docked composer (discourse-docked) leaves the card ~320 px.
	{ name: '1100x800', width: 1100, height: 800 },
	{ name: '1280x720', width: 1280, height: 720 },
];
const only = process.argv[2];
const onlySize = process.argv[3];
const env = await chromiumEnv();
const cdp = await env.page.context().newCDPSession(env.page);
const rows = [];
for (const size of SIZES.filter((x) => !onlySize || x.name === onlySize))
	for (const p of THREAD_PAGES.filter((x) => !only || x.name.includes(only))) {
		const at = await openThreadCard(env, cdp, p, size);
		if (!at) {
			console.log(`${size.name} ${p.name}: no draft + thread warning`);
			continue;
		}
		const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
		fs.mkdirSync(ARTIFACTS, { recursive: true });
		fs.writeFileSync(
			path.join(ARTIFACTS, `thread-card-${size.name}-${p.name}.png`),
			Buffer.from(data, 'base64'),
		);
		console.log(`${size.name} ${p.name}: ${JSON.stringify(at)}`);
		rows.push({ size: size.name, page: p.name, ...at });
		await env.page.keyboard.press('Escape');
	}
await env.teardown();
console.log(
	'\npage size | comment text under card (px, lines) | title px | box % | caret | suggestion | heading, reason | cut',
);
for (const r of rows)
	console.log(
		`${r.page} ${r.size} | ${r.textPx} px, ${r.linesHit}/${r.linesInView} | ${r.titlePx ?? '-'} | ${r.fieldShare} | ${r.caret ? 'COVERED' : 'clear'} | ${r.suggestion} | ${r.heading ? 'h' : '-'}${r.reason ? 'r' : '-'}${r.thread === 'in view' || r.more ? 't' : '-'} | ${r.cut.join(', ') || '-'}`,
	);
