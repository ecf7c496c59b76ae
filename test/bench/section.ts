/** One section of `npm run bench`: prints its figures, returns its keys for the final JSON line. */
export interface BenchSection {
  name: string;
  run(): Promise<Record<string, unknown>>;
}
