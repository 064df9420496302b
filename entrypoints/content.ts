import { defineContentScript } from '#imports';

export default defineContentScript({
	matches: ['<all_urls>'],
	main() {},
});
