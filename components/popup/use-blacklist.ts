import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupApi } from '../../lib/extension-pages/popup/popup-api';
import { toErrorData } from '../../lib/shared/api/error-data';
import type { LeadyErrorData } from '../../lib/shared/api/errors';

export interface HiddenCompany {
  id: number;
  name: string;
}

export interface BlacklistFailure {
  company: HiddenCompany;
  action: 'add' | 'undo';
  error: LeadyErrorData;
}

/**
 * Which companies are hidden right now. A blacklisting hides the company at once (before the
 * background has answered); the background's `blacklist.changed` events then say what is really
 * hidden, so a blacklisting Leady refuses brings the company back.
 */
export function useBlacklist(api: PopupApi) {
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const [lastHidden, setLastHidden] = useState<HiddenCompany>();
  const [failure, setFailure] = useState<BlacklistFailure>();
  /** Hidden here but not yet known to the background (the add is in flight). */
  const inFlight = useRef(new Set<number>());

  const apply = useCallback((ids: readonly number[]) => {
    setHidden(new Set([...ids, ...inFlight.current]));
  }, []);

  const refresh = useCallback(async () => {
    try {
      apply(await api.blacklistIds());
    } catch {
      // Keep what is hidden now; the next event or refresh corrects it.
    }
  }, [api, apply]);

  useEffect(() => {
    void refresh();
    return api.onEvent((event) => {
      if (event.event === 'blacklist.changed') apply(event.companyIds);
      // Blacklist changes arrive as blacklist.changed; sign-in and sign-out replace the whole list
      // without one (the account's storage is cleared).
      if (event.event === 'auth.changed') void refresh();
    });
  }, [api, apply, refresh]);

  const hide = useCallback(
    async (company: HiddenCompany) => {
      inFlight.current.add(company.id);
      setHidden((current) => new Set([...current, company.id]));
      setFailure(undefined);
      try {
        await api.blacklistAdd(company.id);
        setLastHidden(company);
      } catch (thrown) {
        setHidden((current) => new Set([...current].filter((id) => id !== company.id)));
        setFailure({ company, action: 'add', error: toErrorData(thrown, 'blacklist.add') });
      } finally {
        inFlight.current.delete(company.id);
      }
    },
    [api],
  );

  const undo = useCallback(
    async (company: HiddenCompany) => {
      setLastHidden((current) => (current?.id === company.id ? undefined : current));
      setHidden((current) => new Set([...current].filter((id) => id !== company.id)));
      setFailure(undefined);
      try {
        await api.blacklistUndo(company.id);
      } catch (thrown) {
        setFailure({ company, action: 'undo', error: toErrorData(thrown, 'blacklist.undo') });
        await refresh();
      }
    },
    [api, refresh],
  );

  const dismissToast = useCallback(() => setLastHidden(undefined), []);
  const dismissFailure = useCallback(() => setFailure(undefined), []);

  return { hidden, hide, undo, lastHidden, dismissToast, failure, dismissFailure, refresh };
}
