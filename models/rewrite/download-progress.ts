/**
 * Sums transformers.js's per-file progress events into one "downloading the model" figure, so the in-page card
 * can say how far the first-time download of the on-device rewrite model is (the options page shows per file).
 */
import { codeFromMessage } from './errors.ts';
import type { LoadProgress } from './local-backend.ts';

/** The whole download so far; null when nothing is downloading. */
export interface DownloadSnapshot {
	loaded: number;
	/** Bytes of the files whose size is known so far (grows as files start). */
	total: number;
	files: number;
}

/** Tracks one model load's files; `ready`, `reset` or a failed load (`requestFailed`) ends it. */
export class DownloadProgress {
	private readonly files = new Map<string, { loaded: number; total: number; done: boolean }>();

	/** Feeds one transformers.js progress event. */
	track(event: LoadProgress): void {
		if (event.status === 'ready') {
			this.files.clear();
			return;
		}
		if (!event.file) return;
		const file = this.files.get(event.file) ?? { loaded: 0, total: 0, done: false };
		if (event.total !== undefined) file.total = event.total;
		if (event.loaded !== undefined) file.loaded = event.loaded;
		if (event.status === 'done') {
			file.done = true;
			file.loaded = Math.max(file.loaded, file.total);
		}
		this.files.set(event.file, file);
	}

	/**
	 * A request that waited on the load failed. Only a failed load ends the download: a cancelled request (Stop,
	 * the card closing, a newer draft) leaves the load running, since a model load cannot be interrupted, and
	 * the next request waits on the same files, so their progress must still be there for it to show.
	 */
	requestFailed(error: unknown, signal?: AbortSignal): void {
		const message = error instanceof Error ? error.message : String(error);
		const cancelled =
			signal?.aborted ||
			codeFromMessage(message) === 'aborted' ||
			(error instanceof Error && error.name === 'AbortError');
		if (!cancelled) this.reset();
	}

	/** Forgets everything (the model was removed, or loading failed). */
	reset(): void {
		this.files.clear();
	}

	/** Where the download stands, or null when no file is still on its way. */
	snapshot(): DownloadSnapshot | null {
		const files = [...this.files.values()];
		if (!files.some((f) => !f.done)) return null;
		return {
			loaded: files.reduce((sum, f) => sum + f.loaded, 0),
			total: files.reduce((sum, f) => sum + f.total, 0),
			files: files.length,
		};
	}
}
