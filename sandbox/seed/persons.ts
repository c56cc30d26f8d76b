/** Contact persons of one company: statutory body members first, then a manager or two. */
import type { CountryCode } from './code-lists';
import { randomMobile } from './phones';
import type { Rng } from './prng';
import { secureToken } from './secure-token';
import { foldDiacritics } from './text';
import type { Person } from './types';
import {
  CZECH_SURNAMES,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  MANAGER_POSITIONS,
  POSITIONS_BY_FORM,
  SLOVAK_FEMALE_FIRST_NAMES,
  SLOVAK_MALE_FIRST_NAMES,
  SLOVAK_SURNAMES,
  TITLES_BEFORE,
} from './vocab/people';

export interface PersonsInput {
  seed: number;
  companyId: number;
  country: CountryCode;
  /** Key into POSITIONS_BY_FORM for the company's legal form. */
  positionsKey: string;
  /** Company mail domain, if it has its own; persons' addresses use it. */
  mailDomain: string | null;
  count: number;
  nextId: () => number;
}

interface PersonName {
  first: string;
  last: string;
  female: boolean;
}

function randomName(rng: Rng, country: CountryCode): PersonName {
  const female = rng.chance(0.35);
  const slovak = country === 'SK';
  const first = female
    ? rng.pick(slovak ? SLOVAK_FEMALE_FIRST_NAMES : FEMALE_FIRST_NAMES)
    : rng.pick(slovak ? SLOVAK_MALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const surname = rng.pick(slovak ? SLOVAK_SURNAMES : CZECH_SURNAMES);
  return { first, last: female ? surname[1] : surname[0], female };
}

export function generatePersons(rng: Rng, input: PersonsInput): Person[] {
  const statutory = POSITIONS_BY_FORM[input.positionsKey] ?? POSITIONS_BY_FORM.sro ?? [];
  const persons: Person[] = [];
  const used = new Set<string>();
  for (let i = 0; i < input.count; i++) {
    const name = randomName(rng, input.country);
    const key = `${name.first} ${name.last}`;
    if (used.has(key)) continue;
    used.add(key);
    const title = rng.weighted(TITLES_BEFORE);
    // The first person is always a statutory body member; later ones may be managers.
    const positions = i === 0 || rng.chance(0.6) ? statutory : MANAGER_POSITIONS[input.country];
    const position = rng.pick(positions);
    const id = input.nextId();
    const mailLocal = foldDiacritics(`${name.first}.${name.last}`).toLowerCase();
    persons.push({
      id,
      name: title ? `${title} ${key}` : key,
      position: name.female ? position[1] : position[0],
      email: input.mailDomain && rng.chance(0.45) ? `${mailLocal}@${input.mailDomain}` : null,
      phone: rng.chance(0.3) ? randomMobile(rng, input.country) : null,
      companyId: input.companyId,
      secureToken: secureToken(input.seed, 'person', id),
    });
  }
  return persons;
}
