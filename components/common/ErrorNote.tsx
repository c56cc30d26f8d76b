import type { ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
  /** 'alert' interrupts (a failed action); 'status' waits its turn (a failed background refresh). */
  urgency?: 'alert' | 'status';
}

/** An error sentence in a live region, so screen readers announce it when it appears. */
export function ErrorNote({ children, urgency = 'alert' }: Props) {
  return (
    <div class="error-note" role={urgency} aria-live={urgency === 'alert' ? 'assertive' : 'polite'}>
      {children}
    </div>
  );
}
