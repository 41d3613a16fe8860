/** A token bucket: `take` spends one token, or tells how long until one is free. */
export interface TokenBucket {
  /** Spends a token and returns `0`, or returns the milliseconds until a token is free. */
  take(): number;
}

/**
 * Creates a token bucket holding up to `burst` tokens, refilled at `perSecond` tokens per
 * second as measured by `now`. It starts full.
 */
export function createTokenBucket(
  perSecond: number,
  burst: number,
  now: () => number,
): TokenBucket {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const current = now();
      tokens = Math.min(burst, tokens + ((current - last) * perSecond) / 1000);
      last = current;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.ceil(((1 - tokens) * 1000) / perSecond);
    },
  };
}
