import { useRef } from 'preact/hooks';
import { useText } from './context';

export type TabId = 'sessions' | 'companies' | 'blacklist';

const TABS: ReadonlyArray<{ id: TabId; label: 'tabSessions' | 'tabCompanies' | 'tabBlacklist' }> = [
  { id: 'sessions', label: 'tabSessions' },
  { id: 'companies', label: 'tabCompanies' },
  { id: 'blacklist', label: 'tabBlacklist' },
];

export const tabId = (tab: TabId) => `tab-${tab}`;
export const panelId = (tab: TabId) => `panel-${tab}`;

interface Props {
  active: TabId;
  onChange(tab: TabId): void;
}

/** WAI-ARIA tabs: one tab stop; arrow keys, Home and End move between tabs. */
export function Tabs({ active, onChange }: Props) {
  const { t } = useText();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((tab) => tab.id === active);
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : undefined;
    const next = target === undefined ? undefined : TABS[target];
    if (!next) return;
    event.preventDefault();
    onChange(next.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(next.id)}`)?.focus();
  };

  return (
    <div class="tabs" role="tablist" aria-label={t('tabsLabel')} ref={list} onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          class="tab"
          aria-selected={tab.id === active}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => onChange(tab.id)}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
