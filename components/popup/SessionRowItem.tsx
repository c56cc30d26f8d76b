import { pluralKey } from '../../lib/extension-pages/popup/plural';
import { referrerHost } from '../../lib/extension-pages/popup/url-text';
import { stripBidiControls } from '../../lib/shared/i18n/bidi';
import { formatDuration } from '../../lib/shared/i18n/format-duration';
import type { SessionRow } from '../../lib/shared/popup/types';
import { useText } from './context';
import { TimeText } from './TimeText';

interface Props {
  row: SessionRow;
  now: number;
  onOpen(row: SessionRow, opener: HTMLElement): void;
}

/** One visit: who, when, how long, how many pages, where from. A button, so Enter and Space open it. */
export function SessionRowItem({ row, now, onOpen }: Props) {
  const { t, locale } = useText();
  const at = row.lastAt ?? row.firstAt;
  const host = referrerHost(row.referrer);
  const meta = [
    formatDuration(row.seconds),
    row.pages !== undefined ? t(pluralKey('pages', row.pages, locale), row.pages) : undefined,
    host ? t('fromReferrer', host) : undefined,
  ].filter(Boolean);
  return (
    <li class="row">
      <button type="button" class="row-button" onClick={(event) => onOpen(row, event.currentTarget)}>
        <span class="row-line">
          <span class={row.company ? 'row-title' : 'row-title muted'} dir="auto">
            {row.company ? stripBidiControls(row.company.name) : t('unidentified')}
          </span>
          {at !== undefined && <TimeText class="row-time" at={at} now={now} />}
        </span>
        <span class="row-meta">
          {meta.join(' · ')}
          {row.searchQuery && (
            <>
              {' · '}
              <span class="row-query" dir="auto">
                {t('searchedFor', row.searchQuery)}
              </span>
            </>
          )}
        </span>
      </button>
    </li>
  );
}
