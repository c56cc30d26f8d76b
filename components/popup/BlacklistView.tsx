import { displayHost } from '../../lib/extension-pages/popup/url-text';
import { websiteHref } from '../../lib/extension-pages/safe-href';
import { errorMessage } from '../../lib/shared/api/error-message';
import { isolateBidi, stripBidiControls } from '../../lib/shared/i18n/bidi';
import type { BlacklistItem } from '../../lib/shared/messaging/protocol';
import { EmptyState } from '../common/EmptyState';
import { ErrorNote } from '../common/ErrorNote';
import { SafeLink } from '../common/SafeLink';
import { Skeleton } from '../common/Skeleton';
import { useNow } from '../common/use-now';
import { usePopupApi, useText } from './context';
import { TimeText } from './TimeText';
import { useAsync } from './use-async';
import type { HiddenCompany } from './use-blacklist';

interface Props {
  /** Changes whenever the hidden set does, so the list follows adds, undos and refusals. */
  version: string;
  onRemove(company: HiddenCompany): void;
}

/** The blacklist: Leady's entries and the ones still waiting to be sent, each removable. */
export function BlacklistView({ version, onRemove }: Props) {
  const api = usePopupApi();
  const { t, locale } = useText();
  const now = useNow();
  const list = useAsync(() => api.blacklistList(), version);
  const items = list.value ?? [];

  if (list.loading && !list.value) return <Skeleton rows={4} label={t('loading')} />;
  if (list.error && !list.value) {
    return (
      <ErrorNote>
        {errorMessage(list.error, locale)}{' '}
        <button type="button" class="link-button" onClick={list.reload}>
          {t('retry')}
        </button>
      </ErrorNote>
    );
  }
  if (items.length === 0) return <EmptyState title={t('blacklistEmpty')} hint={t('blacklistEmptyHint')} />;

  return (
    <ul class="rows" aria-label={t('blacklistListLabel')}>
      {items.map((item) => (
        <BlacklistRow key={item.companyId} item={item} now={now} onRemove={onRemove} />
      ))}
    </ul>
  );
}

function BlacklistRow({
  item,
  now,
  onRemove,
}: {
  item: BlacklistItem;
  now: number;
  onRemove: Props['onRemove'];
}) {
  const { t, locale } = useText();
  const name = stripBidiControls(item.companyName) || `#${item.companyId}`;
  const site = displayHost(item.website);
  return (
    <li class="row row-static">
      <div class="row-line">
        <span class="row-title" dir="auto">
          {name}
        </span>
        <button
          type="button"
          class="button button-small"
          aria-label={t('removeLabel', isolateBidi(name))}
          onClick={() => onRemove({ id: item.companyId, name })}
        >
          {t('remove')}
        </button>
      </div>
      <div class="row-meta">
        {site && <SafeLink href={websiteHref(item.website)}>{site}</SafeLink>}
        {site && ' · '}
        {item.state === 'pending' ? (
          t('statePending')
        ) : item.state === 'failed' ? (
          <span class="warn">{t('stateFailed', item.error ? errorMessage(item.error, locale) : '')}</span>
        ) : (
          <>
            {t('addedOn')} <TimeText at={item.createdAt} now={now} />
          </>
        )}
      </div>
    </li>
  );
}
