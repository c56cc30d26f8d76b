// @vitest-environment happy-dom
/** The popup's "X is hidden. Undo" toast lasts as long as Undo costs Leady nothing. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { UndoToast } from '../../components/popup/UndoToast';
import { UNDO_WINDOW_MS } from '../../lib/shared/blacklist/outbox-rules';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('offers Undo for the undo window, not longer (issue 12)', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const onDismiss = vi.fn();
  render(
    <UndoToast company={{ id: 11, name: 'Alfa Stavby s.r.o.' }} onUndo={() => {}} onDismiss={onDismiss} />,
  );
  vi.advanceTimersByTime(UNDO_WINDOW_MS - 1);
  expect(onDismiss).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(onDismiss).toHaveBeenCalledTimes(1);
});
