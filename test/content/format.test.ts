import { describe, expect, it } from 'vitest';
import { pluralCategory } from '../../lib/shared/overlay/format';

describe('plural categories of visit counts', () => {
  it.each([0, 1, 2, 3, 4, 5, 11, 21, 22, 100, 1001])(
    '%i agrees with Intl.PluralRules in Czech and English',
    (count) => {
      for (const [locale, intl] of [
        ['cs', 'cs-CZ'],
        ['en', 'en-GB'],
      ] as const) {
        expect(pluralCategory(locale, count)).toBe(new Intl.PluralRules(intl).select(count));
      }
    },
  );
});
