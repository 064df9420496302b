import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
	plugins: [WxtVitest()],
	test: {
		environment: 'happy-dom',
		include: ['**/*.test.{ts,tsx}'],
		exclude: ['node_modules/**', '.output/**', '.wxt/**'],
		setupFiles: ['tests/setup.ts'],
		// Model-loading tests took 33 s once on a machine at load ~30 (session 16); the limit is for hangs, not speed.
		testTimeout: 60_000,
	},
});
