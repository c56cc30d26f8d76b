import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  define: {
    __LEADY_API_URL__: JSON.stringify('https://api.leady.com/v1/'),
    __LEADY_SANDBOX_BUILD__: 'false',
    __LEADY_TEST_HOOKS__: 'false',
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
