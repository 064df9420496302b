/**
 * Opt-in hook for e2e (same gate as the bench: `<html data-tactful-bench>` on Tactful's own test pages): lets a
 * test drive `Editor.replace` — the undo-safe write path the rewrite feature uses — on the focused field.
 * The test puts `{ find, replacement, expected? }` in `data-tactful-test-replace`, dispatches `tactful-test-replace`, and
 * reads `data-tactful-test-result` ("ok" / "refused" / "no field"). A page could already edit its own fields,
 * so this grants nothing new.
 */
import type { FieldController } from './field-controller.ts';

/** Installs the hook when the page opted in. */
export function installTestHooks(
	doc: Document,
	signal: AbortSignal,
	focused: () => FieldController | null,
): void {
	const html = doc.documentElement;
	if (!html.hasAttribute('data-tactful-bench')) return;
	doc.addEventListener(
		'tactful-test-replace',
		() => {
			const c = focused();
			const { find, replacement, expected } = JSON.parse(
				html.getAttribute('data-tactful-test-replace') ?? '{}',
			);
			if (!c || typeof find !== 'string') {
				html.setAttribute('data-tactful-test-result', 'no field');
				return;
			}
			const text = typeof expected === 'string' ? expected : c.editor.read();
			const start = text.indexOf(find);
			void c.editor
				.replace(start, start + find.length, String(replacement), text)
				.then((ok) => html.setAttribute('data-tactful-test-result', ok ? 'ok' : 'refused'));
		},
		{ signal },
	);
}
