import { describe, expect, it } from 'vitest';
import { PersonSlots } from '../../lib/matching/person-slots';

describe('PersonSlots', () => {
  it('indexes people by e-mail and company, and forgets them on removal', () => {
    const people = new PersonSlots();
    people.add({ id: 1, companyId: 10, name: 'Ing. Jan Novák', email: 'Jan@Firma.cz' });
    people.add({ id: 2, companyId: 10, name: 'Eva Malá' });
    people.add({ id: 3, companyId: 11, name: 'Petr Černý', email: 'jan@firma.cz' });
    expect(people.size).toBe(3);
    expect(people.byEmailAddress('jan@firma.cz')).toEqual(expect.arrayContaining([1, 3]));
    expect(people.ofCompany(10)).toEqual(expect.arrayContaining([1, 2]));
    expect(people.hasName(1, 'jan novak')).toBe(true);
    expect(people.hasName(2, 'jan novak')).toBe(false);
    expect(people.companyOf(3)).toBe(11);
    expect(people.person(1)).toEqual({ companyId: 10, name: 'jan novak', email: 'jan@firma.cz' });
    expect(people.remove(1)).toBe(true);
    expect(people.remove(1)).toBe(false);
    expect(people.byEmailAddress('jan@firma.cz')).toEqual([3]);
    expect(people.ofCompany(10)).toEqual([2]);
    expect(people.person(1)).toBeUndefined();
  });

  it('accepts any finite company id, not only small integers', () => {
    const people = new PersonSlots();
    people.add({ id: 1, companyId: 2 ** 40, name: 'A B' });
    people.add({ id: 2, companyId: -5, name: 'C D' });
    people.add({ id: 3, companyId: 1.5, name: 'E F' });
    expect(people.ofCompany(2 ** 40)).toEqual([1]);
    expect(people.ofCompany(-5)).toEqual([2]);
    expect(people.ofCompany(1.5)).toEqual([3]);
    expect(people.add({ id: 4, companyId: Number.NaN, name: 'G H' })).toBe(false);
  });

  it('re-adding replaces, and slots are reused through churn', () => {
    const people = new PersonSlots();
    for (let round = 0; round < 5; round += 1) {
      for (let id = 0; id < 2000; id += 1) {
        people.add({
          id,
          companyId: (id + round) % 50,
          name: `Osoba ${id} ${round}`,
          email: `o${id}.${round}@firma.cz`,
        });
      }
    }
    expect(people.size).toBe(2000);
    expect(people.byEmailAddress('o7.4@firma.cz')).toEqual([7]);
    expect(people.byEmailAddress('o7.3@firma.cz')).toEqual([]);
    expect(people.ofCompany(11)).toHaveLength(40);
    expect(people.hasName(7, '4 7 osoba')).toBe(true);
  });
});
