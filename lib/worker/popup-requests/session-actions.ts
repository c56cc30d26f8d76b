import { LeadyError } from '../../shared/api/errors';
import type { ActionView, SessionActions } from '../../shared/popup/types';
import type { Action } from '../api';
import { getSession, setSessionActions } from '../cache/sessions';
import { sessionSeconds } from '../insights/visit-stats';
import type { Services } from '../services';

/** A session with more page views than this is a bot or a kiosk; the rest are not worth the requests. */
const MAX_ACTION_PAGES = 10;

/** A session's page views: cached ones at once, else fetched (interactive) and cached for next time. */
export async function sessionActions(services: Services, key: string): Promise<SessionActions> {
  const db = await services.cache();
  const record = await getSession(db, key);
  if (!record) {
    throw new LeadyError({
      kind: 'not-found',
      endpoint: 'popup.session.actions',
      message: 'This visit is no longer in the cache',
    });
  }
  let actions = record.actions;
  if (!actions) {
    actions = [];
    if (record.actionListUrl) {
      const client = await services.client();
      const pages = client.actions(
        { action_list_url: record.actionListUrl },
        { priority: 'interactive', maxPages: MAX_ACTION_PAGES },
      );
      for await (const action of pages.items()) actions.push(action);
    }
    await setSessionActions(db, key, actions);
  }
  return {
    actions: actions.map(actionView),
    seconds: sessionSeconds({ ...record, actions }),
    pages: actions.length,
  };
}

function actionView(action: Action): ActionView {
  return {
    location: action.location,
    title: action.title,
    seconds: action.seconds_spent,
    timestamp: action.timestamp,
  };
}
