// CodeMirror 6: a markdown comment box (prose: watched) and a JavaScript editor (code: skipped).
import { javascript } from '@codemirror/lang-javascript';
import { markdown } from '@codemirror/lang-markdown';
import { basicSetup, EditorView } from 'codemirror';

window.mountCodeMirror = (parent, lang) =>
	new EditorView({
		parent,
		doc: '',
		extensions: [basicSetup, lang === 'markdown' ? markdown() : javascript(), EditorView.lineWrapping],
	});
