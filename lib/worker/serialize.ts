/** Runs async tasks one after another, so two sign-in/sign-out clicks cannot interleave. */
export function createSerializer() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    // Only the chain: the caller gets `run` itself, rejection included.
    tail = run.catch(() => {});
    return run;
  };
}

/**
 * Runs async tasks one after another per key; tasks for different keys run side by side.
 * `busy(key)` says whether a task for the key is running or waiting.
 */
export function createKeyedSerializer<K>() {
  const tails = new Map<K, Promise<unknown>>();
  const run = <T>(key: K, task: () => Promise<T>): Promise<T> => {
    const result = (tails.get(key) ?? Promise.resolve()).then(task);
    // Only the chain: the caller gets `result` itself, rejection included.
    const tail = result.catch(() => {});
    tails.set(key, tail);
    tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
  return { run, busy: (key: K) => tails.has(key) };
}
