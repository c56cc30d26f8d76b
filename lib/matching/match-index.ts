/**
 * The in-memory index the background worker matches page clues against: Leady's cached companies
 * (up to 100,000) and their people, reduced to their keys. It keeps ids and key strings only,
 * never the records, and is updated incrementally as the cache changes.
 *
 * Layout, for memory (the worker's whole heap budget is 50 MB) and lookup speed: each company
 * gets a slot in parallel typed arrays, its key strings are packed in SlotKeys (to verify hash
 * hits and to let weaker clues narrow a candidate set), and each key kind is a HashChains table
 * from the key's hash to the slots having it. ~18 MB for 100,000 companies in Node 20 (heap and
 * array buffers; bench/matching.ts). People are laid out alike (person-slots.ts).
 */
import { emailDomainKey, icoKey, websiteKey } from './company-keys';
import { normalizeCompanyName } from './company-name';
import { domainTail, registrableDomain } from './domain';
import { growFloat64, growInt32 } from './grow';
import { HashChains } from './hash-chains';
import { appendId, NO_IDS } from './id-list';
import { KeyFilter } from './key-filter';
import { hashKey } from './key-hash';
import { type IndexedPerson, PersonSlots } from './person-slots';
import { SlotKeys } from './slot-keys';
import type { MatchableCompany, MatchablePerson } from './types';

/** A company's keys as indexed. */
export interface IndexedCompany {
  /** IČO as a number, 0 for none. */
  readonly ico: number;
  readonly websiteDomain: string | undefined;
  /** Non-free e-mail domain. */
  readonly emailDomain: string | undefined;
  readonly name: string | undefined;
}

export type { IndexedPerson } from './person-slots';

export interface MatchIndex {
  /** Indexes (or re-indexes, replacing the old keys) a company. False if its id is not a finite number. */
  addCompany(company: MatchableCompany): boolean;
  /** False if no company had this id. Its people stay indexed: they are separate cache records. */
  removeCompany(id: number): boolean;
  /** Indexes (or re-indexes) a person. False if its id or companyId is not a finite number. */
  addPerson(person: MatchablePerson): boolean;
  removePerson(id: number): boolean;
  /** Number of indexed companies. */
  readonly size: number;
  readonly personCount: number;

  /** A company's keys (decoded: for tests and diagnostics; the matcher uses the checks below). */
  company(id: number): IndexedCompany | undefined;
  /** Whether the company's website or non-free e-mail has this registrable domain. */
  companyHasDomain(id: number, domain: string): boolean;
  companyHasName(id: number, nameKey: string): boolean;
  companiesByIco(ico: number): readonly number[];
  /**
   * Companies whose website or non-free e-mail has this registrable domain. `icoVeto` (here and
   * below): when not 0, the page's IČO, and a company whose own IČO is known and different is
   * left out (a different legal entity; see resolve-company.ts). Checked here, where the
   * company's slot is at hand, not afterwards by id.
   */
  companiesByDomain(domain: string, icoVeto?: number): readonly number[];
  companiesByName(nameKey: string): readonly number[];
  /** companiesByName of the key in `codes[0, length)` whose hashCodes is `hash`, without making the string. */
  companiesByNameCodes(codes: Uint16Array, length: number, hash: number, icoVeto?: number): readonly number[];
  /**
   * The indexed domain equal to `text[start, end)` lowercased (ASCII), whose hash is `hash`, if
   * any: lets the matcher recognise "jan@firma.cz" without slicing or tldts (an indexed domain is
   * registrable, so a host equal to one is its own registrable domain).
   */
  domainKeyAt(text: string, start: number, end: number, hash: number): string | undefined;
  /** companiesByDomain(domainKeyAt(text, start, end, hash), icoVeto), in one walk of the chain. */
  companiesByDomainAt(
    text: string,
    start: number,
    end: number,
    hash: number,
    icoVeto?: number,
  ): readonly number[];
  /** False in practice: no indexed domain has a www exception (see hasWwwException). */
  hasWwwExceptions(): boolean;
  /**
   * Whether "www." + this indexed domain has another registrable domain (a Public Suffix List
   * rule below the domain). Almost never; precomputed so "www.firma.cz" needs no tldts lookup.
   */
  hasWwwException(domain: string): boolean;
  /**
   * False when no indexed domain ends in the two labels hashed by `domainTailHash`, so that
   * companiesByDomain of the host's registrable domain would be empty (true may be a false alarm).
   */
  mayHaveDomainTail(tailHash: number): boolean;
  person(id: number): IndexedPerson | undefined;
  /** The company of an indexed person. */
  personCompany(personId: number): number | undefined;
  /** Whether an indexed person's name key is `nameKey`. */
  personHasName(personId: number, nameKey: string): boolean;
  personsByEmail(email: string): readonly number[];
  personsOfCompany(companyId: number): readonly number[];
}

