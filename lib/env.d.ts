// Values baked in at build time by `wxt.config.ts` (vite `define`), and by `vitest.config.ts` in tests.
declare const __LEADY_API_URL__: string;
declare const __LEADY_SANDBOX_BUILD__: boolean;
declare const __LEADY_TEST_HOOKS__: boolean;
