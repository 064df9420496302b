/**
 * Deterministic DerailPredictor test double: tones from the lexical cues alone (no model file), explained by the
 * same code as the real engine. For unit tests and e2e runs that must not depend on model bytes. Like the ONNX
 * engine it may be given the draft Scorer: then a draft the scorer reads as toxic is `hostile` to explain() (the
 * card says "addresses the person, not the problem" even when the lexical cues rate it mild), as since 46f1d45.
 */
import type { Scorer } from '../scoring/types.ts';
import { explain, peopleOnly, placeMarkers } from './explain.ts';
import { type PreparedComment, prepareComment, prepareThread } from './features.ts';
import type { DerailOptions, DerailPredictor, DerailResult, Thread, ToneScores } from './types.ts';
import { derailThreshold, TONES } from './types.ts';

const squash = (x: number) => 1 / (1 + Math.exp(-x));

function fakeTones(c: PreparedComment): ToneScores {
	const q = c.cues;
	const frustration = squash(-3 + 2 * q.frustration + q.impatience + q.exclamations * 0.5 + q.shouting);
	const attack = squash(-3.5 + 1.5 * q.frustration + 0.6 * q.secondPerson + q.shouting);
	const uncivil = Math.max(frustration, attack);
	return { uncivil, frustration, attack, heat: squash(-2 + 0.5 * q.negation + q.frustration) };
}

/** Scores threads by counting markers: heated words, "you", negation, exclamation marks, capitals. */
export class FakeDerailPredictor implements DerailPredictor {
	/** `scorer`: the draft Scorer, as OnnxDerailDeps.scorer (the fake reads only its toxic head for the draft). */
	constructor(private readonly deps: { scorer?: Scorer } = {}) {}

	/** Whether the scorer reads the draft as toxic, scored whole as the ONNX engine scores it; false without one. */
	private async hostile(clean: string): Promise<boolean> {
		if (!this.deps.scorer) return false;
		try {
			const [result] = await this.deps.scorer.score([clean], { wholeDraft: true });
			return (result?.toxic ?? 0) >= 0.5;
		} catch {
			return false;
		}
	}

	async predict(read: Thread, draft?: string, options?: DerailOptions): Promise<DerailResult> {
		const threshold = derailThreshold(options?.sensitivity);
		// As the ONNX engine: bots' comments are not read (explain.ts `peopleOnly`).
		const { thread, at } = peopleOnly(read);
		const prepared = prepareThread(thread.comments);
		const rows = prepared.map(fakeTones);
		const tones = Float32Array.from(rows.flatMap((r) => TONES.map((t) => r[t])));
		const risk = (r: readonly ToneScores[]) =>
			r.length === 0
				? 0
				: squash(-3 + 4 * Math.max(...r.map((t) => t.uncivil)) + 2 * (r[r.length - 1]?.uncivil ?? 0));
		const threadDerail = risk(rows);
		let draftPart:
			| { prepared: PreparedComment; tones: ToneScores; derail: number; hostile: boolean }
			| undefined;
		if (draft !== undefined && draft.trim() !== '') {
			const pd = prepareComment({ author: thread.viewer ?? '', text: draft }, prepared.length === 0, false);
			const t = fakeTones(pd);
			draftPart = {
				prepared: pd,
				tones: t,
				derail: risk([...rows, t]),
				hostile: await this.hostile(pd.clean),
			};
		}
		const derail = draftPart?.derail ?? threadDerail;
		return {
			thread: read,
			...(draft !== undefined ? { draft } : {}),
			derail,
			flag: derail >= threshold,
			markers: placeMarkers(
				explain({ thread, prepared, tones, threadDerail, threshold, draft: draftPart }),
				at,
			),
		};
	}
}
