/** The Chromium the browser tests and the demo use: LEADY_CHROMIUM, else a system install. */
export function findChromium(): string | undefined;
