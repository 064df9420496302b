import { defineBackground } from '#imports';

export default defineBackground({
	type: 'module',
	main() {
		// Routes are registered in utils/background/; kept empty until the inference host lands.
	},
});
