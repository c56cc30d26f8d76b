/**
 * The content script's start: ask the background for this page's switches, stop at once on a page
 * that is not to be annotated (a CRM switched off, a loopback page that is not a demo) or that
 * another instance annotates already, else run the page loop in the user's language.
 */

import { createTableTranslator } from '../shared/i18n/translate';
import type { PageSettings } from '../shared/messaging/protocol/page';
import { createFormatter } from '../shared/overlay/format';
import { type AdapterRegistry, chooseAdapter } from './crm/choose-adapter';
import { claimPage } from './instance-claim';
import { type PageMessenger, runtimeMessenger } from './messenger';
import { type EarlyScan, type PageLoop, type PageLoopOptions, startPageLoop, visibleOf } from './page-loop';
import type { ScriptLifetime } from './script-context';
import { seenByUser } from './seen';
import { pageTarget } from './site-gate';
import { markTiming } from './test-hooks';

export async function startContentScript(
  ctx: ScriptLifetime,
  adapters: AdapterRegistry,
  messenger: PageMessenger = runtimeMessenger(),
  tuning?: Pick<PageLoopOptions, 'debounceMs' | 'maxWaitMs' | 'seen'>,
): Promise<PageLoop | undefined> {
  markTiming('Start');
  const asked = messenger.settings();
  // Read the page while the background answers: the scan and what of it the user sees need no
  // settings, only what is done with them does (a CRM switched off discards it, and nothing is sent).
  const read = readPage(adapters);
  // Judging what the user sees forces style and layout (~35 ms on a 500-row list). Chrome runs this
  // script just before the page's load event, which the judging would hold up: it waits for that
  // event to be over, or for the settings if they come back first.
  await Promise.race([asked.catch(() => {}), afterLoadEvent()]);
  const firstScan: EarlyScan = { ...read, seen: visibleOf(read.findings, tuning?.seen ?? seenByUser) };
  let settings: PageSettings;
  try {
    settings = await asked;
  } catch {
    // No background to ask (the extension was reloaded): there is nothing this page can show.
    return undefined;
  }
  markTiming('Settings');
  if (ctx.isInvalid || !pageTarget(new URL(location.href), settings, adapters)) return undefined;
  // Another instance of this extension annotates this page already: one badge per element.
  if (!claimPage(ctx)) {
    ctx.abort('Another instance annotates this page');
    return undefined;
  }
  const fmt = createFormatter(
    settings.locale,
    createTableTranslator(settings.strings.overlay),
    createTableTranslator(settings.strings.errors),
  );
  return startPageLoop({ ctx, messenger, settings, adapters, firstScan, fmt, ...tuning });
}

function readPage(adapters: AdapterRegistry): Omit<EarlyScan, 'seen'> {
  const href = location.href;
  const { adapter, url } = chooseAdapter(new URL(href), adapters);
  return { href, adapterId: adapter.id, findings: adapter.scan(document, url) };
}

/** Resolves in the task after the page's load event (at once if it is over). */
function afterLoadEvent(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((done) => window.addEventListener('load', () => setTimeout(done), { once: true }));
}
