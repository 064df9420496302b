// A ProseMirror rich editor, as in Discourse's rich composer and Stack Exchange's Stacks-Editor.
// mountProseMirror(el, className) returns the view; window.__pmText() reads ProseMirror's own document.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

window.mountProseMirror = (place, className) => {
	const state = EditorState.create({
		schema,
		plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-Shift-z': redo }), keymap(baseKeymap)],
	});
	const view = new EditorView(place, {
		state,
		attributes: { class: className, role: 'textbox', 'aria-multiline': 'true' },
	});
	window.__pmText = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n');
	return view;
};
