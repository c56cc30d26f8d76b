import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useEscape } from './use-escape';

interface Props {
  title: ComponentChildren;
  backLabel: string;
  onClose(): void;
  actions?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A detail that covers the popup. Focus moves to its heading when it opens and back to whatever
 * opened it when it closes; Escape or Back closes it. The page beneath is made inert by its owner.
 */
export function DetailPanel({ title, backLabel, onClose, actions, children }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEscape(onClose);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    heading.current?.focus();
    return () => {
      // After this render: the page beneath may still be inert while this panel unmounts.
      setTimeout(() => {
        if (opener?.isConnected) opener.focus();
      }, 0);
    };
  }, []);

  return (
    <section class="panel" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
      <div class="panel-bar">
        <button type="button" class="button button-small" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {backLabel}
        </button>
        {actions && <div class="panel-actions">{actions}</div>}
      </div>
      <div class="panel-body">
        <h2 class="panel-title" id={`${id}-title`} tabIndex={-1} ref={heading} dir="auto">
          {title}
        </h2>
        {children}
      </div>
    </section>
  );
}
