/**
 * The fields one session watches and each one's lifetime: a FieldController is created on first contact with
 * a field root and lives until its field leaves the page or the session stops. Everything tied to a field
 * (editor, resize observation, silent-change watch, field hooks) stops with its own AbortController.
 */
import type { SessionDeps } from './deps.ts';
import { editorFor } from './editors/index.ts';
import { runFieldHooks } from './extensions.ts';
import { FieldController } from './field-controller.ts';
import { skipReason } from './fields.ts';
import { childController } from './listen.ts';
import type { SessionScoreOptions } from './score-options.ts';
import { isSiteField, type SiteAdapter } from './sites/index.ts';
import { onSilentTextChange } from './text-watch.ts';

/** A watched field's controller and the switch that ends everything tied to it. */
export interface LiveField {
	c: FieldController;
	stop: AbortController;
}

/** The watched fields of a session, by controller id. */
export type LiveFields = Map<number, LiveField>;

interface FieldRegistryEnv {
	site: SiteAdapter;
	signal: AbortSignal;
	score: SessionDeps['score'];
	options(): SessionScoreOptions;
	/** Where a textarea's measuring mirror goes (inside the overlay's shadow root). */
	mirrorHost(): Node;
	/** What the field shows changed (a new verdict, a remapped one). */
	changed(c: FieldController): void;
	/** The field is gone or the session stopped. */
	gone(c: FieldController): void;
	repaint(): void;
}

/** The fields a session watches. */
export interface FieldRegistry {
	live: LiveFields;
	/** The controllers of the watched fields, oldest first. */
	controllers(): FieldController[];
	/** The controller for a field root, creating it on first contact (null = not a field Tactful watches). */
	attach(root: HTMLElement): FieldController | null;
	/** The controller already made for `root` (null = looked at and skipped, undefined = never seen). */
	known(root: HTMLElement): FieldController | null | undefined;
}

/** Creates the field registry of one session; all fields stop when `signal` aborts. */
export function createFieldRegistry(env: FieldRegistryEnv): FieldRegistry {
	const { site, signal } = env;
	const seen = new WeakMap<HTMLElement, FieldController | null>();
	const live: LiveFields = new Map();
	let nextId = 1;
	const resize = new ResizeObserver(env.repaint);
	signal.addEventListener('abort', () => {
		resize.disconnect();
		for (const { stop } of live.values()) stop.abort();
	});

	const attach = (root: HTMLElement): FieldController | null => {
		const known = seen.get(root);
		if (known !== undefined) return known;
		const watch = !skipReason(root, site.skip) && (site.id === 'generic' || isSiteField(site, root));
		if (!watch) {
			seen.set(root, null);
			return null;
		}
		const stop = childController(signal);
		const editor = editorFor(root, env.mirrorHost);
		const c: FieldController = new FieldController(nextId++, editor, {
			score: env.score,
			options: env.options,
			changed: () => env.changed(c),
			idle: env.repaint,
			signal: stop.signal,
		});
		resize.observe(root);
		stop.signal.addEventListener('abort', () => {
			resize.unobserve(root);
			editor.dispose();
			live.delete(c.id);
			seen.delete(root);
			env.gone(c);
		});
		onSilentTextChange(editor, stop.signal, () => {
			c.onSilentChange();
			env.repaint();
		});
		seen.set(root, c);
		live.set(c.id, { c, stop });
		runFieldHooks({ site, editor, signal: stop.signal });
		return c;
	};
	return {
		live,
		controllers: () => [...live.values()].map((x) => x.c),
		attach,
		known: (root) => seen.get(root),
	};
}
