import { describe, expect, it } from 'vitest';
import { normalizePersonName } from '../../lib/shared/matching/person-name';

describe('normalizePersonName', () => {
  it.each([
    ['Jan Novák', 'jan novak'],
    ['Novák Jan', 'jan novak'],
    ['NOVÁK Jan', 'jan novak'],
    ['Novák, Jan', 'jan novak'],
    ['Ing. Jan Novák', 'jan novak'],
    ['Ing. Jan Novák, Ph.D.', 'jan novak'],
    ['Ing. Jan Novák, Ph.D., MBA', 'jan novak'],
    ['Mgr. Petra Dvořáková', 'dvorakova petra'],
    ['Bc. Lucie Černá, DiS.', 'cerna lucie'],
    ['MUDr. Karel Svoboda, CSc.', 'karel svoboda'],
    ['JUDr. PhDr. Eva Horáková', 'eva horakova'],
    ['RNDr. Tomáš Kučera, DrSc.', 'kucera tomas'],
    ['doc. Ing. Pavel Procházka, CSc.', 'pavel prochazka'],
    ['prof. MUDr. Jiří Veselý, DrSc.', 'jiri vesely'],
    ['Ing. arch. Jana Nováková', 'jana novakova'],
    ['PaedDr. Zuzana Šťastná', 'stastna zuzana'],
    ['MVDr. Ľubomír Kováč', 'kovac lubomir'],
    ['Mgr. et Mgr. Anna Malá', 'anna mala'],
    // "ml."/"st." (junior/senior) tell a son from his father: kept
    ['Jan Novák ml.', 'jan ml novak'],
    ['Anna Marie Nováková', 'anna marie novakova'],
    ['Nováková Anna Marie', 'anna marie novakova'],
    ['Jan Jan Novák', 'jan novak'],
    ['  jan   NOVÁK  ', 'jan novak'],
    ['Jan', 'jan'],
  ])('%j → %j', (name, key) => {
    expect(normalizePersonName(name)).toBe(key);
  });

  it('is order-insensitive', () => {
    expect(normalizePersonName('Jan Novák')).toBe(normalizePersonName('Novák Jan'));
    expect(normalizePersonName('Ing. Jan Novák, Ph.D.')).toBe(normalizePersonName('NOVÁK, Jan'));
  });

  it('keeps different people apart', () => {
    expect(normalizePersonName('Jan Novák')).not.toBe(normalizePersonName('Jana Nováková'));
    expect(normalizePersonName('Jan Novák')).not.toBe(normalizePersonName('Jan Nový'));
  });

  it.each([
    ['', 'empty'],
    ['Ing.', 'a title alone'],
    ['Ing. Mgr. Ph.D.', 'titles alone'],
    ['🙂', 'emoji'],
    ['x'.repeat(201), 'longer than any name'],
  ])('%j → undefined (%s)', (name) => {
    expect(normalizePersonName(name)).toBeUndefined();
  });

  it.each([undefined, null, 7, {}])('non-string %j → undefined', (name) => {
    expect(normalizePersonName(name)).toBeUndefined();
  });
});
