/** One figure a bench module reports; `bench/run.ts` prints it against its budget (same unit). */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** Upper bound for `value`; a figure above it fails `npm run bench`. Omitted for informational figures. */
  budget?: number;
}
