/** Unique, register-style company names: "<base> <legal form>", e.g. "Strojírny Žďár a.s.". */
import type { CountryCode } from './code-lists';
import type { Rng } from './prng';
import {
  ASSOCIATION_NAMES,
  BRAND_STEMS,
  BRAND_SUFFIXES,
  CZECH_LEGAL_FORMS,
  type LegalForm,
  SLOVAK_LEGAL_FORMS,
  SLOVAK_TRADES,
  SURNAME_TRADES,
  TRADES,
} from './vocab/companies';
import { CZECH_SURNAMES, SLOVAK_SURNAMES } from './vocab/people';
import type { Place } from './vocab/places';

export interface CompanyName {
  /** Name without legal form; domains and mailboxes are derived from it. */
  base: string;
  /** Full name as registered. */
  name: string;
  form: LegalForm;
}

function baseName(rng: Rng, country: CountryCode, form: LegalForm, place: Place): string {
  if (form.positions === 'zs') return `${rng.pick(ASSOCIATION_NAMES)} ${place.short}`;
  const surnames = country === 'SK' ? SLOVAK_SURNAMES : CZECH_SURNAMES;
  const pattern = rng.weighted([
    ['trade-place', 35],
    ['trade-surname', 25],
    ['brand', 30],
    ['partners', form.positions === 'vos' || form.positions === 'ks' ? 40 : 8],
  ] as const);
  switch (pattern) {
    case 'trade-place':
      return `${rng.pick(country === 'SK' ? SLOVAK_TRADES : TRADES)} ${place.short}`;
    case 'trade-surname':
      return `${rng.pick(SURNAME_TRADES)} ${rng.pick(surnames)[0]}`;
    case 'brand': {
      const stem = rng.pick(BRAND_STEMS);
      const suffix = rng.pick(BRAND_SUFFIXES);
      // Brands are written both joined ("Datasoft") and apart ("Kovo Tech").
      return rng.chance(0.4) ? `${stem}${suffix.toLowerCase()}` : `${stem} ${suffix}`;
    }
    case 'partners':
      return `${rng.pick(surnames)[0]} a ${rng.pick(surnames)[0]}`;
  }
}

export function randomCompanyName(
  rng: Rng,
  country: CountryCode,
  place: Place,
  taken: Set<string>,
): CompanyName {
  const forms = country === 'SK' ? SLOVAK_LEGAL_FORMS : CZECH_LEGAL_FORMS;
  const form = rng.weighted(forms.map((f) => [f, f.weight] as const));
  let base = baseName(rng, country, form, place);
  // Collisions are resolved the way real firms do it: a distinguishing word.
  for (let attempt = 0; taken.has(base.toLowerCase()); attempt++) {
    base = attempt < 3 ? baseName(rng, country, form, place) : `${base} ${rng.pick(BRAND_SUFFIXES)}`;
  }
  taken.add(base.toLowerCase());
  // The register writes some forms after a comma ("Strojírny Žďár, a.s."); both styles occur.
  const comma = form.suffix !== 's.r.o.' && form.suffix !== 'z.s.' && rng.chance(0.3);
  return { base, name: `${base}${comma ? ',' : ''} ${form.suffix}`, form };
}
