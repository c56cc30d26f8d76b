import { describe, expect, it } from 'vitest';
import { claimPage } from '../../lib/content/instance-claim';
import { ContentScriptContext } from '../../lib/content/script-context';

describe('one content-script instance per page', () => {
  it('lets the first instance keep the page and a second one yield', () => {
    const world = {};
    const first = new ContentScriptContext('demo');
    const second = new ContentScriptContext('generic');
    expect(claimPage(first, world)).toBe(true);
    expect(claimPage(second, world)).toBe(false);
    expect(first.isValid).toBe(true);
  });

  it('takes the page over from an instance that is gone, and stops it', () => {
    const world = {};
    const orphan = new ContentScriptContext('demo');
    claimPage(orphan, world);
    // An orphan's extension was reloaded: its context reports itself invalid.
    Object.defineProperty(orphan, 'isValid', { get: () => false });
    let stopped = false;
    orphan.onInvalidated(() => {
      stopped = true;
    });
    const fresh = new ContentScriptContext('demo');
    expect(claimPage(fresh, world)).toBe(true);
    expect(stopped).toBe(true);
  });

  it('frees the page when the owner ends', () => {
    const world = {};
    const first = new ContentScriptContext('demo');
    claimPage(first, world);
    first.abort();
    expect(claimPage(new ContentScriptContext('demo'), world)).toBe(true);
  });
});
