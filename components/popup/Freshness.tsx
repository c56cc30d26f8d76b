import { type FreshnessInput, freshness } from '../../lib/extension-pages/popup/freshness';
import { useText } from './context';

interface Props extends FreshnessInput {
  now: number;
  onRetry?: () => void;
}

/** "Updated 5 minutes ago" / "Offline · saved data" above a list; polite live region. */
export function Freshness({ now, onRetry, ...input }: Props) {
  const { t, locale } = useText();
  const line = freshness(input, now, locale);
  return (
    <div class={`freshness freshness-${line?.tone ?? 'ok'}`} role="status" aria-live="polite">
      {line && <span>{line.text}</span>}
      {line?.tone === 'warn' && onRetry && !input.expired && (
        <button type="button" class="link-button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
