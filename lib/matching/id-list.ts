/** Lookup results: an id array allocated only for the first hit (most lookups find nothing). */
export const NO_IDS: readonly number[] = Object.freeze([]);

export function appendId(found: number[] | undefined, id: number): number[] {
  if (found === undefined) return [id];
  found.push(id);
  return found;
}
