import { useId } from 'preact/hooks';
import type { Settings, SyncWindowDays } from '../../lib/shared/settings';
import { useOptionsText } from './context';
import { Section } from './Section';

const WINDOWS: readonly SyncWindowDays[] = [30, 90, 180];

interface Props {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

export function SyncSection({ settings, onChange }: Props) {
  const { t } = useOptionsText();
  const id = useId();
  return (
    <Section title={t('syncTitle')} help={t('syncHelp')}>
      <label class="field" for={`${id}-window`}>
        <span class="field-label">{t('syncLabel')}</span>
        <select
          id={`${id}-window`}
          value={String(settings.syncWindowDays)}
          onChange={(event) =>
            onChange({ syncWindowDays: Number(event.currentTarget.value) as SyncWindowDays })
          }
        >
          {WINDOWS.map((days) => (
            <option key={days} value={String(days)}>
              {t('syncDays', days)}
            </option>
          ))}
        </select>
      </label>
    </Section>
  );
}
