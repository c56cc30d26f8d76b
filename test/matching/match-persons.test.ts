import { describe, expect, it } from 'vitest';
import { fixtureIndex, matchPerson } from './fixtures';

const index = fixtureIndex();

describe('persons', () => {
  it('an exact e-mail match wins, case-insensitively', () => {
    expect(matchPerson(index, { email: 'JAN.NOVAK@PEKARNA-NOVAK.CZ' })).toEqual({
      state: 'matched',
      companyId: 1,
      personId: 101,
      via: 'person-email',
    });
  });

  it('a free-mail address still matches its person exactly', () => {
    expect(matchPerson(index, { name: 'Petra', email: 'mailto:Petra.Novakova@gmail.com' })).toEqual({
      state: 'matched',
      companyId: 1,
      personId: 102,
      via: 'person-email',
    });
  });

  it('the exact e-mail beats company clues that point elsewhere', () => {
    expect(matchPerson(index, { email: 'jan.novak@pekarna-novak.cz', company: { ico: '27082440' } })).toEqual(
      {
        state: 'matched',
        companyId: 1,
        personId: 101,
        via: 'person-email',
      },
    );
  });

  it('finds the person by name within the company the company clues match', () => {
    expect(matchPerson(index, { name: 'Novák Jan', company: { website: 'pekarna-novak.cz' } })).toEqual({
      state: 'matched',
      companyId: 1,
      personId: 101,
      via: 'person-name',
    });
  });

  it("uses the person's own (non-free) e-mail domain as the company clue", () => {
    expect(matchPerson(index, { name: 'Ing. Jan Novák, Ph.D.', email: 'j.novak@pekarna-novak.cz' })).toEqual({
      state: 'matched',
      companyId: 1,
      personId: 101,
      via: 'person-name',
    });
  });

  it('never takes a free-mail domain as the company', () => {
    expect(matchPerson(index, { name: 'Jan Novák', email: 'jan.novak@seznam.cz' })).toEqual({
      state: 'none',
    });
  });

  it('returns the company alone when the person is not known there', () => {
    expect(matchPerson(index, { name: 'Karel Neznámý', company: { ico: '45274649' } })).toEqual({
      state: 'matched',
      companyId: 1,
      via: 'ico',
    });
    expect(matchPerson(index, { company: { website: 'holding-group.cz' } })).toEqual({
      state: 'matched',
      companyId: 5,
      via: 'domain',
    });
  });

  it('never picks between namesakes in one company: the company alone', () => {
    // Company 3 has two people named Jan Novák (103, 104).
    expect(matchPerson(index, { name: 'Jan Novák', company: { ico: '27082440' } })).toEqual({
      state: 'matched',
      companyId: 3,
      via: 'ico',
    });
  });

  it('narrows ambiguous companies to the one where the person works', () => {
    // "Pekárna Novák" is companies 1 and 2; Eva Malá works at 2.
    expect(matchPerson(index, { name: 'Eva Malá', company: { name: 'Pekárna Novák' } })).toEqual({
      state: 'matched',
      companyId: 2,
      personId: 105,
      via: 'person-name',
    });
  });

  it('stays ambiguous when the person is in several (or none) of the candidates', () => {
    // stavby-dvorak.cz is companies 3 and 4; an Eva Malá works at 4 only, a Jan Novák twice at 3.
    expect(matchPerson(index, { name: 'Eva Malá', company: { website: 'stavby-dvorak.cz' } })).toEqual({
      state: 'matched',
      companyId: 4,
      personId: 109,
      via: 'person-name',
    });
    expect(matchPerson(index, { name: 'Jan Novák', company: { website: 'stavby-dvorak.cz' } })).toEqual({
      state: 'matched',
      companyId: 3,
      via: 'person-name',
    });
    expect(matchPerson(index, { name: 'Nikdo Neznámý', company: { name: 'Pekárna Novák' } })).toEqual({
      state: 'ambiguous',
      companyIds: [1, 2],
      via: 'name',
    });
  });

  it('a shared mailbox is ambiguous between its companies unless the name settles it', () => {
    expect(matchPerson(index, { email: 'recepce@sdilena-recepce.cz' })).toEqual({
      state: 'ambiguous',
      companyIds: [7, 8],
      via: 'person-email',
    });
    expect(matchPerson(index, { email: 'recepce@sdilena-recepce.cz', name: 'Dvořáková Jana' })).toEqual({
      state: 'matched',
      companyId: 7,
      personId: 107,
      via: 'person-email',
    });
  });

  it('never looks a bare name up across all companies', () => {
    expect(matchPerson(index, { name: 'Jan Novák' })).toEqual({ state: 'none' });
  });

  it('none when nothing fits', () => {
    expect(matchPerson(index, {})).toEqual({ state: 'none' });
    expect(
      matchPerson(index, { name: 'Jan Novák', email: 'jan@neznama.cz', company: { name: 'Neznámá' } }),
    ).toEqual({
      state: 'none',
    });
  });
});
