import { describe, expect, it } from 'vitest';
import type { ErrorMessageKey } from '../../lib/shared/i18n/catalogs/errors';
import type { OverlayKey } from '../../lib/shared/i18n/catalogs/overlay';
import type { Translate } from '../../lib/shared/i18n/translate';
import { createFormatter } from '../../lib/shared/overlay/format';

/** A translator that answers with the catalog key, so the test sees which plural form was picked. */
const keyOf = ((key: string) => key) as Translate<OverlayKey>;
const CATEGORY = { visitsOne: 'one', visitsFew: 'few', visitsOther: 'other' } as const;

describe('plural forms of visit counts', () => {
  it.each([0, 1, 2, 3, 4, 5, 11, 21, 22, 100, 1001])(
    '%i agrees with Intl.PluralRules in Czech and English',
    (count) => {
      for (const [locale, intl] of [
        ['cs', 'cs-CZ'],
        ['en', 'en-GB'],
      ] as const) {
        const formatter = createFormatter(locale, keyOf, ((key) => key) as Translate<ErrorMessageKey>);
        const key = formatter.visits(count) as keyof typeof CATEGORY;
        expect(CATEGORY[key]).toBe(new Intl.PluralRules(intl).select(count));
      }
    },
  );
});
