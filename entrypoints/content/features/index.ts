/**
 * Plugs the derailment, rewrite and draft-keeping features into the in-page UI through its extension points
 * (entrypoints/content/extensions.ts), so session.ts stays about the draft's own score.
 */
import { sendMessage, sendMessageRetrying } from '../../../utils/messaging.ts';
import {
	effectiveDerailAlerts,
	effectiveDerailSensitivity,
	getSettings,
	watchSettings,
} from '../../../utils/storage/settings.ts';
import { registerCardSection, registerFieldDecorator, registerFieldHook } from '../extensions.ts';
import { pageHostname } from '../page-host.ts';
import { readThread, THREAD_READERS } from '../threads/index.ts';
import { keepDrafts } from './draft-keeper.ts';
import { onPageChange } from './page-changes.ts';
import { watchRewriteUndo } from './rewrite-apply.ts';
import { watchRewriteSetup } from './rewrite-retry.ts';
import { rewriteSection } from './rewrite-section.tsx';
import { cancelRewrite, forgetSetupError } from './rewrite-state.ts';
import {
	onThreadRiskChange,
	threadPending,
	threadRiskFor,
	threadShowsOn,
	threadWarns,
	watchThreadRisk,
} from './thread-risk.ts';
import { threadSection, threadSummary } from './thread-section.tsx';
import { watchUndoCaret } from './undo-caret.ts';

/** Registers the card sections and the per-field thread watcher for this page. */
export function registerFeatures(doc: Document): void {
	registerCardSection(threadSection);
	registerFieldDecorator({
		id: 'thread-risk',
		decorate: (editor) => {
			const risk = threadRiskFor(editor);
			const pending = threadPending(editor);
			if (!threadWarns(risk) || !threadShowsOn(editor)) return pending ? { pending } : null;
			const { heading, detail } = threadSummary(risk);
			const why = detail || risk.result.markers.draft?.message || '';
			return { thread: why ? `${heading}: ${why}` : heading, pending };
		},
		subscribe: onThreadRiskChange,
	});
	const hostname = pageHostname(doc.defaultView ?? window);
	registerCardSection(rewriteSection(hostname));
	// A field that goes away (removed from the page, or Tactful stops watching it) takes its rewrite with it.
	registerFieldHook(
		({ editor }) =>
			() =>
				cancelRewrite(editor),
	);
	// A rewrite error from the old setup must not greet the user when the card reopens after a change made in the
	// popup or options page while it was closed (an open card retries by itself: rewrite-retry.ts).
	registerFieldHook(({ editor }) => watchRewriteSetup(() => forgetSetupError(editor)));
	registerFieldHook(({ editor, signal }) => watchUndoCaret(editor, signal));
	// Ctrl+Z back to the draft an applied rewrite replaced: the rewrite was undone (history, bandit).
	registerFieldHook(({ editor, signal }) => watchRewriteUndo(editor, signal));
	registerFieldHook(({ site, editor, signal }) =>
		keepDrafts(
			editor,
			signal,
			{
				enabled: async () => (await getSettings()).storeDrafts,
				save: (key, text) => sendMessage('saveDraft', { key, site: hostname, text }),
				discard: (key) => sendMessage('discardDraft', { key }),
			},
			{ clickPosts: site.clickPosts },
		),
	);
	registerFieldHook(({ site, editor, signal }) =>
		watchThreadRisk(editor, signal, {
			readThread: (field) => readThread(doc, field, site.id),
			predict: (thread, draft, sensitivity) =>
				// `hottest`: the card quotes each driving comment's most heated sentence (models/derail/advice.ts).
				sendMessageRetrying('predictDerailment', { thread, draft, options: { sensitivity, hottest: true } }),
			sensitivity: async () => effectiveDerailSensitivity(await getSettings(), hostname),
			enabled: async () => effectiveDerailAlerts(await getSettings(), hostname),
			onSettingsChange: (listener) => watchSettings(() => listener()),
			// Only where a reader can find a thread: elsewhere a page change can never make one.
			...(THREAD_READERS[site.id]
				? { onPageChange: (listener: () => void) => onPageChange(doc, editor.el, listener) }
				: {}),
		}),
	);
}
