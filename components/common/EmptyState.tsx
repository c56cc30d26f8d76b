import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  hint?: string;
  children?: ComponentChildren;
}

/** What an empty view says: what is (not) there, and what to do about it. */
export function EmptyState({ title, hint, children }: Props) {
  return (
    <div class="empty" role="status">
      <p class="empty-title">{title}</p>
      {hint && <p class="empty-hint">{hint}</p>}
      {children}
    </div>
  );
}
