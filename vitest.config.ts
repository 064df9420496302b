import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
	plugins: [WxtVitest()],
	test: {
		environment: 'happy-dom',
		include: ['**/*.test.{ts,tsx}'],
		exclude: ['node_modules/**', '.output/**', '.wxt/**'],
		setupFiles: ['tests/setup.ts'],
		testTimeout: 30_000,
	},
});
