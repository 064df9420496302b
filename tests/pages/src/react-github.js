// The React issue view's comment box: a React-controlled <textarea aria-label="Markdown value">, like GitHub's
// MarkdownEditor. React state is mirrored into #react-state so tests can prove the extension never changes it.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

function CommentBox() {
	const [value, setValue] = useState('');
	return h(
		'div',
		{ className: 'prc-MarkdownEditor' },
		h('textarea', {
			'aria-label': 'Markdown value',
			placeholder: 'Use Markdown to format your comment',
			className: 'prc-Textarea-TextArea',
			value,
			onChange: (e) => setValue(e.target.value),
		}),
		h('output', { id: 'react-state', hidden: true }, value),
		h(
			'div',
			{ className: 'form-actions' },
			h('button', { type: 'button', className: 'btn-primary' }, 'Comment'),
		),
	);
}

const mount = document.getElementById('react-comment');
if (mount) createRoot(mount).render(h(CommentBox));
