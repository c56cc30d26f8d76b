import { useEffect, useState } from 'preact/hooks';
import { UNDO_WINDOW_MS } from '../../lib/shared/blacklist/outbox-rules';
import { isolateBidi } from '../../lib/shared/i18n/bidi';
import { useText } from './context';
import type { HiddenCompany } from './use-blacklist';

/**
 * How long Undo is offered: the undo window, while taking it back costs Leady nothing. Undo works
 * later too (from the blacklist view, which then removes the entry from Leady).
 */
const UNDO_TOAST_MS = UNDO_WINDOW_MS;

interface Props {
  company: HiddenCompany;
  onUndo(company: HiddenCompany): void;
  onDismiss(): void;
}

/** "X is hidden. Undo" for a few seconds; it stays while the keyboard focus is on it. */
export function UndoToast({ company, onUndo, onDismiss }: Props) {
  const { t } = useText();
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (focused) return;
    const timer = setTimeout(onDismiss, UNDO_TOAST_MS);
    return () => clearTimeout(timer);
  }, [company, focused, onDismiss]);
  return (
    <div
      class="toast"
      role="status"
      aria-live="polite"
      onFocusIn={() => setFocused(true)}
      onFocusOut={() => setFocused(false)}
    >
      <span class="toast-text" dir="auto">
        {t('hiddenToast', isolateBidi(company.name))}
      </span>
      <button type="button" class="button button-small" onClick={() => onUndo(company)}>
        {t('undo')}
      </button>
    </div>
  );
}
