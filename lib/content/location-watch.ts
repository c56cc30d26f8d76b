/**
 * Calls `onChange` when a single-page app moves to another URL. The Navigation API tells at once
 * where the browser has it; elsewhere (Firefox) the URL is polled once a second. Unlike WXT's
 * `wxt:locationchange`, nothing is dispatched on the page's window: the page hears nothing of us.
 */
import type { ScriptLifetime } from './script-context';

interface NavigationLike extends EventTarget {
  addEventListener(
    type: 'navigate',
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
}

export function watchLocation(ctx: ScriptLifetime, onChange: () => void): void {
  let last = location.href;
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // The page can dispatch its own 'navigate' events: at worst that asks for one more scan.
    const onNavigate = (event: Event) => {
      const next = (event as Event & { destination?: { url?: unknown } }).destination?.url;
      if (typeof next !== 'string' || next === last) return;
      last = next;
      onChange();
    };
    navigation.addEventListener('navigate', onNavigate, { signal: ctx.signal });
    return;
  }
  ctx.setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  }, 1000);
}
