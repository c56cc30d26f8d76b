import { existsSync } from 'node:fs';

/** The Chromium the browser tests and the demo use: LEADY_CHROMIUM, else a system install. */
export function findChromium() {
  const candidates = [
    process.env.LEADY_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((path) => path && existsSync(path));
}
