/**
 * A function of the bench as the source of a script that runs elsewhere (an init script in the
 * page, a file of the bare extension): `fn` called with `args`, each function passed as its source
 * and every other value as JSON. tsx compiles with esbuild's keepNames, whose `__name` helper exists
 * only in Node: the script gets a stand-in in its own scope.
 */
// biome-ignore lint/complexity/noBannedTypes: any function, serialized by its source text
export function scriptCalling(fn: Function, ...args: unknown[]): string {
  const sources = args.map((arg) => (typeof arg === 'function' ? String(arg) : JSON.stringify(arg)));
  return `(() => { const __name = (fn) => fn; (${fn})(${sources.join(', ')}); })();`;
}
