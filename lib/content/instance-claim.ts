/**
 * One content-script instance annotates a page. Two can meet on one page: overlapping matches (a
 * sandbox build's loopback bundle and a user-added loopback site), or a re-injection after an
 * extension update. Issue 11 saw every row badged twice.
 *
 * The claim is a property of the isolated world's global object. Every content script of this
 * extension in a frame shares that world, so a second instance sees the first; the page's own world
 * has another global and sees nothing, and nothing the page does can release a claim. The first live
 * instance keeps the page; a later one yields. A claim whose instance is gone (its extension was
 * reloaded, so its `runtime.id` is undefined) is taken over, and the orphan is told to stop, which
 * removes its badges.
 */
import type { ScriptLifetime } from './script-context';

const CLAIM_KEY = '__leadyPageInstance';

interface Claim {
  /** Still running, and its extension still there. */
  alive(): boolean;
  stop(): void;
}

type Scope = { [CLAIM_KEY]?: Claim };

/** True: this instance annotates the page. False: another live instance does; this one must end. */
export function claimPage(ctx: ScriptLifetime, scope: object = globalThis): boolean {
  const world = scope as Scope;
  const current = world[CLAIM_KEY];
  if (current?.alive()) return false;
  current?.stop();
  const mine: Claim = { alive: () => ctx.isValid, stop: () => ctx.abort('Taken over by a newer instance') };
  world[CLAIM_KEY] = mine;
  ctx.onInvalidated(() => {
    if (world[CLAIM_KEY] === mine) delete world[CLAIM_KEY];
  });
  return true;
}
