/**
 * card-frame.html: the card or the record panel, drawn in an extension page the content script
 * places in an iframe, where no page script can read it. The ticket in the URL's fragment is traded
 * for the setup once; everything else is asked of the background by this page itself.
 */

import { toErrorData } from '../../shared/api/error-data';
import { errorCatalog } from '../../shared/i18n/catalogs/errors';
import { overlayCatalog } from '../../shared/i18n/catalogs/overlay';
import { createTableTranslator } from '../../shared/i18n/translate';
import type { FrameAction, FrameSetup } from '../../shared/messaging/protocol/card-frame';
import { h } from '../../shared/overlay/dom';
import { createFormatter, type Formatter } from '../../shared/overlay/format';
import { FRAME_PAGE_CSS } from '../../shared/overlay/styles';
import { type CardBackend, showCard } from './company-card';
import { panelView } from './panel';

export interface FrameBackend extends CardBackend {
  setup(ticket: string): Promise<FrameSetup>;
  /** Tells the content script that placed this frame what the user did. */
  notify(setup: FrameSetup, action: FrameAction): Promise<unknown>;
}

function formatterOf(setup: Pick<FrameSetup, 'locale' | 'strings'>): Formatter {
  return createFormatter(
    setup.locale,
    createTableTranslator(setup.strings.overlay),
    createTableTranslator(setup.strings.errors),
  );
}

export async function startFrame(doc: Document, ticket: string, backend: FrameBackend): Promise<void> {
  const style = doc.createElement('style');
  style.textContent = FRAME_PAGE_CSS;
  doc.head.append(style);
  let setup: FrameSetup;
  try {
    setup = await backend.setup(ticket);
  } catch (error) {
    // A frame nobody opened (or one opened too long ago) says so in the browser's language.
    const locale = (navigator.language ?? '').toLowerCase().startsWith('cs') ? 'cs' : 'en';
    const fmt = formatterOf({
      locale,
      strings: { overlay: overlayCatalog[locale], errors: errorCatalog[locale] },
    });
    doc.body.replaceChildren(
      h('p', { class: 'card error', role: 'alert' }, fmt.error(toErrorData(error, 'frame'))),
    );
    return;
  }
  const fmt = formatterOf(setup);
  doc.documentElement.lang = setup.locale;
  const act = (action: FrameAction['action']) =>
    // The page's script is gone (the tab navigated): the frame goes with it, nothing to report.
    void backend.notify(setup, { event: 'frame.action', ticket, action }).catch(() => {});
  const { view } = setup;

  if (view.kind === 'card') {
    const card = h('div', {
      class: 'card',
      role: 'dialog',
      'aria-labelledby': 'leady-card-title',
      tabindex: '-1',
    });
    doc.body.replaceChildren(card);
    doc.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.isTrusted) act('close');
    });
    showCard(
      (content) => card.replaceChildren(...content),
      fmt,
      backend,
      view.target,
      setup.companies,
      () => act('close'),
    );
    // Opened from the keyboard, the content script focuses this frame (before or after this point):
    // the dialog takes the focus, so Tab walks the card and Escape reaches it.
    const takeFocus = () => {
      if (doc.activeElement === doc.body || doc.activeElement === null) card.focus();
    };
    doc.defaultView?.addEventListener('focus', takeFocus);
    if (doc.hasFocus()) takeFocus();
    return;
  }

  const panel = h('aside', { class: 'panel', 'aria-label': 'Leady' });
  doc.body.replaceChildren(panel);
  const content =
    'auth' in view
      ? ({ kind: view.auth } as const)
      : view.target.kind === 'ambiguous'
        ? ({ kind: 'ambiguous' } as const)
        : setup.companies[0]
          ? ({ kind: 'company', company: setup.companies[0] } as const)
          : undefined;
  if (!content) return act('dismiss');
  panel.replaceChildren(
    ...panelView(fmt, content, { show: () => act('show'), dismiss: () => act('dismiss') }),
  );
}
