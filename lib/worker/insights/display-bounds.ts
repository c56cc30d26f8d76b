/**
 * Caps on what the popup's company detail and the page card draw from the API. Leady's data is
 * third-party input: a 10,000-digit "phone" was drawn in full and pushed everything else out of the
 * popup (issue 12). A value over its cap is cut with an ellipsis; no title repeats it, because a value
 * that long is junk rather than something to read. Real values stay far below the caps, so they are
 * shown whole. Lists are capped too (a card is not the place for 10,000 phone numbers).
 */
import type { CompanyInsight } from '../../shared/insights/types';

/** Characters per kind of value: generous for real data (an address line, a page title). */
const DISPLAY_CAPS = {
  name: 200,
  phone: 40,
  email: 254,
  website: 300,
  ico: 20,
  address: 300,
  short: 100,
  position: 150,
  url: 500,
  title: 200,
} as const;

/** Items per list. */
const LIST_CAPS = { phones: 10, contactPersons: 30, persons: 30, topPages: 20, recent: 50 } as const;

/** `text` cut to `max` characters (code points, so no emoji is split), the last one an ellipsis. */
function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

const optional = (text: string | undefined, max: number) =>
  text === undefined ? undefined : bounded(text, max);

export function boundedInsight(insight: CompanyInsight): CompanyInsight {
  const { company, persons, visits, topPages } = insight;
  return {
    ...insight,
    company: {
      ...company,
      name: bounded(company.name, DISPLAY_CAPS.name),
      website: optional(company.website, DISPLAY_CAPS.website),
      email: optional(company.email, DISPLAY_CAPS.email),
      ico: optional(company.ico, DISPLAY_CAPS.ico),
      phones: company.phones.slice(0, LIST_CAPS.phones).map((phone) => bounded(phone, DISPLAY_CAPS.phone)),
      address: optional(company.address, DISPLAY_CAPS.address),
      country: optional(company.country, DISPLAY_CAPS.short),
      turnover: optional(company.turnover, DISPLAY_CAPS.short),
      magnitude: optional(company.magnitude, DISPLAY_CAPS.short),
      contactPersons: company.contactPersons
        .slice(0, LIST_CAPS.contactPersons)
        .map((person) => bounded(person, DISPLAY_CAPS.name)),
    },
    persons: persons.slice(0, LIST_CAPS.persons).map((person) => ({
      id: person.id,
      name: optional(person.name, DISPLAY_CAPS.name),
      position: optional(person.position, DISPLAY_CAPS.position),
      email: optional(person.email, DISPLAY_CAPS.email),
      phone: optional(person.phone, DISPLAY_CAPS.phone),
    })),
    visits: {
      ...visits,
      recent: visits.recent
        .slice(0, LIST_CAPS.recent)
        .map((session) => ({ ...session, resource: bounded(session.resource, DISPLAY_CAPS.website) })),
    },
    topPages: topPages.slice(0, LIST_CAPS.topPages).map((page) => ({
      ...page,
      url: bounded(page.url, DISPLAY_CAPS.url),
      title: optional(page.title, DISPLAY_CAPS.title),
    })),
  };
}
