/** How many recent job durations the client keeps. */
const KEEP = 50;
/** The share of the still-running jobs each learned poll aims to catch. */
const CATCH = 0.3;

/** Records how long a job took, keeping only the most recent durations. */
export function learn(durations: number[], ms: number): void {
  if (ms >= 0 && ms < 864e5) {
    durations.push(ms);
    if (durations.length > KEEP) durations.shift();
  }
}

/**
 * The wait before the next poll of a job that has run `elapsed` ms.
 *
 * With at least five recent durations, the next poll goes to the time by which another 30%
 * of the jobs still running at `elapsed` had finished (an empirical quantile), so polls are
 * dense where jobs actually finish and sparse elsewhere. Past every observed duration, or
 * without history, the wait grows with the elapsed time (about half of it, jittered): a
 * bounded backoff that starts soon. The result is clamped to `[min, max]`.
 */
export function pollDelay(
  durations: number[],
  elapsed: number,
  min: number,
  max: number,
  random: () => number,
): number {
  const sorted = [...durations].sort((a, b) => a - b);
  const n = sorted.length;
  const done = sorted.filter((d) => d <= elapsed).length;
  const target = n > 4 && done < n ? sorted[Math.ceil(done + (n - done) * CATCH) - 1] : undefined;
  return clamp(
    target === undefined ? elapsed * (0.35 + 0.3 * random()) : target - elapsed,
    min,
    max,
  );
}

/** Puts a number into `[min, max]`. */
export const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));
