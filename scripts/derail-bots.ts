/**
 * What leaving bots' comments out of the derailment model's input does on the page snapshots that have bots
 * (session 19): each snapshot's thread as its reader gives it, predicted twice with the shipped model: with the
 * bots' comments read as anyone's (their `Bot` role cleared: roles are not model inputs, so this is what the model
 * said before the change) and as read (the predictors leave `Bot` comments out: models/derail/explain.ts
 * `peopleOnly`). The data sets carry no roles, so their predictions do not move (scripts/derail-hash.ts).
 * Usage: npx tsx scripts/derail-bots.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { readThread } from '../entrypoints/content/threads/index.ts';
import { isBotRole } from '../models/derail/explain.ts';
import { createNodeDerailPredictor } from '../models/derail/node-predictor.ts';
import type { Thread } from '../models/derail/types.ts';

const SNAPSHOTS: [file: string, site: string, field: string][] = [
	['github-bot-thread.html', 'github', 'textarea.js-comment-field'],
	['stackexchange-community.html', 'stackexchange', '#q-comment'],
	['stackexchange-community.html', 'stackexchange', '#a-comment'],
];

const predictor = await createNodeDerailPredictor();
const who = (t: Thread, indices: number[]) =>
	indices.map((i) => t.comments[i]?.author ?? '?').join(', ') || '-';
for (const [file, site, field] of SNAPSHOTS) {
	const window = new Window();
	window.document.write(readFileSync(join('tests/pages/threads', file), 'utf8'));
	const doc = window.document as unknown as Document;
	const el = doc.querySelector(field);
	if (!el) throw new Error(`${file}: no ${field}`);
	const thread = readThread(doc, el, site);
	const bots = thread.comments.filter((c) => isBotRole(c.role)).length;
	const asAnyone: Thread = {
		...thread,
		comments: thread.comments.map(({ role, ...c }) =>
			isBotRole(role) ? c : { ...c, ...(role ? { role } : {}) },
		),
	};
	const before = await predictor.predict(asAnyone);
	const after = await predictor.predict(thread);
	console.log(
		`${file} ${field}: ${thread.comments.length} comments, ${bots} by bots; derail ${before.derail.toFixed(3)} -> ${after.derail.toFixed(3)}` +
			` (flag ${before.flag} -> ${after.flag}); driving now: ${who(
				thread,
				after.markers.comments.map((m) => m.index),
			)}`,
	);
	await window.happyDOM.close();
}
await predictor.dispose();
