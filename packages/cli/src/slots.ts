/** A counting semaphore: at most `size` holders at a time, waiters served first come, first served. */
export interface Slots {
  /** Resolves when a slot is held. */
  acquire(): Promise<void>;
  /** Gives a held slot back. */
  release(): void;
}

/** Creates a semaphore of `size` slots. */
export function createSlots(size: number): Slots {
  let free = size;
  const waiters: Array<() => void> = [];
  return {
    acquire: () => {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiters.push(resolve));
    },
    release: () => {
      const next = waiters.shift();
      if (next) next();
      else free++;
    },
  };
}

/** Waits `ms` milliseconds; resolves `false` at once when `signal` aborts (early or during). */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
