/** The account's blacklist: companies whose sessions Leady stops listing. */

export interface BlacklistEntry {
  id: number;
  companyId: number;
  created: Date;
}

export class Blacklist {
  private readonly entries = new Map<number, BlacklistEntry>();
  private readonly companies = new Set<number>();
  private nextId = 1;

  constructor(initial: readonly BlacklistEntry[]) {
    this.restore(initial);
  }

  restore(initial: readonly BlacklistEntry[]): void {
    this.entries.clear();
    this.companies.clear();
    for (const entry of initial) {
      this.entries.set(entry.id, { ...entry });
      this.companies.add(entry.companyId);
    }
    // New ids continue after the seeded ones, like a database sequence.
    this.nextId = Math.max(100, ...initial.map((e) => e.id + 1));
  }

  /** Newest first, the order the list endpoint pages in. */
  list(): BlacklistEntry[] {
    return [...this.entries.values()].sort((a, b) => b.id - a.id);
  }

  get(id: number): BlacklistEntry | undefined {
    return this.entries.get(id);
  }

  hasCompany(companyId: number): boolean {
    return this.companies.has(companyId);
  }

  add(companyId: number, created: Date): BlacklistEntry {
    const entry = { id: this.nextId++, companyId, created };
    this.entries.set(entry.id, entry);
    this.companies.add(companyId);
    return entry;
  }

  remove(id: number): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    this.companies.delete(entry.companyId);
    return true;
  }
}
