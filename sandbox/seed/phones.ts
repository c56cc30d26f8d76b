/** Czech (+420) and Slovak (+421) phone numbers: nine national digits written in groups of three. */
import type { CountryCode } from './code-lists';
import type { Rng } from './prng';
import { groupDigits } from './text';

/** Operator prefixes that really are mobile ranges, so numbers look right to a Czech or Slovak eye. */
const MOBILE_PREFIXES: Readonly<Record<CountryCode, readonly string[]>> = {
  CZ: [
    '601',
    '602',
    '603',
    '604',
    '605',
    '606',
    '607',
    '608',
    '702',
    '704',
    '720',
    '721',
    '722',
    '723',
    '724',
    '725',
    '728',
    '730',
    '731',
    '732',
    '733',
    '734',
    '736',
    '737',
    '739',
    '770',
    '773',
    '774',
    '775',
    '776',
    '777',
    '778',
    '792',
    '797',
    '799',
  ],
  SK: [
    '901',
    '902',
    '903',
    '904',
    '905',
    '907',
    '908',
    '910',
    '911',
    '914',
    '915',
    '917',
    '940',
    '944',
    '948',
    '949',
    '950',
    '951',
  ],
};

function international(country: CountryCode, national: string): string {
  return `${country === 'SK' ? '+421' : '+420'} ${groupDigits(national)}`;
}

function digits(rng: Rng, length: number): string {
  return String(rng.int(0, 10 ** length - 1)).padStart(length, '0');
}

export function randomMobile(rng: Rng, country: CountryCode): string {
  return international(country, rng.pick(MOBILE_PREFIXES[country]) + digits(rng, 6));
}

/** A fixed line in the town's area (Slovak landlines have 9 digits after +421 as well). */
export function randomLandline(rng: Rng, country: CountryCode, areaPrefix: string): string {
  return international(country, areaPrefix + digits(rng, 9 - areaPrefix.length));
}
