import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium against the sandbox (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
