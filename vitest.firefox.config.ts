import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// End-to-end tests in Firefox (test/e2e/firefox): the same timeouts and one browser at a time as the
// Chromium suite, its own build.
export default defineConfig({
  test: {
    ...e2e.test,
    include: ['test/e2e/firefox/**/*.firefox.test.ts'],
    globalSetup: ['test/e2e/firefox/global-setup.ts'],
  },
});
