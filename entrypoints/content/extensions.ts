/**
 * Extension points for other features, so they plug into the in-page UI without editing session.ts:
 * - card sections: the derailment feature renders into the card's `thread` slot, the rewrite feature into its
 *   `rewrite` slot (e.g. a RewriteCard that calls `ctx.editor.replace(...)`, which is undo-safe);
 * - field hooks: called once per watched field (e.g. to find the thread a reply belongs to).
 */
import type { ComponentChildren } from 'preact';
import type { ScoreResult } from '../../models/scoring/types.ts';
import type { Editor } from './editors/types.ts';
import type { Level } from './levels.ts';
import type { SiteAdapter } from './sites/types.ts';

/** Everything a card section may use. `text` is the text the result was mapped onto. */
export interface CardContext {
	site: SiteAdapter;
	editor: Editor;
	text: string;
	level: Level;
	result: ScoreResult;
	/** Close the card (e.g. after applying a rewrite). */
	close(): void;
	/** Score the field again now (e.g. after applying a rewrite). */
	rescore(): void;
	/** Files an applied rewrite in the history ("rewrites accepted"), under this verdict's reasons. */
	recordAccepted?(): void;
	/** Files the applied rewrite as taken back (card's Undo, or Ctrl+Z to the draft before it): "undone". */
	recordUndone?(): void;
	/** Files a redo that put the undone rewrite back: the undo is taken back, the apply is not counted twice. */
	recordRedone?(): void;
	/** Files the user's Dismiss of this card's suggestion, under this verdict's reasons. */
	recordDismissed?(): void;
}

/** A section drawn inside the warning card. Return null to draw nothing for this draft. */
export interface CardSection {
	id: string;
	slot: 'thread' | 'rewrite';
	render(ctx: CardContext): ComponentChildren | null;
}

/** Called when Tactful starts watching a field; a returned function runs when it stops (anything else is ignored). */
export type FieldHook = (field: { site: SiteAdapter; editor: Editor; signal: AbortSignal }) => unknown;

/** Something another feature wants the badge to say about a field, next to the draft's own level. */
export interface FieldDecoration {
	/** Set when the conversation around the field is at risk: a short plain-words reason. */
	thread?: string;
	/** The feature has an assessment of this field still to come (the badge is not `data-settled` meanwhile). */
	pending?: boolean;
}

/** A provider of field decorations, with a way to tell the session to repaint when they change. */
export interface FieldDecorator {
	id: string;
	decorate(editor: Editor): FieldDecoration | null;
	subscribe(onChange: () => void): () => void;
}

const sections: CardSection[] = [];
const decorators: FieldDecorator[] = [];
const fieldHooks: FieldHook[] = [];

/** Registers a card section (call from entrypoints/content/index.ts before the session starts). */
export function registerCardSection(section: CardSection): void {
	const i = sections.findIndex((s) => s.id === section.id);
	if (i >= 0) sections[i] = section;
	else sections.push(section);
}

/** Registers a hook run for every watched field. */
export function registerFieldHook(hook: FieldHook): void {
	fieldHooks.push(hook);
}

/** Renders the registered sections for one slot (used by session.ts). */
export function renderSlot(slot: CardSection['slot'], ctx: CardContext): ComponentChildren | null {
	const parts = sections.filter((s) => s.slot === slot).map((s) => s.render(ctx));
	const present = parts.filter((p) => p !== null && p !== undefined && p !== false);
	return present.length ? present : null;
}

/** Runs the field hooks (used by session.ts). */
export function runFieldHooks(field: Parameters<FieldHook>[0]): void {
	for (const hook of fieldHooks) {
		try {
			const stop = hook(field);
			if (typeof stop === 'function') field.signal.addEventListener('abort', () => stop(), { once: true });
		} catch (error) {
			console.warn('[tactful] field hook failed:', error);
		}
	}
}

/** Registers a field decorator (call from entrypoints/content/index.ts before the session starts). */
export function registerFieldDecorator(decorator: FieldDecorator): void {
	const i = decorators.findIndex((d) => d.id === decorator.id);
	if (i >= 0) decorators[i] = decorator;
	else decorators.push(decorator);
}

/** The merged decoration of a field, or null when no feature has anything to say (used by views.ts). */
export function decorationFor(editor: Editor): FieldDecoration | null {
	let merged: FieldDecoration | null = null;
	for (const d of decorators) {
		const one = d.decorate(editor);
		if (one) merged = { ...(merged ?? {}), ...one };
	}
	return merged;
}

/** Calls `onChange` whenever any decoration changes, until `signal` aborts (used by session.ts). */
export function onDecorationsChange(onChange: () => void, signal: AbortSignal): void {
	const stops = decorators.map((d) => d.subscribe(onChange));
	signal.addEventListener('abort', () => {
		for (const stop of stops) stop();
	});
}
