export default defineContentScript({
  // Real matches are set per build in wxt.config.ts (build:manifestGenerated).
  matches: ['https://app.hubspot.com/*'],
  main() {},
});
