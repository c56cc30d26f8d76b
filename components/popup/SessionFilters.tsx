import { useId } from 'preact/hooks';
import { MIN_PAGES_CHOICES, PERIODS } from '../../lib/shared/popup/filters';
import type {
  Period,
  ResourceOption,
  SavedFilterOption,
  SessionFilterState,
} from '../../lib/shared/popup/types';
import { useText } from './context';

interface Props {
  resources: ResourceOption[];
  resource: string;
  onResourceChange(domain: string): void;
  filters: SessionFilterState;
  savedFilters: SavedFilterOption[];
  onChange(filters: SessionFilterState): void;
}

const PERIOD_KEYS = {
  today: 'periodToday',
  '7d': 'period7d',
  '30d': 'period30d',
  '90d': 'period90d',
} as const;

/** Website picker (when there are several) and the list filters; every control has a visible label. */
export function SessionFilters({
  resources,
  resource,
  onResourceChange,
  filters,
  savedFilters,
  onChange,
}: Props) {
  const { t } = useText();
  const id = useId();
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t('filtersLabel')}</legend>
      {resources.length > 1 && (
        <label class="filter filter-wide" for={`${id}-resource`}>
          <span class="filter-label">{t('website')}</span>
          <select
            id={`${id}-resource`}
            value={resource}
            onChange={(event) => onResourceChange(event.currentTarget.value)}
          >
            {resources.map((option) => (
              <option key={option.domain} value={option.domain}>
                {option.name && option.name !== option.domain
                  ? `${option.name} (${option.domain})`
                  : option.domain}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="filter" for={`${id}-period`}>
        <span class="filter-label">{t('period')}</span>
        <select
          id={`${id}-period`}
          value={filters.period}
          onChange={(event) => onChange({ ...filters, period: event.currentTarget.value as Period })}
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {t(PERIOD_KEYS[period])}
            </option>
          ))}
        </select>
      </label>
      <label class="filter" for={`${id}-pages`}>
        <span class="filter-label">{t('minPages')}</span>
        <select
          id={`${id}-pages`}
          value={String(filters.minPages)}
          onChange={(event) => onChange({ ...filters, minPages: Number(event.currentTarget.value) })}
        >
          {MIN_PAGES_CHOICES.map((count) => (
            <option key={count} value={String(count)}>
              {count === 0 ? t('minPagesAny') : `${count}+`}
            </option>
          ))}
        </select>
      </label>
      {savedFilters.length > 0 && (
        <label class="filter" for={`${id}-saved`}>
          <span class="filter-label">{t('savedFilter')}</span>
          <select
            id={`${id}-saved`}
            value={filters.savedFilterId === undefined ? '' : String(filters.savedFilterId)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange({ ...filters, savedFilterId: value === '' ? undefined : Number(value) });
            }}
          >
            <option value="">{t('savedFilterNone')}</option>
            {savedFilters.map((filter) => (
              <option key={filter.id} value={String(filter.id)}>
                {filter.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="filter-check" for={`${id}-identified`}>
        <input
          id={`${id}-identified`}
          type="checkbox"
          checked={filters.onlyIdentified}
          onChange={(event) => onChange({ ...filters, onlyIdentified: event.currentTarget.checked })}
        />
        <span>{t('onlyIdentified')}</span>
      </label>
    </fieldset>
  );
}