export function createMatchIndex(): MatchIndex {
  return new SlotMatchIndex();
}

const END = -1;
/** Links in the domain table: slot·2 for the website's domain, slot·2 + 1 for the e-mail's. */
const WEBSITE_LINK = 0;
const EMAIL_LINK = 1;
/** Key kinds in SlotKeys. */
const NAME = 0;
const WEBSITE = 1;
const EMAIL = 2;

function domainKind(link: number): number {
  return (link & 1) === WEBSITE_LINK ? WEBSITE : EMAIL;
}

class SlotMatchIndex implements MatchIndex {
  private readonly slotById = new Map<number, number>();
  private readonly freeSlots: number[] = [];
  private slotCount = 0;
  private ids: Float64Array = new Float64Array(1024);
  private icos: Int32Array = new Int32Array(1024);
  // Slots whose name keys are equal share a name class (0: no name), so that a lookup compares
  // the page's name with one key of each class, not with every company of a common name
  // ("Stavby Novák" is many companies). Classes are never reused; an Int32 outlasts any cache.
  private nameClasses: Int32Array = new Int32Array(1024);
  private lastNameClass = 0;
  private readonly keys = new SlotKeys(3);
  private readonly byIco = new HashChains();
  // Name and domain links carry their key's place in `keys` (see hash-chains.ts): a hit reads
  // the key bytes straight from the cell's payload, not after a read of the slot's refs.
  private readonly byName = new HashChains(1024, true);
  // One table for website and e-mail domains: "jan@firma.cz" on a page and "https://firma.cz" in
  // Leady's record are the same evidence.
  private readonly byDomain = new HashChains(1024, true);
  // Indexed domains D for which registrableDomain("www." + D) is not D, counted (see hasWwwException).
  private readonly wwwExceptions = new Map<string, number>();
  // Tails (last two labels) of domains with three or more labels ("firma.co.uk" → "co.uk"),
  // counted, for mayHaveDomainTail; a two-label domain is its own tail and already in byDomain.
  private readonly longDomainTails = new Map<number, number>();
  // In-cache prefilter over every key hash above (see key-filter.ts), and how many keys were
  // removed since it was last rebuilt.
  private readonly filter = new KeyFilter();
  private removedKeys = 0;

  private readonly persons = new PersonSlots();

  get size(): number {
    return this.slotById.size;
  }

  get personCount(): number {
    return this.persons.size;
  }

  addCompany(company: MatchableCompany): boolean {
    const id = company.id;
    if (!Number.isFinite(id)) return false;
    this.removeCompany(id);
    const slot = this.allocateSlot();
    this.slotById.set(id, slot);
    this.ids[slot] = id;

    const ico = icoKey(company.ico);
    this.icos[slot] = ico;
    if (ico !== 0) {
      this.byIco.add(ico, slot);
      this.filter.add(ico);
    }

    const name = normalizeCompanyName(company.name);
    if (name !== undefined) {
      const hash = hashKey(name);
      this.nameClasses[slot] = this.nameClassOf(name, hash);
      this.keys.set(slot, NAME, name);
      this.byName.add(hash, slot, this.keys.refOf(slot, NAME));
      this.filter.add(hash);
    }

    const website = websiteKey(company.website);
    if (website !== undefined) {
      this.keys.set(slot, WEBSITE, website);
      this.addDomain(website, slot * 2 + WEBSITE_LINK);
    }

    // The e-mail's domain is usually the website's: then it shares the bytes and the table entry.
    const emailDomain = emailDomainKey(company.email);
    if (emailDomain !== undefined && emailDomain === website) this.keys.share(slot, EMAIL, WEBSITE);
    else if (emailDomain !== undefined) {
      this.keys.set(slot, EMAIL, emailDomain);
      this.addDomain(emailDomain, slot * 2 + EMAIL_LINK);
    }
    return true;
  }

