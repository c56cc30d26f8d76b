// @vitest-environment happy-dom
/**
 * The content script's start: what the user sees is judged (forced style and layout) only once the
 * page's load event is over, which Chrome runs this script just before, or once the settings are back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allAdapters } from '../../lib/content/crm/pick-adapter';
import { ContentScriptContext } from '../../lib/content/script-context';
import { startContentScript } from '../../lib/content/start';
import type { PageSettings } from '../../lib/shared/messaging/protocol/page';
import { hubspotCompanyList } from '../../sandbox/demo-crm/hubspot';
import { badges, DEMO_LIST, fakeBackground, showPage, summary } from './helpers';

let ctx = new ContentScriptContext('start-test');
afterEach(() => {
  ctx.abort();
  ctx = new ContentScriptContext('start-test');
  Reflect.deleteProperty(document, 'readyState');
  document.body.replaceChildren();
});

/** The page still loading, and a background whose settings come back when `answer` is called. */
function loadingPage() {
  Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
  showPage(DEMO_LIST, hubspotCompanyList([{ name: 'Firma A s.r.o.' }]));
  const fake = fakeBackground({ 'Firma A s.r.o.': [7] }, [summary(7, 'Firma A s.r.o.', 2)]);
  let answer = () => {};
  const settings = new Promise<PageSettings>((done) => {
    answer = () => done(fake.settings);
  });
  const judge = vi.fn(() => () => true);
  const started = startContentScript(
    ctx,
    allAdapters,
    { ...fake.messenger, settings: () => settings },
    {
      seen: judge,
    },
  );
  return { answer, judge, started };
}

const nextTask = () => new Promise((done) => setTimeout(done, 0));

describe('content script start', () => {
  it('judges what the user sees after the page’s load event, not before it', async () => {
    const { answer, judge, started } = loadingPage();
    await nextTask();
    expect(judge).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    // Not during the event either: in the task after it.
    expect(judge).not.toHaveBeenCalled();
    await nextTask();
    expect(judge).toHaveBeenCalledTimes(1);
    answer();
    await (await started)?.idle();
    expect(badges()).toHaveLength(1);
  });

  it('judges at once when the settings are back before the load event', async () => {
    const { answer, judge, started } = loadingPage();
    answer();
    const loop = await started;
    expect(judge).toHaveBeenCalled();
    await loop?.idle();
    expect(badges()).toHaveLength(1);
  });
});
