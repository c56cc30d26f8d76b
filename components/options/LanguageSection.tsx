import { useId } from 'preact/hooks';
import type { LocaleOption } from '../../lib/shared/i18n/translate';
import type { Settings } from '../../lib/shared/settings';
import { useOptionsText } from './context';
import { Section } from './Section';

const CHOICES: ReadonlyArray<{ value: LocaleOption; label: 'languageAuto' | 'languageCs' | 'languageEn' }> = [
  { value: 'auto', label: 'languageAuto' },
  { value: 'cs', label: 'languageCs' },
  { value: 'en', label: 'languageEn' },
];

interface Props {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

export function LanguageSection({ settings, onChange }: Props) {
  const { t } = useOptionsText();
  const id = useId();
  return (
    <Section title={t('languageTitle')}>
      <label class="field" for={`${id}-locale`}>
        <span class="field-label">{t('languageLabel')}</span>
        <select
          id={`${id}-locale`}
          value={settings.locale}
          onChange={(event) => onChange({ locale: event.currentTarget.value as LocaleOption })}
        >
          {CHOICES.map((choice) => (
            <option
              key={choice.value}
              value={choice.value}
              lang={choice.value === 'auto' ? undefined : choice.value}
            >
              {t(choice.label)}
            </option>
          ))}
        </select>
      </label>
    </Section>
  );
}
