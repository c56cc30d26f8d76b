import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { toErrorData } from '../../lib/shared/api/error-data';
import type { LeadyErrorData } from '../../lib/shared/api/errors';

export interface AsyncState<T> {
  value?: T;
  error?: LeadyErrorData;
  loading: boolean;
}

/**
 * Runs `load` when `key` changes (and on `reload`), dropping answers to a previous key. The last
 * value stays while reloading, so a refresh does not blank the screen.
 */
export function useAsync<T>(load: () => Promise<T>, key: string) {
  const [state, setState] = useState<AsyncState<T>>({ loading: true });
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const run = useCallback(() => {
    const current = ++generation.current;
    setState((s) => ({ value: s.value, loading: true }));
    loader.current().then(
      (value) => current === generation.current && setState({ value, loading: false }),
      (error: unknown) =>
        current === generation.current &&
        setState((s) => ({ value: s.value, error: toErrorData(error), loading: false })),
    );
  }, []);
  useEffect(() => {
    setState({ loading: true });
    run();
  }, [key]);

  return { ...state, reload: run };
}
