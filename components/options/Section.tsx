import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  title: string;
  help?: string;
  children: ComponentChildren;
}

/** One titled block of settings; the heading names the region for screen readers. */
export function Section({ title, help, children }: Props) {
  const id = useId();
  return (
    <section class="section" aria-labelledby={`${id}-title`}>
      <h2 class="section-heading" id={`${id}-title`}>
        {title}
      </h2>
      {help && <p class="hint">{help}</p>}
      {children}
    </section>
  );
}
