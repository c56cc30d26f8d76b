import { useEffect, useRef } from 'preact/hooks';

/**
 * Escape closes the topmost open layer only (a detail over a detail, a dialog over a detail):
 * layers register in order, and the newest active one gets the key.
 */
const stack: Array<{ current: () => void }> = [];

function onKeyDown(event: KeyboardEvent) {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const top = stack.at(-1);
  if (!top) return;
  event.preventDefault();
  top.current();
}

export function useEscape(handler: () => void, active = true): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!active) return;
    if (stack.length === 0) document.addEventListener('keydown', onKeyDown);
    stack.push(ref);
    return () => {
      const index = stack.lastIndexOf(ref);
      if (index >= 0) stack.splice(index, 1);
      if (stack.length === 0) document.removeEventListener('keydown', onKeyDown);
    };
  }, [active]);
}
