/** How many recent job durations the client keeps: enough to see a tail of a few percent. */
const DURATIONS_KEPT = 200;
/** How many recent durations make a history worth learning from. */
const MIN_HISTORY = 5;
/** The share of the still-running jobs each learned poll aims to catch. */
const CATCH = 0.3;
/** With history, no wait is longer than this (ms) until the job is 16 s old... */
const STEADY = 800;
/** ...and past that, no longer than this share of the job's age. */
const GROWTH = 0.05;

/** Records how long a job took, keeping only the most recent durations. */
export function learn(durations: number[], ms: number): void {
  if (ms >= 0 && ms < 864e5) {
    durations.push(ms);
    if (durations.length > DURATIONS_KEPT) durations.shift();
  }
}

/**
 * The wait before the next poll of a job that has run `elapsed` ms.
 *
 * Without history (fewer than five recent durations) the wait grows with the elapsed time
 * (about half of it, jittered): a bounded backoff that starts soon. With history, the next
 * poll goes to the time by which another 30% of the jobs still running at `elapsed` had
 * finished (an empirical quantile), so polls are dense where jobs actually finish; but no
 * wait is longer than `max(800 ms, 5% of the job's age)`, so a job in a sparse, heavy tail
 * (or past every observed duration) is still noticed within about a second while it is
 * young, and the poll rate only falls off slowly after that. The result is clamped to
 * `[min, max]`.
 */
export function pollDelay(
  durations: number[],
  elapsed: number,
  min: number,
  max: number,
  random: () => number,
): number {
  const backoff = elapsed * (0.35 + 0.3 * random());
  if (durations.length < MIN_HISTORY) return clamp(backoff, min, max);
  const sorted = [...durations].sort((shorter, longer) => shorter - longer);
  const finished = sorted.filter((duration) => duration <= elapsed).length;
  const running = sorted.length - finished;
  // The duration by which another CATCH share of the still-running jobs had finished; past
  // every observed duration there is none, and the backoff applies.
  const nextQuantile = running > 0 ? sorted[Math.ceil(finished + running * CATCH) - 1] : undefined;
  const learned = nextQuantile === undefined ? backoff : nextQuantile - elapsed;
  return clamp(Math.min(learned, Math.max(STEADY, elapsed * GROWTH)), min, max);
}

/** Puts a number into `[min, max]`. */
export const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));
