import { describe, expect, it } from 'vitest';
import { createFormatter, pluralCategory } from '../../components/overlay/format';

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

describe('numeric date and time for badge labels', () => {
  it('writes local time in each language’s numeric style', () => {
    const noop = (key: string) => key;
    const at = new Date(2026, 10, 26, 13, 5).getTime();
    expect(createFormatter('cs', noop as never, noop as never).shortDateTime(at)).toBe('26. 11. 2026 13:05');
    expect(createFormatter('en', noop as never, noop as never).shortDateTime(at)).toBe('26/11/2026 13:05');
  });
});
