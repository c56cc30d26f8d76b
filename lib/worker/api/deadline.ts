/**
 * One AbortSignal for a request that ends it when either the caller cancels or the time limit
 * passes, remembering which of the two happened so the error can say `aborted` or `timeout`.
 * (AbortSignal.any/timeout would do this but cannot tell the two apart as simply, and are newer
 * than some browsers the extension supports.)
 */
export interface Deadline {
  readonly signal: AbortSignal;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  /** Stops the timer and unhooks the caller's signal; call when the response has been read. */
  dispose(): void;
}

export function createDeadline(callerSignal: AbortSignal | undefined, timeoutMs: number): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException(`No response within ${timeoutMs} ms`, 'TimeoutError'));
        }, timeoutMs)
      : undefined;
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    get cancelled() {
      return callerSignal?.aborted === true;
    },
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
