/** The emulator's notion of time: real, manual (tests), or any object with `now()`. */
export interface EmulatorClock {
  /** The current time in epoch milliseconds. */
  now(): number;
  /** Resolves after `ms` of this clock's time (a manual clock resolves when advanced past it). */
  sleep(ms: number): Promise<void>;
  /** Moves a manual clock forward; absent on clocks that cannot be moved. */
  advance?(ms: number): void;
  /** Sets a manual clock to an absolute time; absent on clocks that cannot be moved. */
  set?(epochMs: number): void;
}

/** A clock that moves only when told to: `advance` and `set` are always there. */
export interface ManualClock extends EmulatorClock {
  /** Moves the clock forward by `ms` and wakes every sleeper that is due. */
  advance(ms: number): void;
  /** Sets the clock to an absolute time, not before the current one. */
  set(epochMs: number): void;
}

/** The clock option: `"real"` (default), `"manual"`, or your own clock. */
export type ClockOption = "real" | "manual" | EmulatorClock;

/** The time a manual clock starts at when no `startAt` is given: 2025-01-01T00:00:00Z. */
export const DEFAULT_MANUAL_START = Date.UTC(2025, 0, 1);

/** Creates the real clock: `Date.now()` and `setTimeout`. */
export function createRealClock(): EmulatorClock {
  return {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  };
}

/** Creates a manual clock that moves only when `advance` or `set` is called. */
export function createManualClock(startAt: number = DEFAULT_MANUAL_START): ManualClock {
  let current = startAt;
  let sleepers: { until: number; wake: () => void }[] = [];
  const wakeDue = (): void => {
    const due = sleepers.filter((sleeper) => sleeper.until <= current);
    sleepers = sleepers.filter((sleeper) => sleeper.until > current);
    for (const sleeper of due) sleeper.wake();
  };
  return {
    now: () => current,
    sleep(ms) {
      if (ms <= 0) return Promise.resolve();
      return new Promise((resolve) => {
        sleepers.push({ until: current + ms, wake: resolve });
      });
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`advance(ms) needs a finite, non-negative number; got ${ms}.`);
      }
      current += ms;
      wakeDue();
    },
    set(epochMs) {
      if (!Number.isFinite(epochMs) || epochMs < current) {
        throw new RangeError(
          "set(epochMs) needs a finite time that is not before the current one.",
        );
      }
      current = epochMs;
      wakeDue();
    },
  };
}

/** Resolves the clock option into a clock. */
export function resolveClock(option: ClockOption | undefined, startAt?: number): EmulatorClock {
  if (option === undefined || option === "real") return createRealClock();
  if (option === "manual") return createManualClock(startAt);
  return option;
}
