// Reddit's comment composer: <shreddit-composer> (a custom element with its own shadow root that slots the
// editor) around a Lexical rich-text editor in the light DOM. window.__lexicalText() reads Lexical's own
// EditorState so tests can prove the extension never changes it.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { $getRoot, createEditor } from 'lexical';

class ShredditComposer extends HTMLElement {
	connectedCallback() {
		if (this.shadowRoot) return;
		const root = this.attachShadow({ mode: 'open' });
		root.innerHTML = `<style>:host{display:block;border:1px solid #ccc;border-radius:20px;padding:8px 14px;background:#fff}
			.toolbar{display:flex;justify-content:flex-end;gap:8px;margin-top:6px}</style>
			<slot name="rte"></slot><div class="toolbar"><slot name="submit-button"></slot></div>`;
	}
}
customElements.define('shreddit-composer', ShredditComposer);

const el = document.querySelector('[data-lexical-editor]');
if (el) {
	const editor = createEditor({ namespace: 'reddit-comment', onError: (e) => console.error(e) });
	editor.setRootElement(el);
	registerRichText(editor);
	registerHistory(editor, createEmptyHistoryState(), 300);
	window.__lexicalText = () => editor.getEditorState().read(() => $getRoot().getTextContent());
}
