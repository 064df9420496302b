/**
 * Runs in the page's own JavaScript world (MAIN), where CodeMirror 6 keeps the whole document: answers the content
 * script's requests about a long CodeMirror draft whose far lines are not rendered (editors/cm-bridge.ts). No
 * extension APIs here (the MAIN world has none), nothing kept, nothing sent anywhere.
 */
import { defineContentScript } from '#imports';
import { answerCodeMirror } from './content/editors/cm-bridge.ts';

export default defineContentScript({
	matches: ['<all_urls>'],
	allFrames: true,
	matchAboutBlank: true,
	runAt: 'document_start',
	world: 'MAIN',
	main() {
		answerCodeMirror(document);
	},
});
