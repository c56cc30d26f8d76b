/**
 * The index's people, laid out like its companies (see match-index.ts): a slot per person in
 * typed arrays, name and e-mail keys packed in SlotKeys, HashChains from the e-mail's hash and
 * from the company id to the slots. A cache can hold as many people as companies; as Maps of
 * records they cost ~250 bytes each, here about half.
 */
import { normalizeEmail } from './email';
import { growFloat64 } from './grow';
import { HashChains } from './hash-chains';
import { appendId, NO_IDS } from './id-list';
import { hashKey } from './key-hash';
import { normalizePersonName } from './person-name';
import { SlotKeys } from './slot-keys';
import type { MatchablePerson } from './types';

export interface IndexedPerson {
  readonly companyId: number;
  readonly name: string | undefined;
  readonly email: string | undefined;
}

const NAME = 0;
const EMAIL = 1;
const END = -1;

export class PersonSlots {
  private readonly slotById = new Map<number, number>();
  private readonly freeSlots: number[] = [];
  private slotCount = 0;
  private ids: Float64Array = new Float64Array(256);
  private companyIds: Float64Array = new Float64Array(256);
  private readonly keys = new SlotKeys(2);
  private readonly byEmail = new HashChains(256);
  private readonly byCompany = new HashChains(256);

  get size(): number {
    return this.slotById.size;
  }

  /** Indexes (or re-indexes) a person. False if its id or companyId is not a finite number. */
  add(person: MatchablePerson): boolean {
    const { id, companyId } = person;
    if (!Number.isFinite(id) || !Number.isFinite(companyId)) return false;
    this.remove(id);
    const slot = this.allocateSlot();
    this.slotById.set(id, slot);
    this.ids[slot] = id;
    this.companyIds[slot] = companyId;
    this.byCompany.add(numberHash(companyId), slot);
    const name = normalizePersonName(person.name);
    if (name !== undefined) this.keys.set(slot, NAME, name);
    const email = normalizeEmail(person.email);
    if (email !== undefined) {
      this.keys.set(slot, EMAIL, email);
      this.byEmail.add(hashKey(email), slot);
    }
    return true;
  }

  remove(id: number): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.slotById.delete(id);
    this.byCompany.remove(numberHash(this.companyIds[slot]!), slot);
    const email = this.keys.get(slot, EMAIL);
    if (email !== undefined) this.byEmail.remove(hashKey(email), slot);
    this.keys.clearSlot(slot);
    this.freeSlots.push(slot);
    return true;
  }

  person(id: number): IndexedPerson | undefined {
    const slot = this.slotById.get(id);
    if (slot === undefined) return undefined;
    return {
      companyId: this.companyIds[slot]!,
      name: this.keys.get(slot, NAME),
      email: this.keys.get(slot, EMAIL),
    };
  }

  companyOf(id: number): number | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.companyIds[slot];
  }

  hasName(id: number, nameKey: string): boolean {
    const slot = this.slotById.get(id);
    return slot !== undefined && this.keys.equals(slot, NAME, nameKey);
  }

  byEmailAddress(email: string): readonly number[] {
    let found: number[] | undefined;
    for (let slot = this.byEmail.first(hashKey(email)); slot !== END; slot = this.byEmail.nextLink(slot)) {
      if (this.keys.equals(slot, EMAIL, email)) found = appendId(found, this.ids[slot]!);
    }
    return found ?? NO_IDS;
  }

  ofCompany(companyId: number): readonly number[] {
    let found: number[] | undefined;
    for (
      let slot = this.byCompany.first(numberHash(companyId));
      slot !== END;
      slot = this.byCompany.nextLink(slot)
    ) {
      if (this.companyIds[slot] === companyId) found = appendId(found, this.ids[slot]!);
    }
    return found ?? NO_IDS;
  }

  private allocateSlot(): number {
    const reused = this.freeSlots.pop();
    if (reused !== undefined) return reused;
    const slot = this.slotCount;
    this.slotCount += 1;
    if (slot >= this.ids.length) {
      this.ids = growFloat64(this.ids);
      this.companyIds = growFloat64(this.companyIds);
    }
    return slot;
  }
}

/** A HashChains hash for a company id: the id itself when it is a small non-negative integer. */
function numberHash(value: number): number {
  return Number.isInteger(value) && value >= 0 && value < 2 ** 30 ? value : hashKey(String(value));
}
