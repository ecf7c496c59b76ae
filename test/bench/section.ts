/** One section of `npm run bench`: prints its figures, returns its keys for the final JSON line. */
export interface BenchSection {
  /** What `npm run bench -- ID` (or BENCH_SECTIONS=ID,ID) selects */
  id: string;
  name: string;
  run(): Promise<Record<string, unknown>>;
}
