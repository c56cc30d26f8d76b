/**
 * A company query's clues turned into index lookups, each derived on first use and only as far as
 * the index could match it. Most queries are decided by their strongest clue, and most weaker
 * clues find nothing; hashing the clue in place and probing the index first spares tldts, string
 * building and string compares for those (see key-hash.ts). `candidates` finds a clue's companies;
 * the key getters (`domain`, `emailDomain`, `name`) give the key strings weaker clues narrow with.
 * A key the index cannot hold is reported absent, which changes no outcome: resolve-company.ts
 * treats an absent clue and a clue no indexed company has alike. match-reference.test.ts checks
 * these shortcuts against the plain key functions.
 */
import { icoKey, websiteIsEmail } from './company-keys';
import { companyNameHash, companyNameInto, normalizeCompanyName } from './company-name';
import {
  domainTailHash,
  lastTail,
  NO_HOST,
  registrableDomain,
  registrableDomainAfterTail,
  UNKNOWN_TAIL,
} from './domain';
import { addressSyntax, isPlainAddressAtLocatedHost } from './email';
import { foldScratch } from './fold';
import { isFreeMailDomain, mayBeFreeMailHash } from './free-mail';
import { NO_IDS } from './id-list';
import type { MatchIndex } from './match-index';
import type { CompanyClues } from './types';

export type CompanyKey = 'ico' | 'domain' | 'email-domain' | 'name';

/** Longer text is no address (addressSyntax refuses it at once), so it is not scanned here. */
const MAX_ADDRESS_TEXT = 508;

/** Not derived yet (`undefined` means derived and absent). */
const PENDING = null;

export class QueryKeys {
  readonly ico: number;
  private domainKey: string | undefined | typeof PENDING = PENDING;
  private emailDomainKey: string | undefined | typeof PENDING = PENDING;
  private nameKey: string | undefined | typeof PENDING = PENDING;

  /**
   * @param fallbackAddress an address (as addressSyntax returns it) to use when the clues have no
   *   e-mail: a person's own address says which company they work for, unless it is free-mail.
   */
  constructor(
    private readonly index: MatchIndex,
    private readonly clues: CompanyClues | undefined,
    private readonly fallbackAddress?: string,
  ) {
    this.ico = icoKey(clues?.ico);
  }

  /** The companies this one clue finds, less those the page's IČO vetoes (resolve-company.ts, rule 4). */
  candidates(key: CompanyKey): readonly number[] {
    switch (key) {
      case 'ico':
        return this.ico === 0 ? NO_IDS : this.index.companiesByIco(this.ico);
      case 'domain': {
        const website = this.clues?.website;
        if (typeof website !== 'string') return NO_IDS;
        return websiteIsEmail(website)
          ? this.addressCandidates(addressSyntax(website))
          : this.hostCandidates(website, false);
      }
      case 'email-domain': {
        const email = this.clues?.email;
        if (email === undefined || email === null) return this.addressCandidates(this.fallbackAddress);
        return this.emailCandidates(email);
      }
      case 'name': {
        // Looked up straight from the fold buffer: no string unless a weaker clue needs narrowing.
        const length = companyNameInto(this.clues?.name);
        if (length < 0) return NO_IDS;
        return this.index.companiesByNameCodes(foldScratch(), length, companyNameHash(), this.ico);
      }
    }
  }

  /** Registrable domain of the website clue, if any indexed company could have it. */
  get domain(): string | undefined {
    if (this.domainKey === PENDING) {
      const website = this.clues?.website;
      this.domainKey =
        typeof website !== 'string'
          ? undefined
          : websiteIsEmail(website)
            ? this.domainOfAddress(addressSyntax(website))
            : this.indexedDomain(website);
    }
    return this.domainKey;
  }

  /** Registrable domain of the e-mail clue (never free-mail), if any indexed company could have it. */
  get emailDomain(): string | undefined {
    if (this.emailDomainKey === PENDING) {
      const email = this.clues?.email;
      const missing = email === undefined || email === null;
      this.emailDomainKey = this.domainOfAddress(missing ? this.fallbackAddress : addressSyntax(email));
    }
    return this.emailDomainKey;
  }

  get name(): string | undefined {
    if (this.nameKey === PENDING) this.nameKey = normalizeCompanyName(this.clues?.name);
    return this.nameKey;
  }

