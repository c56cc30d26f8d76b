import { buildE2eExtension } from '../build';

/** Builds the Firefox test build once for the whole run (LEADY_E2E_SKIP_BUILD=1 reuses the last build). */
export default function setup(): void {
  if (process.env.LEADY_E2E_SKIP_BUILD === '1') return;
  buildE2eExtension('firefox');
}
