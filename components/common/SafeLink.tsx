import type { ComponentChildren } from 'preact';
import { safeHref } from '../../lib/extension-pages/safe-href';

interface Props {
  /** A candidate link built from API data; anything safeHref refuses is shown as plain text. */
  href: string | undefined;
  children: ComponentChildren;
  class?: string;
  title?: string;
}

/** A link only for http(s), mailto and tel; otherwise the same text, inert. */
export function SafeLink({ href, children, class: className, title }: Props) {
  const safe = safeHref(href);
  if (!safe) {
    return (
      <span class={className} title={title} dir="auto">
        {children}
      </span>
    );
  }
  const external = safe.startsWith('http');
  return (
    <a
      class={className}
      href={safe}
      title={title}
      dir="auto"
      target={external ? '_blank' : undefined}
      rel={external ? 'noopener noreferrer' : undefined}
    >
      {children}
    </a>
  );
}
