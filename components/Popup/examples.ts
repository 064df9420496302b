/** Fixed example comments for the popup's live preview, from clearly civil to clearly hostile. */
export const EXAMPLE_SENTENCES: readonly string[] = [
	'Thanks for the patch! Could you add a test for the empty case?',
	'This still leaks memory when the socket closes. Did you try it with keep-alive on?',
	"Honestly, this is the third time I've asked. Please read the thread first.",
	'Did you even read the docs? This is a complete waste of everyone’s time.',
	'Only an idiot would ship code this broken. Stop wasting our time.',
];
