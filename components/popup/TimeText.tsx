import { formatExact, formatRelative } from '../../lib/extension-pages/popup/format-time';
import { useText } from './context';

interface Props {
  at: number;
  now: number;
  class?: string;
}

/** A relative local time ("před 5 min"); the exact local time and zone on hover. */
export function TimeText({ at, now, class: className }: Props) {
  const { locale, timeZone } = useText();
  return (
    <time class={className} dateTime={new Date(at).toISOString()} title={formatExact(at, locale, timeZone)}>
      {formatRelative(at, now, locale, timeZone)}
    </time>
  );
}
