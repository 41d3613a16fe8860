/** A per-key limiter over fixed one-second windows of the emulator's clock. */
export interface RateLimiter {
  /** Counts one request for `key`; returns the seconds to wait when over the limit, else 0. */
  take(key: string, now: number): number;
  /** Forgets every window. */
  clear(): void;
}

/** Creates a rate limiter allowing `perSecond` requests per key and second. */
export function createRateLimiter(perSecond: number): RateLimiter {
  if (!Number.isFinite(perSecond) || perSecond < 1) {
    throw new RangeError(`rateLimit.perSecond must be a number of at least 1; got ${perSecond}.`);
  }
  const windows = new Map<string, { second: number; count: number }>();
  return {
    take(key, now) {
      const second = Math.floor(now / 1000);
      const window = windows.get(key);
      if (!window || window.second !== second) {
        windows.set(key, { second, count: 1 });
        return 0;
      }
      if (window.count >= perSecond) {
        // Whole seconds until the window ends, never 0: Retry-After is in seconds.
        return Math.max(1, Math.ceil(((second + 1) * 1000 - now) / 1000));
      }
      window.count++;
      return 0;
    },
    clear: () => windows.clear(),
  };
}
