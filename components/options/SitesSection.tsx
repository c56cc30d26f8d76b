import type { CrmSiteId } from '../../lib/shared/config/build-config';
import type { Settings } from '../../lib/shared/settings';
import { useOptionsText } from './context';
import { Section } from './Section';

const SITES: ReadonlyArray<{
  id: CrmSiteId;
  label: 'siteHubspot' | 'sitePipedrive' | 'siteSalesforce' | 'siteRaynet';
}> = [
  { id: 'hubspot', label: 'siteHubspot' },
  { id: 'pipedrive', label: 'sitePipedrive' },
  { id: 'salesforce', label: 'siteSalesforce' },
  { id: 'raynet', label: 'siteRaynet' },
];

interface Props {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

/** The built-in CRMs, each on or off. */
export function SitesSection({ settings, onChange }: Props) {
  const { t } = useOptionsText();
  return (
    <Section title={t('sitesTitle')} help={t('sitesHelp')}>
      <ul class="checks">
        {SITES.map((site) => (
          <li key={site.id}>
            <label class="check">
              <input
                type="checkbox"
                checked={settings.sites[site.id]}
                onChange={(event) =>
                  onChange({ sites: { ...settings.sites, [site.id]: event.currentTarget.checked } })
                }
              />
              <span>{t(site.label)}</span>
            </label>
          </li>
        ))}
      </ul>
    </Section>
  );
}