  /**
   * Companies with the e-mail clue's domain, decided on the raw text where that is safe. Most
   * e-mail clues are people's own or free-mail addresses no company has: a host hash the index
   * lacks refuses them before addressSyntax (a regex and a lowercased copy). When the raw text's
   * host hashes at all, it is made of host characters only, and it is the host of the address
   * addressSyntax would give (that only trims, unwraps "Name <address>", which the '<' check
   * leaves alone, and drops "mailto:" and "?query", which locateHost skips itself). Text whose
   * host does not hash (Unicode spaces after ASCII ones, say) takes the full path. A text that
   * is already a plain address ("Jan.Novak@Firma.cz") is looked up with the host just hashed:
   * addressSyntax would only lowercase it, and the lookup ignores case.
   */
  private emailCandidates(email: unknown): readonly number[] {
    if (typeof email === 'string' && email.length <= MAX_ADDRESS_TEXT && !email.includes('<')) {
      const tail = domainTailHash(email);
      if (tail >= 0) {
        if (!this.index.mayHaveDomainTail(tail)) return NO_IDS;
        if (isPlainAddressAtLocatedHost(email)) return this.hostCandidatesAt(email, tail, true);
      }
    }
    return this.addressCandidates(addressSyntax(email));
  }

  /** Companies with the domain of an address addressSyntax accepted, unless free-mail. */
  private addressCandidates(address: string | undefined): readonly number[] {
    return address === undefined ? NO_IDS : this.hostCandidates(address, true);
  }

  /**
   * companiesByDomain(registrableDomain(text)), with the index's shortcuts (see indexedDomain):
   * for "firma.cz" and "www.firma.cz" one walk of a hash chain, no string and no tldts.
   * `freeMailIsNoKey`: for addresses. Free-mail providers are indexed companies too (seznam.cz is
   * Seznam.cz, a.s.'s website), but "jan@seznam.cz" does not work there; checked on hits only.
   */
  private hostCandidates(text: string, freeMailIsNoKey: boolean): readonly number[] {
    return this.hostCandidatesAt(text, domainTailHash(text), freeMailIsNoKey);
  }

  /** hostCandidates, right after domainTailHash(text) returned `tail`. */
  private hostCandidatesAt(text: string, tail: number, freeMailIsNoKey: boolean): readonly number[] {
    if (tail === NO_HOST) return NO_IDS;
    if (tail !== UNKNOWN_TAIL) {
      if (!this.index.mayHaveDomainTail(tail)) return NO_IDS;
      const { start, end, wholeHost, wwwHost } = lastTail;
      if (wholeHost || (wwwHost && !this.index.hasWwwExceptions())) {
        const ids = this.index.companiesByDomainAt(text, start, end, tail, this.ico);
        if (ids.length > 0) {
          const freeMail =
            freeMailIsNoKey &&
            mayBeFreeMailHash(tail) &&
            isFreeMailDomain(text.slice(start, end).toLowerCase());
          return freeMail ? NO_IDS : ids;
        }
        // A www host whose last two labels are no indexed domain may still have an indexed
        // registrable domain ("www.firma.github.io"): tldts decides below.
        if (wholeHost) return NO_IDS;
      }
    }
    const domain = tail === UNKNOWN_TAIL ? registrableDomain(text) : registrableDomainAfterTail(text);
    if (domain === undefined || (freeMailIsNoKey && isFreeMailDomain(domain))) return NO_IDS;
    return this.index.companiesByDomain(domain, this.ico);
  }

  /** The domain of an address addressSyntax accepted, unless free-mail. */
  private domainOfAddress(address: string | undefined): string | undefined {
    if (address === undefined) return undefined;
    const domain = this.indexedDomain(address);
    return domain !== undefined && isFreeMailDomain(domain) ? undefined : domain;
  }

  /**
   * registrableDomain(text), unless the index rules it out first: no indexed domain ends in the
   * host's last two labels, or the host is just those two labels (or "www." and them) and the
   * index has that domain (an indexed domain is registrable, so a host equal to one is its own
   * registrable domain). Shared platforms are never indexed, so they never come back from here;
   * free-mail domains can (as their providers' websites), and domainOfAddress drops them.
   */
  private indexedDomain(text: string): string | undefined {
    const tail = domainTailHash(text);
    if (tail === NO_HOST) return undefined;
    if (tail === UNKNOWN_TAIL) return registrableDomain(text);
    if (!this.index.mayHaveDomainTail(tail)) return undefined;
    if (lastTail.wholeHost) return this.index.domainKeyAt(text, lastTail.start, lastTail.end, tail);
    if (lastTail.wwwHost) {
      // "www.firma.cz" is "firma.cz"'s unless a list rule sits below firma.cz (precomputed).
      const key = this.index.domainKeyAt(text, lastTail.start, lastTail.end, tail);
      if (key !== undefined && !this.index.hasWwwException(key)) return key;
    }
    return registrableDomainAfterTail(text);
  }
}
