/**
 * The card's behaviour inside its frame: loading the company's insight from the background, listing
 * the candidates of an ambiguous match, and the Blacklist action with Undo. The badges on the page
 * follow the blacklist through the background's `blacklist.changed` event to the tab.
 */

import { toErrorData } from '../../shared/api/error-data';
import type { CompanyInsight } from '../../shared/insights/types';
import type { FrameTarget } from '../../shared/messaging/protocol/card-frame';
import type { CompanySummary } from '../../shared/messaging/protocol/page';
import type { Formatter } from '../../shared/overlay/format';
import { ambiguousView, type BlacklistState, errorView, insightView, loadingView } from './card';

export interface CardBackend {
  card(companyId: number): Promise<CompanyInsight>;
  blacklistAdd(companyId: number): Promise<unknown>;
  blacklistUndo(companyId: number): Promise<unknown>;
  /** Companies hidden right now (pending or done). */
  blacklistIds(): Promise<number[]>;
}

export function showCard(
  draw: (content: Node[]) => void,
  fmt: Formatter,
  backend: CardBackend,
  target: FrameTarget,
  companies: CompanySummary[],
  close: () => void,
): void {
  const title = (companyId: number) => companies.find((company) => company.id === companyId)?.name ?? '';
  const blacklist = new Map<number, { state: BlacklistState; error?: string }>();
  const hidden = new Set<number>();
  let shown: { companyId: number; insight?: CompanyInsight } | undefined;

  function showCompany(): void {
    if (!shown?.insight) return;
    const { companyId } = shown;
    const current = blacklist.get(companyId) ?? { state: hidden.has(companyId) ? 'hidden' : 'idle' };
    draw(
      insightView(
        fmt,
        shown.insight,
        {
          blacklist: current.state,
          blacklistError: current.error,
          onBlacklist: () => changeBlacklist(companyId, true),
          onUndo: () => changeBlacklist(companyId, false),
        },
        close,
      ),
    );
  }

  function changeBlacklist(companyId: number, add: boolean): void {
    blacklist.set(companyId, { state: 'working' });
    showCompany();
    const sent = add ? backend.blacklistAdd(companyId) : backend.blacklistUndo(companyId);
    sent.then(
      () => {
        blacklist.delete(companyId);
        if (add) hidden.add(companyId);
        else hidden.delete(companyId);
        showCompany();
      },
      (error: unknown) => {
        blacklist.set(companyId, {
          state: add ? 'failed' : 'hidden',
          error: fmt.error(toErrorData(error, 'page')),
        });
        showCompany();
      },
    );
  }

  function openCompany(companyId: number): void {
    const request = { companyId } as { companyId: number; insight?: CompanyInsight };
    shown = request;
    draw(loadingView(fmt, title(companyId), close));
    Promise.all([backend.card(companyId), backend.blacklistIds().catch((): number[] => [])]).then(
      ([insight, ids]) => {
        if (shown !== request) return;
        if (ids.includes(companyId)) hidden.add(companyId);
        request.insight = insight;
        showCompany();
      },
      (error: unknown) => {
        if (shown !== request) return;
        draw(errorView(fmt, title(companyId), fmt.error(toErrorData(error, 'page')), close));
      },
    );
  }

  if (target.kind === 'company') {
    openCompany(target.companyId);
    return;
  }
  const candidates = target.companyIds.flatMap((id) => companies.find((company) => company.id === id) ?? []);
  draw(ambiguousView(fmt, candidates, openCompany, close));
}