  removeCompany(id: number): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.slotById.delete(id);
    const ico = this.icos[slot]!;
    if (ico !== 0) this.byIco.remove(ico, slot);
    const name = this.keys.get(slot, NAME);
    if (name !== undefined) this.byName.remove(hashKey(name), slot);
    const website = this.keys.get(slot, WEBSITE);
    if (website !== undefined) this.removeDomain(website, slot * 2 + WEBSITE_LINK);
    const emailDomain = this.keys.get(slot, EMAIL);
    if (emailDomain !== undefined && emailDomain !== website)
      this.removeDomain(emailDomain, slot * 2 + EMAIL_LINK);
    this.icos[slot] = 0;
    this.nameClasses[slot] = 0;
    const compactions = this.keys.compactions;
    this.keys.clearSlot(slot);
    if (this.keys.compactions !== compactions) this.refreshKeyRefs();
    this.freeSlots.push(slot);
    this.removedKeys += 4;
    if (this.removedKeys > 10_000 && this.removedKeys > this.slotById.size * 4) this.rebuildFilter();
    return true;
  }

  addPerson(person: MatchablePerson): boolean {
    return this.persons.add(person);
  }

  removePerson(id: number): boolean {
    return this.persons.remove(id);
  }

  company(id: number): IndexedCompany | undefined {
    const slot = this.slotById.get(id);
    if (slot === undefined) return undefined;
    return {
      ico: this.icos[slot]!,
      websiteDomain: this.keys.get(slot, WEBSITE),
      emailDomain: this.keys.get(slot, EMAIL),
      name: this.keys.get(slot, NAME),
    };
  }

  companyHasDomain(id: number, domain: string): boolean {
    const slot = this.slotById.get(id);
    return (
      slot !== undefined && (this.keys.equals(slot, WEBSITE, domain) || this.keys.equals(slot, EMAIL, domain))
    );
  }

  companyHasName(id: number, nameKey: string): boolean {
    const slot = this.slotById.get(id);
    return slot !== undefined && this.keys.equals(slot, NAME, nameKey);
  }

  companiesByIco(ico: number): readonly number[] {
    if (ico <= 0 || ico >= 2 ** 30 || !this.filter.mayContain(ico)) return NO_IDS;
    let found: number[] | undefined;
    for (let slot = this.byIco.first(ico); slot !== END; slot = this.byIco.nextLink(slot)) {
      found = appendId(found, this.ids[slot]!);
    }
    return found ?? NO_IDS;
  }

  companiesByDomain(domain: string, icoVeto = 0): readonly number[] {
    let found: number[] | undefined;
    for (let link = this.byDomain.first(hashKey(domain)); link !== END; link = this.byDomain.nextLink(link)) {
      const slot = link >> 1;
      if (this.keys.equals(slot, domainKind(link), domain) && !this.vetoed(slot, icoVeto))
        found = appendId(found, this.ids[slot]!);
    }
    return found ?? NO_IDS;
  }

  companiesByName(nameKey: string): readonly number[] {
    let found: number[] | undefined;
    for (let slot = this.byName.first(hashKey(nameKey)); slot !== END; slot = this.byName.nextLink(slot)) {
      if (this.keys.equals(slot, NAME, nameKey)) found = appendId(found, this.ids[slot]!);
    }
    return found ?? NO_IDS;
  }

  companiesByNameCodes(codes: Uint16Array, length: number, hash: number, icoVeto = 0): readonly number[] {
    if (!this.filter.mayContain(hash)) return NO_IDS;
    const head = this.byName.first(hash);
    if (head === END) return NO_IDS;
    // Most names are one company's: one comparison, and no class to read (a cache miss).
    if (this.byName.nextLink(head) === END) {
      const found =
        this.keys.equalsCodesAt(this.byName.headPayload, codes, length) && !this.vetoed(head, icoVeto);
      return found ? [this.ids[head]!] : NO_IDS;
    }
    let found: number[] | undefined;
    // The name class the page's name was found equal to, and one it was found different from.
    let equal = 0;
    let different = 0;
    for (let slot = head; slot !== END; slot = this.byName.nextLink(slot)) {
      const nameClass = this.nameClasses[slot]!;
      let same = nameClass === equal;
      if (!same && nameClass !== different) {
        same = this.keys.equalsCodes(slot, NAME, codes, length);
        if (same) equal = nameClass;
        else different = nameClass;
      }
      if (same && !this.vetoed(slot, icoVeto)) found = appendId(found, this.ids[slot]!);
    }
    return found ?? NO_IDS;
  }

  domainKeyAt(text: string, start: number, end: number, hash: number): string | undefined {
    let link = this.byDomain.first(hash);
    let ref = this.byDomain.headPayload;
    while (link !== END) {
      if (this.keys.equalsLowercaseAsciiAt(ref, text, start, end))
        return this.keys.get(link >> 1, domainKind(link));
      link = this.byDomain.nextLink(link);
      if (link !== END) ref = this.byDomain.payloadOf(link);
    }
    return undefined;
  }

  companiesByDomainAt(
    text: string,
    start: number,
    end: number,
    hash: number,
    icoVeto = 0,
  ): readonly number[] {
    let found: number[] | undefined;
    let link = this.byDomain.first(hash);
    let ref = this.byDomain.headPayload;
    while (link !== END) {
      if (this.keys.equalsLowercaseAsciiAt(ref, text, start, end) && !this.vetoed(link >> 1, icoVeto))
        found = appendId(found, this.ids[link >> 1]!);
      link = this.byDomain.nextLink(link);
      if (link !== END) ref = this.byDomain.payloadOf(link);
    }
    return found ?? NO_IDS;
  }

  hasWwwExceptions(): boolean {
    return this.wwwExceptions.size > 0;
  }

  hasWwwException(domain: string): boolean {
    return this.wwwExceptions.size > 0 && this.wwwExceptions.has(domain);
  }

  mayHaveDomainTail(tailHash: number): boolean {
    if (!this.filter.mayContain(tailHash)) return false;
    return this.byDomain.has(tailHash) || this.longDomainTails.has(tailHash);
  }

  person(id: number): IndexedPerson | undefined {
    return this.persons.person(id);
  }

  personCompany(personId: number): number | undefined {
    return this.persons.companyOf(personId);
  }

  personHasName(personId: number, nameKey: string): boolean {
    return this.persons.hasName(personId, nameKey);
  }

  personsByEmail(email: string): readonly number[] {
    return this.persons.byEmailAddress(email);
  }

  personsOfCompany(companyId: number): readonly number[] {
    return this.persons.ofCompany(companyId);
  }

  /** Whether the company in `slot` has a known IČO other than `icoVeto` (not 0). */
  private vetoed(slot: number, icoVeto: number): boolean {
    if (icoVeto === 0) return false;
    const known = this.icos[slot]!;
    return known !== 0 && known !== icoVeto;
  }

  private allocateSlot(): number {
    const reused = this.freeSlots.pop();
    if (reused !== undefined) return reused;
    const slot = this.slotCount;
    this.slotCount += 1;
    if (slot >= this.ids.length) {
      this.ids = growFloat64(this.ids);
      this.icos = growInt32(this.icos);
      this.nameClasses = growInt32(this.nameClasses);
    }
    return slot;
  }

  /** The class of the indexed slots whose name key is `name`, or a new one. */
  private nameClassOf(name: string, hash: number): number {
    for (let slot = this.byName.first(hash); slot !== END; slot = this.byName.nextLink(slot)) {
      if (this.keys.equals(slot, NAME, name)) return this.nameClasses[slot]!;
    }
    this.lastNameClass += 1;
    return this.lastNameClass;
  }

  private addDomain(domain: string, link: number): void {
    const hash = hashKey(domain);
    this.byDomain.add(hash, link, this.keys.refOf(link >> 1, domainKind(link)));
    this.filter.add(hash);
    if (registrableDomain(`www.${domain}`) !== domain) {
      this.wwwExceptions.set(domain, (this.wwwExceptions.get(domain) ?? 0) + 1);
    }
    const tail = domainTail(domain);
    if (tail !== domain) {
      const tailHash = hashKey(tail);
      this.longDomainTails.set(tailHash, (this.longDomainTails.get(tailHash) ?? 0) + 1);
      this.filter.add(tailHash);
    }
  }

  /** Gives the tables' links their keys' new places after `keys` compacted its arena. */
  private refreshKeyRefs(): void {
    this.byName.refreshPayloads((slot) => this.keys.refOf(slot, NAME));
    this.byDomain.refreshPayloads((link) => this.keys.refOf(link >> 1, domainKind(link)));
  }

  /** Sets the filter's bits again from the live keys only, dropping removed keys' stale bits. */
  private rebuildFilter(): void {
    this.filter.clear();
    for (const slot of this.slotById.values()) {
      const ico = this.icos[slot]!;
      if (ico !== 0) this.filter.add(ico);
      for (const kind of [NAME, WEBSITE, EMAIL]) {
        const key = this.keys.get(slot, kind);
        if (key === undefined) continue;
        this.filter.add(hashKey(key));
        const tail = kind === NAME ? key : domainTail(key);
        if (tail !== key) this.filter.add(hashKey(tail));
      }
    }
    this.removedKeys = 0;
  }

  private removeDomain(domain: string, link: number): void {
    this.byDomain.remove(hashKey(domain), link);
    const exceptions = this.wwwExceptions.get(domain);
    if (exceptions !== undefined) {
      if (exceptions > 1) this.wwwExceptions.set(domain, exceptions - 1);
      else this.wwwExceptions.delete(domain);
    }
    const tail = domainTail(domain);
    if (tail !== domain) {
      const hash = hashKey(tail);
      const count = (this.longDomainTails.get(hash) ?? 0) - 1;
      if (count > 0) this.longDomainTails.set(hash, count);
      else this.longDomainTails.delete(hash);
    }
  }
}
